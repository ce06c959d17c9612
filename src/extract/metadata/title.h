// The page title, chosen among candidates cut from every title source (JSON-LD
// headline, og:title, twitter/dc titles, microdata, <title>, the page's
// headings with and without their kicker, each side of a title separator) by
// a linear model over candidate features (title_candidates.h) whose weights
// eval/tune_title.py fits on the gold titles (title_model.h).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/metadata/title_headings.h"

namespace pith::extraction::metadata {

struct TitleSources {
  std::string og_title;
  std::string json_ld_headline;
  std::string json_ld_name;        // the article object's name
  std::string meta_title;          // twitter:title, dc.title, citation_title …
  std::string microdata_headline;
  std::string html_title;          // <title>
  std::vector<TitleHeading> headings;  // <h1>–<h3>, document order
  std::string sitename;
  std::string hostname;            // "www.example.co.uk"
  std::string url;                 // the page's URL (its path often spells the headline)
};

// The best-scored candidate; empty when no source has a title.
std::string choose_title(const TitleSources& sources);

// Share of distinct words two strings have in common (Jaccard, ASCII-folded).
double word_overlap(std::string_view a, std::string_view b);

// Removes a leading or trailing segment naming the site from `title`:
// segments are split on " | ", " - ", " – ", " — ", " :: ", " » ", " · " …
// A segment names the site when it matches `sitename` or the hostname's
// registrable label, ignoring case, spaces and punctuation.
std::string strip_site_name(std::string_view title, std::string_view sitename,
                            std::string_view hostname);

// True when `segment` names the site: equal to `sitename` or to the host label
// (as comparison keys), or a short extension of either ("Example News Online").
bool names_site(std::string_view segment, std::string_view sitename, std::string_view host_label);

// The registrable label of a hostname: "www.spiegel.de" → "spiegel",
// "news.bbc.co.uk" → "bbc".
std::string host_label(std::string_view hostname);

}  // namespace pith::extraction::metadata
