// A short box whose class promises content ("content" in a sidebar, a footer's
// "futer_content", a "teaser-text") must not beat an article whose wrapper has
// no telling name: when the winner leads only by its class bonus and a rival
// holds several times its prose, the rival is the article.
#include <gtest/gtest.h>

#include <string>

#include "extract_test_util.h"

namespace pith::extraction {
namespace {

using testing::contains;
using testing::extract_dataset_page;

TEST(ClassBonusRival, SidebarContentBoxLosesToTheArticle) {
  // trafilatura/sonntag-sachsen: a 184-character div.content in a sidebar
  // block against div.full_articel.
  std::string text = extract_dataset_page("trafilatura/pages/sonntag-sachsen.de.emanuel.html");
  EXPECT_TRUE(contains(text, "Neuer Geschäftsführender Leiter")) << text;
  EXPECT_TRUE(contains(text, "nach Leipzig wechseln."));
  EXPECT_FALSE(contains(text, "Frankfurter Buchmesse 2019"));
}

TEST(ClassBonusRival, FooterContentBoxLosesToTheArticle) {
  // trafilatura/auto-wirtschaft: the footer's "futer_content" blurb against
  // div.news_detail.
  std::string text = extract_dataset_page("trafilatura/pages/auto-wirtschaft.ch-camping.html");
  EXPECT_TRUE(contains(text, "An fünf Messetagen")) << text;
  EXPECT_TRUE(contains(text, "Thule-Markise sowie"));
  EXPECT_FALSE(contains(text, "Recherchiert von Profis für Profis."));
}

TEST(ClassBonusRival, TeaserTextLosesToTheArticle) {
  // trafilatura/bund-naturschutz: a standfirst div.teaser-text against the
  // unnamed body div.rte.
  std::string text = extract_dataset_page("trafilatura/pages/bund-naturschutz.de-habeck.html");
  EXPECT_TRUE(contains(text, "Wir appellieren an die Ampelkoalition, dies")) << text;
  EXPECT_TRUE(contains(text, "Bekämpfung der Klimakrise verlieren"));
}

TEST(ClassBonusRival, QuotedLinesAreProseAndAWidgetIsNoRival) {
  // trafilatura/gnaur: a post of three quoted lines („…“) under div.post
  // against the "%d Bloggern gefällt das:" box of the likes widget. The lines
  // end in a closing quotation mark, which closes a sentence.
  std::string text = extract_dataset_page("trafilatura/pages/gnaur.wordpress.com.moglichkeit.html");
  EXPECT_TRUE(contains(text, "sollte das vielleicht nicht sagen")) << text;
  EXPECT_TRUE(contains(text, "„Dann sag es nicht“"));
  EXPECT_FALSE(contains(text, "Bloggern gefällt das"));
}

TEST(ClassBonusRival, SwitchedOffByItsParameter) {
  ScoringParams params;
  params.rival_prose_ratio = 0;
  std::string text = extract_dataset_page("trafilatura/pages/sonntag-sachsen.de.emanuel.html", params);
  EXPECT_FALSE(contains(text, "nach Leipzig wechseln.")) << text;
}

}  // namespace
}  // namespace pith::extraction
