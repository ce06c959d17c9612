// The decoder turns flickering per-line scores into one coherent article:
// a weak line inside the article stays, a strong line far from it does not
// start a second article unless it beats the gap cost, and furniture lines
// (captions, promos) are dropped without splitting the article.
#include "textmode/sequence_decoder.h"

#include <gtest/gtest.h>

namespace pith::textmode {
namespace {

std::vector<LineFacts> plain_lines(size_t n) { return std::vector<LineFacts>(n, LineFacts{20, true, false}); }

std::vector<bool> decode(const std::vector<float>& scores, const std::vector<LineFacts>& facts, float gap_cost) {
  return decode_main_lines(scores, facts, DecoderCosts{0.f, gap_cost, 0.f});
}

TEST(SequenceDecoder, WeakLineInsideTheArticleStays) {
  const std::vector<float> scores = {-3, 4, 4, -0.5f, 4, 4, -3};
  EXPECT_EQ(decode(scores, plain_lines(7), 2), (std::vector<bool>{0, 1, 1, 1, 1, 1, 0}));
}

TEST(SequenceDecoder, ClearlyNegativeLineInsideTheArticleIsAGap) {
  const std::vector<float> scores = {4, 4, -5, 4, 4};
  EXPECT_EQ(decode(scores, plain_lines(5), 2), (std::vector<bool>{1, 1, 0, 1, 1}));
}

TEST(SequenceDecoder, GapCostDecidesWhetherADistantLineJoins) {
  // A lone positive line separated by a long negative stretch.
  const std::vector<float> scores = {1.5f, -4, -4, -4, 5, 5, 5};
  EXPECT_EQ(decode(scores, plain_lines(7), 1), (std::vector<bool>{1, 0, 0, 0, 1, 1, 1}));
  EXPECT_EQ(decode(scores, plain_lines(7), 3), (std::vector<bool>{0, 0, 0, 0, 1, 1, 1}));
}

TEST(SequenceDecoder, FurnitureRolesNeverMainAndDoNotSplitTheArticle) {
  std::vector<LineFacts> facts = plain_lines(5);
  facts[2].role = LineRole::Caption;
  // The caption scores high, yet is dropped; its neighbours stay one run even
  // with an infinite-looking gap cost.
  const std::vector<float> scores = {3, 3, 6, 3, 3};
  EXPECT_EQ(decode(scores, facts, 100), (std::vector<bool>{1, 1, 0, 1, 1}));
}

TEST(SequenceDecoder, AllNegativePageHasNoArticle) {
  const std::vector<float> scores = {-1, -2, -3};
  EXPECT_EQ(decode(scores, plain_lines(3), 1), (std::vector<bool>{0, 0, 0}));
}

TEST(SequenceDecoder, BiasMovesTheBoundary) {
  // Lines shorter than a lead paragraph (the lead rule would take the first one).
  const std::vector<float> scores = {-0.5f, 3, 3, -0.5f};
  const std::vector<LineFacts> facts(4, LineFacts{kLeadMinWords - 3, true, false});
  EXPECT_EQ(decode_main_lines(scores, facts, {0.f, 1.f, 0.f}), (std::vector<bool>{0, 1, 1, 0}));
  EXPECT_EQ(decode_main_lines(scores, facts, {1.f, 1.f, 0.f}), (std::vector<bool>{1, 1, 1, 1}));
}

TEST(SequenceDecoder, ClosingBonusKeepsAShortLastSentenceOnly) {
  // A credit line after the last paragraph scores a little below zero. The
  // paragraphs are longer than a closing line, so only the credit line can
  // earn the bonus.
  const std::vector<float> scores = {-3, 4, 4, -0.6f, -3};
  std::vector<LineFacts> facts(5, LineFacts{kClosingLineMaxWords + 20, true, false});
  facts[3].words = 8;
  const DecoderCosts closing{0.f, 2.f, 0.f, 1.f};
  EXPECT_EQ(decode(scores, facts, 2), (std::vector<bool>{0, 1, 1, 0, 0}));
  EXPECT_EQ(decode_main_lines(scores, facts, closing), (std::vector<bool>{0, 1, 1, 1, 0}));
  // Not a sentence, or not short: no bonus.
  facts[3].ends_sentence = false;
  EXPECT_EQ(decode_main_lines(scores, facts, closing), (std::vector<bool>{0, 1, 1, 0, 0}));
  facts[3] = LineFacts{kClosingLineMaxWords + 1, true, false};
  EXPECT_EQ(decode_main_lines(scores, facts, closing), (std::vector<bool>{0, 1, 1, 0, 0}));
}

TEST(SequenceDecoder, ClosingBonusOnlyForTheLastLine) {
  // The same short line between two paragraphs gets no bonus there: a
  // strongly negative one still leaves a gap.
  const std::vector<float> scores = {4, 4, -5, 4, 4};
  std::vector<LineFacts> facts = plain_lines(5);
  facts[2].words = 8;
  EXPECT_EQ(decode_main_lines(scores, facts, {0.f, 2.f, 0.f, 1.f}), (std::vector<bool>{1, 1, 0, 1, 1}));
}

TEST(SequenceDecoder, LeadParagraphsAboveABoxOfShortLinesJoin) {
  // Two lead paragraphs the model doubted, a "Further reading" box of short
  // lines, the article: the leads join, the box does not.
  std::vector<LineFacts> facts(9, LineFacts{30, true, false});
  for (size_t i : {0, 3, 4, 5}) facts[i] = LineFacts{3, false, false};
  const std::vector<float> scores = {-4, -0.8f, -0.1f, -1.4f, -0.6f, -0.9f, 4, 4, 4};
  EXPECT_EQ(decode(scores, facts, 2), (std::vector<bool>{0, 1, 1, 0, 0, 0, 1, 1, 1}));
  // A clearly negative long line (a teaser, a bio) above the article stays out.
  std::vector<float> teaser = scores;
  teaser[2] = -3;
  EXPECT_EQ(decode(teaser, facts, 2), (std::vector<bool>{0, 0, 0, 0, 0, 0, 1, 1, 1}));
  // So does a lead beyond a long line that is not main.
  std::vector<LineFacts> blocked = facts;
  blocked[3] = LineFacts{12, false, false};
  EXPECT_EQ(decode(scores, blocked, 2), (std::vector<bool>{0, 0, 0, 0, 0, 0, 1, 1, 1}));
  // A lead a little over kLeadMinWords joins; a sentence under it (a dek) stops the walk.
  std::vector<LineFacts> shorter = facts;
  shorter[2] = LineFacts{kLeadMinWords + 2, true, false};
  EXPECT_EQ(decode(scores, shorter, 2), (std::vector<bool>{0, 1, 1, 0, 0, 0, 1, 1, 1}));
  shorter[2] = LineFacts{kLeadMinWords - 3, true, false};
  EXPECT_EQ(decode(scores, shorter, 2), (std::vector<bool>{0, 0, 0, 0, 0, 0, 1, 1, 1}));
}

}  // namespace
}  // namespace pith::textmode
