// parse_bench: parser throughput over a directory of real pages, pith against
// gumbo, libxml2's HTML parser and a memchr floor. Every page is read into
// memory first so the loop times parsing only; each parser gets the same raw
// bytes (gumbo assumes UTF-8 and does not sniff, libxml2 and pith do).
//
// For pith it can also measure each page's peak heap use during html::parse
// (every operator new/delete of the process is counted, so the arena, the
// decoded text and the tree builder's stacks are all included) and report the
// worst ratio against the page's size, for the acceptance bar "peak memory for
// a page stays below 8x its size plus a few MB".
//
// Output: a human-readable block, then one `RESULT key=value ...` line that
// bench/run_parse_bench.sh reads.
#include <gumbo.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <malloc.h>
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <new>
#include <string>
#include <string_view>
#include <vector>

#include "dom/tree_stats.h"
#include "html/parser.h"
#include "pith/extract.h"
#include "page_files.h"

namespace {

// ---------------------------------------------------------------------------
// Heap accounting. Off until a measurement pass turns it on; while on, every
// allocation adds its usable size to `live` and raises `peak`. Using
// malloc_usable_size on both sides keeps new and delete symmetric without
// storing sizes, whichever form of delete the caller uses.
struct HeapCounter {
  std::atomic<bool> on{false};
  long long live = 0;
  long long peak = 0;
};
HeapCounter heap;

void* counted_alloc(size_t size, size_t align) {
  void* p = align <= alignof(std::max_align_t) ? std::malloc(size ? size : 1)
                                               : std::aligned_alloc(align, (size + align - 1) / align * align);
  if (!p) throw std::bad_alloc();
  if (heap.on.load(std::memory_order_relaxed)) {
    heap.live += static_cast<long long>(malloc_usable_size(p));
    if (heap.live > heap.peak) heap.peak = heap.live;
  }
  return p;
}

void counted_free(void* p) {
  if (!p) return;
  if (heap.on.load(std::memory_order_relaxed)) heap.live -= static_cast<long long>(malloc_usable_size(p));
  std::free(p);
}

}  // namespace

void* operator new(size_t n) { return counted_alloc(n, 0); }
void* operator new[](size_t n) { return counted_alloc(n, 0); }
void* operator new(size_t n, std::align_val_t a) { return counted_alloc(n, static_cast<size_t>(a)); }
void* operator new[](size_t n, std::align_val_t a) { return counted_alloc(n, static_cast<size_t>(a)); }
void operator delete(void* p) noexcept { counted_free(p); }
void operator delete[](void* p) noexcept { counted_free(p); }
void operator delete(void* p, size_t) noexcept { counted_free(p); }
void operator delete[](void* p, size_t) noexcept { counted_free(p); }
void operator delete(void* p, std::align_val_t) noexcept { counted_free(p); }
void operator delete[](void* p, std::align_val_t) noexcept { counted_free(p); }
void operator delete(void* p, size_t, std::align_val_t) noexcept { counted_free(p); }
void operator delete[](void* p, size_t, std::align_val_t) noexcept { counted_free(p); }

namespace {


constexpr const char* kDefaultPages = "../shared/datasets/trafilatura/pages";
// The acceptance bar: a page's peak extra memory stays below
// kMemoryFactor x its size + kMemorySlackBytes.
constexpr double kMemoryFactor = 8.0;
constexpr long long kMemorySlackBytes = 4ll << 20;

struct Page {
  std::string path;
  std::string bytes;
};

struct Options {
  std::string parser = "pith";
  std::string dir = kDefaultPages;
  int repeat = 1;
  bool memory = false;
};

void usage() {
  std::fprintf(stderr,
               "usage: parse_bench [--parser pith|pith-extract|gumbo|libxml2|memchr] [--repeat N] [--memory] [DIR|FILE]\n"
               "  pith-extract: the whole extraction pipeline (parse, metadata, content, plain text)\n"
               "  DIR defaults to %s (relative to the working directory)\n"
               "  --memory  (pith) also measure each page's peak heap during parse, report the worst ratio\n",
               kDefaultPages);
}

bool parse_args(int argc, char** argv, Options& options) {
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--parser" && i + 1 < argc) {
      options.parser = argv[++i];
    } else if (arg == "--repeat" && i + 1 < argc) {
      options.repeat = std::max(1, std::atoi(argv[++i]));
    } else if (arg == "--memory") {
      options.memory = true;
    } else if (arg == "--dir" && i + 1 < argc) {
      options.dir = argv[++i];
    } else if (!arg.empty() && arg[0] != '-') {
      options.dir = std::string(arg);
    } else {
      return false;
    }
  }
  return options.parser == "pith" || options.parser == "pith-extract" || options.parser == "gumbo" ||
         options.parser == "libxml2" || options.parser == "memchr";
}

