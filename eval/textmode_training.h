// The text-mode trainer's data and its boosted trees (eval/textmode_trainer.cc
// reads the pages, tunes the decoder and writes the weights;
// eval/textmode_trees.cc fits the trees).
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "textmode/line_features.h"
#include "textmode/line_model.h"

namespace pith::textmode::training {

struct Options {
  std::string data, cv_out, weights_out;
  std::set<std::string> train_sets;
  std::set<std::string> partial_sets;  // trained on, but their labels are partial: kept out of decoder tuning
  std::set<std::string> augment_renders;  // renderings other than pith's that are trained on too
  std::vector<int> dropped_features;  // --drop-features A,B: held constant, so never split on
  bool tune_on_augmented = true;  // --tune-on-augmented 0: the decoder is tuned on pith's renderings only
  float augment_weight = 1.f;     // sample weight of an augmented rendering's lines
  bool augment_partial = true;    // --augment-partial 0: other renderings of partial-label sets are only scored
  int folds = 5, trees = 60, depth = 4, bins = 48;
  uint64_t fold_seed = 0;  // 0: page k goes to fold k·7919 mod folds
  // --decoder BIAS,GAP,WORD_WEIGHT,CLOSING: use these costs instead of tuning
  // them (to compare feature sets under one decoder).
  std::vector<float> fixed_decoder;
  // Each tree is fitted on this share of the rows (stochastic boosting: faster, and it generalises better).
  double learning_rate = 0.2, l2 = 1.0, min_hessian = 2.0, subsample = 0.5;
};

// The renderer of the training pages' text.
constexpr const char* kPrimaryRender = "pith";

struct Page {
  std::string set, id, render = kPrimaryRender;
  size_t first_row = 0, rows = 0;
  bool train = false;
  bool full_gold = false;  // every line labelled: usable for the decoder's F1 proxy
  bool primary = true;     // rendered by pith: its index among them picks the fold
  bool trained_render = true;  // pith's rendering or one of --augment-renders
  int fold = -1;
  // A hard-wrapped rendering that is only scored: the library reads it one
  // paragraph a line, the labels and the --cv-out indexes count physical lines. raw_begin[j] is the
  // first physical line of joined line j (rows + 1 entries); empty otherwise.
  std::vector<size_t> raw_begin;
};

struct Data {
  std::vector<Page> pages;
  std::vector<float> x;          // rows × kFeatureCount
  std::vector<int8_t> y;         // 1 main, 0 other, -1 unknown
  std::vector<LineFacts> facts;
  std::vector<float> render_weight;  // per row: 1 for pith's rendering, --augment-weight for the others
  std::vector<uint8_t> bin;      // rows × kFeatureCount
  std::vector<std::vector<float>> thresholds;  // per feature, ascending
};

// Split candidates for every feature (make_bins) from the rows of the
// renderings the model trains on.
void make_bins(Data& d, int bins);

// Sample weight: longer lines count more, as they do in the word-level metric.
float line_weight(const LineFacts& f);

// A tree node while fitting: inner nodes send a row left when
// row[feature] <= threshold; a leaf (feature < 0) adds `value`.
struct TreeNode {
  int16_t feature;
  float threshold;
  int32_t left, right;
  float value;
};

struct Ensemble {
  std::vector<TreeNode> nodes;
  std::vector<int32_t> roots;
  float base = 0;
  std::vector<double> gain;  // per feature, for the report
  std::vector<CompleteTree> complete;  // the library's layout, filled by finish()

  // Lays every tree out complete: an unsplit node sends all rows left
  // (threshold +inf) and its value fills every leaf below it.
  void finish();
  LineModel view() const { return {complete.data(), complete.size(), base}; }
};

// Gradient-boosted trees on the logistic loss over `rows` of `d`.
Ensemble fit(const Data& d, const Options& opt, const std::vector<uint32_t>& rows);

}  // namespace pith::textmode::training
