#!/usr/bin/env bash
# Runs parse_bench once per parser, each in its own process so peak RSS is per
# parser, and prints one table with pith's throughput ratios against gumbo,
# libxml2 and the memchr floor, and the whole extraction pipeline's speed; then times `pith parse --stats DIR` from the
# outside (file reading, tree measuring and printing included).
# The machine may be noisy: compare the ratios of one run, not numbers across runs.
#
# usage: bench/run_parse_bench.sh BUILD_DIR [PAGES_DIR]
#   REPEAT=N   passes over the pages per parser (default 3; ratios use the best pass)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:?usage: run_parse_bench.sh BUILD_DIR [PAGES_DIR]}
build=$(cd "$build" && pwd)
pages=${2:-$root/../shared/datasets/trafilatura/pages}
repeat=${REPEAT:-3}

bench="$build/parse_bench"
cli="$build/pith"
if [[ ! -x $bench || ! -x $cli ]]; then
  echo "building parse_bench and pith in $build" >&2
  cmake --build "$build" -j"$(nproc)" -t parse_bench pith_cli >&2
fi

# field KEY LINE: the value of KEY=value in a RESULT line.
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }

declare -A best mean rss pps
results=()
for parser in memchr pith gumbo libxml2 pith-extract; do
  extra=()
  [[ $parser == pith ]] && extra=(--memory)
  line=$("$bench" --parser "$parser" --repeat "$repeat" "${extra[@]}" "$pages" | grep '^RESULT ')
  results+=("$line")
  best[$parser]=$(field best_mbps "$line")
  mean[$parser]=$(field mbps "$line")
  rss[$parser]=$(field peak_rss_mb "$line")
  pps[$parser]=$(field pages_per_s "$line")
  [[ $parser == pith ]] && pith_line=$line
done
loaded=$(field loaded_rss_mb "${results[0]}")
mb=$(field MB "${results[0]}")
count=$(field pages "${results[0]}")

echo "parse_bench: $count pages, $mb MB, $repeat passes per parser ($(date -u +%FT%TZ), $(nproc) cores)"
printf '%-9s %12s %12s %10s %14s %16s\n' parser "MB/s(best)" "MB/s(mean)" "pages/s" "peak RSS MB" "pith speedup"
for parser in memchr pith gumbo libxml2; do
  ratio=$(awk -v p="${best[pith]}" -v q="${best[$parser]}" 'BEGIN { printf "%.2fx", p / q }')
  printf '%-9s %12s %12s %10s %14s %16s\n' "$parser" "${best[$parser]}" "${mean[$parser]}" "${pps[$parser]}" \
    "${rss[$parser]}" "$ratio"
done
echo "(peak RSS includes the $loaded MB of pages held in memory)"
awk -v p="${best[pith]}" -v g="${best[gumbo]}" -v x="${best[libxml2]}" -v m="${best[memchr]}" 'BEGIN {
  printf "pith/gumbo   %.2fx  (bar >= 6x: %s)\n", p / g, ((p / g >= 6) ? "PASS" : "FAIL")
  printf "pith/libxml2 %.2fx  (bar >= 2x: %s)\n", p / x, ((p / x >= 2) ? "PASS" : "FAIL")
  printf "pith/memchr  %.3fx (memchr is the floor: one pass finding every <)\n", p / m }'
printf 'pith-extract (parse + metadata + content + text): %s MB/s best, %s MB/s mean, %s pages/s, peak RSS %s MB (bar >= 100 MB/s: %s)\n' \
  "${best[pith-extract]}" "${mean[pith-extract]}" "${pps[pith-extract]}" "${rss[pith-extract]}" \
  "$(awk -v e="${best[pith-extract]}" 'BEGIN { print (e >= 100) ? "PASS" : "FAIL" }')"
printf 'pith heap per page: worst %sx size overall, worst %sx over pages >= 256 KiB, largest peak %s MB, pages over 8x size + 4 MB: %s\n' \
  "$(field heap_worst_ratio "$pith_line")" "$(field heap_worst_big_ratio "$pith_line")" \
  "$(field heap_largest_peak_mb "$pith_line")" "$(field over_budget "$pith_line")"

# The CLI from outside: wall clock of the whole process, output discarded.
start=$(date +%s.%N)
"$cli" parse --stats "$pages" >/dev/null || echo "warning: pith parse --stats exited non-zero" >&2
end=$(date +%s.%N)
bytes=$(find "$pages" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
awk -v b="$bytes" -v s="$start" -v e="$end" 'BEGIN {
  printf "pith parse --stats (whole process, wall clock): %.2f s, %.1f MB/s\n", e - s, b / 1e6 / (e - s) }'