std::vector<Page> load_pages(const std::string& where) {
  const std::vector<std::string> paths = pith::bench::page_files(where);
  std::vector<Page> pages;
  pages.reserve(paths.size());
  for (const std::string& path : paths) {
    std::ifstream in(path, std::ios::binary);
    pages.push_back({path, std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>())});
  }
  return pages;
}

double peak_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;  // ru_maxrss is in KiB on Linux
}

// Each parse_* returns a value derived from the result so the work cannot be
// optimised away; it is summed into a sink that is printed.
size_t parse_pith(std::string_view bytes) {
  pith::dom::Document document = pith::html::parse(bytes);
  return document.parse_errors + (document.root()->first_child != nullptr);
}

// Not a parser: pith's whole pipeline, bytes to main text and metadata, the
// figure the extraction speed bar is about.
size_t extract_pith(std::string_view bytes) {
  pith::Document document = pith::extract(bytes);
  return document.text.size() + document.title.size();
}

size_t parse_gumbo(std::string_view bytes) {
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, bytes.data(), bytes.size());
  size_t result = output->root != nullptr;
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return result;
}

size_t parse_libxml2(std::string_view bytes) {
  constexpr int kFlags = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
  htmlDocPtr doc = htmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), "page.html", nullptr, kFlags);
  size_t result = doc != nullptr;
  if (doc) xmlFreeDoc(doc);
  return result;
}

size_t count_tags_memchr(std::string_view bytes) {
  size_t count = 0;
  const char* p = bytes.data();
  const char* end = p + bytes.size();
  while ((p = static_cast<const char*>(std::memchr(p, '<', end - p)))) {
    ++count;
    ++p;
  }
  return count;
}

using ParseFn = size_t (*)(std::string_view);

ParseFn parser_function(const std::string& name) {
  if (name == "pith") return parse_pith;
  if (name == "pith-extract") return extract_pith;
  if (name == "gumbo") return parse_gumbo;
  if (name == "libxml2") return parse_libxml2;
  return count_tags_memchr;
}

struct MemoryReport {
  double worst_ratio = 0;       // peak extra heap / page size, over all pages
  std::string worst_page;
  size_t worst_size = 0;
  double worst_big_ratio = 0;   // the same over pages of at least kBigPage bytes
  std::string worst_big_page;
  size_t over_budget = 0;       // pages above kMemoryFactor x size + kMemorySlackBytes
  long long largest_peak = 0;
};

// Pages this big are where the bar bites: below it the fixed costs (the
// arena's first chunk, the builder's stacks) dominate any ratio.
constexpr size_t kBigPage = 256 << 10;

