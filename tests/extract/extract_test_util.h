// Helpers for the extractor tests: parse HTML, extract, render plain text.
#pragma once

#include <string>
#include <string_view>

#include "extract/content_extractor.h"
#include "html/parser.h"
#include "output/markdown_writer.h"
#include "output/text_writer.h"
#include "test_files.h"

namespace pith::extraction::testing {

struct Extracted {
  ExtractionResult result;
  std::string text;      // plain text: the title heading left out
  std::string markdown;  // with the title heading
  std::string comments;
};

inline Extracted run(std::string_view html, const extraction::Settings& settings = {},
                     std::string_view title = {}) {
  dom::Document doc = html::parse_utf8(html);
  Extracted e;
  e.result = extract_content(doc, settings, title);
  e.text = output::write_text(e.result.content);
  e.markdown = output::write_markdown(e.result.content);
  e.comments = output::write_text(e.result.comments);
  return e;
}

inline bool contains(const std::string& haystack, std::string_view needle) {
  return haystack.find(needle) != std::string::npos;
}

// What a dataset-page test tells the extractor of the page's title.
enum class PageTitle { None, TitleElement };

// The plain text pith extracts from ../shared/datasets/<relative>, with
// `params` for the scoring; PageTitle::TitleElement passes the page's <title>
// for the extractor to match headings against, as the pipeline does.
inline std::string extract_dataset_page(const std::string& relative, const ScoringParams& params = {},
                                        PageTitle page_title = PageTitle::None) {
  const std::string bytes = test::read_file(PITH_SHARED_DIR "/datasets/" + relative);
  dom::Document doc = html::parse(bytes);
  std::string title;
  const size_t open = bytes.find("<title>"), close = bytes.find("</title>");
  if (page_title == PageTitle::TitleElement && open != std::string::npos && close != std::string::npos && close > open)
    title = bytes.substr(open + 7, close - open - 7);
  return output::write_text(extract_content(doc, extraction::Settings{}, title, params).content);
}

// Filler prose so that a crafted article is long enough to be one.
inline std::string prose(int sentences, std::string_view topic = "the river") {
  std::string s;
  for (int i = 0; i < sentences; ++i) {
    s += "Engineers studied ";
    s += topic;
    s += " for years, and they measured its flow, its depth and its temperature in every season. ";
  }
  return s;
}

}  // namespace pith::extraction::testing
