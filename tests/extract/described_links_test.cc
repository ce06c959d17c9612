// Lists the article keeps: an item that is a link followed by its description
// stays with the rest of its list, however much of it is linked, and so does
// an item that is a sentence with links in it; bare links and lists the
// content keeps only one item of still go.
#include <gtest/gtest.h>

#include <string>

#include "extract_test_util.h"

namespace pith::extraction {
namespace {

using testing::contains;
using testing::extract_dataset_page;
using testing::prose;
using testing::run;

std::string page_with_list(const std::string& items) {
  return "<html><body><article><h1>Gear for the river</h1><p>" + prose(3) + "</p><ul>" + items +
         "</ul><p>" + prose(3, "the lake") + "</p></article></body></html>";
}

// Two unlinked items: a list the content keeps.
constexpr const char* kKeptItems =
    "<li>A sturdy paddle made of ash and varnished twice</li>"
    "<li>A dry bag that keeps a phone and a map safe</li>";

TEST(DescribedLinks, LinkedItemWithADescriptionStaysInAKeptList) {
  auto e = run(page_with_list(std::string(kKeptItems) +
                              "<li><a href='/boat'>Folding kayak with a rudder and two seats</a> "
                              "(normally $899)</li>"));
  EXPECT_TRUE(contains(e.text, "sturdy paddle")) << e.text;
  EXPECT_TRUE(contains(e.text, "Folding kayak with a rudder and two seats (normally $899)")) << e.text;
}

TEST(DescribedLinks, BareLinkAndLinkListsStillGo) {
  auto kept_list = run(page_with_list(std::string(kKeptItems) +
                                      "<li><a href='/boat'>Folding kayak with a rudder and two seats</a></li>"));
  EXPECT_FALSE(contains(kept_list.text, "Folding kayak")) << kept_list.text;
  auto link_list = run(page_with_list(
      "<li>A sturdy paddle made of ash</li>"
      "<li><a href='/1'>Another story about the river and its banks</a> (archive, May 3)</li>"
      "<li><a href='/2'>A third story about the river and its fish</a> (archive, May 2)</li>"
      "<li><a href='/3'>A fourth story about the river and its bridges</a> (archive, May 1)</li>"));
  EXPECT_FALSE(contains(link_list.text, "Another story")) << link_list.text;
}

TEST(DescribedLinks, ASentenceWithLinksInALoneItemStays) {
  // readability/firefox-nightly-blog: a section's one item, mostly linked but a sentence.
  auto sentence = run(page_with_list("<li>Neil has patches up to <a href='/1'>improve the behaviour of the tab "
                                     "unloader</a>, and <a href='/2'>show UI when subframes crash</a></li>"));
  EXPECT_TRUE(contains(sentence.text, "Neil has patches up to improve the behaviour")) << sentence.text;
  // A linked headline with a few words beside it is still a link.
  auto headline = run(page_with_list("<li><a href='/1'>Another story about the river and its banks and its "
                                     "bridges and its fish</a> (archive, May 3)</li>"));
  EXPECT_FALSE(contains(headline.text, "Another story")) << headline.text;
}

TEST(DescribedLinks, DealsLinkedEndToEndStayBesideTheFewWithUnlinkedCodes) {
  // dragnet/R706: a list of deals, each linked to its shop; the two whose
  // coupon code is unlinked were all the list that stayed.
  std::string text = extract_dataset_page("dragnet/pages/R706.html");
  EXPECT_TRUE(contains(text, "Logitech Z623 2.1 THX Certified Speaker System")) << text;
  EXPECT_TRUE(contains(text, "15.6\" Toshiba Satellite S850-BT3N22")) << text;
  EXPECT_TRUE(contains(text, "Canon PowerShot SX230 HS")) << text;
}

TEST(DescribedLinks, IngredientWithALinkedProductKeepsItsLine) {
  // trafilatura/youhadmeatgardening.com.lemon: a supplies list whose items
  // link to a shop; the linked ones used to drop out of the list.
  std::string text = extract_dataset_page("trafilatura/pages/youhadmeatgardening.com.lemon.html");
  EXPECT_TRUE(contains(text, "Sterile citrus soil mix OR peat, perlite, vermiculite, and organic fertilizer"))
      << text;
}

}  // namespace
}  // namespace pith::extraction
