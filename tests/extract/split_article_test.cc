// An article split into several wrappers of one class, each in its own parent
// with an ad or related-links slot between them: all of it is the content.
// A blog front page, whose posts are wrappers of one class under linked
// headlines, is not one article.
#include <gtest/gtest.h>

#include <string>

#include "extract_test_util.h"
#include "test_files.h"

namespace pith::extraction {
namespace {

using testing::contains;
using testing::prose;

// `headline` goes before each part.
std::string split_page(std::string_view headline) {
  std::string html = "<html><body><h1>Rivers of the north</h1>";
  html += "<div class=\"wrap\">" + std::string(headline) + "<div class=\"story-body story-body-1\"><p>Opening part. " + prose(3) +
          "</p></div><aside class=\"related\"><h2>Related</h2><ul><li><a href=\"/a\">Other story</a></li>"
          "</ul></aside></div>";
  html += "<div class=\"wrap\">" + std::string(headline) +
          "<div class=\"story-body story-body-2\"><p>Closing part. " + prose(6, "the lake") + "</p><p>" +
          prose(5, "the delta") + "</p></div><aside class=\"related\"><h2>More</h2><ul><li>" +
          "<a href=\"/b\">Another story</a></li></ul></aside></div>";
  html += "</body></html>";
  return html;
}

TEST(SplitArticle, WrappersOfTheContainersClassJoin) {
  testing::Extracted e = testing::run(split_page(""));
  EXPECT_TRUE(contains(e.text, "Opening part.")) << e.text;
  EXPECT_TRUE(contains(e.text, "Closing part."));
  EXPECT_FALSE(contains(e.text, "Other story"));
}

TEST(SplitArticle, SwitchedOffByItsParameter) {
  dom::Document doc = html::parse_utf8(split_page(""));
  ScoringParams params;
  params.cousin_levels = 0;
  std::string text = output::write_text(extract_content(doc, extraction::Settings{}, {}, params).content);
  EXPECT_FALSE(contains(text, "Opening part.")) << text;
  EXPECT_TRUE(contains(text, "Closing part."));
}

TEST(SplitArticle, WrapperUnderALinkedHeadlineIsAnotherStory) {
  testing::Extracted e = testing::run(split_page("<h2><a href=\"/post\">A post</a></h2>"));
  EXPECT_FALSE(contains(e.text, "Opening part.")) << e.text;
  EXPECT_TRUE(contains(e.text, "Closing part."));
}

TEST(SplitArticle, RealPageKeepsItsOpeningParagraphs) {
  // readability/nytimes-2: the first four paragraphs sit in story-body-1, the
  // rest in story-body-2 after a related-coverage slot.
  const std::string bytes = test::read_file(PITH_SHARED_DIR "/datasets/readability/pages/nytimes-2.html");
  ASSERT_FALSE(bytes.empty()) << "missing shared dataset";
  dom::Document doc = html::parse(bytes);
  std::string text = output::write_text(extract_content(doc, extraction::Settings{}, {}).content);
  EXPECT_TRUE(contains(text, "is a complicated beast, showing how different acquisition structures")) << text;
  EXPECT_TRUE(contains(text, "The sale is being done in two steps."));
  EXPECT_FALSE(contains(text, "Related Coverage"));
}

}  // namespace
}  // namespace pith::extraction
