// Per-line features of a text page, the input of the line model. A line is
// described by its own text (length, words, sentence punctuation, case,
// digits, function words, UI and caption vocabulary), by its neighbours, and
// by where it sits relative to the page's densest run of prose. Features are
// computed here once, for both the library and the trainer
// (eval/textmode_trainer.cc), so training and inference can never disagree.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "textmode/main_text.h"

namespace pith::textmode {

// X(name): every feature in vector order. The trained trees index features
// by position, so appending is safe and reordering needs retraining.
#define PITH_TEXTMODE_FEATURES(X)                                                                      \
  X(LogWords) X(LogChars) X(MeanWordLength) X(StopWordRate) X(UiWordRate) X(UiWords) X(CaptionWords)    \
  X(MonthWords) X(EndsSentence) X(EndsColon) X(EndsParen) X(StartsBullet) X(StartsUpper) X(AllCaps)     \
  X(CapitalisedRate) X(DigitRate) X(PunctRate) X(CommaRate) X(Sentences) X(Copyright) X(Separators)     \
  X(UrlLike) X(BylineStart) X(BylineName) X(Duplicate) X(SharedOpening) X(BlankBefore) X(QuoteStart)    \
  X(TopicOverlap) X(LinePosition) X(WordPosition) X(PageLogWords) X(PageLogLines) X(ShareOfLongest)     \
  X(PrevLogWords) X(PrevEndsSentence) X(PrevUiRate) X(PrevCaption) X(PrevAllCaps) X(PrevStopRate)       \
  X(NextLogWords) X(NextEndsSentence) X(NextUiRate) X(NextCaption) X(NextAllCaps) X(NextStopRate)       \
  X(Prev2LogWords) X(Prev2EndsSentence) X(Next2LogWords) X(Next2EndsSentence) X(Prev3LogWords)          \
  X(Next3LogWords) X(WindowLogWords2) X(WindowLogWords5) X(WindowLongLines3) X(WindowSentenceEnds3)     \
  X(WindowUiRate3) X(DistanceLongAbove) X(DistanceLongBelow) X(AfterLastLong) X(BeforeFirstLong)        \
  X(InDenseLow) X(DistDenseLow) X(InDenseMid) X(DistDenseMid) X(PosInDenseMid) X(InDenseHigh)           \
  X(DistDenseHigh) X(DenseMidShare) X(CreditParen) X(CaptionStart) X(PrevCreditParen) X(NextCreditParen)      \
  X(NextCaptionStart) X(PrevSharedOpening) X(Prev2SharedOpening) X(ProseSentence)          \
  X(PrevProseSentence) X(NextProseSentence) X(CommentHeading) X(ClockTime) X(AfterCommentHeading)      \
  X(StampsAbove) X(WindowStamps5)

enum class Feature : int {
#define PITH_TEXTMODE_FEATURE_ENUM(name) name,
  PITH_TEXTMODE_FEATURES(PITH_TEXTMODE_FEATURE_ENUM)
#undef PITH_TEXTMODE_FEATURE_ENUM
};

inline constexpr int kFeatureCount = 0
#define PITH_TEXTMODE_FEATURE_COUNT(name) +1
    PITH_TEXTMODE_FEATURES(PITH_TEXTMODE_FEATURE_COUNT)
#undef PITH_TEXTMODE_FEATURE_COUNT
    ;

// Name of feature `index` ("LogWords"), for the trainer's reports.
std::string_view feature_name(int index);

// Page furniture that sits inside or right against the article and reads like
// prose, recognised by its form (line_roles.cc). Such lines are never main
// content, and most are transparent to the decoder: a caption between two
// paragraphs does not split the article (see in_reading_order).
enum class LineRole : uint8_t {
  Text,          // anything else: the model decides
  Caption,       // ends with a credit in parentheses: "… (Photo: AP)", "(Reuters/Getty Images)", or reads
                 // as a caption or credit line to HTML mode: "Photo: Jane Roe", "Carolyn Kaster / AP"
  CaptionTitle,  // a short unpunctuated line right above a caption
  MediaBlock,    // a headline repeated on the next line (video player, teaser) and the line after the pair
  Promo,         // a short line of interface words: "Click here to get the app", "Sign up for our newsletter"
  AuthorBio,     // opens with the byline's full name: "Jane Roe is a reporter …"
  Repeated,      // an unpunctuated line whose opening words begin a paragraph elsewhere on the
                 // page: a standfirst repeating the first sentence
  Legal,         // carries a copyright sign: the site's legal notice
  Label,         // a furniture phrase of HTML mode's lists: "Read more", "Lesen Sie auch", "Advertisement"
};

// Lines the decoder reads in order. Labels are never main, but they stay in
// the sequence as a gap: "Related articles" between the article and a rail of
// teasers ends the article there (taken out of the sequence, they let the
// rail join it). The other furniture is transparent.
inline bool in_reading_order(LineRole role) { return role == LineRole::Text || role == LineRole::Label; }

// What the decoder and find_main_text() need about a line besides its score.
struct LineFacts {
  int words = 0;
  bool ends_sentence = false;
  bool all_caps = false;
  LineRole role = LineRole::Text;
  bool byline = false;  // "By Jane Roe …"
};

struct PageFeatures {
  std::vector<float> values;    // lines × kFeatureCount, row-major
  std::vector<LineFacts> facts; // one per line
  const float* row(size_t line) const { return values.data() + line * kFeatureCount; }
};

PageFeatures compute_line_features(const TextPage& page);

}  // namespace pith::textmode
