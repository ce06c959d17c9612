// The end of the content: label-like scraps go, but a run of short lines that
// is the article's own (tour dates) stays, and digits alone do not make a
// line a date line; a rail of other stories under a "Don't Miss" heading goes,
// the article's paragraph under an inline "Leggi anche:" stays; a heading
// whose section all went goes.
#include <gtest/gtest.h>

#include <string>

#include "extract/rail_heading.h"
#include "extract_test_util.h"

namespace pith::extraction {
namespace {

using testing::contains;
using testing::prose;
using testing::run;

std::string article(const std::string& tail) {
  return "<html><body><article><h1>The band tours Europe</h1><p>" + prose(3) + "</p><p>" +
         prose(2, "the lake") + "</p>" + tail + "</article></body></html>";
}

TEST(ContentEdges, ALabelEndingTheContentGoes) {
  auto e = run(article("<p>Kontakt</p>"));
  EXPECT_FALSE(contains(e.text, "Kontakt")) << e.text;
  EXPECT_TRUE(contains(e.text, "the lake")) << e.text;
}

TEST(ContentEdges, PrecisionModeDropsALabelLeadingIntoNothing) {
  const std::string page = article("<p>Related post:</p>");
  EXPECT_TRUE(contains(run(page).text, "Related post:"));  // the trafilatura gold keeps such labels
  Settings precise;
  precise.favor = Favor::Precision;
  auto e = run(page, precise);
  EXPECT_FALSE(contains(e.text, "Related post:")) << e.text;
  EXPECT_TRUE(contains(e.text, "the lake")) << e.text;
}

TEST(ContentEdges, ARunOfShortLinesEndingTheArticleStays) {
  auto e = run(article("<div>Their UK dates:<br>AUGUST<br>12 The HMV Forum, London<br>13 The HMV Forum, London<br>"
                       "14 O2 Apollo, Manchester</div>"));
  EXPECT_TRUE(contains(e.text, "AUGUST\n12 The HMV Forum, London\n13 The HMV Forum, London\n14 O2 Apollo, Manchester"))
      << e.text;
}

TEST(ContentEdges, NumbersWithoutADateAreNoDateLine) {
  auto e = run(article("<div>OCTOBER<br>09 Luxembourg, Rockhal (LUX)<br>10 Tilburg, 013 (NL)<br>11 Paris, Olympia (FR)</div>"
                       "<p>" + prose(1, "the sea") + "</p>"));
  EXPECT_TRUE(contains(e.text, "10 Tilburg, 013 (NL)")) << e.text;
  auto dated = run(article("<p>11 Jan 2019, 05:28</p><p>" + prose(1, "the sea") + "</p>"));
  EXPECT_FALSE(contains(dated.text, "11 Jan 2019")) << dated.text;
}

TEST(ContentEdges, RailOfOtherStoriesUnderADontMissHeadingGoes) {
  auto e = run(article("<section><h2>Don't Miss</h2><h3>Review</h3><p>Phones of the year</p>"
                       "<p>Digital stickers fill the feeds and a new tablet sells three million in three days.</p>"
                       "</section>"));
  EXPECT_FALSE(contains(e.text, "Phones of the year")) << e.text;
  EXPECT_FALSE(contains(e.text, "Digital stickers")) << e.text;
  EXPECT_TRUE(contains(e.text, "the lake")) << e.text;
}

TEST(ContentEdges, RailsFollowingEachOtherGoFromTheFirst) {
  // bbc.co.uk_news_10: "Related Stories", then "More Asia stories" whose
  // teasers are a linked headline over a summary, then "Top Stories".
  const std::string teaser = "<li><h3><a href='/s1'>Warships to track missiles</a></h3><p>South Korea deploys two "
                             "warships with missile-defence systems, reports say, after a missile moved.</p></li>";
  auto e = run(article("<h2>Related Stories</h2><ul><li><a href='/r'>Nuclear bank in the steppe</a></li></ul>"
                       "<h2><a href='/asia'>More Asia stories</a></h2><ul>" + teaser + "</ul>"
                       "<h2>Top Stories</h2><ul><li><a href='/t'>Pope calls for action</a></li></ul>"));
  EXPECT_FALSE(contains(e.text, "South Korea deploys")) << e.text;
  EXPECT_TRUE(contains(e.text, "the lake")) << e.text;
  // The story's last paragraph after an inline rail box stays (japantimes).
  auto inline_box = run(article("<div><h3>RELATED STORIES</h3><ul><li><a href='/m'>Do masks offer protection? It "
                                "depends</a></li><li><a href='/h'>Hoarding sends mask prices soaring</a></li></ul>"
                                "</div><p>The incident has occurred at a time when the country is seeing a shortage "
                                "of face masks amid the spread of the virus.</p>"));
  EXPECT_TRUE(contains(inline_box.text, "The incident has occurred")) << inline_box.text;
}

TEST(ContentEdges, ALabelLeadingIntoARailAtTheEndGoesWithIt) {
  // dragnet/513: "More world stories from NBC News:" over teasers closes the story.
  auto e = run(article("<p>More world stories from NBC News:</p><ul><li><a href='/a'>Fighting spreads in "
                       "Aleppo</a></li><li><a href='/b'>Warning over chemical weapons</a></li></ul>"
                       "<p>Follow World News on NBCNews.com</p>"));
  EXPECT_FALSE(contains(e.text, "More world stories")) << e.text;
  EXPECT_FALSE(contains(e.text, "Follow World News")) << e.text;
  EXPECT_TRUE(contains(e.text, "the lake")) << e.text;
}

TEST(ContentEdges, ArticleParagraphUnderAnInlineRailHeadingStays) {
  auto e = run(article("<h3>Leggi anche:</h3><p>" + prose(2, "the sea") + "</p>"));
  EXPECT_TRUE(contains(e.text, "the sea")) << e.text;
}

TEST(ContentEdges, ABoxUnderARailHeadingInsideTheStoryGoes) {
  // wired: "<div class=callout><div role=heading>Keep Reading</div><figure>…</figure>
  // <div role=heading aria-level=5>The latest on <a>AI</a>…</div></div>" between paragraphs.
  auto boxed = [](const std::string& box) {
    return run("<html><body><article><h1>The band tours Europe</h1><p>" + prose(3) + "</p><div class='callout'>" +
               box + "</div><p>" + prose(3, "the lake") + "</p></article></body></html>");
  };
  auto teaser = boxed("<div role='heading' aria-level='4'>Keep Reading</div><figure><img src='ai.jpg'></figure>"
                      "<div role='heading' aria-level='5'>The latest on <a href='/ai'>artificial intelligence</a>, "
                      "from machine learning to computer vision and more</div>");
  EXPECT_FALSE(contains(teaser.text, "The latest on artificial intelligence")) << teaser.text;
  EXPECT_TRUE(contains(teaser.text, "the lake")) << teaser.text;
  // A paragraph of prose in the box is the story's (datev: "Mehr zum Thema" over what the links offer).
  auto section = boxed("<h2>Mehr zum Thema</h2><p>Einen detaillierten \xC3\x9C""berblick \xC3\xBC""ber die neue "
                       "Schnittstelle finden Sie im Hilfe-Center und auf den Seiten des Partners:</p>"
                       "<ul><li><a href='/f'>Funktionen nutzen</a></li></ul>");
  EXPECT_TRUE(contains(section.text, "Einen detaillierten")) << section.text;
}

TEST(ContentEdges, ALinkedSentenceAfterBodyTextStays) {
  auto e = run(article("<p><a href='/video'>This week's new show is a really fun, quick and profoundly silly party "
                       "game called Say Anything</a>.</p><p>If you like it, try <a href='/a'>Apples to Apples</a>, "
                       "<a href='/c'>Cards Against Humanity</a> and <a href='/g'>the games we have played</a>.</p>"));
  EXPECT_TRUE(contains(e.text, "This week's new show is a really fun")) << e.text;
}

TEST(ContentEdges, AVideoTeaserBetweenParagraphsGoes) {
  auto e = run("<html><body><article><h1>The band tours Europe</h1><p>" + prose(3) +
               "</p><div class='rel_headline'>Stars discuss their Broadway play <a href='javascript:void(0)'>Watch "
               "Video</a></div><p>" + prose(3, "the lake") + "</p></article></body></html>");
  EXPECT_FALSE(contains(e.text, "Broadway")) << e.text;
  EXPECT_TRUE(contains(e.text, "the lake")) << e.text;
}

TEST(ContentEdges, ALongLinkedQuoteOpeningTheArticleStays) {
  // dragnet/T84: the post opens with the report it discusses, quoted and linked to it.
  const std::string quote =
      "<blockquote><p><a href='/report'>\u201cJust because a car generates a lot of buzz or is a best seller "
      "does not mean that it is a good choice for you. The five models here may be on a lot of buyers' shopping "
      "lists, but we suggest you steer clear.\u201d</a></p></blockquote>";
  auto e = run("<html><body><article><h1>Can buyers be wrong?</h1>" + quote + "<p>" + prose(3) + "</p><p>" +
               prose(2, "the lake") + "</p></article></body></html>");
  EXPECT_TRUE(contains(e.text, "Just because a car generates a lot of buzz")) << e.text;
  // Long linked summaries listed after the text are still a link list.
  const std::string item =
      "<li><a href='/other'>Another story about the river: engineers measured its flow, its depth and its "
      "temperature in every season for years, and what they found surprised everyone who had worked on it.</a></li>";
  auto link_list = run("<html><body><article><h1>Can buyers be wrong?</h1><p>" + prose(3) + "</p><ul>" + item +
                       item + item + "</ul></article></body></html>");
  EXPECT_FALSE(contains(link_list.text, "Another story about the river")) << link_list.text;
}

TEST(ContentEdges, AHeadingWhoseSectionAllWentGoesOneWithoutTextStays) {
  // A table of contents: its title stays in the content, its list of links goes.
  auto toc = run("<html><body><article><h1>Mozilla</h1><p>" + prose(2) + "</p><div id='toc'><h2>Contents</h2><ul>"
                 "<li><a href='#History'>1 History</a></li><li><a href='#Values'>2 Values</a></li></ul></div>"
                 "<h2>History</h2><p>" + prose(2, "the lake") + "</p></article></body></html>");
  EXPECT_FALSE(contains(toc.text, "Contents")) << toc.text;
  EXPECT_TRUE(contains(toc.text, "History\n")) << toc.text;
  // A section of a formula or a picture has no text block at all: its heading stays.
  auto formulas = run("<html><body><article><h1>Sample equations</h1><p>" + prose(3) + "</p>"
                      "<h2>The Lorenz Equations</h2><script type='math/tex'>\\dot{x} = \\sigma(y-x)</script>"
                      "<h2>Maxwell's Equations</h2><img src='maxwell.png'><p>" + prose(2, "the lake") +
                      "</p></article></body></html>");
  EXPECT_TRUE(contains(formulas.text, "The Lorenz Equations")) << formulas.text;
  EXPECT_TRUE(contains(formulas.text, "Maxwell's Equations")) << formulas.text;
}

TEST(RailHeading, WholeHeadingsThatAnnounceOtherStories) {
  EXPECT_TRUE(is_rail_heading("Don’t Miss"));
  EXPECT_TRUE(is_rail_heading("RELATED ARTICLES:"));
  EXPECT_TRUE(is_rail_heading("More from Reuters"));
  EXPECT_TRUE(is_rail_heading("Lesen Sie auch"));
  EXPECT_TRUE(is_rail_heading("Keep Reading"));
  EXPECT_TRUE(is_rail_heading("More Asia stories"));
  EXPECT_FALSE(is_rail_heading("More than a game: the story of a club"));
  EXPECT_FALSE(is_rail_heading("Advertisement"));
  EXPECT_FALSE(is_rail_heading("Related work in the field of river hydrology"));
  EXPECT_FALSE(is_rail_heading("More from"));
}

}  // namespace
}  // namespace pith::extraction
