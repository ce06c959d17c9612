// detect_language: the cld2 wrapper gives ISO 639-1 codes for real paragraphs
// and nothing for text too short or too odd to judge.
#include "extract/language_detector.h"

#include <gtest/gtest.h>

#include <string>

namespace pith::extraction {
namespace {

TEST(LanguageDetectorTest, English) {
  DetectedLanguage d = detect_language(
      "The committee met on Tuesday to discuss the new budget. Several members argued that the "
      "proposed cuts to public transport would hurt the people who depend on buses to get to work, "
      "while others said the city simply could not afford to keep running empty lines at night.");
  EXPECT_EQ(d.code, "en");
  EXPECT_TRUE(d.reliable);
  EXPECT_GT(d.text_bytes, 0u);
}

TEST(LanguageDetectorTest, German) {
  EXPECT_EQ(detect_language("Die Bundesregierung hat am Mittwoch beschlossen, dass die neuen Regeln für den "
                            "Wohnungsbau ab dem kommenden Jahr gelten sollen. Kritiker bemängeln, dass die "
                            "Mieten dadurch weiter steigen könnten, während Vermieter mehr Klarheit fordern.")
                .code,
            "de");
}

TEST(LanguageDetectorTest, French) {
  EXPECT_EQ(detect_language("Le conseil municipal s'est réuni mardi soir pour examiner le nouveau budget. "
                            "Plusieurs élus ont estimé que les coupes prévues dans les transports publics "
                            "pénaliseraient les habitants qui prennent le bus pour aller travailler.")
                .code,
            "fr");
}

TEST(LanguageDetectorTest, Japanese) {
  EXPECT_EQ(detect_language("東京都は火曜日、新しい予算案について議論するための委員会を開きました。"
                            "複数の委員は、公共交通機関の予算削減が通勤にバスを利用する人々に"
                            "大きな影響を与えると指摘しました。")
                .code,
            "ja");
}

TEST(LanguageDetectorTest, Russian) {
  EXPECT_EQ(detect_language("Во вторник городской совет собрался, чтобы обсудить новый бюджет. Несколько "
                            "депутатов заявили, что сокращение расходов на общественный транспорт ударит "
                            "по людям, которые ездят на работу на автобусе.")
                .code,
            "ru");
}

TEST(LanguageDetectorTest, ShortOrEmptyTextGivesNothing) {
  EXPECT_EQ(detect_language("").code, "");
  EXPECT_EQ(detect_language("Hello").code, "");
  EXPECT_EQ(detect_language("Guten Tag").code, "");
  EXPECT_EQ(detect_language("12 345 678 — 2024-01-01 · 3.14 %").code, "");
}

TEST(LanguageDetectorTest, LongTextIsSampledOnACharacterBoundary) {
  std::string text;
  while (text.size() < 3 * kLanguageSampleBytes)
    text += "Über die Straße läuft ein Fuchs, und die Kinder schauen ihm nach, bis er im Wald verschwindet. ";
  EXPECT_EQ(detect_language(text).code, "de");
  EXPECT_EQ(detect_language(text, 300).code, "de");
}

TEST(LanguageDetectorTest, InvalidUtf8DoesNotThrow) {
  std::string text =
      "The committee met on Tuesday to discuss the new budget and the future of public transport in the city. ";
  text += "\xff\xfe broken \xc3";
  EXPECT_EQ(detect_language(text).code, "en");
}

}  // namespace
}  // namespace pith::extraction
