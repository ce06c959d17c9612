// Page metadata from JSON-LD, OpenGraph, Twitter cards, <meta> tags, Dublin
// Core, microdata, <time>, byline elements and the URL, merged by priority.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dom/document.h"
#include "extract/metadata/title.h"

namespace pith::extraction {

struct Metadata {
  std::string title;
  std::string author;          // several authors joined with "; "
  std::string date;            // ISO 8601, first publication
  std::string date_modified;   // ISO 8601
  std::string sitename;
  std::string hostname;        // from the canonical URL or the page URL
  std::string language;        // ISO 639-1, from lang attributes / meta (text-based guess is separate)
  std::string url;             // canonical URL, absolute
  // What relative links in the page resolve against: its <base href>, else the
  // page URL, else (no URL given) the canonical URL, the best guess of where the
  // page lives. Not part of the Document; the extractor's link base.
  std::string link_base;
  std::string description;
  std::string image;
  std::vector<std::string> categories;
  std::vector<std::string> tags;
  std::string license;
  // The JSON-LD articleBody as given (or a HowTo's or Recipe's steps): the
  // text of script-rendered pages (see api/article_body_fallback.h). Not part
  // of the Document either.
  std::string article_body;
};

// `page_url` is where the page came from (may be empty): base for relative
// URLs, source of the hostname and of dates in the path.
Metadata extract_metadata(const dom::Document& page, std::string_view page_url);

// The same, also handing back what the title choice saw (eval/metadata_dump
// prints the candidates for eval/tune_title.py).
Metadata extract_metadata(const dom::Document& page, std::string_view page_url,
                          metadata::TitleSources* title_sources);

}  // namespace pith::extraction
