// textmode_driver: text mode without the CLI. Reads visible page text (a file
// or stdin) and prints the main-content lines; --scores prints every line
// with its log-odds and decision; --bench N FILE... times N passes over every
// file (each one page) and prints MB/s; --exact FILE... prints, per file, every
// line's score and feature-row hash in hex: a speed change must leave it unchanged.
#include <chrono>
#include <cstdint>
#include <ctime>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "textmode/line_features.h"
#include "textmode/line_model.h"
#include "textmode/main_text.h"

using namespace pith::textmode;

int main(int argc, char** argv) {
  bool show_scores = false, exact = false;
  int bench = 0;
  std::vector<const char*> paths;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--scores")) show_scores = true;
    else if (!std::strcmp(argv[i], "--exact")) exact = true;
    else if (!std::strcmp(argv[i], "--bench") && i + 1 < argc) bench = std::atoi(argv[++i]);
    else paths.push_back(argv[i]);
  }
  const auto read = [](const char* path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  if (bench > 0) {
    std::vector<std::string> pages;
    size_t bytes = 0, kept = 0;
    for (const char* p : paths) bytes += pages.emplace_back(read(p)).size();
    // CPU time as well as wall time: on a shared machine the wall clock
    // measures the neighbours.
    const auto start = std::chrono::steady_clock::now();
    const std::clock_t cpu_start = std::clock();
    for (int k = 0; k < bench; ++k)
      for (const std::string& page : pages) kept += find_main_text(split_text_page(page)).lines.size();
    const double cpu = double(std::clock() - cpu_start) / CLOCKS_PER_SEC;
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double mb = double(bytes) * bench / 1e6;
    std::printf("%.1f MB/s wall, %.1f MB/s CPU (%zu pages, %.1f MB, %zu lines kept)\n", mb / s, mb / cpu,
                pages.size(), mb, kept);
    return 0;
  }
  if (exact) {
    for (const char* p : paths) {
      const TextPage page = split_text_page(read(p));
      const PageFeatures features = compute_line_features(page);
      const std::vector<float> scores = score_lines(features, trained_line_model());
      const MainText main = find_main_text(page);
      std::printf("FILE %s title=%ld confidence=%a\n", p, main.title_line, main.confidence);
      size_t next = 0;
      for (size_t i = 0; i < page.lines.size(); ++i) {
        const bool kept = next < main.lines.size() && main.lines[next] == i;
        next += kept;
        uint64_t hash = 1469598103934665603ull;
        for (const float* f = features.row(i); f != features.row(i) + kFeatureCount; ++f) {
          uint32_t bits;
          std::memcpy(&bits, f, sizeof bits);
          hash = (hash ^ bits) * 1099511628211ull;
        }
        std::printf("%d %d %a %016llx\n", int(kept), int(features.facts[i].role), double(scores[i]),
                    static_cast<unsigned long long>(hash));
      }
    }
    return 0;
  }
  const char* path = paths.empty() ? nullptr : paths.front();
  std::string text;
  if (path) {
    text = read(path);
  } else {
    text.assign(std::istreambuf_iterator<char>(std::cin), {});
  }

  const TextPage page = split_text_page(text);
  const MainText main = find_main_text(page);
  if (show_scores) {
    const PageFeatures features = compute_line_features(page);
    const std::vector<float> scores = score_lines(features, trained_line_model());
    const char* roles = "tcCmpbrlL";  // LineRole: text, caption, caption title, media, promo, bio, repeated, legal, label
    size_t next = 0;
    for (size_t i = 0; i < page.lines.size(); ++i) {
      const bool kept = next < main.lines.size() && main.lines[next] == i;
      next += kept;
      const std::string_view text = page.lines[i].text.substr(0, 100);
      std::printf("%c %c %6.2f  %.*s\n", kept ? '+' : ' ', roles[int(features.facts[i].role)], double(scores[i]),
                  int(text.size()), text.data());
    }
    return 0;
  }
  for (size_t i : main.lines) std::printf("%.*s\n", int(page.lines[i].text.size()), page.lines[i].text.data());
  return 0;
}
