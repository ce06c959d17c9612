// The main-content extractor: from a parsed page to its ContentTree.
#pragma once

#include <string>
#include <vector>

#include "dom/document.h"
#include "extract/article_confidence.h"
#include "extract/content_tree.h"
#include "extract/extract_settings.h"
#include "extract/scoring_constants.h"

namespace pith::extraction {

struct ExtractionResult {
  ContentTree content;    // the article, in reading order
  ContentTree comments;   // reader comments, when Options::comments
  double confidence = 0;  // see pith::Document::confidence
  ConfidenceEvidence evidence;  // what confidence was computed from
  std::vector<std::string> warnings;
};

// `title` is the page title found by metadata extraction (helps locate the
// article's start and drop a repeated headline); may be empty.
ExtractionResult extract_content(const dom::Document& page, const Options& options,
                                 std::string_view title);

// Same from extraction::Settings, with explicit scoring weights (the tuner,
// tests and drivers use this; it needs no pith/extract.h).
ExtractionResult extract_content(const dom::Document& page, const extraction::Settings& settings,
                                 std::string_view title, const ScoringParams& params = {});

}  // namespace pith::extraction
