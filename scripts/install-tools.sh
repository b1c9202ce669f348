#!/usr/bin/env bash
# Installs the Node tools the tests use, pinned by scripts/tools/package-lock.json, into
# target/tools (never globally): today widdershins 4 (OpenAPI -> Slate Markdown) for the
# round-trip test of tests/openapi-corpus. Idempotent: does nothing when the installed tree
# was made from the same lock file. Prints the path of the widdershins binary on success.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
src="$root/scripts/tools"
dest="$root/target/tools"
bin="$dest/node_modules/.bin/widdershins"

if ! command -v npm >/dev/null 2>&1; then
  echo "install-tools: npm is not installed (Node.js >= 18 is needed for widdershins)" >&2
  exit 1
fi

mkdir -p "$dest"
if [ -x "$bin" ] && cmp -s "$src/package-lock.json" "$dest/.installed-lock.json"; then
  echo "$bin"
  exit 0
fi

cp "$src/package.json" "$src/package-lock.json" "$dest/"
export NO_UPDATE_NOTIFIER=1 npm_config_update_notifier=false
# --ignore-scripts: none of these packages needs an install script (core-js's only prints a banner).
npm ci --silent --no-audit --no-fund --ignore-scripts --prefix "$dest" >&2
cp "$src/package-lock.json" "$dest/.installed-lock.json"
"$bin" --version >/dev/null 2>&1 || { echo "install-tools: $bin does not run" >&2; exit 1; }
echo "$bin"
