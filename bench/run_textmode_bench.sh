#!/usr/bin/env bash
# Text mode's speed: textmode_bench over the visible text of the pages (each
# HTML page rendered in memory as `pith --format fulltext` would, before
# timing), once with --input text and once with --input auto (the content
# sniffing included). Single-threaded; the bar is >= 50 MB/s of text.
# The machine may be noisy: the best pass is the figure to compare, and on a
# loaded machine the MB per CPU second (this thread's CPU time) is steadier.
#
# usage: bench/run_textmode_bench.sh BUILD_DIR [PAGES_DIR]
#   REPEAT=N   passes over the pages (default 10: a pass takes a fifth of a
#              second, and on a shared machine a burst of load lasts longer)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:?usage: run_textmode_bench.sh BUILD_DIR [PAGES_DIR]}
build=$(cd "$build" && pwd)
pages=${2:-$root/../shared/datasets/trafilatura/pages}
repeat=${REPEAT:-10}

bench="$build/textmode_bench"
if [[ ! -x $bench ]]; then
  echo "building textmode_bench in $build" >&2
  cmake --build "$build" -j"$(nproc)" -t textmode_bench >&2
fi

# field KEY LINE: the value of KEY=value in a RESULT line.
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }

echo "textmode_bench: visible text of $pages, $repeat passes, single-threaded ($(date -u +%FT%TZ))"
printf '%-6s %8s %8s %12s %12s %12s %10s %16s\n' input pages "MB text" "MB/s(best)" "MB/s(mean)" "MB/CPU-s" "pages/s" \
  "bar >= 50 MB/s"
for input in text auto; do
  line=$("$bench" --input "$input" --repeat "$repeat" "$pages" | grep '^RESULT ')
  best=$(field best_mbps "$line")
  printf '%-6s %8s %8s %12s %12s %12s %10s %16s\n' "$input" "$(field pages "$line")" "$(field MB "$line")" "$best" \
    "$(field mbps "$line")" "$(field cpu_mbps "$line")" "$(field pages_per_s "$line")" \
    "$(awk -v b="$best" 'BEGIN { print (b >= 50) ? "PASS" : "FAIL" }')"
done
