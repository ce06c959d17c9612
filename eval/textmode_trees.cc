// Boosted regression trees for the text-mode line model (see
// textmode_training.h): histogram splits over per-feature quantile bins,
// Newton leaf values, stochastic row sampling.
#include <algorithm>
#include <cmath>
#include <limits>

#include "textmode_training.h"

namespace pith::textmode::training {
namespace {

struct Stats {
  double g = 0, h = 0;
};

// Fits one tree on rows `rows` (gradients g, hessians h), appending its nodes.
void fit_tree(const Data& d, const Options& opt, const std::vector<uint32_t>& rows, const std::vector<double>& g,
              const std::vector<double>& h, Ensemble& model) {
  struct Work {
    int32_t node;
    std::vector<uint32_t> rows;
    int depth;
  };
  model.roots.push_back(int32_t(model.nodes.size()));
  model.nodes.push_back({-1, 0.f, 0, 0, 0.f});
  std::vector<Work> stack;
  stack.push_back({model.roots.back(), rows, 0});
  std::vector<Stats> hist;
  while (!stack.empty()) {
    Work w = std::move(stack.back());
    stack.pop_back();
    Stats total;
    for (uint32_t r : w.rows) total.g += g[r], total.h += h[r];
    const auto leaf_value = [&](const Stats& s) { return float(-s.g / (s.h + opt.l2) * opt.learning_rate); };
    model.nodes[w.node].value = leaf_value(total);
    if (w.depth >= std::min(opt.depth, kTreeDepth) || total.h < 2 * opt.min_hessian) continue;
    const int bins = 64;  // stride of the histogram; make_bins() keeps fewer
    hist.assign(size_t(kFeatureCount) * bins, Stats{});
    for (uint32_t r : w.rows) {
      const uint8_t* b = &d.bin[size_t(r) * kFeatureCount];
      for (int f = 0; f < kFeatureCount; ++f) {
        Stats& s = hist[size_t(f) * bins + b[f]];
        s.g += g[r];
        s.h += h[r];
      }
    }
    const double parent = total.g * total.g / (total.h + opt.l2);
    double best_gain = 1e-6;
    int best_feature = -1, best_bin = 0;
    for (int f = 0; f < kFeatureCount; ++f) {
      Stats left;
      const int used = int(d.thresholds[f].size());
      for (int b = 0; b < used; ++b) {
        left.g += hist[size_t(f) * bins + b].g;
        left.h += hist[size_t(f) * bins + b].h;
        const double rg = total.g - left.g, rh = total.h - left.h;
        if (left.h < opt.min_hessian || rh < opt.min_hessian) continue;
        const double gain = left.g * left.g / (left.h + opt.l2) + rg * rg / (rh + opt.l2) - parent;
        if (gain > best_gain) best_gain = gain, best_feature = f, best_bin = b;
      }
    }
    if (best_feature < 0) continue;
    model.gain[best_feature] += best_gain;
    Work left{int32_t(model.nodes.size()), {}, w.depth + 1};
    model.nodes.push_back({-1, 0.f, 0, 0, 0.f});
    Work right{int32_t(model.nodes.size()), {}, w.depth + 1};
    model.nodes.push_back({-1, 0.f, 0, 0, 0.f});
    for (uint32_t r : w.rows)
      (d.bin[size_t(r) * kFeatureCount + best_feature] <= best_bin ? left.rows : right.rows).push_back(r);
    TreeNode& node = model.nodes[w.node];
    node.feature = int16_t(best_feature);
    node.threshold = d.thresholds[best_feature][best_bin];
    node.left = left.node;
    node.right = right.node;
    node.value = 0;
    stack.push_back(std::move(left));
    stack.push_back(std::move(right));
  }
}

}  // namespace

// Split candidates are quantiles of the rows of trained renderings only: a
// rendering that is only scored must not change the model.
void make_bins(Data& d, int bins) {
  const size_t n = d.facts.size();
  d.thresholds.assign(kFeatureCount, {});
  d.bin.assign(n * kFeatureCount, 0);
  std::vector<size_t> trained_rows;
  for (const Page& p : d.pages)
    if (p.trained_render)
      for (size_t r = p.first_row; r < p.first_row + p.rows; ++r) trained_rows.push_back(r);
  const size_t m = trained_rows.size();
  if (m == 0) return;
  std::vector<float> values(m);
  for (int f = 0; f < kFeatureCount; ++f) {
    for (size_t k = 0; k < m; ++k) values[k] = d.x[trained_rows[k] * kFeatureCount + f];
    std::sort(values.begin(), values.end());
    std::vector<float>& t = d.thresholds[f];
    for (int b = 1; b < bins; ++b) {
      const float v = values[std::min(m - 1, m * size_t(b) / size_t(bins))];
      if (t.empty() || v > t.back()) t.push_back(v);
    }
    for (size_t r = 0; r < n; ++r) {
      const float v = d.x[r * kFeatureCount + f];
      d.bin[r * kFeatureCount + f] = uint8_t(std::lower_bound(t.begin(), t.end(), v) - t.begin());
    }
  }
}

// Sample weight: longer lines count more, as they do in the word-level metric.
float line_weight(const LineFacts& f) { return std::sqrt(1.f + float(f.words)); }

void Ensemble::finish() {
  complete.assign(roots.size(), CompleteTree{});
  for (size_t t = 0; t < roots.size(); ++t) {
    CompleteTree& out = complete[t];
    std::vector<int32_t> at(kTreeInnerNodes + kTreeLeaves, -1);
    at[0] = roots[t];
    for (int k = 0; k < kTreeInnerNodes + kTreeLeaves; ++k) {
      const TreeNode& node = nodes[at[k]];
      const bool split = node.feature >= 0;
      if (k < kTreeInnerNodes) {
        out.feature[k] = split ? node.feature : 0;
        out.threshold[k] = split ? node.threshold : std::numeric_limits<float>::infinity();
        at[2 * k + 1] = split ? node.left : at[k];
        at[2 * k + 2] = split ? node.right : at[k];
      } else {
        out.leaf[k - kTreeInnerNodes] = node.value;
      }
    }
  }
}

Ensemble fit(const Data& d, const Options& opt, const std::vector<uint32_t>& rows) {
  Ensemble model;
  model.gain.assign(kFeatureCount, 0);
  double pos = 0, all = 0;
  for (uint32_t r : rows) {
    const double w = line_weight(d.facts[r]) * d.render_weight[r];
    pos += w * d.y[r];
    all += w;
  }
  const double prior = std::clamp(pos / all, 1e-3, 1 - 1e-3);
  model.base = float(std::log(prior / (1 - prior)));
  std::vector<double> margin(d.facts.size(), model.base), g(d.facts.size()), h(d.facts.size());
  uint64_t rng = 88172645463325252ull;  // xorshift, fixed seed: training is reproducible
  std::vector<uint32_t> sample;
  for (int t = 0; t < opt.trees; ++t) {
    sample.clear();
    for (uint32_t r : rows) {
      rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
      if (double(rng % 1000000) / 1e6 < opt.subsample) sample.push_back(r);
    }
    for (uint32_t r : sample) {
      const double p = 1 / (1 + std::exp(-margin[r]));
      const double w = line_weight(d.facts[r]) * d.render_weight[r];
      g[r] = w * (p - d.y[r]);
      h[r] = w * std::max(p * (1 - p), 1e-6);
    }
    fit_tree(d, opt, sample, g, h, model);
    const int32_t root = model.roots.back();
    for (uint32_t r : rows) {
      const TreeNode* node = &model.nodes[root];
      const float* x = &d.x[size_t(r) * kFeatureCount];
      while (node->feature >= 0) node = &model.nodes[x[node->feature] <= node->threshold ? node->left : node->right];
      margin[r] += node->value;
    }
  }
  model.finish();
  return model;
}

}  // namespace pith::textmode::training
