#!/usr/bin/env bash
# Clean-build benchmark of generated client crates: ours (`codegen generate`) against
# cargo-progenitor's for the same specs, back to back, each in a fresh target folder with a warm
# registry (dependencies fetched before the clock starts). Never part of `cargo test`.
#
# Three crates per spec, built one after the other:
#   ours                  the generated crate with its default features (its TLS backend included)
#   progenitor            cargo-progenitor's crate as generated: reqwest with no TLS backend at
#                         all, so it cannot speak https (a lower bound, not a fair reference)
#   progenitor+rustls     the same crate with reqwest's `rustls` feature (`rustls-tls` on reqwest
#                         0.12) added: https works, as in ours. THE FAIR REFERENCE.
# Prints, per crate: generated lines (src/**/*.rs) and lines per operation, clean `cargo build`
# CPU time (user + sys of cargo and its children) and wall time, the CPU time of rebuilding the
# crate's own code alone (src touched, dependencies built, no incremental reuse), the load
# average around the builds (the machine may be shared), and ours / progenitor ratios against
# both references. Each clean build also writes cargo's `--timings` report
# (target/bench-build/timings/). A spec progenitor panics on is recorded (its panic is printed)
# and measured again on the same spec without its non-2xx responses (marked "2xx-only spec").
#
#   scripts/bench-build.sh              # Spaces and Seven Time, one run each
#   RUNS=3 scripts/bench-build.sh       # the median of three runs per figure
#   scripts/bench-build.sh SPEC...      # other specs (YAML or JSON, OpenAPI 3.0)
#   OURS_FEATURES=rustls scripts/bench-build.sh   # ours with other features (no default ones)
#   ONLY=ours scripts/bench-build.sh    # ours only (no progenitor builds)
#   ONLY=progenitor scripts/bench-build.sh   # progenitor's crates only (ratios then "-")
#
# cargo-progenitor is installed once with `cargo install --locked` into
# target/bench-build/tools (set PROGENITOR to use another binary); codegen is the workspace's
# debug build (set CODEGEN to use another binary: generation speed is not measured here).
# Everything the script writes is under target/bench-build/.
set -euo pipefail

ROOT_DIR="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT_DIR/target/bench-build"
RUNS="${RUNS:-1}"
ONLY="${ONLY:-}"
mkdir -p "$OUT/timings"

if [ "$#" -gt 0 ]; then
    SPECS=("$@")
else
    SPECS=("$ROOT_DIR/specs/spaces/openapi.yaml" "$ROOT_DIR/specs/seventime/openapi.yaml")
fi

log() { printf '%s\n' "$*" >&2; }

# --- tools -------------------------------------------------------------------------------------
PROGENITOR="${PROGENITOR:-$OUT/tools/bin/cargo-progenitor}"
if [ "$ONLY" != ours ] && [ ! -x "$PROGENITOR" ]; then
    log "installing cargo-progenitor into $OUT/tools (once)"
    cargo install --locked --quiet cargo-progenitor --root "$OUT/tools"
fi
if [ -z "${CODEGEN:-}" ]; then
    log "building codegen"
    cargo build --quiet -p codegen --manifest-path "$ROOT_DIR/Cargo.toml"
    CODEGEN="$ROOT_DIR/target/debug/codegen"
fi

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

# Adds reqwest's rustls feature to a crate's Cargo.toml (`rustls-tls` on reqwest 0.12 and
# older, `rustls` from 0.13), in its `reqwest = { ... features = [...] }` line.
add_rustls() {
    python3 - "$1" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path).read()
line = re.search(r'^reqwest\s*=.*$', text, re.M)
if not line:
    sys.exit("no reqwest line in " + path)
dep = line.group(0)
version = re.search(r'version\s*=\s*"([^"]+)"', dep) or re.search(r'^reqwest\s*=\s*"([^"]+)"', dep)
minor = int(version.group(1).lstrip("^~=").split(".")[1]) if version else 13
feature = '"rustls"' if minor >= 13 else '"rustls-tls"'
if "features" in dep:
    new = re.sub(r'features\s*=\s*\[', "features = [" + feature + ", ", dep, count=1)
