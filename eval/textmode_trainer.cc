// textmode_trainer: fits the text-mode line model (src/textmode) and tunes its
// decoder, driven by eval/textmode_train.py, which renders and labels pages.
//
// Input (--data): per page "PAGE <set> <id> <bytes> [<render>]\n<text>\nLABELS <0|1|? per line>\n".
// <render> names the renderer of the text ("pith", the default, or another,
// e.g. "w3m"). A page rendered another way sits in the fold of its pith
// rendering and is scored out of fold; it is trained on (and used to tune the
// decoder) only when its renderer is listed in --augment-renders.
// Lines come from the library's own split_text_page() and features from
// compute_line_features(), so the model sees exactly what it sees at run time.
//
// Model: gradient-boosted regression trees on the logistic loss (histogram
// splits over per-feature quantile bins, Newton leaf values). Every training
// page is scored out of fold (k folds by page), the decoder costs are chosen
// on those scores by grid search for the word-level F1 of mean per-page
// precision and recall, and the final trees are fitted on all pages.
//
// Output: --cv-out JSONL {"set","id","render","lines":[kept line indexes]} (out-of-fold
// for training sets, the all-pages model for the rest); --weights-out the
// generated src/textmode/line_model_weights.h.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <limits>
#include <map>
#include <numeric>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "textmode/hard_wrap.h"
#include "textmode/line_features.h"
#include "textmode/line_model.h"
#include "textmode/main_text.h"
#include "textmode/sequence_decoder.h"
#include "textmode_training.h"

using namespace pith::textmode;
using namespace pith::textmode::training;

namespace {

bool read_data(const std::string& path, const Options& opt, Data& d) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::string header;
  while (std::getline(in, header)) {
    if (header.empty()) continue;
    std::istringstream hs(header);
    std::string tag;
    Page page;
    size_t bytes = 0;
    hs >> tag >> page.set >> page.id >> bytes;
    if (tag != "PAGE") return false;
    if (std::string render; hs >> render) page.render = render;
    const bool trained_render =
        page.render == kPrimaryRender || (opt.augment_renders.count(page.render) > 0 &&
                                          (opt.augment_partial || opt.train_sets.count(page.set) > 0));
    std::string text(bytes, '\0');
    in.read(text.data(), std::streamsize(bytes));
    std::string rest, labels;
    std::getline(in, rest);  // the newline after the text
    std::getline(in, labels);
    labels = labels.size() > 7 ? labels.substr(7) : "";
    const TextPage raw = split_text_page(text, WrappedLines::Keep);
    if (raw.lines.size() != labels.size()) {
      std::cerr << "label count mismatch on " << page.set << "/" << page.id << ": " << raw.lines.size()
                << " lines, " << labels.size() << " labels\n";
      return false;
    }
    // Renderings the model trains on keep their physical lines: joining the
    // dozen hard-wrapped ones among them (RFC text in <pre>, <br>-broken
    // poems) changed the fitted trees as much as another fold partition does,
    // for no gain. Renderings only scored are read as the library reads them.
    TextPage tp = raw;
    if (!trained_render)
      if (const size_t width = detect_wrap_width(tp)) join_wrapped_lines(tp, width);
    if (tp.lines.size() != raw.lines.size()) {
      // A joined paragraph is main if any of its lines is, other if any is
      // other and none main, unknown otherwise.
      std::string joined_labels;
      for (size_t j = 0, k = 0; j < tp.lines.size(); ++j) {
        page.raw_begin.push_back(k);
        char label = '?';
        for (; k < raw.lines.size() && (j + 1 == tp.lines.size() || raw.lines[k].source_line < tp.lines[j + 1].source_line); ++k)
          if (labels[k] == '1' || (labels[k] == '0' && label != '1')) label = labels[k];
        joined_labels += label;
      }
      page.raw_begin.push_back(raw.lines.size());
      labels = joined_labels;
    }
    const PageFeatures f = compute_line_features(tp);
    page.first_row = d.facts.size();
    page.rows = tp.lines.size();
    page.train = opt.train_sets.count(page.set) > 0 || opt.partial_sets.count(page.set) > 0;
    page.full_gold = opt.train_sets.count(page.set) > 0 &&
                     (page.render == kPrimaryRender || (trained_render && opt.tune_on_augmented));
    page.primary = page.render == kPrimaryRender;
    page.trained_render = trained_render;
    d.x.insert(d.x.end(), f.values.begin(), f.values.end());
    d.facts.insert(d.facts.end(), f.facts.begin(), f.facts.end());
    d.render_weight.insert(d.render_weight.end(), tp.lines.size(), page.primary ? 1.f : opt.augment_weight);
    for (char c : labels) d.y.push_back(c == '1' ? 1 : c == '0' ? 0 : -1);
    d.pages.push_back(page);
  }
  return true;
}

