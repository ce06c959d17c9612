// The text pipeline in plain types, like pipeline.cc for HTML; extract.cc
// turns the PageResult into the public Document.
#include "api/text_pipeline.h"

#include <algorithm>
#include <string>
#include <vector>

#include "api/language_choice.h"
#include "api/text_metadata.h"
#include "extract/content_tree.h"
#include "html/encoding/input_decoder.h"
#include "output/html_writer.h"
#include "output/markdown_writer.h"
#include "textmode/main_text.h"

namespace pith::api {
namespace {

using extraction::ContentKind;
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

}  // namespace

PageResult run_text_pipeline(std::string_view bytes, const PipelineRequest& request) {
  textmode::TextPage page = read_text_page(bytes, request.charset);
  // The model keeps ~600 bytes per line (features, statistics): a page of a
  // million short lines would take 600 MB. An article is read long before that.
  const bool truncated = page.lines.size() > kMaxTextModeLines;
  if (truncated) page.lines.resize(kMaxTextModeLines);
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
  if (main.title_line >= 0 && static_cast<size_t>(main.title_line) < page.lines.size())
    result.title = std::string(without_trailing_space(page.lines[main.title_line].text));
  // Markdown and HTML open with the title, as an HTML page's article does
  // with its <h1>; the plain text stays the page's own lines.
  const bool title_in_article =
      std::find(main.lines.begin(), main.lines.end(), size_t(main.title_line)) != main.lines.end();
  if (want_tree && !result.title.empty() && !title_in_article)
    tree.add_text_block(ContentKind::Heading, result.title, 1);
  for (size_t index : main.lines) {
    if (index >= page.lines.size()) continue;
    std::string_view line = without_trailing_space(page.lines[index].text);
    if (line.empty()) continue;
    if (!result.text.empty()) result.text += '\n';
    result.text += line;
    if (want_tree) {
      if (heading[index]) tree.add_text_block(ContentKind::Heading, line, kTextHeadingLevel);
      else tree.add_text_block(ContentKind::Paragraph, line);
    }
  }
  result.sitename = std::move(main.site_name);
  result.author = text_page_author(page, main);
  result.description = text_page_description(page, main);
  result.language = language_of_text(result.text, kLanguageSampleBytes);
  result.date = text_page_date(page, main, result.language, request.settings.url);
  if (request.markdown) result.markdown = output::write_markdown(tree);
  if (request.html) result.html = output::write_html(tree);
  result.confidence = main.confidence;
  result.warnings = std::move(main.warnings);
  if (truncated)
    result.warnings.push_back("text truncated: only the first " + std::to_string(kMaxTextModeLines) +
                              " lines were read");
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
