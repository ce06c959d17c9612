// <head> metadata: OpenGraph, Twitter cards, plain <meta name>, Dublin Core,
// citation_*, Parse.ly, Sailthru, <meta itemprop>, <link rel=canonical|license>,
// <a rel=license|tag|category>, <html lang> and content-language. Each field
// keeps the value from the best-ranked source seen, so the order of tags in the
// page does not matter.
#pragma once

#include <string>
#include <vector>

#include "extract/metadata/page_scan.h"

namespace pith::extraction::metadata {

struct MetaTags {
  std::string og_title;       // og:title
  std::string meta_title;     // twitter:title, dc.title, citation_title, parsely-title, headline …
  std::string html_title;     // <title>, whitespace-collapsed
  std::string author;         // author, dc.creator, article:author (names only), parsely-author …
  std::string date_published;  // raw, best-ranked
  std::string date_modified;   // raw
  std::string sitename;       // og:site_name, application-name, …
  std::string description;
  std::string image;
  std::string canonical_url;  // <link rel=canonical>, else og:url
  std::string language;       // <html lang>, content-language, og:locale
  std::string license;
  std::vector<std::string> sections;  // article:section, parsely-section, rel=category links
  std::vector<std::string> tags;      // article:tag, keywords, rel=tag links
};

MetaTags read_meta_tags(const PageScan& scan);

// "https://creativecommons.org/licenses/by-nc-sa/2.5/cn/" → "CC BY-NC-SA 2.5 CN";
// empty when `href` is not a Creative Commons license URL.
std::string creative_commons_label(std::string_view href);

}  // namespace pith::extraction::metadata
