// The text pipeline in plain types, like pipeline.cc for HTML; extract.cc
// turns the PageResult into the public Document.
#include "api/text_pipeline.h"

#include <vector>

#include "api/language_choice.h"
#include "extract/content_tree.h"
#include "extract/metadata/byline.h"
#include "extract/metadata/dates.h"
#include "html/encoding/input_decoder.h"
#include "output/html_writer.h"
#include "output/markdown_writer.h"
#include "textmode/main_text.h"

namespace pith::api {
namespace {

using extraction::ContentKind;
using extraction::ContentNode;
using extraction::ContentTree;

// Text mode's budget is ~200 µs for a 10 KB page (50 MB/s) and cld2 costs
// ~40 µs per call plus ~30 µs per KB, so when the function words leave the
// language open cld2 sees the first KB of the main text, which already
// decides nearly every page (language_detector.h).
constexpr size_t kLanguageSampleBytes = 1024;

// Trailing spaces, tabs and no-break spaces (U+00A0, "\xC2\xA0"): pages
// copied from a browser end many lines with an NBSP that carries nothing.
std::string_view without_trailing_space(std::string_view line) {
  while (!line.empty()) {
    char c = line.back();
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      line.remove_suffix(1);
    } else if (line.size() >= 2 && line.substr(line.size() - 2) == "\xC2\xA0") {
      line.remove_suffix(2);
    } else {
      break;
    }
  }
  return line;
}

textmode::Favor textmode_favor(extraction::Favor favor) {
  switch (favor) {
    case extraction::Favor::Precision:
      return textmode::Favor::Precision;
    case extraction::Favor::Recall:
      return textmode::Favor::Recall;
    default:
      return textmode::Favor::Balanced;
  }
}

void add_block(ContentTree& tree, ContentKind kind, std::string_view text) {
  ContentNode block;
  block.kind = kind;
  if (kind == ContentKind::Heading) block.level = kTextHeadingLevel;
  uint32_t id = tree.add(ContentTree::kRoot, std::move(block));
  ContentNode run;
  run.kind = ContentKind::Text;
  run.text = std::string(text);
  tree.add(id, std::move(run));
}

// The page's lines in UTF-8. A NUL byte becomes U+FFFD, as the HTML parser
// does in text: a NUL in the output would cut C strings short downstream.
textmode::TextPage read_text_page(std::string_view bytes, std::string_view charset) {
  html::DecodedInput decoded = html::decode_input(bytes, charset);
  if (decoded.text.find('\0') == std::string::npos) return textmode::split_text_page(decoded.text);
  std::string text;
  text.reserve(decoded.text.size());
  for (char c : decoded.text) {
    if (c == '\0') {
      text += "\xEF\xBF\xBD";
    } else {
      text += c;
    }
  }
  return textmode::split_text_page(text);
}

// A dateline sits among this many lines above the article (under the
// headline, beside the byline) or among its first lines ("Mar 3, 2020 — The
// city …"). Chosen with eval/textmode_metadata_eval.py (trafilatura's 728
// dated pages: 12/2 lines found 63.9%, 25/8 lines 68.8%).
constexpr size_t kDatelineLinesAbove = 25, kDatelineLinesInside = 8;
// A dateline is short: a date inside a paragraph ("In May 2019, …") tells
// what the article is about, not when it appeared.
constexpr size_t kDatelineMaxBytes = 160;

// The publication date: a date in the URL path (as in HTML mode), else the
// nearest short line with a date above the article, else in its first lines.
// Numeric dates are read month first on English pages ("03/05/2020").
std::string text_mode_date(const textmode::TextPage& page, const textmode::MainText& main, std::string_view language,
                           std::string_view url) {
  using extraction::metadata::DayMonthOrder;
  const DayMonthOrder order = language == "en" ? DayMonthOrder::MonthFirst : DayMonthOrder::DayFirst;
  const auto date_on = [&](size_t k) {
    const std::string_view line = page.lines[k].text;
    return line.size() <= kDatelineMaxBytes ? extraction::metadata::parse_date(line, order) : std::string();
  };
  if (std::string date = extraction::metadata::date_from_url(url); !date.empty()) return date;
  if (main.lines.empty()) return {};
  const size_t first = main.lines.front();
  for (size_t k = first; k-- > 0 && first - k <= kDatelineLinesAbove;)
    if (std::string date = date_on(k); !date.empty()) return date;
  for (size_t n = 0; n < main.lines.size() && n < kDatelineLinesInside; ++n)
    if (std::string date = date_on(main.lines[n]); !date.empty()) return date;
  return {};
}

}  // namespace

PageResult run_text_pipeline(std::string_view bytes, const PipelineRequest& request) {
  textmode::TextPage page = read_text_page(bytes, request.charset);
  textmode::TextModeSettings settings;
  settings.favor = textmode_favor(request.settings.favor);
  textmode::MainText main = textmode::find_main_text(page, settings);

  PageResult result;
  // The content tree only feeds the Markdown and HTML writers: plain text
  // requests skip it (a node and a copy per kept line).
  const bool want_tree = request.markdown || request.html;
  ContentTree tree;
  std::vector<bool> heading(want_tree ? page.lines.size() : 0);
  if (want_tree)
    for (size_t index : main.headings)
      if (index < heading.size()) heading[index] = true;
  for (size_t index : main.lines) {
    if (index >= page.lines.size()) continue;
    std::string_view line = without_trailing_space(page.lines[index].text);
    if (line.empty()) continue;
    if (!result.text.empty()) result.text += '\n';
    result.text += line;
    if (want_tree) add_block(tree, heading[index] ? ContentKind::Heading : ContentKind::Paragraph, line);
  }
  if (main.title_line >= 0 && static_cast<size_t>(main.title_line) < page.lines.size())
    result.title = std::string(without_trailing_space(page.lines[main.title_line].text));
  if (main.byline_line >= 0 && static_cast<size_t>(main.byline_line) < page.lines.size())
    result.author = extraction::metadata::clean_author(page.lines[main.byline_line].text);
  result.language = language_of_text(result.text, kLanguageSampleBytes);
  result.date = text_mode_date(page, main, result.language, request.settings.url);
  if (request.markdown) result.markdown = output::write_markdown(tree);
  if (request.html) result.html = output::write_html(tree);
  result.confidence = main.confidence;
  result.warnings = std::move(main.warnings);
  return result;
}

std::string text_fulltext(std::string_view bytes, std::string_view charset) {
  textmode::TextPage page = read_text_page(bytes, charset);
  std::string out;
  for (const textmode::PageLine& line : page.lines) {
    std::string_view text = without_trailing_space(line.text);
    if (text.empty()) continue;
    out += text;
    out += '\n';
  }
  return out;
}

}  // namespace pith::api
