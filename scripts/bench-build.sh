#!/usr/bin/env bash
# Clean-build benchmark of generated client crates: ours (`codegen generate`) against
# cargo-progenitor's for the same specs, back to back, each in a fresh target folder with a warm
# registry (dependencies fetched before the clock starts). Never part of `cargo test`.
#
# Prints, per spec: operations, generated lines (src/**/*.rs) and lines per operation, clean
# `cargo build` CPU time (user + sys of cargo and its children) and wall time, the CPU time of
# rebuilding the crate's own code alone (src touched, dependencies built), and ours / progenitor
# ratios. A spec progenitor panics on is recorded (its panic is printed) and measured again on
# the same spec without its non-2xx responses (marked "2xx-only spec").
#
#   scripts/bench-build.sh              # the three default specs, one run each
#   RUNS=3 scripts/bench-build.sh       # the median of three runs per figure
#   scripts/bench-build.sh SPEC...      # other specs (YAML or JSON, OpenAPI 3.0)
#
# cargo-progenitor is installed once with `cargo install --locked` into
# target/bench-build/tools (set PROGENITOR to use another binary). Everything the script writes
# is under target/bench-build/.
set -euo pipefail

ROOT_DIR="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT_DIR/target/bench-build"
RUNS="${RUNS:-1}"
mkdir -p "$OUT"

if [ "$#" -gt 0 ]; then
    SPECS=("$@")
else
    SPECS=(
        "$ROOT_DIR/specs/spaces/openapi.yaml"
        "$ROOT_DIR/crates/client-gen/tests/specs/public/petstore-expanded.yaml"
        "$ROOT_DIR/crates/client-gen/tests/specs/public/uspto.yaml"
    )
fi

log() { printf '%s\n' "$*" >&2; }

# --- tools -------------------------------------------------------------------------------------
PROGENITOR="${PROGENITOR:-$OUT/tools/bin/cargo-progenitor}"
if [ ! -x "$PROGENITOR" ]; then
    log "installing cargo-progenitor into $OUT/tools (once)"
    cargo install --locked --quiet cargo-progenitor --root "$OUT/tools"
fi
log "building codegen (release)"
cargo build --quiet --release -p codegen --manifest-path "$ROOT_DIR/Cargo.toml"
CODEGEN="$ROOT_DIR/target/release/codegen"

# --- helpers -----------------------------------------------------------------------------------
operations() {
    python3 - "$1" <<'PY'
import json, sys
text = open(sys.argv[1]).read()
try:
    spec = json.loads(text)
except ValueError:
    import yaml
    spec = yaml.safe_load(text)
methods = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
print(sum(1 for item in (spec.get("paths") or {}).values() for m in item if m in methods))
PY
}

# The spec with every operation's non-2xx responses (and `default`) left out, as JSON.
success_only() {
    python3 - "$1" "$2" <<'PY'
import json, sys
text = open(sys.argv[1]).read()
try:
    spec = json.loads(text)
except ValueError:
    import yaml
    spec = yaml.safe_load(text)
methods = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
for item in (spec.get("paths") or {}).values():
    for m, op in item.items():
        if m in methods:
            op["responses"] = {k: v for k, v in op.get("responses", {}).items() if str(k).startswith("2")} or {"204": {"description": "none"}}
json.dump(spec, open(sys.argv[2], "w"), indent=1, default=str)
PY
}

lines() { find "$1/src" -name '*.rs' -print0 | xargs -0 cat | wc -l; }