// FNV-1a of `name`, mixed with `seed` (splitmix64's finaliser).
uint64_t page_hash(const std::string& name, uint64_t seed) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : name) h = (h ^ c) * 1099511628211ull;
  h += seed * 0x9E3779B97F4A7C15ull;
  h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9ull;
  h = (h ^ (h >> 27)) * 0x94D049BB133111EBull;
  return h ^ (h >> 31);
}

// Word-level proxy of score.py: mean per-page precision and recall, F1 of the means.
double decoded_f1(const Data& d, const std::vector<float>& scores, const DecoderCosts& costs,
                  std::vector<std::vector<size_t>>* kept_out = nullptr) {
  double sum_p = 0, sum_r = 0;
  int np = 0, nr = 0;
  for (size_t pi = 0; pi < d.pages.size(); ++pi) {
    const Page& p = d.pages[pi];
    std::vector<float> s(scores.begin() + long(p.first_row), scores.begin() + long(p.first_row + p.rows));
    std::vector<LineFacts> f(d.facts.begin() + long(p.first_row), d.facts.begin() + long(p.first_row + p.rows));
    const std::vector<bool> main = decode_main_lines(s, f, costs);
    double tp = 0, fp = 0, fn = 0;
    for (size_t i = 0; i < p.rows; ++i) {
      const int8_t y = d.y[p.first_row + i];
      const double w = f[i].words;
      if (main[i] && y == 1) tp += w;
      else if (main[i] && y == 0) fp += w;
      else if (!main[i] && y == 1) fn += w;
      if (kept_out && main[i]) (*kept_out)[pi].push_back(i);
    }
    if (!p.full_gold) continue;
    if (tp + fp > 0) sum_p += tp / (tp + fp), ++np;
    if (tp + fn > 0) sum_r += tp / (tp + fn), ++nr;
  }
  const double P = np ? sum_p / np : 0, R = nr ? sum_r / nr : 0;
  return P + R > 0 ? 2 * P * R / (P + R) : 0;
}

// The word-F1 proxy is flat near its optimum. Among settings within this much
// of the best F1 the most coherent (highest gap cost: the article as one run)
// wins, then the most precise (lowest bias): the training sets' gold keeps
// more page furniture (titles, captions) than the target convention.
constexpr double kDecoderF1Tolerance = 0.001;

DecoderCosts tune_decoder(const Data& d, const std::vector<float>& scores) {
  struct Trial {
    DecoderCosts costs;
    double f1;
  };
  std::vector<Trial> trials;
  double best_f1 = -1;
  for (float closing_bonus : {0.f, 0.5f, 1.f, 2.f, 3.f})
    for (float word_weight : {0.f, 0.3f, 1.f})
      for (float gap_cost : {0.f, 0.5f, 1.f, 2.f, 3.f, 4.f, 6.f, 9.f})
        for (float bias = -2.5f; bias <= 2.51f; bias += 0.25f) {
          const DecoderCosts c{bias, gap_cost, word_weight, closing_bonus};
          trials.push_back({c, decoded_f1(d, scores, c)});
          best_f1 = std::max(best_f1, trials.back().f1);
        }
  for (float closing_bonus : {0.f, 0.5f, 1.f, 2.f, 3.f}) {
    double f1 = -1;
    for (const Trial& t : trials)
      if (t.costs.closing_bonus == closing_bonus) f1 = std::max(f1, t.f1);
    std::cerr << "  closing bonus " << closing_bonus << ": best word F1 " << f1 << "\n";
  }
  Trial chosen{{}, -1};
  for (const Trial& t : trials)
    if (t.f1 >= best_f1 - kDecoderF1Tolerance &&
        (chosen.f1 < 0 || t.costs.gap_cost > chosen.costs.gap_cost ||
         (t.costs.gap_cost == chosen.costs.gap_cost &&
          (t.costs.bias < chosen.costs.bias || (t.costs.bias == chosen.costs.bias && t.f1 > chosen.f1)))))
      chosen = t;
  std::cerr << "decoder: bias " << chosen.costs.bias << " gap " << chosen.costs.gap_cost << " word_weight "
            << chosen.costs.word_weight << " closing " << chosen.costs.closing_bonus << " -> word F1 " << chosen.f1 << " (best " << best_f1 << ")\n";
  return chosen.costs;
}

