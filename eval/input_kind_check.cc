// input_kind_check: how well `--input auto` tells HTML from text, and how much
// room kMinMarkupShare has (src/api/input_kind.h). Every page of the given
// directories must come out HTML, and pith's fulltext rendering of it (what
// text mode is fed: a page's visible text) must come out text.
//
//   input_kind_check ../shared/datasets/*/pages
//
// Prints the pages on the wrong side, the lowest markup share among HTML pages
// that do not open as HTML, and the highest among the renderings.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "api/input_kind.h"
#include "html/parser.h"
#include "output/fulltext_writer.h"

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: input_kind_check DIR...\n");
    return 2;
  }
  size_t pages = 0, opening = 0, wrong = 0;
  double lowest_html = 1, highest_text = 0, highest_tag_opening = 0;
  std::string lowest_html_page, highest_text_page, highest_tag_opening_page;
  for (int a = 1; a < argc; ++a) {
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(argv[a], ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
      if (!it->is_regular_file(ec)) continue;
      std::string path = it->path().string();
      std::ifstream in(path, std::ios::binary);
      std::string html{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
      std::string text = pith::output::write_fulltext(pith::html::parse(html).root());
      ++pages;
      pith::api::MarkupEvidence page = pith::api::markup_evidence(html);
      pith::api::MarkupEvidence rendering = pith::api::markup_evidence(text);
      opening += page.html_opening;
      if (!page.html_opening && page.markup_share < lowest_html) {
        lowest_html = page.markup_share;
        lowest_html_page = path;
      }
      if (rendering.tag_opening && rendering.markup_share > highest_tag_opening) {
        highest_tag_opening = rendering.markup_share;
        highest_tag_opening_page = path;
      }
      if (!rendering.html_opening && !rendering.tag_opening && rendering.markup_share > highest_text) {
        highest_text = rendering.markup_share;
        highest_text_page = path;
      }
      if (pith::api::content_kind(html) != pith::InputKind::Html) {
        ++wrong;
        std::printf("HTML page taken for text: %s\n", path.c_str());
      }
      if (!text.empty() && pith::api::content_kind(text) != pith::InputKind::Text) {
        ++wrong;
        std::printf("rendering taken for HTML: %s\n", path.c_str());
      }
    }
  }
  std::printf("%zu pages, %zu open as HTML; lowest markup share of the others %.3f (%s)\n", pages, opening,
              lowest_html, lowest_html_page.c_str());
  std::printf("renderings: highest markup share %.3f (%s); threshold %.2f\n", highest_text,
              highest_text_page.c_str(), pith::api::kMinMarkupShare);
  std::printf("renderings that open with a known tag: highest markup share %.3f (%s); threshold %.2f\n",
              highest_tag_opening, highest_tag_opening_page.c_str(), pith::api::kMinMarkupShareAfterTag);
  std::printf("%zu of %zu inputs on the wrong side\n", wrong, 2 * pages);
  return wrong ? 1 : 0;
}
