// Five-state Viterbi (before → article ⇄ gap → [closing] → after) with one byte of
// backpointer per line and state; no recursion, linear in the number of lines.
#include "textmode/sequence_decoder.h"

#include <array>
#include <cmath>
#include <cstdint>
#include <limits>

namespace pith::textmode {
namespace {

// kClosing is the article's last line when that line is a short sentence:
// credit and attribution lines close an article in many languages and score
// low on their own (short, no topic words), so they earn closing_bonus there.
// The bonus goes to whichever line ends the article, so it extends the article
// by a credit line only when the paragraph before it is too long to close.
enum State : uint8_t { kBefore, kArticle, kGap, kClosing, kAfter, kStates };
constexpr double kImpossible = -std::numeric_limits<double>::infinity();

// log(1 + words) of a line's weight, from a table for all but the longest lines.
constexpr int kLogTableSize = 256;
const std::array<double, kLogTableSize> kLogTable = [] {
  std::array<double, kLogTableSize> t{};
  for (int k = 0; k < kLogTableSize; ++k) t[k] = std::log1p(double(k));
  return t;
}();
double log_words(int words) { return words >= 0 && words < kLogTableSize ? kLogTable[words] : std::log1p(double(words)); }

}  // namespace

std::vector<bool> decode_main_lines(const std::vector<float>& log_odds, const std::vector<LineFacts>& facts,
                                    const DecoderCosts& costs) {
  const size_t n = log_odds.size();
  std::vector<bool> main(n, false);
  // Transparent furniture is left out of the sequence (never main, and never
  // splitting the article); the decoder runs over the others, and a label
  // among them can only be a gap (in_reading_order).
  std::vector<size_t> text;
  for (size_t i = 0; i < n; ++i)
    if (in_reading_order(facts[i].role)) text.push_back(i);
  if (text.empty()) return main;
  const size_t m = text.size();

  // from[k * kStates + s]: state of text line k-1 on the best path putting line k in state s.
  std::vector<uint8_t> from(m * kStates, kBefore);
  std::array<double, kStates> best = {0, kImpossible, kImpossible, kImpossible, kImpossible};
  for (size_t k = 0; k < m; ++k) {
    const size_t i = text[k];
    const double weight = 1 + costs.word_weight * log_words(facts[i].words);
    const bool furniture = facts[i].role != LineRole::Text;
    const double gain = furniture ? kImpossible : (log_odds[i] + costs.bias) * weight;
    const bool can_close = !furniture && facts[i].ends_sentence && facts[i].words <= kClosingLineMaxWords;
    const double closing_gain = can_close ? (log_odds[i] + costs.bias + costs.closing_bonus) * weight : kImpossible;
    std::array<double, kStates> next;
    uint8_t* back = &from[k * kStates];
    if (k == 0) {
      next = {0, gain, kImpossible, kImpossible, kImpossible};
    } else {
      const auto pick = [&](State to, std::initializer_list<std::pair<State, double>> options) {
        double v = kImpossible;
        for (const auto& [state, cost] : options)
          if (best[state] - cost > v) v = best[state] - cost, back[to] = state;
        return v;
      };
      next[kBefore] = pick(kBefore, {{kBefore, 0}});
      next[kArticle] = pick(kArticle, {{kBefore, 0}, {kArticle, 0}, {kGap, 0}}) + gain;
      next[kGap] = pick(kGap, {{kArticle, costs.gap_cost}, {kGap, 0}});
      next[kClosing] = pick(kClosing, {{kArticle, 0}}) + closing_gain;
      next[kAfter] = pick(kAfter, {{kArticle, 0}, {kClosing, 0}, {kAfter, 0}});
    }
    best = next;
  }
  // The page ends before, in or after the article, never inside a gap.
  uint8_t state = kBefore;
  for (State s : {kArticle, kClosing, kAfter})
    if (best[s] > best[state]) state = s;
  size_t start = m;  // the article's first text line
  for (size_t k = m; k-- > 0;) {
    main[text[k]] = state == kArticle || state == kClosing;
    if (main[text[k]]) start = k;
    state = from[k * kStates + state];
  }
  // The article's lead paragraphs above a box of short lines ("Further
  // reading" and its links, a picture's letter) that cut them off: long
  // sentences the model doubted only a little join the article; the short
  // lines between stay out.
  for (size_t k = start, skipped = 0; k-- > 0 && start < m && skipped <= kLeadMaxSkipped;) {
    const LineFacts& f = facts[text[k]];
    if (f.role == LineRole::Text && f.words >= kLeadMinWords && f.ends_sentence &&
        log_odds[text[k]] + costs.bias >= kLeadMinLogOdds)
      main[text[k]] = true;
    else if (f.words <= kLeadSkippedMaxWords)
      ++skipped;
    else
      break;
  }
  return main;
}

}  // namespace pith::textmode
