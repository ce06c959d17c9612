// The sequence decoder: picks the article as one coherent run of lines.
// Per-line log-odds alone flicker (a caption inside the article, a teaser
// after it); a Viterbi pass over four states — before the article, in it, in
// a gap inside it, after it — makes the article one stretch of the page and
// charges a cost for every gap, so a line inside the stretch drops out only
// when its evidence outweighs that cost, and text away from the article must
// be strong to be joined to it. Costs are tuned on cross-validated scores by
// eval/textmode_train.py.
#pragma once

#include <vector>

#include "textmode/line_features.h"

namespace pith::textmode {

struct DecoderCosts {
  float bias = 0;          // added to every line's log-odds (Favor moves it)
  float gap_cost = 2;      // paid for each run of left-out lines inside the article
  float word_weight = 0;   // log-odds scaled by 1 + word_weight·log(1 + words): long lines weigh more
  float closing_bonus = 0; // added to the article's last line when it is a short sentence (a credit line)
};

// A closing line ("Reuters contributed to this report.", "Additional reporting
// by …") is one short sentence right after the last paragraph; at most this
// many words.
inline constexpr int kClosingLineMaxWords = 20;

// Lead paragraphs above the decoded article (decode_main_lines): a line of
// at least kLeadMinWords ending a sentence, its log-odds (with the bias) at
// least kLeadMinLogOdds, at most kLeadMaxSkipped short lines (up to
// kLeadSkippedMaxWords words) away.
inline constexpr int kLeadMinWords = 15;
inline constexpr float kLeadMinLogOdds = -1.5f;
inline constexpr size_t kLeadMaxSkipped = 4;
inline constexpr int kLeadSkippedMaxWords = 8;

// true for each line decoded as main content. Lines whose role is not
// LineRole::Text are never main and do not interrupt the article.
std::vector<bool> decode_main_lines(const std::vector<float>& log_odds, const std::vector<LineFacts>& facts,
                                    const DecoderCosts& costs);

}  // namespace pith::textmode