# CPU seconds (user + sys, children included) and wall seconds of one command, as "cpu wall".
timed() {
    local f
    f="$(mktemp)"
    /usr/bin/time -f '%U %S %e' -o "$f" "$@" >/dev/null 2>"$f.err" || {
        cat "$f.err" >&2
        rm -f "$f" "$f.err"
        return 1
    }
    awk '{ printf "%.1f %.1f\n", $1 + $2, $3 }' "$f"
    rm -f "$f" "$f.err"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# The crate is built outside the project's workspace: an empty [workspace] makes it its own root.
standalone() { grep -q '^\[workspace\]' "$1/Cargo.toml" || printf '\n[workspace]\n' >>"$1/Cargo.toml"; }

# Clean build CPU/wall (median of RUNS) and own-code rebuild CPU, as "cpu wall own".
measure() {
    local crate="$1" target="$2" cpus=() walls=() owns=() r out
    (cd "$crate" && cargo fetch --quiet)
    for ((r = 0; r < RUNS; r++)); do
        rm -rf "$target"
        out="$(cd "$crate" && CARGO_TARGET_DIR="$target" timed cargo build --quiet --offline)" || return 1
        cpus+=("${out% *}")
        walls+=("${out#* }")
        find "$crate/src" -name '*.rs' -exec touch {} +
        out="$(cd "$crate" && CARGO_TARGET_DIR="$target" timed cargo build --quiet --offline)" || return 1
        owns+=("${out% *}")
    done
    printf '%s %s %s\n' "$(printf '%s\n' "${cpus[@]}" | median)" \
        "$(printf '%s\n' "${walls[@]}" | median)" "$(printf '%s\n' "${owns[@]}" | median)"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

# --- run ---------------------------------------------------------------------------------------
ROWS=()
PANICS=()
for spec in "${SPECS[@]}"; do
    name="$(basename "$spec" | sed 's/\.[a-z]*$//')"
    [ "$name" = openapi ] && name="$(basename "$(dirname "$spec")")"
    ops="$(operations "$spec")"
    ours="$OUT/ours/$name"
    prog="$OUT/progenitor/$name"
    rm -rf "$ours" "$prog"
    log "== $name ($ops operations)"

    "$CODEGEN" generate "$spec" -o "$ours" --crate-name "bench-ours-$name" >/dev/null
    standalone "$ours"
    ours_lines="$(lines "$ours")"
    log "   ours: $ours_lines lines; building"
    read -r ours_cpu ours_wall ours_own < <(measure "$ours" "$OUT/t-ours-$name")

    prog_note=""
    prog_spec="$spec"
    if ! "$PROGENITOR" progenitor -i "$spec" -o "$prog" -n "bench-progenitor-$name" -v 0.1.0 \
        >"$OUT/progenitor-$name.log" 2>&1; then
        # progenitor 0.15 asserts one response type per operation (method.rs: "response_types.len()
        # <= 1"): an error body beside the success body panics it. Recorded, then retried on the
        # spec with only its 2xx responses, so that the two crates can still be compared.
        PANICS+=("$name: $(grep -m1 -A1 'panicked' "$OUT/progenitor-$name.log" | tail -1)")
        prog_spec="$OUT/$name.2xx.json"
        success_only "$spec" "$prog_spec"
        rm -rf "$prog"
        prog_note_spec=" (2xx-only spec)"
    else
        prog_note_spec=""
    fi
    if "$PROGENITOR" progenitor -i "$prog_spec" -o "$prog" -n "bench-progenitor-$name" -v 0.1.0 \
        >>"$OUT/progenitor-$name.log" 2>&1; then
        standalone "$prog"
        prog_lines="$(lines "$prog")"
        log "   progenitor: $prog_lines lines; building"
        if read -r prog_cpu prog_wall prog_own < <(measure "$prog" "$OUT/t-progenitor-$name"); then
            :
        else
            prog_note="build failed"
        fi
    else
        prog_note="generation failed: $(grep -m1 -E 'panicked|[Ee]rror' "$OUT/progenitor-$name.log" || tail -1 "$OUT/progenitor-$name.log")"
    fi
    if [ -n "$prog_note" ]; then
        log "   progenitor: $prog_note"
        ROWS+=("$(printf '%-18s %4s | %6s %6.0f %7s %7s %6s | %s' "$name" "$ops" "$ours_lines" \
            "$(ratio "$ours_lines" "$ops")" "$ours_cpu" "$ours_wall" "$ours_own" "progenitor: $prog_note")")
        continue
    fi
    ROWS+=("$(printf '%-18s %4s | %6s %6.0f %7s %7s %6s | %6s %6.0f %7s %7s %6s | %5s %5s %5s' \
        "$name" "$ops" "$ours_lines" "$(ratio "$ours_lines" "$ops")" "$ours_cpu" "$ours_wall" "$ours_own" \
        "$prog_lines" "$(ratio "$prog_lines" "$ops")" "$prog_cpu" "$prog_wall" "$prog_own" \
        "$(ratio "$ours_lines" "$prog_lines")" "$(ratio "$ours_cpu" "$prog_cpu")" "$(ratio "$ours_own" "$prog_own")")$prog_note_spec")
done

echo
echo "clean cargo build of the generated crate, one fresh target folder each, warm registry (runs: $RUNS)"
echo "cpu = user+sys seconds, wall = seconds, own = CPU seconds to rebuild the crate's own code"
printf '%-18s %4s | %-37s | %-37s | %s\n' "" "" "ours" "cargo-progenitor" "ours / progenitor"
printf '%-18s %4s | %6s %6s %7s %7s %6s | %6s %6s %7s %7s %6s | %5s %5s %5s\n' spec ops lines l/op cpu wall own \
    lines l/op cpu wall own lines cpu own
printf '%s\n' "${ROWS[@]}"
if [ "${#PANICS[@]}" -gt 0 ]; then
    echo
    echo "cargo-progenitor panicked on the original spec (measured on its 2xx-only version):"
    printf '  %s\n' "${PANICS[@]}"
fi
