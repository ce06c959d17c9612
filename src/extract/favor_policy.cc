// Favor → extraction knobs (see the header).
#include "extract/favor_policy.h"

#include <algorithm>

namespace pith::extraction {

FavorPolicy favor_policy(const ScoringParams& base, Favor favor) {
  FavorPolicy policy;
  ScoringParams& p = policy.params;
  p = base;
  if (favor == Favor::Precision) {
    p.max_link_density *= p.precision_scale;
    p.sibling_score_fraction /= p.precision_scale;
    p.trim_edges = 1;
    p.trailing_scraps = 1e9;  // every trailing scrap goes, however long the run
    policy.drop_doubtful = true;
    p.include_title = 0;
  } else if (favor == Favor::Recall) {
    p.max_link_density = std::min(0.95, p.max_link_density * p.recall_scale);
    p.sibling_score_fraction /= p.recall_scale;
    p.expand_siblings = 1;
    p.expand_article = 1;
    p.trim_edges = 0;
    policy.keep_page_meta = true;
    policy.union_fallback = true;
  }
  return policy;
}

}  // namespace pith::extraction
