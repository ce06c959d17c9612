// What Settings::favor changes, in one place (after trafilatura's
// favor_precision / favor_recall). Balanced is the tuned default. Precision
// tightens the link limits, trims every trailing scrap, lets the cleaner drop doubtful blocks (short linked
// scraps, headings with no text under them, link-heavy lists, scraps at either
// edge) and does not fetch a title heading from above the container. Recall loosens the link
// limits, keeps what the cleaner would drop only for looking like page
// furniture (bylines, captions, date lines, trailing scraps) and merges in the
// vocabulary-free pass's selection.
#pragma once

#include "extract/extract_settings.h"
#include "extract/scoring_constants.h"

namespace pith::extraction {

struct FavorPolicy {
  ScoringParams params;          // the weights after favor's scaling
  bool drop_doubtful = false;    // precision: see content_cleaner's doubtful blocks
  bool keep_page_meta = false;   // recall: keep bylines, captions, date lines
  bool union_fallback = false;   // recall: add the vocabulary-free pass's blocks
};

FavorPolicy favor_policy(const ScoringParams& base, Favor favor);

}  // namespace pith::extraction
