// Tree-ensemble scoring: kTreeDepth compares per tree, branch-light.
#include "textmode/line_model.h"

#include <algorithm>

#include "textmode/line_model_weights.h"

namespace pith::textmode {

namespace {

// Lines walked through each tree together: their compares are independent,
// so the CPU overlaps them instead of waiting on one path at a time.
constexpr size_t kLinesPerBatch = 8;

}  // namespace

std::vector<float> score_lines(const PageFeatures& features, const LineModel& model) {
  const size_t n = features.facts.size();
  std::vector<float> scores(n, model.base);
  for (size_t first = 0; first < n; first += kLinesPerBatch) {
    const size_t count = std::min(kLinesPerBatch, n - first);
    const float* rows[kLinesPerBatch];
    for (size_t j = 0; j < count; ++j) rows[j] = features.row(first + j);
    for (size_t t = 0; t < model.tree_count; ++t) {
      const CompleteTree& tree = model.trees[t];
      int node[kLinesPerBatch] = {};
      for (int d = 0; d < kTreeDepth; ++d)
        for (size_t j = 0; j < count; ++j) {
          const int k = node[j];
          node[j] = 2 * k + 1 + (rows[j][tree.feature[k]] > tree.threshold[k]);
        }
      for (size_t j = 0; j < count; ++j) scores[first + j] += tree.leaf[node[j] - kTreeInnerNodes];
    }
  }
  return scores;
}

LineModel trained_line_model() {
  return {kLineTrees, sizeof(kLineTrees) / sizeof(kLineTrees[0]), kLineModelBase};
}

}  // namespace pith::textmode
