// The extraction pipeline proper, in plain types: parse → metadata → content →
// writers. extract.cc turns its result into the public pith::Document, so the
// layers' types stay out of the public API and the public types out of the layers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/extract_settings.h"

namespace pith::api {

// What the pipeline found; extract.cc copies it into a pith::Document.
struct PageResult {
  std::string text;      // one block per line, no final newline
  std::string markdown;  // when asked for
  std::string html;      // when asked for
  std::string comments;  // when settings.comments

  std::string title, author, date, date_modified, sitename, hostname, language, url, description, image, license;
  std::vector<std::string> categories, tags;

  double confidence = 0;
  std::vector<std::string> warnings;  // from the extractor
};

struct PipelineRequest {
  extraction::Settings settings;
  std::string_view charset;  // encoding label from outside the page
  bool markdown = false;
  bool html = false;
};

// html::parse → extract_metadata → extract_content → writers.
PageResult run_pipeline(std::string_view bytes, const PipelineRequest& request);

}  // namespace pith::api
