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

TEST(EchoedCaption, AParagraphRepeatingItsImageAltGoes) {
  // elmundo.es: "<img alt='Izaskun Lesaka.' title='Izaskun Lesaka.'><p>Izaskun Lesaka.</p>".
  auto e = run("<html><body><article><h1>ETA</h1><p>" + prose(3) + "</p><div class=foto><img src=a.jpg "
               "alt='Izaskun Lesaka.' title='Izaskun Lesaka.'><p>Izaskun  Lesaka</p></div><p>" +
               prose(3, "the lake") + "</p><img src=b.jpg alt='A view of the lake'><p>" + prose(2, "the dam") +
               "</p><p>A view of the lake</p><p>" + prose(2, "the weir") + "</p></article></body></html>");
  EXPECT_FALSE(contains(e.text, "Izaskun")) << e.text;
  EXPECT_TRUE(contains(e.text, "the lake")) << e.text;
  // Text between the image and the repeat: the paragraph is the article's own.
  EXPECT_TRUE(contains(e.text, "A view of the lake")) << e.text;
}

TEST(EchoedCaption, RealPageLosesItsPhotoCaption) {
  // dragnet/R565 (CNN): the photo's alt repeated in the caption under it.
  std::string text = testing::extract_dataset_page("dragnet/pages/R565.html");
  EXPECT_FALSE(contains(text, "order food at a Wendy's")) << text;
  EXPECT_TRUE(contains(text, "In the end, the Etch A Sketch didn't work.")) << text;
}

TEST(CaptionClass, ALeadPictureBoxJoinedToTheStoryKeepsItsCaptionMark) {
  // liberation.fr: the lead picture's box between the headline and the story
  // joins the content as a root of its own, all caption; so do other
  // languages' words for a caption.
  for (std::string_view cls : {"caption", "legende", "leyenda", "didascalia"}) {
    auto e = run("<html><body><div class=article><div class=object-header><h1>Ayrault assume sa méthode</h1>"
                 "</div><div class=object-picture><img src=a.jpg><div class=" + std::string(cls) + ">Jean-Marc "
                 "Ayrault, le 27 octobre 2012 à Toulouse (Photo Lionel Bonaventure)</div></div><div class="
                 "'object-content text'><p>" + prose(3) + "</p><p>" + prose(3, "the lake") + "</p></div></div>"
                 "</body></html>");
    EXPECT_FALSE(contains(e.text, "Toulouse")) << cls << ": " << e.text;
    EXPECT_TRUE(contains(e.text, "the lake")) << e.text;
  }
}

}  // namespace
}  // namespace pith::extraction
