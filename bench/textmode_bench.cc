// textmode_bench: text mode's throughput, single-threaded. Text pages are what
// `pith --format fulltext` makes of real HTML pages (every visible block one per
// line), rendered in memory before the clock starts, so the loop times
// pith::extract on text only: decoding, the line model, the writers and the
// language check. The figure the text-mode speed bar (>= 50 MB/s) is about.
//
//   textmode_bench [--repeat N] [--input text|auto] DIR|FILE
//     DIR holds HTML pages (rendered to text first) or, with --text-pages,
//     text pages used as they are.
//
// Output: a human-readable block, then one `RESULT key=value ...` line that
// bench/run_textmode_bench.sh reads. MB are of the text pages, not the HTML.
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "html/parser.h"
#include "output/fulltext_writer.h"
#include "pith/extract.h"
#include "page_files.h"

namespace {


struct Options {
  std::string where;
  int repeat = 3;
  pith::InputKind input = pith::InputKind::Text;
  bool text_pages = false;
};

bool parse_args(int argc, char** argv, Options& options) {
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--repeat" && i + 1 < argc) {
      options.repeat = std::max(1, std::atoi(argv[++i]));
    } else if (arg == "--input" && i + 1 < argc) {
      std::string kind = argv[++i];
      if (kind != "text" && kind != "auto") return false;
      options.input = kind == "auto" ? pith::InputKind::Auto : pith::InputKind::Text;
    } else if (arg == "--text-pages") {
      options.text_pages = true;
    } else if (options.where.empty() && arg[0] != '-') {
      options.where = arg;
    } else {
      return false;
    }
  }
  return !options.where.empty();
}

// This thread's CPU seconds: on a shared, oversubscribed machine wall-clock
// throughput swings with the load, CPU time much less.
double thread_cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  if (!parse_args(argc, argv, options)) {
    std::fprintf(stderr, "usage: textmode_bench [--repeat N] [--input text|auto] [--text-pages] DIR|FILE\n");
    return 2;
  }
  std::vector<std::string> pages;
  for (const std::string& path : pith::bench::page_files(options.where)) {
    std::string bytes = read_file(path);
    std::string text = options.text_pages ? std::move(bytes) : pith::output::write_fulltext(pith::html::parse(bytes).root());
    if (!text.empty()) pages.push_back(std::move(text));
  }
  if (pages.empty()) {
    std::fprintf(stderr, "textmode_bench: no pages under %s\n", options.where.c_str());
    return 1;
  }
  size_t total_bytes = 0;
  for (const std::string& page : pages) total_bytes += page.size();

  pith::Options extract_options;
  extract_options.input = options.input;
  size_t sink = 0, empty = 0;
  double total_seconds = 0, best_seconds = 0, best_cpu_seconds = 0;
  for (int pass = 0; pass < options.repeat; ++pass) {
    auto start = std::chrono::steady_clock::now();
    double cpu_start = thread_cpu_seconds();
    for (const std::string& page : pages) {
      pith::Document document = pith::extract(page, extract_options);
      sink += document.text.size() + document.title.size();
      if (pass == 0 && document.text.empty()) ++empty;
    }
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    double cpu_seconds = thread_cpu_seconds() - cpu_start;
    total_seconds += seconds;
    if (pass == 0 || seconds < best_seconds) best_seconds = seconds;
    if (pass == 0 || cpu_seconds < best_cpu_seconds) best_cpu_seconds = cpu_seconds;
  }
  double mb = total_bytes / 1e6;
  double mean_mbps = mb * options.repeat / total_seconds;
  double best_mbps = mb / best_seconds;
  double cpu_mbps = mb / best_cpu_seconds;
  double pages_per_s = pages.size() * options.repeat / total_seconds;
  const char* input = options.input == pith::InputKind::Auto ? "auto" : "text";
  std::printf("input       %s\n", input);
  std::printf("text pages  %zu (x%d), %zu with no main text\n", pages.size(), options.repeat, empty);
  std::printf("MB of text  %.1f\n", mb);
  std::printf("MB/s        %.1f (best pass %.1f; %.1f per CPU second)\n", mean_mbps, best_mbps, cpu_mbps);
  std::printf("pages/s     %.0f\n", pages_per_s);
  std::printf("RESULT input=%s pages=%zu repeat=%d MB=%.2f seconds=%.4f best_seconds=%.4f mbps=%.2f best_mbps=%.2f "
              "cpu_mbps=%.2f pages_per_s=%.1f empty=%zu sink=%zu\n",
              input, pages.size(), options.repeat, mb, total_seconds, best_seconds, mean_mbps, best_mbps, cpu_mbps,
              pages_per_s, empty, sink);
  return 0;
}
