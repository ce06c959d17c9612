// Document::language falls back on the text when the page declares none, so
// target_language filtering works on such pages too.
#include <gtest/gtest.h>

#include <string>

#include "pith/extract.h"

namespace pith {
namespace {

const char* kGermanPageWithoutLang =
    "<!DOCTYPE html><html><head><title>Neue Regeln für den Wohnungsbau</title></head><body>"
    "<nav><a href='/'>Start</a> <a href='/politik'>Politik</a></nav>"
    "<article><h1>Neue Regeln für den Wohnungsbau</h1>"
    "<p>Die Bundesregierung hat am Mittwoch beschlossen, dass die neuen Regeln für den Wohnungsbau ab dem "
    "kommenden Jahr gelten sollen. Kritiker bemängeln, dass die Mieten dadurch weiter steigen könnten.</p>"
    "<p>Vermieter fordern dagegen mehr Klarheit bei den Fristen und wünschen sich, dass die Förderprogramme "
    "nicht schon im nächsten Haushalt wieder gekürzt werden. Die Opposition kündigte an, im Bundestag "
    "einen eigenen Entwurf vorzulegen, der vor allem Familien mit kleinen Einkommen entlasten soll.</p>"
    "<p>Wann das Gesetz endgültig verabschiedet wird, ist noch offen. Die Länder müssen im Bundesrat "
    "zustimmen, und dort zeichnet sich bislang keine Mehrheit ab.</p>"
    "</article></body></html>";

TEST(LanguageTest, PageWithoutLangAttributeGetsTheTextsLanguage) {
  Document doc = extract(kGermanPageWithoutLang);
  ASSERT_FALSE(doc.text.empty());
  EXPECT_EQ(doc.language, "de");
}

TEST(LanguageTest, TargetLanguageFiltersPagesWithoutLangAttribute) {
  Options options;
  options.target_language = "en";
  Document doc = extract(kGermanPageWithoutLang, options);
  EXPECT_TRUE(doc.text.empty());
  options.target_language = "de";
  EXPECT_FALSE(extract(kGermanPageWithoutLang, options).text.empty());
}

// A template's leftover lang="en" on a long German text gives way to the text;
// a declared language that the text bears out is kept.
TEST(LanguageTest, LongTextOverridesAWrongDeclaration) {
  std::string page = kGermanPageWithoutLang;
  std::string declared_en = page;
  declared_en.replace(declared_en.find("<html>"), 6, "<html lang=\"en-US\">");
  EXPECT_EQ(extract(declared_en).language, "de");
  std::string declared_de = page;
  declared_de.replace(declared_de.find("<html>"), 6, "<html lang=\"de\">");
  EXPECT_EQ(extract(declared_de).language, "de");
}

TEST(LanguageTest, ShortTextKeepsTheDeclaredLanguage) {
  Document doc = extract(
      "<html lang=\"en\"><body><article><p>Die Bundesregierung hat am Mittwoch neue Regeln "
      "beschlossen.</p></article></body></html>");
  EXPECT_EQ(doc.language, "en");
}

// A charset in the language field ("UTF-8", as in a real crawled template)
// declares nothing: the language comes from the next claim, else the text.
TEST(LanguageTest, CharsetInContentLanguageIsNoLanguage) {
  const std::string head = "<html><head><meta http-equiv=\"Content-Language\" content=\"UTF-8\">";
  const std::string body =
      "</head><body><article><p>Die Bundesregierung hat am Mittwoch neue Regeln beschlossen.</p>"
      "</article></body></html>";
  EXPECT_EQ(extract(head + body).language, "de");
  const std::string json_ld =
      "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"inLanguage\": \"de-AT\"}</script>";
  EXPECT_EQ(extract(head + json_ld + body).language, "de");
}

}  // namespace
}  // namespace pith