std::vector<float> predict(const Data& d, const Ensemble& model, const std::vector<size_t>& pages,
                           std::vector<float> scores) {
  for (size_t pi : pages) {
    const Page& p = d.pages[pi];
    PageFeatures f;
    f.values.assign(d.x.begin() + long(p.first_row * kFeatureCount),
                    d.x.begin() + long((p.first_row + p.rows) * kFeatureCount));
    f.facts.assign(d.facts.begin() + long(p.first_row), d.facts.begin() + long(p.first_row + p.rows));
    const std::vector<float> s = score_lines(f, model.view());
    std::copy(s.begin(), s.end(), scores.begin() + long(p.first_row));
  }
  return scores;
}

// A float literal that always parses as one: "1.f", "0.25f", "1e-05f".
std::string float_literal(double v) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.9g", v);
  std::string s = buf;
  if (s.find_first_of(".e") == std::string::npos) s += ".";
  return s + "f";
}

void write_weights(const std::string& path, const Ensemble& m, const DecoderCosts& c, const Data& d) {
  std::ofstream out(path);
  size_t train_pages = 0;
  for (const Page& p : d.pages) train_pages += p.train && p.trained_render;
  out << "// Generated by eval/textmode_train.py (eval/textmode_trainer.cc) — do not edit by hand.\n"
      << "// Boosted trees over the line features of line_features.h (" << m.roots.size() << " trees, "
      << train_pages << " training pages)\n// and the decoder costs tuned on cross-validated scores.\n"
      << "#pragma once\n\n#include <limits>\n\n#include \"textmode/line_model.h\"\n#include \"textmode/sequence_decoder.h\"\n\n"
      << "namespace pith::textmode {\n\n"
      << "// Threshold of an unsplit node: every row goes left.\n"
      << "inline constexpr float kUnsplit = std::numeric_limits<float>::infinity();\n\n";
  out << "inline constexpr CompleteTree kLineTrees[] = {\n";
  for (const CompleteTree& t : m.complete) {
    out << "    {{";
    for (int k = 0; k < kTreeInnerNodes; ++k) out << (k ? ", " : "") << t.feature[k];
    out << "},\n     {";
    for (int k = 0; k < kTreeInnerNodes; ++k)
      out << (k ? ", " : "")
          << (std::isinf(t.threshold[k]) ? std::string("kUnsplit") : float_literal(t.threshold[k]));
    out << "},\n     {";
    for (int k = 0; k < kTreeLeaves; ++k) out << (k ? ", " : "") << float_literal(t.leaf[k]);
    out << "}},\n";
  }
  out << "};\n\ninline constexpr float kLineModelBase = " << float_literal(m.base) << ";\n";
  std::string costs = "{";  // appended piecewise: GCC 12 warns falsely on "{" + std::string
  costs += float_literal(c.bias) + ", ";
  costs += float_literal(c.gap_cost) + ", ";
  costs += float_literal(c.word_weight) + ", ";
  costs += float_literal(c.closing_bonus) + "}";
  out << "// Decoder costs {bias, gap_cost, word_weight, closing_bonus}.\ninline constexpr DecoderCosts kTrainedDecoderCosts = "
      << costs << ";\n"
      << "// Bias shift for Favor::Precision (−) and Favor::Recall (+), in log-odds.\n"
      << "inline constexpr float kFavorShift = 1.f;\n\n}  // namespace pith::textmode\n";
}

}  // namespace

