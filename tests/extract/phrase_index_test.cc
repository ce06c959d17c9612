// PhraseIndex: the filters in front of the comparisons must never refuse a
// text that a phrase opens, and the matches keep to whole words.
#include "extract/phrase_index.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace pith::extraction {
namespace {

constexpr std::string_view kPhrases[] = {"read more", "share", "ad", "x", "über den autor", "print"};

TEST(PhraseIndex, MayOpenNeverRefusesAPhraseOpening) {
  const PhraseIndex index(kPhrases);
  for (std::string_view phrase : kPhrases) {
    const std::string text = std::string(phrase) + " and more words after it";
    EXPECT_TRUE(index.may_open(std::string_view(text).substr(0, 4))) << phrase;
    EXPECT_TRUE(index.match_words_at(text, 0)) << phrase;
    // The text that is the phrase alone, however short.
    EXPECT_TRUE(index.may_open(phrase.substr(0, 4))) << phrase;
  }
  // A one-byte phrase opens every pair and every text it begins.
  EXPECT_TRUE(index.may_open("x"));
  EXPECT_TRUE(index.may_open("xylo"));
}

TEST(PhraseIndex, MayOpenRefusesOtherOpenings) {
  constexpr std::string_view kLong[] = {"read more", "share this"};
  const PhraseIndex index(kLong);
  EXPECT_FALSE(index.may_open("zebr"));
  EXPECT_FALSE(index.may_open(""));
  // Shorter than every phrase: nothing can match.
  EXPECT_FALSE(index.may_open("re"));
  EXPECT_TRUE(index.may_open("read"));
  EXPECT_TRUE(index.may_open("shar"));
}

TEST(PhraseIndex, WholeWordsOnly) {
  const PhraseIndex index(kPhrases);
  EXPECT_TRUE(index.match_words_at("print this page", 0));
  EXPECT_FALSE(index.match_words_at("printers are cheap", 0));
  EXPECT_TRUE(index.match_at("printers are cheap", 0));
  EXPECT_TRUE(index.found_in("please share this"));
  EXPECT_FALSE(index.found_in("nothing to see"));
}

}  // namespace
}  // namespace pith::extraction
