#!/usr/bin/env bash
# Builds the fuzzers with clang++ -fsanitize=fuzzer,address,undefined into their
# own build directory and makes the seed corpus.
#
# usage: fuzz/build.sh [BUILD_DIR]      (default: build-fuzz in the project root)
# then:  BUILD_DIR/parse_fuzzer -dict=fuzz/html.dict -max_len=65536 \
#          -rss_limit_mb=4096 -timeout=10 BUILD_DIR/corpus BUILD_DIR/seeds
#   and:  BUILD_DIR/extract_fuzzer -dict=fuzz/html.dict -max_len=65536 \
#          -rss_limit_mb=4096 -timeout=10 BUILD_DIR/corpus-extract BUILD_DIR/seeds-extract
#   and:  BUILD_DIR/warc_fuzzer -max_len=262144 -rss_limit_mb=4096 -timeout=10 \
#          BUILD_DIR/corpus-warc BUILD_DIR/seeds-warc
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build-fuzz}

cmake -S "$root/fuzz" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER="${CC:-clang}" -DCMAKE_CXX_COMPILER="${CXX:-clang++}" >/dev/null
# Only the fuzzers and the layers they link.
targets=()
for source in "$root"/fuzz/*_fuzzer.cc; do targets+=("$(basename "$source" .cc)"); done
cmake --build "$build" -j"$(nproc)" -t "${targets[@]}"
mkdir -p "$build/corpus" "$build/corpus-extract" "$build/seeds-extract" "$build/corpus-warc" "$build/seeds-warc"
python3 "$root/fuzz/make_seed_corpus.py" "$root/../shared/html5lib-tests" "$build/seeds"
# extract_fuzzer seeds: small real pages and the text-mode seed, each behind
# a selector byte (0 = auto-detected input, default options).
for page in $(ls -S -r "$root"/../shared/datasets/*/pages/*.html | head -200) "$root/../shared/seeds/page.txt"; do
  { printf '\0'; head -c 65536 "$page"; } >"$build/seeds-extract/$(basename "$page")"
done
# …and script-rendered pages whose article is only in a JSON-LD articleBody
# (plain lines, HTML), which the API parses in place of the page.
printf '\0<html><head><script type="application/ld+json">{"@type":"NewsArticle","articleBody":"%s"}</script></head><body><p>Photo: dawn.</p></body></html>' \
  "$(printf 'Seals were counted on the mudflats again this spring by the volunteers. %.0s' {1..25})\\n<h2>More</h2>" \
  >"$build/seeds-extract/json-ld-article-body-lines"
printf '\0<html><head><script type="application/ld+json">{"@graph":[{"@type":"Article","articleBody":"%s"}]}</script></head><body></body></html>' \
  "$(printf '<p>Seals were <b>counted</b> on the mudflats again this spring.</p><ul><li>one</li></ul> %.0s' {1..25})" \
  >"$build/seeds-extract/json-ld-article-body-html"
# warc_fuzzer seeds: the real Common Crawl WARC/WET files, plain, gzip and
# zstd, and one record of each cut short.
for warc in "$root"/../shared/warc/*.gz; do
  name=$(basename "$warc" .gz)
  cat "$warc" >"$build/seeds-warc/$name.gz"
  python3 -c 'import gzip, sys; sys.stdout.buffer.write(gzip.open(sys.argv[1]).read()[:262144])' \
    "$warc" >"$build/seeds-warc/$name"
  head -c 3000 "$build/seeds-warc/$name" >"$build/seeds-warc/$name.truncated"
  if command -v zstd >/dev/null; then zstd -q -f -c "$build/seeds-warc/$name" >"$build/seeds-warc/$name.zst"; fi
done
echo "built: $(ls "$build"/*_fuzzer); seeds: $(ls "$build/seeds" | wc -l) files in $build/seeds"
