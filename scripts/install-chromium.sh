#!/usr/bin/env bash
# Installs Debian's Chromium (package `chromium`) for the headless-browser test of the lint
# HTML report (crates/codegen/tests/html_report.rs), with apt-get when it is missing.
# Idempotent: does nothing when /usr/bin/chromium runs. Prints the path of the binary.
set -euo pipefail
bin=/usr/bin/chromium

if [ -x "$bin" ] && "$bin" --headless --no-sandbox --version >/dev/null 2>&1; then
  echo "$bin"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-chromium: apt-get is not available; install Chromium so that $bin exists" >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >&2
$sudo apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >&2
"$bin" --headless --no-sandbox --version >/dev/null 2>&1 || { echo "install-chromium: $bin does not run" >&2; exit 1; }
echo "$bin"
