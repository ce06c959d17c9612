// Text mode: the main content of a page from its visible text alone (a WET
// record, a page copied from a browser, pith's own --format fulltext).
//
// The seam between the model (this folder) and the rest of pith: the API
// layer decodes bytes to UTF-8, calls split_text_page() and find_main_text(),
// and renders the chosen lines with the shared output writers.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace pith::textmode {

// One non-blank line of a text page, as the model sees it.
struct PageLine {
  std::string_view text;     // into TextPage::bytes; CR and trailing whitespace removed, NBSP kept as U+00A0;
                             // a hard-wrapped paragraph's lines joined by spaces
  size_t source_line = 0;    // 0-based line number in the input
  size_t blank_before = 0;   // blank lines between this line and the previous non-blank one
};

struct TextPage {
  // The page's text, shared so that copies of the page keep their lines valid
  // (one copy of the page instead of one string per line).
  std::shared_ptr<const std::string> bytes;
  std::vector<PageLine> lines;  // non-blank lines in input order
};

// What split_text_page() does with a page wrapped at a fixed width.
enum class WrappedLines {
  Join,  // one paragraph a line, as the model reads pages
  Keep,  // the physical lines (eval/textmode_trainer.cc labels them one by one)
};

// Splits UTF-8 text into lines: LF, CRLF and lone CR end a line; blank and
// whitespace-only lines are counted in blank_before, not kept. Text wrapped at
// a fixed width (`lynx -dump`) comes back one paragraph a line unless asked.
TextPage split_text_page(std::string_view utf8, WrappedLines wrapped = WrappedLines::Join);

enum class Favor { Balanced, Precision, Recall };

struct TextModeSettings {
  Favor favor = Favor::Balanced;
};

struct MainText {
  std::vector<size_t> lines;     // indexes into TextPage::lines of the main content, in order
  std::vector<size_t> headings;  // subset of `lines` that read as subheads inside the article
  long title_line = -1;          // index into TextPage::lines of the page's title line, or -1
  std::string site_name;         // beside the title in a WET record's <title> line ("Wikipedia"), or empty
  long standfirst_line = -1;     // a sentence between the title and the article (its summary), or -1
  long byline_line = -1;         // index of the article's byline ("By Jane Roe | …"), or -1
  double confidence = 0;         // 0–1, as pith::Document::confidence
  std::vector<std::string> warnings;  // e.g. "not an article: ..."
};

// The byline is looked for among this many lines above the article and its
// first this-many lines (a "By …" line here, a byline word before a name in
// api/text_metadata).
inline constexpr size_t kBylineLinesAbove = 12, kBylineLinesInside = 3;

MainText find_main_text(const TextPage& page, const TextModeSettings& settings = {});

}  // namespace pith::textmode
