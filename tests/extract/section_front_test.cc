// A section front (story after story: a headline linking to the story, its
// summary, "see also" links) is not an article: the text is empty and the
// warning says why, whether the headlines went as links or stayed as inline
// ones. A list article whose items sit under linked headings keeps its text.
#include <gtest/gtest.h>

#include <string>

#include "extract_test_util.h"

namespace pith::extraction {
namespace {

using testing::contains;
using testing::prose;
using testing::run;

std::string story(int n, const std::string& summary) {
  const std::string id = std::to_string(n);
  return "<div id='story-" + id + "' class='story-" + id + "'><h2><a href='/news/health-" + id + "'>Story " + id +
         " makes the news</a></h2><p>" + summary + "</p><ul class='see-also'><li><a href='/news/a" + id +
         "'>An older story</a></li><li><a href='/news/b" + id + "'>Another older story</a></li></ul></div>";
}

bool says_index(const testing::Extracted& e) {
  for (const std::string& w : e.result.warnings)
    if (contains(w, "index of other stories")) return true;
  return false;
}

TEST(SectionFront, SummariesUnderLinkedHeadlinesAreNoArticle) {
  const std::string summary = "Genetic markers which could help highlight who is at risk of a disease have been "
                              "identified by scientists in a study of thousands of patients.";
  auto e = run("<html><body><div id='main'><h1>Health</h1>" + story(1, summary) + story(2, summary) +
               story(3, summary) + "</div></body></html>");
  EXPECT_TRUE(e.text.empty()) << e.text;
  EXPECT_TRUE(says_index(e));
  EXPECT_LT(e.result.confidence, 0.1);
}

TEST(SectionFront, InlineLinkedHeadlinesOverSummariesAreNoArticle) {
  // The headlines sit between prose-long summaries, so they stay as inline
  // related headlines; the page is still nothing but other stories.
  const std::string summary = "Increasing potassium in our diets as well as cutting down on salt will reduce blood "
                              "pressure levels and the risk of stroke, say studies in a medical journal.";
  std::string page = "<html><body><div id='main'>";
  for (int n = 1; n <= 4; ++n)
    page += "<h2><a href='/news/health-" + std::to_string(n) + "'>Story " + std::to_string(n) +
            " makes the news</a></h2><p>" + summary + "</p>";
  auto e = run(page + "</div></body></html>");
  EXPECT_TRUE(e.text.empty()) << e.text;
  EXPECT_TRUE(says_index(e));
}

TEST(SectionFront, AListArticleUnderLinkedHeadingsStays) {
  std::string page = "<html><body><article><h1>Four games worth buying</h1><p>" + prose(3) + "</p>";
  for (int n = 1; n <= 4; ++n)
    page += "<h3><a href='https://example.com/game-" + std::to_string(n) + "'>Game " + std::to_string(n) +
            " ($30)</a></h3><p>A short review of this game, which is fun to play.</p>";
  auto e = run(page + "</article></body></html>");
  EXPECT_TRUE(contains(e.text, "Engineers studied the river")) << e.text;
  EXPECT_TRUE(contains(e.text, "A short review of this game")) << e.text;
  EXPECT_FALSE(says_index(e));
}

TEST(SectionFront, RealSectionFrontsAreEmpty) {
  // cleanportaleval's BBC health and entertainment fronts (their gold is empty).
  EXPECT_EQ(testing::extract_dataset_page("cleanportaleval/pages/bbc.co.uk_news_04.html"), "");
  EXPECT_EQ(testing::extract_dataset_page("cleanportaleval/pages/bbc.co.uk_news_05.html"), "");
  EXPECT_NE(testing::extract_dataset_page("cleanportaleval/pages/bbc.co.uk_news_06.html"), "");
}

}  // namespace
}  // namespace pith::extraction
