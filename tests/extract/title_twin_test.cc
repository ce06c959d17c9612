// A page of several stories of one template (an endless-scroll news page
// appends the next stories, each under its own <h1>, below the first): the
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

TEST(TitleTwin, SwitchedOffByItsParameter) {
  ScoringParams params;
  params.title_twin_fraction = 0;
  std::string text = extract_dataset_page(kPage, params, PageTitle::TitleElement);
  EXPECT_FALSE(contains(text, "Hermanos Franciscanos Capuchinos realizarán")) << text;
}

}  // namespace
}  // namespace pith::extraction
