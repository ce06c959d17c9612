// textmode_driver: text mode without the CLI. Reads visible page text (a file
// or stdin) and prints the main-content lines; --scores prints every line
// with its log-odds and decision; --bench N times N passes and prints MB/s.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include "textmode/line_features.h"
#include "textmode/line_model.h"
#include "textmode/main_text.h"

using namespace pith::textmode;

int main(int argc, char** argv) {
  bool show_scores = false;
  int bench = 0;
  const char* path = nullptr;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--scores")) show_scores = true;
    else if (!std::strcmp(argv[i], "--bench") && i + 1 < argc) bench = std::atoi(argv[++i]);
    else path = argv[i];
  }
  std::string text;
  if (path) {
    std::ifstream in(path, std::ios::binary);
    text.assign(std::istreambuf_iterator<char>(in), {});
  } else {
    text.assign(std::istreambuf_iterator<char>(std::cin), {});
  }
  if (bench > 0) {
    size_t kept = 0;
    const auto start = std::chrono::steady_clock::now();
    for (int k = 0; k < bench; ++k) kept += find_main_text(split_text_page(text)).lines.size();
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("%.1f MB/s (%zu lines kept)\n", double(text.size()) * bench / s / 1e6, kept);
    return 0;
  }
  const TextPage page = split_text_page(text);
  const MainText main = find_main_text(page);
  if (show_scores) {
    const PageFeatures features = compute_line_features(page);
    const std::vector<float> scores = score_lines(features, trained_line_model());
    const char* roles = "tcCmpbr";  // LineRole in order: text, caption, caption title, media, promo, bio, repeated
    size_t next = 0;
    for (size_t i = 0; i < page.lines.size(); ++i) {
      const bool kept = next < main.lines.size() && main.lines[next] == i;
      next += kept;
      std::printf("%c %c %6.2f  %.100s\n", kept ? '+' : ' ', roles[int(features.facts[i].role)], double(scores[i]),
                  page.lines[i].text.c_str());
    }
    return 0;
  }
  for (size_t i : main.lines) std::printf("%s\n", page.lines[i].text.c_str());
  return 0;
}
