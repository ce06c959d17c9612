// A page of several stories of one template (an endless-scroll news page
// appends the next stories, each under its own <h1>, below the first): the
// story is the one under the page's title heading, not the longest.
#include <gtest/gtest.h>

#include <string>

#include "extract_test_util.h"
#include "test_files.h"

namespace pith::extraction {
namespace {

using testing::contains;

std::string extract_page(const std::string& relative, const ScoringParams& params = {}) {
  const std::string bytes = test::read_file(PITH_SHARED_DIR "/datasets/" + relative);
  EXPECT_FALSE(bytes.empty()) << "missing shared dataset page " << relative;
  dom::Document doc = html::parse(bytes);
  std::string title;
  // The extractor matches headings against the page title; pass the <title>.
  size_t open = bytes.find("<title>"), close = bytes.find("</title>");
  if (open != std::string::npos && close != std::string::npos && close > open)
    title = bytes.substr(open + 7, close - open - 7);
  return output::write_text(extract_content(doc, extraction::Settings{}, title, params).content);
}

constexpr const char* kPage = "trafilatura/pages/hoy.com-daran.html";

TEST(TitleTwin, StoryUnderTheTitleWinsOverALongerNextStory) {
  // trafilatura/hoy.com-daran: article-0 (the page's story) and three more
  // <article class=entry-main-content> appended below; article-3 is longest.
  std::string text = extract_page(kPage);
  EXPECT_TRUE(contains(text, "Hermanos Franciscanos Capuchinos realizarán")) << text;
  EXPECT_TRUE(contains(text, "cuidado que se debe tener con respecto a la"));
}

TEST(TitleTwin, SwitchedOffByItsParameter) {
  ScoringParams params;
  params.title_twin_fraction = 0;
  std::string text = extract_page(kPage, params);
  EXPECT_FALSE(contains(text, "Hermanos Franciscanos Capuchinos realizarán")) << text;
}

}  // namespace
}  // namespace pith::extraction