// Parses every page once with heap accounting on; the peak is taken relative
// to the live heap just before the parse, and the Document is destroyed inside
// the window so nothing leaks into the next page's baseline.
MemoryReport measure_pith_memory(const std::vector<Page>& pages) {
  MemoryReport report;
  for (const Page& page : pages) {
    heap.live = 0;
    heap.peak = 0;
    heap.on.store(true, std::memory_order_relaxed);
    {
      pith::dom::Document document = pith::html::parse(page.bytes);
    }
    heap.on.store(false, std::memory_order_relaxed);
    long long peak = heap.peak;
    size_t size = std::max<size_t>(page.bytes.size(), 1);
    double ratio = static_cast<double>(peak) / size;
    if (ratio > report.worst_ratio) {
      report.worst_ratio = ratio;
      report.worst_page = page.path;
      report.worst_size = page.bytes.size();
    }
    if (page.bytes.size() >= kBigPage && ratio > report.worst_big_ratio) {
      report.worst_big_ratio = ratio;
      report.worst_big_page = page.path;
    }
    if (peak > kMemoryFactor * page.bytes.size() + kMemorySlackBytes) ++report.over_budget;
    report.largest_peak = std::max(report.largest_peak, peak);
  }
  return report;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  if (!parse_args(argc, argv, options)) {
    usage();
    return 2;
  }
  std::vector<Page> pages = load_pages(options.dir);
  if (pages.empty()) {
    std::fprintf(stderr, "parse_bench: no pages under %s\n", options.dir.c_str());
    return 1;
  }
  size_t total_bytes = 0;
  for (const Page& page : pages) total_bytes += page.bytes.size();
  double rss_loaded = peak_rss_mb();

  if (options.parser == "libxml2") xmlInitParser();
  ParseFn parse = parser_function(options.parser);

  // One untimed warm-up page set would double the run; instead every pass is
  // timed and both the mean and the best pass are reported.
  size_t sink = 0;
  double total_seconds = 0, best_seconds = 0;
  for (int pass = 0; pass < options.repeat; ++pass) {
    auto start = std::chrono::steady_clock::now();
    for (const Page& page : pages) sink += parse(page.bytes);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    total_seconds += seconds;
    if (pass == 0 || seconds < best_seconds) best_seconds = seconds;
  }
  double rss_peak = peak_rss_mb();

  double mb = total_bytes / 1e6;
  double mean_mbps = mb * options.repeat / total_seconds;
  double best_mbps = mb / best_seconds;
  double pages_per_s = pages.size() * options.repeat / total_seconds;
  std::printf("parser      %s\n", options.parser.c_str());
  std::printf("pages       %zu (x%d)\n", pages.size(), options.repeat);
  std::printf("MB          %.1f\n", mb);
  std::printf("seconds     %.3f (best pass %.3f)\n", total_seconds, best_seconds);
  std::printf("MB/s        %.1f (best pass %.1f)\n", mean_mbps, best_mbps);
  std::printf("pages/s     %.0f\n", pages_per_s);
  std::printf("peak RSS    %.1f MB (%.1f MB after loading the pages)\n", rss_peak, rss_loaded);

  MemoryReport memory;
  bool measured = options.memory && options.parser == "pith";
  if (measured) {
    memory = measure_pith_memory(pages);
    std::printf("heap/page   worst %.1fx (%s, %zu bytes); worst over pages >= 256 KiB %.2fx (%s)\n",
                memory.worst_ratio, memory.worst_page.c_str(), memory.worst_size, memory.worst_big_ratio,
                memory.worst_big_page.empty() ? "none" : memory.worst_big_page.c_str());
    std::printf("            largest peak %.1f MB; pages over %.0fx size + %lld MB: %zu\n",
                memory.largest_peak / 1e6, kMemoryFactor, kMemorySlackBytes >> 20, memory.over_budget);
  }
  std::printf("RESULT parser=%s pages=%zu repeat=%d MB=%.2f seconds=%.4f best_seconds=%.4f mbps=%.2f "
              "best_mbps=%.2f pages_per_s=%.1f peak_rss_mb=%.1f loaded_rss_mb=%.1f",
              options.parser.c_str(), pages.size(), options.repeat, mb, total_seconds, best_seconds, mean_mbps,
              best_mbps, pages_per_s, rss_peak, rss_loaded);
  if (measured)
    std::printf(" heap_worst_ratio=%.2f heap_worst_big_ratio=%.2f heap_largest_peak_mb=%.2f over_budget=%zu",
                memory.worst_ratio, memory.worst_big_ratio, memory.largest_peak / 1e6, memory.over_budget);
  std::printf(" sink=%zu\n", sink);
  return 0;
}
