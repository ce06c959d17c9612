// Line roles by form. Each test is checked against the training sets by
// eval/textmode_trainer.cc, which prints how often the gold keeps a line of
// each role (kept lines are rare for all of them).
#include "textmode/line_roles.h"

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

}  // namespace

std::vector<LineRole> assign_line_roles(const std::vector<LineStats>& stats, const std::vector<int>& byline_names,
                                        const std::vector<char>& repeated) {
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
