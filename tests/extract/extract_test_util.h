// Helpers for the extractor tests: parse HTML, extract, render plain text.
#pragma once

#include <string>
#include <string_view>

#include "extract/content_extractor.h"
#include "html/parser.h"
#include "output/text_writer.h"

namespace pith::extraction::testing {

struct Extracted {
  ExtractionResult result;
  std::string text;
  std::string comments;
};

inline Extracted run(std::string_view html, const extraction::Settings& settings = {},
                     std::string_view title = {}) {
  dom::Document doc = html::parse_utf8(html);
  Extracted e;
  e.result = extract_content(doc, settings, title);
  e.text = output::write_text(e.result.content);
  e.comments = output::write_text(e.result.comments);
  return e;
}

inline bool contains(const std::string& haystack, std::string_view needle) {
  return haystack.find(needle) != std::string::npos;
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
