// Captions set as paragraphs of their own, told by their image label
// ("Abbildung 4: …": out of the text by default, kept when recall is favoured)
// or by the credit they end in ("… | © Getty Images": out, as © lines are).
#include <gtest/gtest.h>

#include <string>

#include "extract_test_util.h"

namespace pith::extraction {
namespace {

using testing::contains;
using testing::prose;
using testing::run;

std::string page() {
  return "<html><body><article><h1>Snow layers</h1><p>" + prose(3) + "</p>"
         "<p><img src='a.jpg'></p><p>Abbildung 4: klassische Schwachschicht im Profil.</p>"
         "<p>" + prose(3, "the lake") + "</p>"
         "<p>Figure skating: " + prose(1, "the rink") + "</p></article></body></html>";
}

TEST(LabelledCaption, LeftOutOfTheArticle) {
  auto e = run(page());
  EXPECT_FALSE(contains(e.text, "Abbildung 4")) << e.text;
  EXPECT_TRUE(contains(e.text, "the lake")) << e.text;
  EXPECT_TRUE(contains(e.text, "Figure skating: ")) << e.text;
}

TEST(LabelledCaption, KeptWhenRecallIsFavoured) {
  extraction::Settings settings;
  settings.favor = Favor::Recall;
  auto e = run(page(), settings);
  EXPECT_TRUE(contains(e.text, "Abbildung 4: klassische Schwachschicht")) << e.text;
}

TEST(LabelledCaption, ALabelCellOfADataTableStays) {
  auto e = run("<html><body><article><h1>Our team</h1><p>" + prose(3) + "</p><table>"
               "<tr><td>Abbildung 1:</td><td>Karte des Gletschers im Sommer</td></tr>"
               "<tr><td>Text:</td><td>John Doe, reporter</td></tr></table><p>" + prose(3, "the lake") +
               "</p></article></body></html>");
  EXPECT_TRUE(contains(e.text, "Abbildung 1:")) << e.text;
}

TEST(LabelledCaption, RealPageLosesItsFigureLines) {
  // trafilatura/baechli-bergsport.ch-lawinen: eight "Abbildung N:" lines
  // under the figures of an article on avalanches.
  std::string text = testing::extract_dataset_page("trafilatura/pages/baechli-bergsport.ch-lawinen.html");
  EXPECT_FALSE(contains(text, "Abbildung 8: Vorgehensweise")) << text;
  EXPECT_FALSE(contains(text, "Abbildung 4: klassische Schwachschicht")) << text;
  EXPECT_TRUE(contains(text, "Meist sind die Schwachschichten so dünn")) << text;
}

TEST(CreditedCaption, ACaptionEndingInItsCreditGoes) {
  // golf.de: "Waren gute Freunde: Lee Elder und Gary Player. | © PGA of America via Getty Images".
  auto e = run("<html><body><article><h1>Masters</h1><p>" + prose(3) + "</p><p>Waren gute Freunde: Lee Elder "
               "und Gary Player. | \xC2\xA9 PGA of America via Getty Images</p><p>" + prose(3, "the lake") +
               "</p><p>The club has held the \xC2\xA9 mark on its logo since 1934, and its lawyers defend it "
               "against every copy they find.</p></article></body></html>");
  EXPECT_FALSE(contains(e.text, "Waren gute Freunde")) << e.text;
  EXPECT_TRUE(contains(e.text, "the lake")) << e.text;
  EXPECT_TRUE(contains(e.text, "The club has held the")) << e.text;
}

}  // namespace
}  // namespace pith::extraction