int main(int argc, char** argv) {
  Options opt;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string k = argv[i], v = argv[i + 1];
    if (k == "--data") opt.data = v;
    else if (k == "--cv-out") opt.cv_out = v;
    else if (k == "--weights-out") opt.weights_out = v;
    else if (k == "--folds") opt.folds = std::stoi(v);
    else if (k == "--trees") opt.trees = std::stoi(v);
    else if (k == "--fold-seed") opt.fold_seed = std::stoull(v);
    else if (k == "--depth") opt.depth = std::stoi(v);
    else if (k == "--learning-rate") opt.learning_rate = std::stod(v);
    else if (k == "--subsample") opt.subsample = std::stod(v);
    else if (k == "--decoder") {
      std::stringstream ss(v);
      for (std::string s; std::getline(ss, s, ',');) opt.fixed_decoder.push_back(std::stof(s));
      if (opt.fixed_decoder.size() != 4) {
        std::cerr << "--decoder wants BIAS,GAP,WORD_WEIGHT,CLOSING\n";
        return 2;
      }
    }
    else if (k == "--train-sets") {
      std::stringstream ss(v);
      for (std::string s; std::getline(ss, s, ',');) opt.train_sets.insert(s);
    } else if (k == "--drop-features") {
      std::stringstream ss(v);
      for (std::string s; std::getline(ss, s, ',');) {
        int f = 0;
        while (f < kFeatureCount && feature_name(f) != s) ++f;
        if (f == kFeatureCount) {
          std::cerr << "unknown feature " << s << "\n";
          return 2;
        }
        opt.dropped_features.push_back(f);
      }
    } else if (k == "--augment-partial") {
      opt.augment_partial = v != "0";
    } else if (k == "--augment-weight") {
      opt.augment_weight = std::stof(v);
    } else if (k == "--tune-on-augmented") {
      opt.tune_on_augmented = v != "0";
    } else if (k == "--augment-renders") {
      std::stringstream ss(v);
      for (std::string s; std::getline(ss, s, ',');) opt.augment_renders.insert(s);
    } else if (k == "--partial-sets") {
      std::stringstream ss(v);
      for (std::string s; std::getline(ss, s, ',');) opt.partial_sets.insert(s);
    } else {
      std::cerr << "unknown option " << k << "\n";
      return 2;
    }
  }
  Data d;
  if (!read_data(opt.data, opt, d)) {
    std::cerr << "cannot read " << opt.data << "\n";
    return 1;
  }
  for (int f : opt.dropped_features)
    for (size_t r = 0; r < d.facts.size(); ++r) d.x[r * kFeatureCount + f] = 0.f;
  make_bins(d, opt.bins);
  // Lines with a furniture role are never main (LineRole); report how often
  // the gold disagrees, then train on the convention.
  {
    const char* names[] = {"text", "caption", "caption title", "media block", "promo", "author bio", "repeated", "legal", "label"};
    constexpr int kRoles = int(std::size(names));
    long count[kRoles] = {}, kept[kRoles] = {};
    for (size_t r = 0; r < d.facts.size(); ++r) {
      if (d.y[r] < 0) continue;
      const int role = int(d.facts[r].role);
      ++count[role];
      kept[role] += d.y[r] == 1;
      if (role != 0) d.y[r] = 0;
    }
    std::cerr << "roles (lines, kept by gold):";
    for (int k = 1; k < kRoles; ++k) std::cerr << " " << names[k] << " " << count[k] << "/" << kept[k];
    std::cerr << "\n";
  }
  // Folds by page: the k-th pith-rendered training page goes to fold
  // (k·7919 mod folds), fixed; its other renderings follow it, so no model
  // sees any rendering of a page it scores.
  std::map<std::pair<std::string, std::string>, int> fold_of;
  // --fold-seed N > 0 draws another partition (from a hash of the page's
  // name), to tell a real change in the scores from the luck of one split.
  for (size_t k = 0; Page& p : d.pages)
    if (p.train && p.primary)
      fold_of[{p.set, p.id}] = p.fold =
          int((opt.fold_seed == 0 ? k++ * 7919 : page_hash(p.set + "/" + p.id, opt.fold_seed)) % size_t(opt.folds));
  for (Page& p : d.pages)
    if (p.train && !p.primary)
      if (const auto it = fold_of.find({p.set, p.id}); it != fold_of.end()) p.fold = it->second;
  // train_pages fit the models; the other pages are scored by the model of all of them.
  std::vector<size_t> train_pages, other_pages;
  for (size_t i = 0; i < d.pages.size(); ++i) {
    const Page& p = d.pages[i];
    if (p.fold < 0) other_pages.push_back(i);
    else if (p.trained_render) train_pages.push_back(i);
  }
  const auto rows_of = [&](const std::vector<size_t>& pages) {
    std::vector<uint32_t> rows;
    for (size_t pi : pages)
      for (size_t r = d.pages[pi].first_row; r < d.pages[pi].first_row + d.pages[pi].rows; ++r)
        if (d.y[r] >= 0) rows.push_back(uint32_t(r));
    return rows;
  };
  std::cerr << train_pages.size() << " training pages, " << rows_of(train_pages).size() << " lines, "
            << kFeatureCount << " features\n";

  // Out-of-fold scores: page k goes to fold (k·7919 mod folds) — fixed, by page.
  std::vector<float> scores(d.facts.size(), 0.f);
  for (int fold = 0; fold < opt.folds; ++fold) {
    std::vector<size_t> fit_pages, held_out;
    for (size_t pi : train_pages)
      if (d.pages[pi].fold != fold) fit_pages.push_back(pi);
    for (size_t pi = 0; pi < d.pages.size(); ++pi)
      if (d.pages[pi].fold == fold) held_out.push_back(pi);
    const Ensemble m = fit(d, opt, rows_of(fit_pages));
    scores = predict(d, m, held_out, scores);
  }
  const DecoderCosts costs =
      opt.fixed_decoder.empty()
          ? tune_decoder(d, scores)
          : DecoderCosts{opt.fixed_decoder[0], opt.fixed_decoder[1], opt.fixed_decoder[2], opt.fixed_decoder[3]};
  if (!opt.fixed_decoder.empty()) std::cerr << "decoder (fixed): word F1 " << decoded_f1(d, scores, costs) << "\n";

  const Ensemble final_model = fit(d, opt, rows_of(train_pages));
  scores = predict(d, final_model, other_pages, scores);
  std::vector<std::vector<size_t>> kept(d.pages.size());
  decoded_f1(d, scores, costs, &kept);

  std::vector<int> order(kFeatureCount);
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](int a, int b) { return final_model.gain[a] > final_model.gain[b]; });
  std::cerr << "top features by gain:";
  for (int k = 0; k < 12; ++k) std::cerr << " " << feature_name(order[k]);
  std::cerr << "\n";

  if (!opt.cv_out.empty()) {
    std::ofstream out(opt.cv_out);
    for (size_t pi = 0; pi < d.pages.size(); ++pi) {
      out << "{\"set\": \"" << d.pages[pi].set << "\", \"id\": \"" << d.pages[pi].id << "\", \"render\": \""
          << d.pages[pi].render << "\", \"lines\": [";
      const std::vector<size_t>& raw_begin = d.pages[pi].raw_begin;
      bool first = true;
      for (size_t line : kept[pi]) {
        const size_t begin = raw_begin.empty() ? line : raw_begin[line];
        const size_t end = raw_begin.empty() ? line + 1 : raw_begin[line + 1];
        for (size_t k = begin; k < end; ++k, first = false) out << (first ? "" : ", ") << k;
      }
      out << "]}\n";
    }
  }
  if (!opt.weights_out.empty()) write_weights(opt.weights_out, final_model, costs, d);
  return 0;
}
