#!/usr/bin/env bash
# Times `pith parse --stats` (or, with MODE=extract, the whole extraction) on every hostile shape from bench/hostile_inputs.py
# at ~1 MB and ~10 MB and prints the time ratio large/small per shape, scaled to
# an exact 10x size step (linear is ~10x; the bar is <= 12x), and each run's
# peak RSS. The small input is run three times and the fastest kept, since
# process start-up is a visible part of a 1 MB parse on a noisy machine (the
# large one twice).
#
# usage: bench/run_hostile.sh BUILD_DIR [INPUT_DIR]
#   INPUT_DIR defaults to BUILD_DIR/hostile (generated when missing)
#   TIMEOUT=S  seconds before a run counts as a failure (default 120)
#   MODE=extract  time the whole extraction (`pith --format json`: parse,
#              metadata, content, writers) instead of the parser alone
set -uo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:?usage: run_hostile.sh BUILD_DIR [INPUT_DIR]}
build=$(cd "$build" && pwd)
inputs=${2:-$build/hostile}
limit=${TIMEOUT:-120}
cli="$build/pith"
ratio_bar=12
if [[ ${MODE:-parse} == extract ]]; then command=(--quiet --format json); else command=(parse --stats); fi

[[ -x $cli ]] || cmake --build "$build" -j"$(nproc)" -t pith_cli >&2 || exit 1
if ! ls "$inputs"/*.large.html >/dev/null 2>&1; then
  echo "generating hostile inputs into $inputs" >&2
  python3 "$root/bench/hostile_inputs.py" "$inputs" || exit 1
fi

# run FILE: prints "SECONDS PEAK_KB STATUS" for one `pith parse --stats FILE`
# (or the extraction, with MODE=extract).
run() {
  local stats start end rc
  stats=$(mktemp)
  start=$(date +%s.%N)
  /usr/bin/time -f '%M' -o "$stats" timeout "$limit" "$cli" "${command[@]}" "$1" >/dev/null 2>&1
  rc=$?
  end=$(date +%s.%N)
  local kb
  kb=$(tail -n 1 "$stats")
  rm -f "$stats"
  local status=ok
  if ((rc == 124)); then status=TIMEOUT; elif ((rc != 0)); then status="EXIT$rc"; fi
  awk -v s="$start" -v e="$end" -v kb="$kb" -v st="$status" 'BEGIN { printf "%.4f %s %s\n", e - s, kb, st }'
}

# best_of N FILE: the fastest of N runs as "SECONDS PEAK_KB STATUS" (stops at
# the first run that fails).
best_of() {
  local best="" best_kb="" secs kb status i
  for ((i = 0; i < $1; ++i)); do
    read -r secs kb status < <(run "$2")
    [[ $status != ok ]] && { echo "$secs $kb $status"; return; }
    if [[ -z $best ]] || awk -v a="$secs" -v b="$best" 'BEGIN { exit !(a < b) }'; then
      best=$secs
      best_kb=$kb
    fi
  done
  echo "$best $best_kb ok"
}

printf '%-28s %8s %9s %8s %9s %7s %6s %9s %9s %8s\n' shape "MB" "small s" "MB" "large s" ratio bar \
  "RSS-S MB" "RSS-L MB" "RSS/size"
worst=0
failures=0
for small in "$inputs"/*.small.html; do
  shape=$(basename "$small" .small.html)
  large="$inputs/$shape.large.html"
  [[ -f $large ]] || continue
  read -r best small_kb small_status < <(best_of 3 "$small")
  read -r large_secs large_kb large_status < <(best_of 2 "$large")
  small_mb=$(stat -c %s "$small" | awk '{ printf "%.1f", $1 / 1e6 }')
  large_mb=$(stat -c %s "$large" | awk '{ printf "%.1f", $1 / 1e6 }')
  # Shapes whose sizes are not exactly 1 MB and 10 MB (e.g. 300k vs 3M
  # attributes) have their time ratio scaled to a 10x size step.
  size_step=$(awk -v a="$(stat -c %s "$small")" -v b="$(stat -c %s "$large")" 'BEGIN { printf "%.4f", b / a }')
  line=$(awk -v s="$best" -v l="$large_secs" -v skb="$small_kb" -v lkb="$large_kb" -v lmb="$large_mb" \
    -v bar="$ratio_bar" -v ss="$small_status" -v ls="$large_status" -v step="$size_step" 'BEGIN {
      r = l / s * 10 / step
      verdict = (ss != "ok") ? ss : (ls != "ok") ? ls : (r <= bar ? "ok" : "SLOW")
      printf "%.4f %.1f %s %.1f %.1f %.2f", r, r, verdict, skb / 1024, lkb / 1024, lkb / 1024 / lmb }')
  read -r ratio ratio_shown verdict rss_small rss_large rss_per_mb <<<"$line"
  printf '%-28s %8s %9.3f %8s %9.3f %6.1fx %6s %9s %9s %7sx\n' "$shape" "$small_mb" "$best" "$large_mb" \
    "$large_secs" "$ratio_shown" "$verdict" "$rss_small" "$rss_large" "$rss_per_mb"
  [[ $verdict != ok ]] && failures=$((failures + 1))
  if awk -v r="$ratio" -v w="$worst" 'BEGIN { exit !(r > w) }'; then worst=$ratio; worst_shape=$shape; fi
done
printf 'worst ratio %.1fx (%s); shapes failing (slow > %sx, timeout > %ss, or crash): %d\n' \
  "$worst" "${worst_shape:-none}" "$ratio_bar" "$limit" "$failures"
exit $((failures > 0))
