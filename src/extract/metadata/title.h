// The page title: from the best metadata title (JSON-LD headline, og:title,
// twitter/dc titles) or the <title> element, with the site's name cut off
// ("Story | Site", "Site - Story"), checked against the page's <h1>.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pith::extraction::metadata {

struct TitleSources {
  std::string og_title;
  std::string json_ld_headline;
  std::string json_ld_name;        // the article object's name
  std::string meta_title;          // twitter:title, dc.title, citation_title …
  std::string microdata_headline;
  std::string html_title;          // <title>
  std::vector<std::string> h1s;    // texts of the first <h1> elements
  std::string sitename;
  std::string hostname;            // "www.example.co.uk"
};

// The metadata title (site name cut off) unless an <h1> agrees with it: the
// visible headline wins when it is the same words (other quotes, no site name,
// no kicker), because that is what a reader calls the title. An <h1> that only
// adds a kicker to the metadata title loses to it.
std::string choose_title(const TitleSources& sources);

// Share of distinct words two strings have in common (Jaccard, ASCII-folded).
double word_overlap(std::string_view a, std::string_view b);

// Removes a leading or trailing segment naming the site from `title`:
// segments are split on " | ", " - ", " – ", " — ", " :: ", " » ", " · " …
// A segment names the site when it matches `sitename` or the hostname's
// registrable label, ignoring case, spaces and punctuation.
std::string strip_site_name(std::string_view title, std::string_view sitename,
                            std::string_view hostname);

// The registrable label of a hostname: "www.spiegel.de" → "spiegel",
// "news.bbc.co.uk" → "bbc".
std::string host_label(std::string_view hostname);

}  // namespace pith::extraction::metadata
