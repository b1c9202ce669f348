#!/usr/bin/env bash
# Generated lines per operation: for each spec, the non-blank lines of the generated crate's
# `src/**/*.rs`, of its per-operation code alone (`operations.rs` + `types.rs`), and of the rest
# (the runtime modules every crate carries), each divided by the number of operations.
# Never part of `cargo test`; `scripts/bench-build.sh` compares with cargo-progenitor.
#
#   scripts/lines-per-op.sh              # the four seed specs and the public test specs
#   scripts/lines-per-op.sh SPEC...      # other specs
set -euo pipefail

ROOT_DIR="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT_DIR/target/lines-per-op"
if [ "$#" -gt 0 ]; then
    SPECS=("$@")
else
    SPECS=("$ROOT_DIR"/specs/*/openapi.yaml "$ROOT_DIR"/crates/client-gen/tests/specs/public/*.yaml)
fi
cargo build --quiet -p codegen --manifest-path "$ROOT_DIR/Cargo.toml"
CODEGEN="$ROOT_DIR/target/debug/codegen"

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
nonblank() { if [ "$#" -gt 0 ]; then cat "$@" | grep -cv '^[[:space:]]*$' || true; else echo 0; fi; }

printf '%-22s %4s | %6s %5s | %6s %5s | %6s\n' spec ops lines l/op per-op l/op runtime
for spec in "${SPECS[@]}"; do
    name="$(basename "$spec" | sed 's/\.[a-z]*$//')"
    [ "$name" = openapi ] && name="$(basename "$(dirname "$spec")")"
    rm -rf "${OUT:?}/$name"
    "$CODEGEN" generate "$spec" -o "$OUT/$name" --crate-name "lines-$name" >/dev/null 2>&1
    ops="$(operations "$spec")"
    src="$OUT/$name/src"
    mapfile -t all < <(find "$src" -name '*.rs' | sort)
    mapfile -t own < <(find "$src" -name operations.rs -o -name types.rs | sort)
    total="$(nonblank "${all[@]}")"
    per_op="$(nonblank "${own[@]}")"
    printf '%-22s %4s | %6s %5s | %6s %5s | %6s\n' "$name" "$ops" "$total" "$((total / ops))" \
        "$per_op" "$((per_op / ops))" "$((total - per_op))"
done
