// A page of several stories of one template (an endless-scroll news page
// appends the next stories, each under its own headline, below the first): the
// story is the one under the page's title heading, not the longest.
#include <gtest/gtest.h>

#include <string>

#include "extract_test_util.h"

namespace pith::extraction {
namespace {

using testing::contains;
using testing::extract_dataset_page;
using testing::PageTitle;

constexpr const char* kPage = "trafilatura/pages/hoy.com-daran.html";

TEST(TitleTwin, StoryUnderTheTitleWinsOverALongerNextStory) {
  // trafilatura/hoy.com-daran: article-0 (the page's story) and three more
  // <article class=entry-main-content> appended below; article-3 is longest.
  std::string text = extract_dataset_page(kPage, {}, PageTitle::TitleElement);
  EXPECT_TRUE(contains(text, "Hermanos Franciscanos Capuchinos realizarán")) << text;
  EXPECT_TRUE(contains(text, "cuidado que se debe tener con respecto a la"));
}

TEST(TitleTwin, StoriesUnderH2HeadlinesAndDeepWrappers) {
  // trafilatura/correctiv: thirteen collapsed stories of one template, each
  // an <article> whose <h2> headline sits in a header five wrappers above
  // its div.detail__content; the page's story (its <title>) is the first, the
  // second scores highest. The twin alone is the article: the other twelve
  // are not alternatives to widen the choice over.
  std::string text =
      extract_dataset_page("trafilatura/pages/correctiv.org.zusage.html", {}, PageTitle::TitleElement);
  EXPECT_TRUE(contains(text, "Vorweg: Die beteiligten AfD-Politiker")) << text.substr(0, 300);
  EXPECT_TRUE(contains(text, "ist heute Abend um 21 Uhr auch im ZDF-Magazin Frontal"));
  EXPECT_FALSE(contains(text, "Wie so viele Geschichten über den Spendenskandal"));
  EXPECT_FALSE(contains(text, "Viele Führungsköpfe der SA seien echte Juden gewesen"));
}

TEST(TitleTwin, SwitchedOffByItsParameter) {
  ScoringParams params;
  params.title_twin_fraction = 0;
  std::string text = extract_dataset_page(kPage, params, PageTitle::TitleElement);
  EXPECT_FALSE(contains(text, "Hermanos Franciscanos Capuchinos realizarán")) << text;
}

}  // namespace
}  // namespace pith::extraction