elif dep.rstrip().endswith("}"):
    new = dep.rstrip()[:-1].rstrip() + ", features = [" + feature + "] }"
else:
    new = 'reqwest = { version = "%s", features = [%s] }' % (version.group(1), feature)
open(path, "w").write(text.replace(dep, new, 1))
print(new)
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

# The 1-minute load average.
load() { cut -d' ' -f1 /proc/loadavg; }

# The crate is built outside the project's workspace: an empty [workspace] makes it its own root.
standalone() { grep -q '^\[workspace\]' "$1/Cargo.toml" || printf '\n[workspace]\n' >>"$1/Cargo.toml"; }

# Clean build CPU/wall (median of RUNS), own-code rebuild CPU and the load average before the
# first build and after the last, as "cpu wall own load-before load-after". Extra arguments go
# to `cargo build`. The `--timings` report of the last clean build is kept as
# timings/<label>.html.
measure() {
    local crate="$1" target="$2" label="$3" cpus=() walls=() owns=() r out before
    shift 3
    (cd "$crate" && cargo fetch --quiet)
    before="$(load)"
    for ((r = 0; r < RUNS; r++)); do
        rm -rf "$target"
        out="$(cd "$crate" && CARGO_TARGET_DIR="$target" timed cargo build --quiet --offline --timings "$@")" || return 1
        cpus+=("${out% *}")
        walls+=("${out#* }")
        cp "$target/cargo-timings/cargo-timing.html" "$OUT/timings/$label.html" 2>/dev/null || true
        find "$crate/src" -name '*.rs' -exec touch {} +
        # Without incremental compilation: an incremental rebuild of unchanged sources reuses
        # nearly everything and would not measure the crate's code.
        out="$(cd "$crate" && CARGO_INCREMENTAL=0 CARGO_TARGET_DIR="$target" timed cargo build --quiet --offline "$@")" || return 1
        owns+=("${out% *}")
    done
    rm -rf "$target"
    printf '%s %s %s %s %s\n' "$(printf '%s\n' "${cpus[@]}" | median)" \
        "$(printf '%s\n' "${walls[@]}" | median)" "$(printf '%s\n' "${owns[@]}" | median)" "$before" "$(load)"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

# One table row: label, lines, operations, then measure's five figures.
row() {
    printf '%-30s %6s %5s | %7s %7s %6s | %4s→%-4s' "$1" "$2" "$(ratio "$2" "$3" | cut -d. -f1)" "$4" "$5" "$6" "$7" "$8"
}

# --- run ---------------------------------------------------------------------------------------
OURS_ARGS=()
[ -n "${OURS_FEATURES:-}" ] && OURS_ARGS=(--no-default-features --features "$OURS_FEATURES")
TABLE=()
RATIOS=()
PANICS=()
for spec in "${SPECS[@]}"; do
    name="$(basename "$spec" | sed 's/\.[a-z]*$//')"
    [ "$name" = openapi ] && name="$(basename "$(dirname "$spec")")"
    ops="$(operations "$spec")"
    ours="$OUT/ours/$name"
    prog="$OUT/progenitor/$name"
    progr="$OUT/progenitor-rustls/$name"
    rm -rf "$ours" "$prog" "$progr"
    log "== $name ($ops operations), load $(load) on $(nproc) cores"

    "$CODEGEN" generate "$spec" -o "$ours" --crate-name "bench-ours-$name" >/dev/null
    standalone "$ours"
    ours_lines="$(lines "$ours")"
    if [ "$ONLY" = progenitor ]; then
        o_cpu=0 o_own=0
    else
        log "   ours${OURS_FEATURES:+ ($OURS_FEATURES)}: $ours_lines lines; building"
        read -r o_cpu o_wall o_own o_l0 o_l1 < <(measure "$ours" "$OUT/t-ours-$name" "ours-$name${OURS_FEATURES:+-$OURS_FEATURES}" "${OURS_ARGS[@]}")
        TABLE+=("$(row "$name ours${OURS_FEATURES:+ ($OURS_FEATURES)}" "$ours_lines" "$ops" "$o_cpu" "$o_wall" "$o_own" "$o_l0" "$o_l1")")
        log "   ${TABLE[-1]}"
    fi
    [ "$ONLY" = ours ] && continue

    prog_spec="$spec"
    note=""
    if ! "$PROGENITOR" progenitor -i "$spec" -o "$prog" -n "bench-progenitor-$name" -v 0.1.0 \
        >"$OUT/progenitor-$name.log" 2>&1; then
        # progenitor 0.15 asserts one response type per operation (method.rs: "response_types.len()
        # <= 1"): an error body beside the success body panics it. Recorded, then retried on the
        # spec with only its 2xx responses, so that the two crates can still be compared.
        PANICS+=("$name: $(grep -m1 -A1 'panicked' "$OUT/progenitor-$name.log" | tail -1)")
        prog_spec="$OUT/$name.2xx.json"
        success_only "$spec" "$prog_spec"
        rm -rf "$prog"
        note=" (2xx-only spec)"
    fi
    if ! "$PROGENITOR" progenitor -i "$prog_spec" -o "$prog" -n "bench-progenitor-$name" -v 0.1.0 \
        >>"$OUT/progenitor-$name.log" 2>&1; then
        TABLE+=("$name progenitor: generation failed: $(grep -m1 -E 'panicked|[Ee]rror' "$OUT/progenitor-$name.log" || tail -1 "$OUT/progenitor-$name.log")")
        continue
    fi
    standalone "$prog"
    mkdir -p "$(dirname "$progr")" && cp -r "$prog" "$progr"
    log "   progenitor+rustls: $(add_rustls "$progr/Cargo.toml")"
    prog_lines="$(lines "$prog")"
    for variant in progenitor progenitor-rustls; do
        dir="$OUT/$variant/$name"
        log "   $variant: $prog_lines lines; building"
        if read -r p_cpu p_wall p_own p_l0 p_l1 < <(measure "$dir" "$OUT/t-$variant-$name" "$variant-$name"); then
            label="$name ${variant/-rustls/+rustls}$note"
            TABLE+=("$(row "$label" "$prog_lines" "$ops" "$p_cpu" "$p_wall" "$p_own" "$p_l0" "$p_l1")")
            log "   ${TABLE[-1]}"
            RATIOS+=("$(printf '%-30s lines %5s   clean cpu %5s   own cpu %5s' "$name / ${variant/-rustls/+rustls}" \
                "$(ratio "$ours_lines" "$prog_lines")" "$(ratio "$o_cpu" "$p_cpu")" "$(ratio "$o_own" "$p_own")")")
        else
            TABLE+=("$name $variant: build failed")
        fi
    done
done

echo
echo "clean cargo build of the generated crate, one fresh target folder each, warm registry (runs: $RUNS)"
echo "cpu = user+sys seconds, wall = seconds, own = CPU seconds to rebuild the crate's own code,"
echo "load = 1-minute load average before → after the builds ($(nproc) cores)"
printf '%-30s %6s %5s | %7s %7s %6s | %s\n' crate lines l/op cpu wall own load
printf '%s\n' "${TABLE[@]}"
if [ "${#RATIOS[@]}" -gt 0 ]; then
    echo
    echo "ours / progenitor (progenitor+rustls is the fair reference: progenitor as generated has no TLS)"
    printf '%s\n' "${RATIOS[@]}"
fi
if [ "${#PANICS[@]}" -gt 0 ]; then
    echo
    echo "cargo-progenitor panicked on the original spec (measured on its 2xx-only version):"
    printf '  %s\n' "${PANICS[@]}"
fi
