// The sequence decoder: picks main-content lines as a coherent run. Per-line
// log-odds alone flicker (a caption inside the article, a long comment after
// it); a two-state Viterbi pass (in/out of the article) charges a cost for
// every switch, so a line changes side only when its evidence outweighs the
// cost. Costs are tuned on cross-validated scores by eval/textmode_train.py.
#pragma once

#include <vector>

#include "textmode/line_features.h"

namespace pith::textmode {

struct DecoderCosts {
  float bias = 0;          // added to every line's log-odds (Favor moves it)
  float switch_cost = 2;   // paid on each in↔out change along the page
  float word_weight = 0;   // log-odds scaled by 1 + word_weight·log(1 + words): long lines weigh more
};

// true for each line decoded as main content.
std::vector<bool> decode_main_lines(const std::vector<float>& log_odds, const std::vector<LineFacts>& facts,
                                    const DecoderCosts& costs);

}  // namespace pith::textmode
