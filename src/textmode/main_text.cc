// find_main_text(): features → tree scores → Viterbi decode, then what the
// model does not decide (title, standfirst, byline, subheads, confidence)
// read off the decoded lines.
#include "textmode/main_text.h"

#include <algorithm>
#include <cmath>

#include "textmode/line_features.h"
#include "textmode/line_model.h"
#include "textmode/line_model_weights.h"
#include "textmode/sequence_decoder.h"
#include "textmode/title_line.h"

namespace pith::textmode {
namespace {

// A kept line this short that ends no sentence reads as a subhead.
constexpr int kHeadingMaxWords = 15;
// A standfirst (the summary under the headline) has at least this many words.
constexpr int kStandfirstMinWords = 8;
// Fewer article words than this: the page is probably not an article.
constexpr int kArticleMinWords = 80;

float probability(float log_odds) { return 1.f / (1.f + std::exp(-log_odds)); }

}  // namespace

MainText find_main_text(const TextPage& page, const TextModeSettings& settings) {
  MainText result;
  const PageFeatures features = compute_line_features(page);
  const std::vector<float> scores = score_lines(features, trained_line_model());
  DecoderCosts costs = kTrainedDecoderCosts;
  if (settings.favor == Favor::Precision) costs.bias -= kFavorShift;
  if (settings.favor == Favor::Recall) costs.bias += kFavorShift;
  const std::vector<bool> main = decode_main_lines(scores, features.facts, costs);

  double weighted = 0, weight = 0;
  int words = 0;
  for (size_t i = 0; i < main.size(); ++i) {
    if (!main[i]) continue;
    const LineFacts& f = features.facts[i];
    result.lines.push_back(i);
    if (f.words <= kHeadingMaxWords && !f.ends_sentence) result.headings.push_back(i);
    words += f.words;
    weighted += probability(scores[i]) * (1 + f.words);
    weight += 1 + f.words;
  }
  if (result.lines.empty()) {
    result.warnings.push_back("no main text found");
    return result;
  }
  TitleGuess title = find_title(page, features, result.lines.front());
  result.title_line = title.line;
  result.site_name = std::move(title.site_name);
  const size_t first = result.lines.front();
  // Standfirst: the first sentence between the title and the article that is
  // no byline and no caption (a caption names a photo, an agency, a credit).
  for (long k = result.title_line + 1; result.title_line >= 0 && k < long(first); ++k) {
    const LineFacts& f = features.facts[size_t(k)];
    const float* row = features.row(size_t(k));
    const bool caption = row[int(Feature::CaptionWords)] > 0 || row[int(Feature::CaptionStart)] > 0;
    if ((f.role == LineRole::Text || f.role == LineRole::Repeated) && !f.byline && f.ends_sentence &&
        f.words >= kStandfirstMinWords && !caption) {
      result.standfirst_line = k;
      break;
    }
  }
  // Byline: the nearest "By …" line above the article (between the title and
  // the first paragraph), else one among its first lines.
  for (size_t k = first; k-- > 0 && first - k <= kBylineLinesAbove && result.byline_line < 0;)
    if (features.facts[k].byline) result.byline_line = long(k);
  for (size_t n = 0; n < result.lines.size() && n < kBylineLinesInside && result.byline_line < 0; ++n)
    if (features.facts[result.lines[n]].byline) result.byline_line = long(result.lines[n]);
  result.confidence = weight > 0 ? weighted / weight : 0;
  if (words < kArticleMinWords) {
    result.confidence *= double(words) / kArticleMinWords;
    result.warnings.push_back("not an article: little running text");
  }
  return result;
}

}  // namespace pith::textmode
