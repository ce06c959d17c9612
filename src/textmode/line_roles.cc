// Line roles by form. Each test is checked against the training sets by
// eval/textmode_trainer.cc, which prints how often the gold keeps a line of
// each role (kept lines are rare for all of them).
#include "textmode/line_roles.h"

#include "extract/boilerplate_phrases.h"
#include "extract/page_notices.h"
#include "extract/scoring_constants.h"

namespace pith::textmode {
namespace {

// A caption title is shorter than this and ends no sentence.
constexpr int kCaptionTitleMaxWords = 12;
// The description under a repeated media headline is at most this long.
constexpr int kMediaDescriptionMaxWords = 45;
// A promo is this short and has at least kPromoUiWords interface words.
constexpr int kPromoMaxWords = 12;
constexpr int kPromoUiWords = 2;
// A bio opens with this many byline names and is at least kBioMinWords long.
constexpr int kBioNames = 2;
constexpr int kBioMinWords = 8;

// A label phrase is furniture on a line shorter than this (HTML mode's
// short_block_chars): "Lesen Sie auch" heads a teaser, it does not open prose.
constexpr size_t kLabelMaxBytes = 80;

// What HTML mode's phrase lists make of a line's text alone
// (extract/boilerplate_phrases.h, extract/page_notices.h), within their length
// bounds: a label ("Read more", "Lesen Sie auch", "Advertisement"; the gold of
// the training sets keeps 2% of such lines) or a caption told by its label or
// credit ("Photo: Jane Roe", "Carolyn Kaster / AP", "… two years. Source:
// Supplied"; kept more often, as Readability.js keeps figure captions and the
// sets' human golds do not). Site notices ("Please enable JavaScript") were
// tried as a role too: the model already leaves them out (649 lines, 9 kept
// by gold, CV unchanged) and their phrase scan halved text mode's speed.
// The line's statistics skip the checks that cannot match: a caption's label
// is followed by a colon or a comma, a credit has two words ("AP Photo",
// "iStock/cjp").
LineRole role_by_phrase(std::string_view line, const LineStats& s) {
  while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
  if (line.empty() || line.size() >= extraction::kCreditedCaptionMaxChars) return LineRole::Text;
  if (line.size() < kLabelMaxBytes && extraction::is_boilerplate_text(line)) return LineRole::Label;
  if (s.words < 2) return LineRole::Text;
  if ((s.punct > 0 && line.size() < extraction::kLabelledCaptionMaxChars && extraction::is_labelled_caption(line)) ||
      (line.size() < extraction::kCreditLineMaxChars && extraction::is_credit_line(line)) ||
      (s.punct > 0 && extraction::ends_with_labelled_credit(line)))
    return LineRole::Caption;
  return LineRole::Text;
}

}  // namespace

std::vector<LineRole> assign_line_roles(const TextPage& page, const std::vector<LineStats>& stats,
                                        const std::vector<int>& byline_names, const std::vector<char>& repeated) {
  const size_t n = stats.size();
  std::vector<LineRole> roles(n, LineRole::Text);
  for (size_t i = 0; i < n; ++i) {
    const LineStats& s = stats[i];
    if (s.credit_paren) {
      roles[i] = LineRole::Caption;
      if (i > 0 && roles[i - 1] == LineRole::Text) {
        const LineStats& above = stats[i - 1];
        if (above.words < kCaptionTitleMaxWords && !above.ends_sentence && !above.credit_paren)
          roles[i - 1] = LineRole::CaptionTitle;
      }
      continue;
    }
    if (s.copyright) roles[i] = LineRole::Legal;
    else if (s.words <= kPromoMaxWords && s.ui_words >= kPromoUiWords) roles[i] = LineRole::Promo;
    else if (byline_names[i] >= kBioNames && s.words >= kBioMinWords) roles[i] = LineRole::AuthorBio;
    else roles[i] = role_by_phrase(page.lines[i].text, s);
  }
  // A headline shown twice in a row (a video player's title and caption bar, a
  // teaser card) opens a media block; the line after the pair describes it.
  for (size_t i = 0; i + 1 < n; ++i) {
    if (!stats[i].opening_hash || stats[i].opening_hash != stats[i + 1].opening_hash) continue;
    if (stats[i].ends_sentence || stats[i + 1].ends_sentence) continue;
    roles[i] = roles[i + 1] = LineRole::MediaBlock;
    if (i + 2 < n && roles[i + 2] == LineRole::Text && stats[i + 2].words <= kMediaDescriptionMaxWords)
      roles[i + 2] = LineRole::MediaBlock;
  }
  for (size_t i = 0; i < n; ++i)
    if (roles[i] == LineRole::Text && repeated[i] && !stats[i].ends_sentence) roles[i] = LineRole::Repeated;
  return roles;
}

}  // namespace pith::textmode
