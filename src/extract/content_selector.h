// Content selection: from the best container to the list of candidate blocks.
// Readability's sibling rule joins the container's siblings that score well
// (or are prose paragraphs on their own), so an article split over several
// <div>s is taken whole. The cleaner then removes boilerplate blocks inside.
#pragma once

#include <cstdint>
#include <vector>

#include "extract/block_features.h"
#include "extract/block_segmenter.h"
#include "extract/container_scorer.h"
#include "extract/scoring_constants.h"

namespace pith::extraction {

struct Selection {
  std::vector<uint32_t> blocks;    // selected block indices, document order
  std::vector<uint32_t> roots;     // per selected block: the element it was selected under
  std::vector<uint32_t> comments;  // comment blocks (filled by the cleaner)
  std::vector<uint32_t> comment_roots;
  uint32_t container = kNoIndex;   // the best container
  bool index_page = false;         // the cleaner found a section front: summaries of other stories only
};

// Fills `out` from `choice`. `sibling_fraction` is the share of the best score a
// sibling container needs to join; `expand_siblings` also takes unscored
// siblings that are mostly unlinked prose; `expand_article` adds the prose
// blocks of an enclosing <article> the container left out; `cousin_levels`
// (2 or more) adds wrappers of the container's tag and class at its depth
// under its ancestor that many levels up (an article split around an ad slot).
void select_content(const Segmentation& seg, const std::vector<BlockFeatures>& features,
                    const ContainerChoice& choice, double sibling_fraction, bool expand_siblings,
                    bool expand_article, int cousin_levels, Selection& out);

}  // namespace pith::extraction
