// The line model: boosted regression trees over line features giving every
// line a log-odds of being main content, and the sequence decoder's costs.
// Both are fitted by eval/textmode_train.py; the trained values live in the
// generated line_model_weights.h.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "textmode/line_features.h"

namespace pith::textmode {

// One node of a regression tree: an inner node sends a row left when
// row[feature] <= threshold; a leaf (feature < 0) adds `value` to the log-odds.
struct TreeNode {
  int16_t feature;
  float threshold;
  int32_t left, right;  // node indexes in the same array
  float value;
};

struct LineModel {
  const TreeNode* nodes = nullptr;
  const int32_t* roots = nullptr;  // one root node per tree
  size_t tree_count = 0;
  float base = 0;                  // log-odds before any tree
};

// Log-odds that each line of `features` is main content.
std::vector<float> score_lines(const PageFeatures& features, const LineModel& model);

// The model fitted on all training pages (line_model_weights.h).
LineModel trained_line_model();

}  // namespace pith::textmode
