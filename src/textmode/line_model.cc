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
  std::vector<float> scores(n);
  for (size_t first = 0; first < n; first += kLinesPerBatch) {
    // A short last batch repeats its last line, so every batch has the fixed
    // size the compiler unrolls.
    const float* rows[kLinesPerBatch];
    for (size_t j = 0; j < kLinesPerBatch; ++j) rows[j] = features.row(std::min(first + j, n - 1));
    float sum[kLinesPerBatch];
    for (size_t j = 0; j < kLinesPerBatch; ++j) sum[j] = model.base;
    for (size_t t = 0; t < model.tree_count; ++t) {
      const CompleteTree& tree = model.trees[t];
      int node[kLinesPerBatch] = {};
      for (int d = 0; d < kTreeDepth; ++d)
        for (size_t j = 0; j < kLinesPerBatch; ++j) {
          const int k = node[j];
          node[j] = 2 * k + 1 + (rows[j][tree.feature[k]] > tree.threshold[k]);
        }
      // Trees are added in order, line by line: the sum is the same float as ever.
      for (size_t j = 0; j < kLinesPerBatch; ++j) sum[j] += tree.leaf[node[j] - kTreeInnerNodes];
    }
    for (size_t j = 0; j < kLinesPerBatch && first + j < n; ++j) scores[first + j] = sum[j];
  }
  return scores;
}

LineModel trained_line_model() {
  return {kLineTrees, sizeof(kLineTrees) / sizeof(kLineTrees[0]), kLineModelBase};
}

}  // namespace pith::textmode
