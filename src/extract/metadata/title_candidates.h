// Title candidates and their features. Every title source yields its text as
// given and the pieces a reader might call the title: the site name cut off,
// each side of a separator, a heading without its kicker. A candidate is then
// described by where it came from, how it was cut, how many independent
// sources agree on it, and what it looks like; title_model.h weighs those.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "extract/metadata/title.h"

namespace pith::extraction::metadata {

// Candidate features, each in [0, 1]. Names (kTitleFeatureNames) are what
// eval/tune_title.py prints and writes into title_model.h.
enum TitleFeature : size_t {
  kFromJsonLd,          // JSON-LD headline or article name
  kFromOgTitle,
  kFromMetaTitle,       // twitter:title, dc.title …
  kFromMicrodata,
  kFromTitleElement,
  kFromFirstH1,
  kFromLaterH1,
  kFromSubheading,      // <h2>/<h3>
  kWhole,               // a source's text as given
  kCutNamedSite,        // the part cut off names the site
  kCutStrong,           // cut at " | ", " » " … (part not naming the site)
  kCutDash,             // cut at " - ", " – ", " / " …
  kCutColon,            // cut at "Kicker: "
  kCutTight,            // cut at an unspaced "|" or CJK "-", "_"
  kLeftSide,            // the part before the separator
  kKeptShare,           // candidate length / source length
  kKickerDropped,       // a heading without its leading child part
  kKickerNamed,         // … whose class names a kicker/overline
  kKickerKept,          // a whole heading that opens with a kicker part
  kNamedKickerKept,     // … whose class names a kicker/overline
  kHeadingTitled,       // heading's class/id/itemprop names a title
  kHeadingInArticle,
  kHeadingRank,         // 1 for the page's first heading, falling with rank
  kHeadingInBanner,     // in the page header / logo box
  kHeadingLinksHome,    // links to the front page
  kHeadingLinksSelf,    // links to this page
  kHeadingTextAfter,    // text follows it (0–1)
  kSubheadingNoH1,      // an <h2>/<h3> on a page without <h1>
  kManyH1s,             // an <h1> on a page with several
  kSourceFamilies,      // share of source families giving the same words
  kMetadataAgrees,      // a metadata source gives the same words
  kHeadingAgrees,       // a heading gives the same words
  kInsideH1,            // a strict part of the first <h1>
  kHoldsH1,             // holds the first <h1> and more
  kOverlapH1,           // word overlap with the first <h1>
  kOverlapMetadata,     // best word overlap with another family's metadata title
  kUrlWords,            // share of its words spelled in the URL path
  kNamesSite,           // is the site name / host label
  kWords,               // log word count, saturating
  kOneWord,
  kManyWords,           // more than 25 words
  kHasSeparator,        // still holds a strong separator
  kTruncated,           // ends in "..." / "…"
  kTypographicQuotes,   // curly quotes, guillemets
  kReadabilityPick,     // what Readability.js would call the title
  kSeparatorsLeft,      // spaced separators still in it (strong or dash), a third each, up to 1
  kTitleFeatureCount
};

extern const char* const kTitleFeatureNames[kTitleFeatureCount];

struct TitleCandidate {
  std::string text;
  std::array<float, kTitleFeatureCount> features{};
};

// Distinct candidate texts (features of equal texts merged by maximum), in
// source order: JSON-LD, og, meta, microdata, <title>, headings.
std::vector<TitleCandidate> title_candidates(const TitleSources& sources);

// Distinct lowercase words (ASCII-folded), sorted.
std::vector<std::string> title_words(std::string_view s);

}  // namespace pith::extraction::metadata
