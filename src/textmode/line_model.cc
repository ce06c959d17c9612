// Tree-ensemble scoring. Trees are shallow (a few compares each), so scoring
// a line costs far less than computing its features.
#include "textmode/line_model.h"

#include "textmode/line_model_weights.h"

namespace pith::textmode {

std::vector<float> score_lines(const PageFeatures& features, const LineModel& model) {
  const size_t n = features.facts.size();
  std::vector<float> scores(n, model.base);
  for (size_t i = 0; i < n; ++i) {
    const float* row = features.row(i);
    float sum = model.base;
    for (size_t t = 0; t < model.tree_count; ++t) {
      const TreeNode* node = &model.nodes[model.roots[t]];
      while (node->feature >= 0)
        node = &model.nodes[row[node->feature] <= node->threshold ? node->left : node->right];
      sum += node->value;
    }
    scores[i] = sum;
  }
  return scores;
}

LineModel trained_line_model() {
  return {kLineTreeNodes, kLineTreeRoots, sizeof(kLineTreeRoots) / sizeof(kLineTreeRoots[0]), kLineModelBase};
}

}  // namespace pith::textmode
