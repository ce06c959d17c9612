// An "ads" class on a section of long unlinked prose (a layout that reserves ad
// slots inside article sections) does not make the section an ad; a real ad box
// (a short teaser, or mostly links) still goes.
#include <gtest/gtest.h>

#include <string>

#include "extract_test_util.h"

namespace pith::extraction {
namespace {

using testing::contains;
using testing::prose;
using testing::run;

TEST(AdMarkedSection, ProseUnderAnAdsModifierIsTheArticle) {
  auto e = run("<html><body><main><article><h1>Grill test</h1>"
               "<section class='Report__Section Report__Section--Ads'><p>" + prose(12) + "</p></section>"
               "<section class='Report__Section Report__Section--Ads'><p>" + prose(12, "the steak") +
               "</p></section></article></main></body></html>");
  EXPECT_TRUE(contains(e.text, "the river")) << e.text;
  EXPECT_TRUE(contains(e.text, "the steak")) << e.text;
}

TEST(AdMarkedSection, AShortAdTeaserStillGoes) {
  auto e = run("<html><body><article><h1>Grill test</h1><p>" + prose(6) + "</p>"
               "<div class='ad-box'><p>Buy the new grill now, only this week, at a special price for you.</p></div>"
               "<p>" + prose(6, "the steak") + "</p></article></body></html>");
  EXPECT_FALSE(contains(e.text, "special price")) << e.text;
  EXPECT_TRUE(contains(e.text, "the steak")) << e.text;
}

TEST(AdMarkedSection, RealPageKeepsItsTestReport) {
  // trafilatura/chip.de.beef: every section of the report carries
  // "TestReport__Section--Ads"; the page came out as its headline alone.
  std::string text = testing::extract_dataset_page("trafilatura/pages/chip.de.beef.html");
  EXPECT_TRUE(contains(text, "Das Besondere an dem Beef Maker")) << text;
  EXPECT_TRUE(contains(text, "Wichtige Tipps vor dem ersten Gebrauch")) << text;
}

}  // namespace
}  // namespace pith::extraction
