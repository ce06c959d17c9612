// Container scoring, after Readability: every prose-like block adds a score
// (1 + commas + length bonus, damped by its link density) to its parent and, with
// decay, to a few more ancestors; each container starts from a tag prior and its
// class/id/role vocabulary weight; the final score is damped by the container's
// link density. A winner that leads only by its class bonus yields to a rival
// with several times its prose; a winner in one of several same-template
// stories yields to its twin under the page's title heading. The best container is then widened when
// several strong candidates share an ancestor or when its parent scores better.
#pragma once

#include <cstdint>
#include <vector>

#include "extract/block_features.h"
#include "extract/block_segmenter.h"
#include "extract/scoring_constants.h"

namespace pith::extraction {

struct ContainerChoice {
  uint32_t element = kNoIndex;  // the best container (index in Segmentation::elements)
  double score = 0;
};

// Scores containers in `seg.elements` (writes ElementInfo::score) and returns
// the best one. `use_classes` switches the class/id vocabulary weights on.
ContainerChoice score_containers(Segmentation& seg, const std::vector<BlockFeatures>& features,
                                 const ScoringParams& params, bool use_classes);

// The vocabulary weight of one element: (positive − negative attribute hits) ×
// params.class_weight.
double class_weight(const ElementInfo& e, const ScoringParams& params);

}  // namespace pith::extraction
