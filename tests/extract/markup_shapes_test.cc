// How markup shapes read: paragraphs set inside a heading, a CMS's field
// labels, a picture's own labels inside its <figure>, an encyclopedia's lead
// sentence that links most of its words.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "extract_test_util.h"

namespace pith::extraction {
namespace {

using testing::contains;
using testing::prose;
using testing::run;

TEST(MarkupShapes, ParagraphsInsideHeadingsAreHeadings) {
  // "<h1><p>Title</p></h1>" is the page's headline, "<h2><p>…</p></h2>" a subhead.
  auto e = run("<body><article><h1><p>The Middle Manager's Oath.</p></h1><p>" + prose(3) + "</p><h2><p>Second "
               "thoughts</p></h2><p>" + prose(3, "the lake") + "</p></article></body>",
               {}, "The Middle Manager's Oath.");
  EXPECT_FALSE(contains(e.text, "Oath")) << e.text;
  EXPECT_TRUE(contains(e.markdown, "\n## Second thoughts\n")) << e.markdown;
  // A kicker and a headline, each a paragraph of the <h1>.
  auto kicker = run("<body><article><h1><p>Theatre:</p><p>Water everywhere</p></h1><p>" + prose(3) +
                    "</p></article></body>", {}, "Theatre: Water everywhere");
  EXPECT_FALSE(contains(kicker.text, "Water everywhere")) << kicker.text;
  auto bare = run("<body><article><h1>Theatre: <p>Water everywhere</p></h1><p>" + prose(3) +
                  "</p></article></body>", {}, "Theatre: Water everywhere");
  EXPECT_FALSE(contains(bare.text, "Water everywhere")) << bare.text;
  // An <h1> left open over the article: its paragraphs stay paragraphs, the last one too.
  auto open = run("<body><div><h1><a href='/'>River survey</a><p>Engineers studied the river for years, and "
                  "they measured its flow, its depth and its temperature in every season. Engineers studied the "
                  "river for years.</p><p>Volunteers counted the seals on the mudflats this spring, the highest "
                  "number since the survey began, and more than twice the count of a decade ago.</p><p>Water "
                  "samples show nitrate levels down by a third since 2015. Fish stocks have followed, and with "
                  "them the seals, which feed on flatfish.</p></div></body>", {}, "River survey");
  EXPECT_TRUE(contains(open.text, "Water samples show nitrate levels")) << open.text;
}

TEST(MarkupShapes, AnEncyclopediaLeadKeepsItsLinks) {
  // Wikipedia's first sentence links most of its words; it is the article's, not a link list.
  auto link = [](std::string_view t) { return "<a href='/wiki/" + std::string(t) + "'>" + std::string(t) + "</a>"; };
  std::string html = "<body><div id=content><table><tr><td>Population</td><td>84</td></tr></table><p><b>Escopete</b> "
                     "is a " + link("municipality") + " of the " + link("province of Guadalajara") + ", in the " +
                     link("autonomous community") + " of " + link("Castile-La Mancha") + ", " + link("Spain") + ", " +
                     link("comarca") + " of " + link("La Alcarria") + ".</p><p>Its " + link("population") + " was 84 "
                     "in " + link("2007") + ", on an area of 19 square kilometres, with a density of four people to a "
                     "square kilometre.</p><p>" + prose(3) + "</p><p>\xC3\x80 lire aussi \xC2\xBB " + link("Other story") +
                     ", " + link("and another") + " and more.</p><p>" + prose(2, "the lake") + "</p></div></body>";
  auto e = run(html);
  EXPECT_TRUE(contains(e.text, "Escopete is a municipality of the province of Guadalajara")) << e.text;
  EXPECT_FALSE(contains(e.text, "lire aussi")) << e.text;
}

TEST(MarkupShapes, APicturesOwnLabelsLeaveWithItsCaption) {
  // The New York Times' screen-reader "Image" above each picture, a gallery counter; a table set
  // as a figure keeps its cells.
  auto e = run("<body><article><p>" + prose(3) + "</p><figure><div><span class=css-1dv1kvn>Image</span><img "
               "src=/a.jpg></div><figcaption>Workers at the dam.</figcaption></figure><figure><p>Bild 1 von 9</p>"
               "<img src=/b.jpg></figure><p>" + prose(3, "the lake") + "</p><figure class=wp-block-table><table><tr>"
               "<td>Tier</td><td>Fee</td></tr><tr><td>Under $10k</td><td>0.60%</td></tr></table></figure>"
               "</article></body>");
  EXPECT_FALSE(contains(e.text, "Image")) << e.text;
  EXPECT_FALSE(contains(e.text, "Bild 1 von 9")) << e.text;
  EXPECT_TRUE(contains(e.text, "Under $10k")) << e.text;
  EXPECT_TRUE(contains(e.text, "the lake")) << e.text;
}

TEST(MarkupShapes, CmsFieldLabelsLeave) {
  // Drupal sets a label above each field: "Episode Description:" names the text below it.
  auto e = run("<body><article><div class='field'><div class='field-label'>Episode Description:&nbsp;</div>"
               "<div class='field-items'><p>" + prose(3) + "</p></div></div><p>" + prose(3, "the lake") +
               "</p></article></body>");
  EXPECT_FALSE(contains(e.text, "Episode Description")) << e.text;
  EXPECT_TRUE(contains(e.text, "the lake")) << e.text;
}

TEST(MarkupShapes, ControlLabelsLeaveButTableCellsStay) {
  // Labels a page leaves between paragraphs with no class to tell them by; a
  // table's "Pause" column (a training plan) is its own.
  auto e = run("<body><article><p>" + prose(3) + "</p><p>Story continues below advertisement</p><p>Ad</p><p>" +
               prose(3, "the lake") + "</p><div>Save</div><table><tr><td>Distance</td><td>Pause</td></tr><tr>"
               "<td>400 m</td><td>30 s</td></tr></table><p>" + prose(2, "the dam") + "</p></article></body>");
  EXPECT_FALSE(contains(e.text, "continues below")) << e.text;
  EXPECT_FALSE(contains(e.text, "\nAd\n")) << e.text;
  EXPECT_FALSE(contains(e.text, "\nSave\n")) << e.text;
  EXPECT_TRUE(contains(e.text, "Distance | Pause")) << e.text;
}

TEST(MarkupShapes, AScriptsHiddenProbesAreNoText) {
  // Reuters' breakpoint detector: spans named for CSS breakpoints, hidden by the stylesheet.
  auto e = run("<body><article><p>" + prose(3) + "</p><p>" + prose(3, "the lake") + "</p><div><span>for-phone-only"
               "</span><span>for-tablet-portrait-up</span><span>for-desktop-up</span></div></article></body>");
  EXPECT_FALSE(contains(e.text, "for-phone")) << e.text;
  auto kept = run("<body><article><p>" + prose(3) + "</p><p>state-of-the-art</p><p>" + prose(3, "the lake") +
                  "</p></article></body>");
  EXPECT_TRUE(contains(kept.text, "state-of-the-art")) << kept.text;  // three joins, too short to be a probe
}

TEST(MarkupShapes, AVideosOwnMicrodataBoxIsItsCaption) {
  // USA Today sets a video's description in its VideoObject box above the story;
  // on a page that is the video, the description is all there is and stays.
  const std::string box = "<div itemscope itemtype='http://schema.org/VideoObject'><video src=a.mp4></video>"
                          "<p itemprop=description>Travellers at the airport talk about the screening measures "
                          "in place to stop the disease.</p></div>";
  auto story = run("<body><article>" + box + "<p>" + prose(3) + "</p><p>" + prose(3, "the lake") +
                   "</p></article></body>");
  EXPECT_FALSE(contains(story.text, "Travellers")) << story.text;
  auto video_page = run("<body><main>" + box + "</main></body>");
  EXPECT_TRUE(contains(video_page.text, "Travellers")) << video_page.text;
}

TEST(MarkupShapes, ASmallBoxJoinedAsARootKeepsItsCaptionMark) {
  // viconsortium's summary sits in a credit-marked box ("summary-credit") that the content
  // joins as a root of its own: it stays out (the gold's "without"), the story stays in.
  const std::string text = testing::extract_dataset_page("trafilatura/pages/viconsortium.com-cocaine.html");
  EXPECT_FALSE(contains(text, "AMO found Sunday 475 pounds of cocaine")) << text;
  EXPECT_TRUE(contains(text, "AMO agents requested assistance from a Puerto")) << text;
  EXPECT_TRUE(contains(text, "U.S. Customs and Border Protection")) << text;
}

}  // namespace
}  // namespace pith::extraction
