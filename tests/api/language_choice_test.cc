// The function-word look that spares cld2 when a text plainly is in one
// language, and its limits (languages it does not list, mixtures, too little text).
#include "api/language_choice.h"

#include <gtest/gtest.h>

namespace pith::api {
namespace {

TEST(LanguageChoiceTest, FunctionWordsDecidePlainTexts) {
  EXPECT_EQ(language_by_function_words("The mayor said that the bridge is open to traffic and that the work for the "
                                       "new road will start with the spring."),
            "en");
  EXPECT_EQ(language_by_function_words("Die Stadt hat die Brücke geöffnet, und der Bürgermeister sagt, das ist nicht "
                                       "das Ende der Arbeiten mit den Straßen."),
            "de");
}

TEST(LanguageChoiceTest, UnclearTextsAreLeftToCld2) {
  EXPECT_EQ(language_by_function_words("Short and to the point."), "");
  EXPECT_EQ(language_by_function_words("Mercredi, la mairie a publié le rapport annuel sur la qualité de l'air."), "");
  EXPECT_EQ(language_by_function_words("東京の新しい橋は月曜日に開通しました。市長は工事が春に始まると述べました。"), "");
  // Half English, half German: neither plainly wins.
  EXPECT_EQ(language_by_function_words("The bridge is open and the road is next. Die Brücke ist offen und die "
                                       "Straße ist nicht fertig, der Bau geht mit den Arbeiten weiter."),
            "");
}

TEST(LanguageChoiceTest, TextLanguageFallsBackOnCld2) {
  EXPECT_EQ(language_of_text("東京の新しい橋は月曜日に開通しました。市長は、道路の工事が春に始まると述べました。", 1024),
            "ja");
  EXPECT_EQ(language_of_text("", 1024), "");
}

}  // namespace
}  // namespace pith::api
