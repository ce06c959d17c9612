// Two-state Viterbi with backpointers kept as one byte per line and state;
// no recursion, linear in the number of lines.
#include "textmode/sequence_decoder.h"

#include <cmath>
#include <cstdint>

namespace pith::textmode {

std::vector<bool> decode_main_lines(const std::vector<float>& log_odds, const std::vector<LineFacts>& facts,
                                    const DecoderCosts& costs) {
  const size_t n = log_odds.size();
  std::vector<bool> main(n, false);
  if (n == 0) return main;
  // from[i][s]: state of line i-1 on the best path that puts line i in state s.
  std::vector<uint8_t> from(2 * n, 0);
  double out = 0, in = 0;  // best path scores ending out of / in the article
  for (size_t i = 0; i < n; ++i) {
    const double weight = 1 + costs.word_weight * std::log1p(double(facts[i].words));
    const double gain = (log_odds[i] + costs.bias) * weight;
    double next_out, next_in;
    if (i == 0) {
      next_out = 0;
      next_in = gain;
    } else {
      const bool out_from_in = in - costs.switch_cost > out;
      next_out = out_from_in ? in - costs.switch_cost : out;
      from[2 * i] = out_from_in;
      const bool in_from_out = out - costs.switch_cost > in;
      next_in = (in_from_out ? out - costs.switch_cost : in) + gain;
      from[2 * i + 1] = !in_from_out;
    }
    out = next_out;
    in = next_in;
  }
  uint8_t state = in > out;
  for (size_t i = n; i-- > 0;) {
    main[i] = state;
    state = from[2 * i + state];
  }
  return main;
}

}  // namespace pith::textmode
