// Tree-ensemble scoring: every node's compare over a batch of lines, then each
// line's path read off the compares.
#include "textmode/line_model.h"

#include <algorithm>
#include <cstdint>

#include "textmode/line_model_weights.h"

namespace pith::textmode {

namespace {

// Lines scored together. Their features are transposed into columns so that
// every node's compare runs over the whole batch at once (vector code), and
// each line's path is then picked out of the compares with masks: no
// dependent loads, no branches.
constexpr size_t kLinesPerBatch = 8;
static_assert(kTreeDepth == 4, "leaf_index() picks a path through four levels");

// The batch's running sums as one vector (GCC's vector extension): kept in a
// register across the trees, added in one instruction, each lane the same
// float addition as a scalar's.
typedef float Lanes __attribute__((vector_size(kLinesPerBatch * sizeof(float))));

// All-ones where `pick`, else zero: a mask select.
inline int32_t select(int32_t pick, int32_t yes, int32_t no) { return (pick & yes) | (~pick & no); }

}  // namespace

// Eight lines fill one AVX2 register: on a CPU that has it (nearly every x86
// machine since 2013) GCC's function clone runs the batch loops at twice the
// SSE2 width; the default clone serves the rest. The same compares and adds
// in the same order either way, so the scores are bit for bit equal.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
__attribute__((target_clones("avx2", "default")))
#endif
std::vector<float> score_lines(const PageFeatures& features, const LineModel& model) {
  const size_t n = features.facts.size();
  std::vector<float> scores(n);
  alignas(32) float column[kFeatureCount][kLinesPerBatch];
  for (size_t first = 0; first < n; first += kLinesPerBatch) {
    // A short last batch repeats its last line.
    for (size_t j = 0; j < kLinesPerBatch; ++j) {
      const float* row = features.row(std::min(first + j, n - 1));
      for (int f = 0; f < kFeatureCount; ++f) column[f][j] = row[f];
    }
    Lanes sum;
    for (size_t j = 0; j < kLinesPerBatch; ++j) sum[j] = model.base;
    for (size_t t = 0; t < model.tree_count; ++t) {
      const CompleteTree& tree = model.trees[t];
      // right[k][j]: all-ones when line j goes right at node k.
      alignas(32) int32_t right[kTreeInnerNodes][kLinesPerBatch];
      // Unrolled: the loop's own counting was half of each node's instructions.
#pragma GCC unroll 16
      for (int k = 0; k < kTreeInnerNodes; ++k) {
        const float* values = column[tree.feature[k]];
        const float threshold = tree.threshold[k];
        for (size_t j = 0; j < kLinesPerBatch; ++j) right[k][j] = -int32_t(values[j] > threshold);
      }
      alignas(32) int32_t leaf[kLinesPerBatch];
      for (size_t j = 0; j < kLinesPerBatch; ++j) {
        const auto r = [&](int k) { return right[k][j]; };
        const int32_t d0 = r(0);
        const int32_t d1 = select(d0, r(2), r(1));
        const int32_t d2 = select(d0, select(d1, r(6), r(5)), select(d1, r(4), r(3)));
        const int32_t d3 = select(d0, select(d1, select(d2, r(14), r(13)), select(d2, r(12), r(11))),
                                  select(d1, select(d2, r(10), r(9)), select(d2, r(8), r(7))));
        // Leaves are numbered by their path, first turn most significant.
        leaf[j] = (d0 & 8) | (d1 & 4) | (d2 & 2) | (d3 & 1);
      }
      // Trees are added in order, line by line: the sum is the same float as a walk's.
      Lanes values;
      for (size_t j = 0; j < kLinesPerBatch; ++j) values[j] = tree.leaf[leaf[j]];
      sum += values;
    }
    for (size_t j = 0; j < kLinesPerBatch && first + j < n; ++j) scores[first + j] = sum[j];
  }
  return scores;
}

LineModel trained_line_model() {
  return {kLineTrees, sizeof(kLineTrees) / sizeof(kLineTrees[0]), kLineModelBase};
}

}  // namespace pith::textmode
