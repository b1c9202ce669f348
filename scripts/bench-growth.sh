#!/usr/bin/env bash
# Import growth (issue 19): the Seven Time doc set repeated N times (each copy's resources,
# endpoints and headings renamed, the structure kept) in a temp folder, imported beside its parse
# floor, with peak RSS. Nothing is written into the project.
#
#   scripts/bench-growth.sh [N ...]     (default: 1 10 100; RUNS=3 runs per size, median printed)
#
# Needs the release builds: cargo build --release -p codegen --bin codegen --example parse_floor
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
src="${SLATE_DOCS_DIR:-$here/../../shared/docs}/seventime/source"
[ -d "$src" ] || src="/work/shared/docs/seventime/source"
bin="$here/target/release/codegen"
floor="$here/target/release/examples/parse_floor"
[ -x "$bin" ] && [ -x "$floor" ] || {
  echo "build first: cargo build --release -p codegen --bin codegen --example parse_floor" >&2
  exit 2
}
runs="${RUNS:-3}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# make_set N DIR: index.html.md and inProgress.html.md once, the errors page once, every other
# include N times; copy k renames `/api/2/things` to `/api/2/thingsK<k>` and each `#`/`##`
# heading to `<heading> K<k>`, so every copy documents distinct endpoints and operations.
make_set() {
  local n="$1" dir="$2"
  mkdir -p "$dir/source/includes"
  cp "$src/inProgress.html.md" "$dir/source/"
  cp "$src/includes/_errors.md" "$dir/source/includes/"
  local list="- errors"$'\n'
  for f in "$src"/includes/_*.md; do
    local name
    name="$(basename "$f" .md)"
    name="${name#_}"
    [ "$name" = errors ] && continue
    for k in $(seq 1 "$n"); do
      sed -e "s#/api/2/\([A-Za-z]\+\)#/api/2/\1K$k#g" -e "s/^\(##\? .*[^ ]\) *$/\1 K$k/" \
        "$f" >"$dir/source/includes/_${name}K$k.md"
      list+="- ${name}K$k"$'\n'
    done
  done
  # The front matter's include list replaced by the copies'.
  awk -v list="$list" '
    /^includes:/ { print; printf "%s", list; skip = 1; next }
    skip && /^- / { next }
    { skip = 0; print }
  ' "$src/index.html.md" >"$dir/source/index.html.md"
}

median() { sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

printf '%-5s %9s %6s %10s %10s %7s %9s %9s %6s\n' size lines ops "floor s" "import s" ratio "input MB" "RSS MB" "RSS/in"
for n in "${@:-1 10 100}"; do
  for m in $n; do
    dir="$tmp/x$m"
    make_set "$m" "$dir"
    lines=$(cat "$dir"/source/*.md "$dir"/source/includes/*.md | wc -l)
    bytes=$(cat "$dir"/source/*.md "$dir"/source/includes/*.md | wc -c)
    f=$(for _ in $(seq "$runs"); do "$floor" --floor-only "$dir"; done | median)
    cpu=() rss=()
    for _ in $(seq "$runs"); do
      /usr/bin/time -o "$tmp/time" -f '%U %S %M' "$bin" import "$dir" -o "$tmp/out.yaml" --allow-errors 2>/dev/null
      read -r u s kb <"$tmp/time"
      cpu+=("$(awk -v u="$u" -v s="$s" 'BEGIN { print u + s }')")
      rss+=("$kb")
    done
    c=$(printf '%s\n' "${cpu[@]}" | median)
    r=$(printf '%s\n' "${rss[@]}" | median)
    ops=$(grep -c '^ *operationId:' "$tmp/out.yaml" || true)
    awk -v n="$m" -v l="$lines" -v o="$ops" -v f="$f" -v c="$c" -v b="$bytes" -v r="$r" 'BEGIN {
      printf "%-5s %9d %6d %10.3f %10.3f %6.1fx %9.1f %9.1f %5.1fx\n",
        n "x", l, o, f, c, c / f, b / 1e6, r / 1024, r * 1024 / b }'
    rm -rf "$dir"
  done
done
