// The site's sign-off under a story (its app, its newsletter, "Sign up here")
// leaves the end of the content even when it is longer than a promo may be
// elsewhere; the same words inside the story stay.
#include <gtest/gtest.h>

#include <string>

#include "extract_test_util.h"

namespace pith::extraction {
namespace {

using testing::contains;
using testing::prose;
using testing::run;

const char kAppSignOff[] =
    "For the latest stories, breaking news updates and our daily podcast, download the Island News "
    "apps for iOS and Android.";

TEST(TrailingPromo, TheSignOffGoes) {
  auto e = run("<html><body><article><h1>Schools reopen</h1><p>" + prose(4) + "</p><p>" + prose(3, "the lake") +
               "</p><p>" + std::string(kAppSignOff) + "</p></article></body></html>");
  EXPECT_FALSE(contains(e.text, "download the Island News apps")) << e.text;
  EXPECT_TRUE(contains(e.text, "the lake")) << e.text;
}

TEST(TrailingPromo, TheSameWordsInsideTheStoryStay) {
  auto e = run("<html><body><article><h1>Schools reopen</h1><p>" + prose(4) + "</p><p>" +
               std::string(kAppSignOff) + "</p><p>" + prose(3, "the lake") + "</p></article></body></html>");
  EXPECT_TRUE(contains(e.text, "download the Island News apps")) << e.text;
}

TEST(TrailingPromo, RealPageLosesItsNewsletterCall) {
  // trafilatura/refinery29.com.single: "Lust auf mehr? … Melde dich hier für
  // unseren Newsletter an!" closed the article.
  std::string text = testing::extract_dataset_page("trafilatura/pages/refinery29.com.single.html");
  EXPECT_FALSE(contains(text, "Melde dich hier für unseren Newsletter")) << text;
  EXPECT_TRUE(contains(text, "Während der Feiertage gibt es zahlreiche Gelegenheiten")) << text;
}

}  // namespace
}  // namespace pith::extraction
