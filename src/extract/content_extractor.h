// The main-content extractor: from a parsed page to its ContentTree.
#pragma once

#include <string>
#include <vector>

#include "dom/document.h"
#include "extract/content_tree.h"
#include "pith/extract.h"

namespace pith::extract {

struct ExtractionResult {
  ContentTree content;    // the article, in reading order
  ContentTree comments;   // reader comments, when Options::comments
  double confidence = 0;  // see pith::Document::confidence
  std::vector<std::string> warnings;
};

// `title` is the page title found by metadata extraction (helps locate the
// article's start and drop a repeated headline); may be empty.
ExtractionResult extract_content(const dom::Document& page, const Options& options,
                                 std::string_view title);

}  // namespace pith::extract
