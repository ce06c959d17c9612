// Behaviour of extract_content on crafted pages: boilerplate removal, <br>
// paragraphs, hidden elements, non-articles, structure, comments, inline nodes.
#include "extract/content_extractor.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "extract/block_segmenter.h"
#include "extract/content_tree_builder.h"
#include "extract_test_util.h"

namespace pith::extraction {
namespace {

using testing::contains;
using testing::prose;
using testing::run;

std::string boilerplate_page() {
  return "<html><head><title>River report</title></head><body>"
         "<div id='cookie-banner'>We use cookies to improve your experience. Accept all</div>"
         "<header class='site-header'><nav><ul><li><a href='/'>Home</a></li>"
         "<li><a href='/news'>News</a></li><li><a href='/sport'>Sport</a></li></ul></nav></header>"
         "<div class='layout'><main><article>"
         "<h1>River report</h1>"
         "<div class='byline'>By Jane Doe, 3 May 2021</div>"
         "<div class='share-bar'><a href='#'>Share on Facebook</a> <a href='#'>Tweet</a></div>"
         "<p>First paragraph. " + prose(3) + "</p>"
         "<figure><img src='a.jpg'><figcaption>The river at dawn (Photo: Agency)</figcaption></figure>"
         "<p>Second paragraph. " + prose(3, "the lake") + "</p>"
         "<div class='newsletter-signup'>Sign up for our daily newsletter and never miss a story.</div>"
         "<p>Third paragraph. " + prose(2, "the sea") + "</p>"
         "<p><a href='/more'>Read more</a></p>"
         "</article></main>"
         "<aside class='sidebar'><h3>Most read</h3><ul><li><a href='/1'>Story one about things</a></li>"
         "<li><a href='/2'>Story two about other things</a></li></ul></aside></div>"
         "<div class='related-stories'><h2>Related</h2><p><a href='/r'>A related story headline "
         "that is rather long indeed</a></p></div>"
         "<footer><p>Copyright 2021 River News. All rights reserved.</p></footer>"
         "</body></html>";
}

TEST(ContentExtractor, RemovesBoilerplateAroundArticle) {
  auto e = run(boilerplate_page(), {}, "River report");
  EXPECT_TRUE(contains(e.text, "First paragraph.")) << e.text;
  EXPECT_TRUE(contains(e.text, "Second paragraph.")) << e.text;
  EXPECT_TRUE(contains(e.text, "Third paragraph.")) << e.text;
  for (const char* junk : {"cookies", "Home", "Sport", "By Jane Doe", "Share on Facebook", "Tweet",
                           "Photo: Agency", "newsletter", "Read more", "Story one", "related story",
                           "Copyright"})
    EXPECT_FALSE(contains(e.text, junk)) << junk << "\n" << e.text;
  EXPECT_GT(e.result.confidence, 0.5);
  EXPECT_TRUE(e.result.warnings.empty());
}

TEST(ContentExtractor, BrSeparatedTextBecomesParagraphs) {
  std::string html = "<body><div class='content'>" + prose(2, "alpha") + "<br><br>" +
                     prose(2, "beta") + "<br>" + prose(2, "gamma") + "</div></body>";
  auto e = run(html);
  ASSERT_TRUE(contains(e.text, "alpha")) << e.text;
  size_t a = e.text.find("alpha"), b = e.text.find("beta"), g = e.text.find("gamma");
  EXPECT_NE(e.text.find('\n', a), std::string::npos);
  EXPECT_LT(e.text.find('\n', a), b);
  EXPECT_LT(e.text.find('\n', b), g);
  // Three paragraphs in the tree.
  EXPECT_EQ(e.result.content[ContentTree::kRoot].children.size(), 3u);
}

TEST(ContentExtractor, DropsHiddenElements) {
  std::string html = "<body><article><p>" + prose(4) + "</p>"
                     "<p hidden>Secret hidden-attribute text.</p>"
                     "<div aria-hidden='true'>Secret aria text.</div>"
                     "<div style='display: none'>Secret display text.</div>"
                     "<div style='visibility:hidden'>Secret visibility text.</div>"
                     "<span class='sr-only'>Secret screen reader text.</span>"
                     "<span role='status' aria-live='polite'>Secret toast: saved to your list!</span>"
                     "<div role='alert'>Secret alert: your session expires.</div>"
                     "<div role='tooltip'>Secret tooltip text.</div>"
                     "<p>" + prose(3, "the hills") + "</p></article></body>";
  auto e = run(html);
  EXPECT_TRUE(contains(e.text, "the hills")) << e.text;
  EXPECT_FALSE(contains(e.text, "Secret")) << e.text;
}

TEST(ContentExtractor, NonArticlePageGivesEmptyTextAndWarning) {
  std::string html = "<body><nav><ul>";
  for (int i = 0; i < 40; ++i)
    html += "<li><a href='/p" + std::to_string(i) + "'>Product category number " +
            std::to_string(i) + "</a></li>";
  html += "</ul></nav><div class='footer'>Contact us</div></body>";
  auto e = run(html);
  EXPECT_EQ(e.text, "");
  EXPECT_FALSE(e.result.warnings.empty());
  EXPECT_LT(e.result.confidence, 0.2);
}

// A post of a few short lines is below the class pass's minimum, so the
// class-blind pass runs; it must not answer with the cookie notice, the
// longest text it sees (a WordPress.com theme's shape).
TEST(ContentExtractor, ShortPostNeverComesOutAsItsCookieNotice) {
  std::string html =
      "<body><div id='header'><h1><a href='/'>Gnaur</a></h1></div>"
      "<div class='post hentry'><h2 class='posttitle'><a href='/p'>Doing nothing</a></h2>"
      "<p>\u201cI know I am tired and should perhaps not say this\u2026\u201d</p>"
      "<p>\u2013 \u201cThen don't.\u201d</p></div>"
      "<div class='widget widget_eu_cookie_law_widget'><div id='eu-cookie-law'><form>"
      "Privacy &amp; cookies: this site uses cookies. By continuing to use this website, you agree "
      "to their use. To find out more, including how to control cookies, see here: "
      "<a href='/cookies'>Cookie policy</a></form></div></div></body>";
  auto e = run(html);
  EXPECT_FALSE(contains(e.text, "cookies")) << e.text;
  EXPECT_TRUE(contains(e.text, "Then don't.")) << e.text;
}

TEST(ContentExtractor, EmptyInputIsNotAnArticle) {
  auto e = run("");
  EXPECT_EQ(e.text, "");
  EXPECT_FALSE(e.result.warnings.empty());
  EXPECT_EQ(e.result.confidence, 0.0);
}

TEST(ContentExtractor, KeepsLinkedValuesOfADataTable) {
  std::string html = "<body><article><table class='infobox'>"
                     "<tr><th>Founder</th><td><a href='/w/jane'>Jane Doe Foundation</a></td></tr>"
                     "<tr><th>Products</th><td><a href='/w/boat'>River boats</a></td></tr>"
                     "</table><p>" + prose(4) + "</p><p>" + prose(3, "the delta") + "</p></article></body>";
  auto e = run(html);
  EXPECT_TRUE(contains(e.text, "Founder | Jane Doe Foundation")) << e.text;
  EXPECT_TRUE(contains(e.text, "Products | River boats")) << e.text;
}

TEST(ContentExtractor, KeepsListsAndTablesWithStructure) {
  std::string html = "<body><article><p>" + prose(3) + "</p><ol><li>First step of the recipe</li>"
                     "<li>Second step of the recipe</li></ol>"
                     "<table><tr><th>Year</th><th>Flow</th></tr><tr><td>2020</td><td>31 m3/s</td></tr>"
                     "</table><p>" + prose(2, "the delta") + "</p></article></body>";
  auto e = run(html);
  const ContentTree& t = e.result.content;
  bool ordered_list = false, header_cell = false;
  size_t items = 0, rows = 0;
  for (uint32_t i = 0; i < t.size(); ++i) {
    if (t[i].kind == ContentKind::List && t[i].ordered) ordered_list = true;
    if (t[i].kind == ContentKind::ListItem) ++items;
    if (t[i].kind == ContentKind::TableRow) ++rows;
    if (t[i].kind == ContentKind::TableCell && t[i].header) header_cell = true;
  }
  EXPECT_TRUE(ordered_list);
  EXPECT_EQ(items, 2u);
  EXPECT_EQ(rows, 2u);
  EXPECT_TRUE(header_cell);
  EXPECT_TRUE(contains(e.text, "Second step of the recipe")) << e.text;
  EXPECT_TRUE(contains(e.text, "31 m3/s")) << e.text;

  extraction::Settings no_tables;
  no_tables.tables = false;
  auto f = run(html, no_tables);
  EXPECT_FALSE(contains(f.text, "31 m3/s")) << f.text;
  EXPECT_TRUE(contains(f.text, "First step")) << f.text;
}

TEST(ContentExtractor, KeepsInlineRelatedHeadlineInBody) {
  std::string html = "<body><article><p>" + prose(3) + "</p>"
                     "<p><strong><a href='/other'>RUSSIAN MISSILE STRIKE KILLS 4 CIVILIANS IN LVIV"
                     "</a></strong></p><p>" + prose(3, "the valley") + "</p></article></body>";
  auto e = run(html);
  EXPECT_TRUE(contains(e.text, "RUSSIAN MISSILE STRIKE")) << e.text;
}

TEST(ContentExtractor, DropsTeaserListBesideArticle) {
  std::string teasers = "<ul>";
  for (int i = 0; i < 3; ++i)
    teasers += "<li><h3>Other story " + std::to_string(i) + "</h3><p>A summary of another story "
               "that the site published this week. <a href='/s'>Read more...</a></p></li>";
  teasers += "</ul>";
  std::string html = "<body><div><article><p>" + prose(4) + "</p><p>" + prose(3, "the lake") +
                     "</p></article>" + teasers + "</div></body>";
  auto e = run(html);
  EXPECT_TRUE(contains(e.text, "the lake")) << e.text;
  EXPECT_FALSE(contains(e.text, "Other story")) << e.text;
  EXPECT_FALSE(contains(e.text, "summary of another")) << e.text;
}

// A story rail no class names: sibling cards of one class, each a linked
// headline over a date and a one-line summary.
std::string card_rail(int cards) {
  std::string rail = "<div class='col2'>";
  for (int i = 0; i < cards; ++i)
    rail += "<div class='box'><div><a href='/s" + std::to_string(i) + "'>Other story number " +
            std::to_string(i) + "</a></div><div>updated 10:57 AM EST, Wed November 7</div>"
            "<div>A short summary of another story the site wants you to read next.</div></div>";
  return rail + "</div>";
}

TEST(ContentExtractor, DropsTeaserCardRailInsideTheContainer) {
  std::string html = "<body><div class='storyarea'><div class='col1'><h1>River report</h1><p>" +
                     prose(4) + "</p><p>" + prose(4, "the lake") + "</p></div>" + card_rail(4) +
                     "</div></body>";
  auto e = run(html);
  EXPECT_TRUE(contains(e.text, "the lake")) << e.text;
  EXPECT_FALSE(contains(e.text, "short summary of another")) << e.text;
  EXPECT_FALSE(contains(e.text, "updated 10:57")) << e.text;
}

TEST(ContentExtractor, DropsNumberedCardsUnderKickerHeadlines) {
  // Each card's class numbers it ("story-block pos-1") and its headline is a
  // heading with an unlinked kicker before the link.
  std::string rail = "<div class='column'><h2>Other columns</h2>";
  for (int i = 0; i < 4; ++i)
    rail += "<div class='story-block pos-" + std::to_string(i) + "'><h4><strong>Opinion</strong> <a href='/s" +
            std::to_string(i) + "'>Another columnist's view</a></h4><p>COLUMNIST A short summary of another " +
            "column the site wants you to read next.</p></div>";
  rail += "</div>";
  std::string html = "<body><div class='storyarea'><div class='col1'><h1>River report</h1><p>" +
                     prose(4) + "</p><p>" + prose(4, "the lake") + "</p></div>" + rail + "</div></body>";
  auto e = run(html);
  EXPECT_TRUE(contains(e.text, "the lake")) << e.text;
  EXPECT_FALSE(contains(e.text, "short summary of another")) << e.text;
}

TEST(ContentExtractor, KeepsCardsThatAreTheContent) {
  // A page that is mostly cards is an index: the cards are what it says.
  std::string html = "<body><div class='storyarea'><p>Our picks this week.</p>" + card_rail(8) +
                     "</div></body>";
  auto e = run(html);
  EXPECT_TRUE(contains(e.text, "short summary of another")) << e.text;
}

TEST(ContentExtractor, TitleHeadingFoundByTheTitleElementToo) {
  // The metadata title came from og:title and words the headline differently;
  // the <title> element still names the heading above the container.
  std::string html = "<html><head><title>Dam opens after ten years of work - River News</title></head>"
                     "<body><div class='header'><h1>Dam opens after ten years of work</h1></div>"
                     "<div class='main'><p>" + prose(5) + "</p><p>" + prose(3, "the lake") +
                     "</p></div></body></html>";
  auto e = run(html, {}, "Ten years on, the dam opens");
  EXPECT_TRUE(contains(e.markdown, "# Dam opens after ten years of work\n")) << e.markdown;
  // Plain text is the body: the headline is the Document's title.
  EXPECT_FALSE(contains(e.text, "Dam opens after ten years of work")) << e.text;
  EXPECT_TRUE(e.text.rfind("Engineers studied", 0) == 0) << e.text;
  // An unclosed <h1> holding the article is not a headline to leave out.
  std::string long_title = prose(4);
  long_title.pop_back();
  e = run("<html><head><title>" + long_title + "</title></head><body><article><h1>" + long_title +
              "</article></body></html>", {}, long_title);
  EXPECT_TRUE(contains(e.text, "Engineers studied")) << e.text;
}

TEST(ContentExtractor, HeadlineInALayoutTableIsNotATable) {
  // An old-style page lays out its columns with a table; the headline sits in
  // the content cell above the article's container.
  std::string html = "<html><head><title>Dam opens after ten years of work</title></head><body>"
                     "<table><tr><td class='nav'><a href='/'>Home</a></td><td class='col'>"
                     "<div class='headline'><h1>Dam opens after ten years of work</h1></div>"
                     "<div class='text'><p>" + prose(5) + "</p><p>" + prose(3, "the lake") +
                     "</p></div></td></tr></table></body></html>";
  auto e = run(html, {}, "Dam opens after ten years of work");
  EXPECT_EQ(e.markdown.rfind("# Dam opens after ten years of work\n", 0), 0u) << e.markdown;
  EXPECT_FALSE(contains(e.markdown, "|")) << e.markdown;
  EXPECT_FALSE(contains(e.text, "Dam opens")) << e.text;
}

TEST(ContentExtractor, ArticleInALayoutTableKeepsItsParagraphs) {
  // A story set in a one-column table (one cell per row): its paragraphs are
  // paragraphs, not one table cell flattened into a single line.
  std::string html = "<body><table><tr><td><h2>Bartleby</h2><p>" + prose(4) +
                     "</p><p>" + prose(3, "the lake") + "</p><p>" + prose(3, "the sea") +
                     "</p></td></tr></table></body>";
  auto e = run(html);
  EXPECT_EQ(std::count(e.text.begin(), e.text.end(), '\n'), 4) << e.text;
  EXPECT_FALSE(contains(e.markdown, "|")) << e.markdown;
  EXPECT_TRUE(contains(e.markdown, "## Bartleby\n")) << e.markdown;
  // Two columns of paragraphs side by side: a box, not a row of data.
  e = run("<body><table><tr><td><p>" + prose(3) + "</p><p>" + prose(2, "the lake") + "</p></td><td><p>" +
          prose(3, "the sea") + "</p></td></tr></table></body>");
  EXPECT_EQ(std::count(e.text.begin(), e.text.end(), '\n'), 3) << e.text;
  EXPECT_FALSE(contains(e.text, " | ")) << e.text;
  // A data table (two columns) stays a table.
  e = run("<body><p>" + prose(4) + "</p><table><tr><th>Year</th><th>Rainfall</th></tr>"
          "<tr><td>2019</td><td>812 mm</td></tr><tr><td>2020</td><td>790 mm</td></tr></table>"
          "<p>" + prose(3, "the lake") + "</p></body>");
  EXPECT_TRUE(contains(e.markdown, "| Year | Rainfall |")) << e.markdown;
}

TEST(ContentExtractor, ShortGridRowIsOneLine) {
  // A recipe's ingredients as grid rows (amount column, name column): one line
  // each on screen, and the lone "4" of the eggs is not a stray number.
  std::string rows;
  for (const char* r : {"<span>135</span>&nbsp;g|Butter", "150 g|Flour", "4|Eggs (medium)"}) {
    std::string_view v = r;
    size_t bar = v.find('|');
    rows += "<div class='ingredient'><div class='row'>\n  <div class='col-3 bold'>\n    " +
            std::string(v.substr(0, bar)) + "\n  </div>\n  <div class='col-9'>" +
            std::string(v.substr(bar + 1)) + "</div>\n</div></div>";
  }
  auto e = run("<body><article><p>" + prose(4) + "</p><h2>Ingredients</h2>" + rows + "<p>" +
               prose(3, "the oven") + "</p></article></body>");
  EXPECT_TRUE(contains(e.text, "\n135 g Butter\n150 g Flour\n4 Eggs (medium)\n")) << e.text;
  // Columns holding paragraphs are page layout: still blocks of their own.
  e = run("<body><div class='row'><div class='col-md-8'><p>" + prose(4) + "</p></div>"
          "<div class='col-md-4'><p>" + prose(3, "the lake") + "</p></div></div></body>");
  EXPECT_EQ(std::count(e.text.begin(), e.text.end(), '\n'), 2) << e.text;
  // So are long columns.
  e = run("<body><p>" + prose(4) + "</p><div class='row'><div class='col'>" + prose(2, "the sea") +
          "</div><div class='col'>" + prose(2, "the hill") + "</div></div></body>");
  EXPECT_TRUE(contains(e.text, "season.\nEngineers studied the hill")) << e.text;
}

TEST(ContentExtractor, StandfirstRepeatingTheFirstParagraphComesOutOnce) {
  const std::string lead = "The council voted on Tuesday to close the old bridge to traffic for two years.";
  auto e = run("<body><article><h1>Bridge closes</h1><div class='intro'><p>" + lead +
               "</p></div><figure><img src='a.jpg'></figure><p>" + lead + "</p><p>" + prose(4) +
               "</p><p>" + prose(3, "the lake") + "</p></article></body>");
  EXPECT_EQ(e.text.find(lead), e.text.rfind(lead)) << e.text;
  EXPECT_TRUE(contains(e.text, lead + "\nEngineers studied")) << e.text;
  // A paragraph said twice in one place is the text's own.
  e = run("<body><article><p>" + lead + "</p><p>" + lead + "</p><p>" + prose(4) + "</p></article></body>");
  EXPECT_NE(e.text.find(lead), e.text.rfind(lead)) << e.text;
}

TEST(ContentExtractor, ItemsWhoseListIsOutsideTheContentGetOne) {
  // The container sits between the <ul> and its items: the items still form
  // one list in the content tree, as every writer expects.
  auto e = run("<body><ul><div class='entry-content'><li>" + prose(3) + "</li><li>" + prose(3, "the lake") +
               "</li></div></ul></body>");
  const ContentTree& tree = e.result.content;
  ASSERT_EQ(tree[ContentTree::kRoot].children.size(), 1u) << e.markdown;
  const ContentNode& list = tree[tree[ContentTree::kRoot].children[0]];
  EXPECT_EQ(list.kind, ContentKind::List);
  ASSERT_EQ(list.children.size(), 2u);
  for (uint32_t c : list.children) EXPECT_EQ(tree[c].kind, ContentKind::ListItem);
}

TEST(ContentExtractor, DropsLongCopyrightNotice) {
  std::string html = "<body><div><p>" + prose(5) + "</p><p>" + prose(3, "the lake") +
                     "</p><p>\xc2\xa9 2012 Example Interactive Inc. All Rights Reserved. This material "
                     "may not be published, broadcast, rewritten, or redistributed.</p></div></body>";
  auto e = run(html);
  EXPECT_TRUE(contains(e.text, "the lake")) << e.text;
  EXPECT_FALSE(contains(e.text, "Rights Reserved")) << e.text;
}

TEST(ContentExtractor, LongPostWithAuthorClassIsNotAByline) {
  // Blog engines put the author's name into the post's classes; the short
  // author box keeps its byline mark.
  std::string menu = "<ul>";
  for (int i = 0; i < 60; ++i) menu += "<li><a href='/s'>Section of the site number " +
                                       std::to_string(i) + "</a></li>";
  menu += "</ul>";
  dom::Document doc = html::parse_utf8(
      "<body>" + menu + "<div class='post-author-jane_doe'><p>" + prose(6) + "</p><p>" +
      prose(6, "the lake") + "</p></div><div class='author'><p>Jane Doe</p></div></body>");
  Segmentation seg;
  segment_blocks(doc, {}, seg);
  int long_post = 0, short_box = 0;
  for (const ElementInfo& e : seg.elements) {
    if (!(e.verdict.flags & kByline)) continue;
    if (seg.subtree_chars(e) > kMaxBylineChars) {
      ++long_post;
      EXPECT_FALSE(e.own_flags & kByline);
    } else {
      ++short_box;
      EXPECT_TRUE(e.own_flags & kByline);
    }
  }
  EXPECT_EQ(long_post, 1);
  EXPECT_EQ(short_box, 1);
}

TEST(ContentExtractor, PermalinkTitleHeadingStays) {
  std::string html = "<body><div><h2>Find reviews</h2><h1><a href='/x'>River report today</a></h1><p>" +
                     prose(4) + "</p><p>" + prose(3, "the lake") + "</p></div></body>";
  auto e = run(html, {}, "River report today");
  EXPECT_TRUE(contains(e.markdown, "River report today")) << e.markdown;
  EXPECT_FALSE(contains(e.markdown, "Find reviews")) << e.markdown;
}

TEST(ContentExtractor, CommentsGoToTheirOwnTreeOnlyWhenAsked) {
  std::string html = "<body><article><p>" + prose(4) + "</p></article>"
                     "<section id='comments'><h2>Comments</h2>"
                     "<div class='comment'><p>Great article, I learned a lot about rivers today, "
                     "thank you so much for writing it.</p></div></section></body>";
  auto plain = run(html);
  EXPECT_FALSE(contains(plain.text, "Great article")) << plain.text;
  EXPECT_EQ(plain.comments, "");
  extraction::Settings with_comments;
  with_comments.comments = true;
  auto e = run(html, with_comments);
  EXPECT_FALSE(contains(e.text, "Great article")) << e.text;
  EXPECT_TRUE(contains(e.comments, "Great article")) << e.comments;
}

TEST(ContentExtractor, InlineNodesOnlyWhenAsked) {
  std::string html = "<body><article><p>" + prose(3) + " See <a href='/doc'>the report</a> and "
                     "<em>this</em>.</p><p><img data-src='/lazy.jpg' src='data:image/gif;base64,R0'"
                     " alt='A lazy image'></p><p>" + prose(2) + "</p></article></body>";
  auto plain = run(html);
  for (uint32_t i = 0; i < plain.result.content.size(); ++i) {
    ContentKind k = plain.result.content[i].kind;
    EXPECT_TRUE(k != ContentKind::Link && k != ContentKind::Emphasis && k != ContentKind::Image);
  }
  extraction::Settings rich;
  rich.links = rich.images = rich.formatting = true;
  rich.url = "https://example.com/news/story.html";
  auto e = run(html, rich);
  bool link = false, em = false, image = false;
  for (uint32_t i = 0; i < e.result.content.size(); ++i) {
    const ContentNode& n = e.result.content[i];
    if (n.kind == ContentKind::Link && n.url == "https://example.com/doc") link = true;
    if (n.kind == ContentKind::Emphasis) em = true;
    if (n.kind == ContentKind::Image && n.url == "https://example.com/lazy.jpg") image = true;
  }
  EXPECT_TRUE(link);
  EXPECT_TRUE(em);
  EXPECT_TRUE(image);
}

TEST(ContentExtractor, KeepsCodeBlocksVerbatim) {
  std::string html = "<body><article><p>" + prose(3) + "</p><pre><code>int main() {\n"
                     "  return 0;\n}</code></pre><p>" + prose(2) + "</p></article></body>";
  auto e = run(html);
  EXPECT_TRUE(contains(e.text, "int main() {\n  return 0;\n}")) << e.text;
}

TEST(ContentExtractor, ReadsNoscriptContentButNotEscapedMarkup) {
  std::string html = "<head><noscript>&lt;img src='/pixel.gif'&gt;</noscript></head><body>"
                     "<div id='app'></div><noscript><div class='post-body'><p>" + prose(4) +
                     "</p></div></noscript></body>";
  auto e = run(html);
  EXPECT_TRUE(contains(e.text, "Engineers studied")) << e.text;
  EXPECT_FALSE(contains(e.text, "pixel")) << e.text;
}

TEST(ContentExtractor, DropsCaptionsSetInlineInAParagraph) {
  std::string html = "<body><article><p>" + prose(3) + "</p><p><a href='big.jpg'><img src='small.jpg'>"
                     "<span class='legend'>The author at home, 2021</span></a>The book opens in a kitchen. " +
                     prose(2, "the kitchen") + "</p><p>" + prose(2, "the garden") + " <span class='caption "
                     "attribution'>" + prose(12, "the caption class") + "</span></p></article></body>";
  auto e = run(html);
  EXPECT_FALSE(contains(e.text, "The author at home")) << e.text;
  EXPECT_TRUE(contains(e.text, "\nThe book opens in a kitchen.")) << e.text;
  // Long prose under a caption class is prose, not a caption.
  EXPECT_TRUE(contains(e.text, "the caption class")) << e.text;
}

TEST(ContentExtractor, DropsLabelsAroundTheTitle) {
  std::string body = "<p>" + prose(3) + "</p><p>" + prose(3, "the lake") + "</p>";
  auto e = run("<body><article><p>Politik</p><p>5. November 2023, 14:09</p><h1>Flood defences hold</h1>"
               "<p>Posted by Jane in Rivers</p><p>8 min read</p>" + body + "</article></body>",
               {}, "Flood defences hold");
  for (const char* label : {"Politik", "November 2023", "Posted by", "min read"})
    EXPECT_FALSE(contains(e.markdown, label)) << label << "\n" << e.markdown;
  EXPECT_TRUE(e.markdown.rfind("# Flood defences hold\n\nEngineers", 0) == 0) << e.markdown;
  // A salutation leads into the text; a subheading is the article's own.
  e = run("<body><article><h1>Flood defences hold</h1><p>Dear readers,</p><h2>What we found</h2>" + body +
          "</article></body>", {}, "Flood defences hold");
  EXPECT_TRUE(e.text.rfind("Dear readers,\nWhat we found\nEngineers", 0) == 0) << e.text;
  // A longer run of short blocks above the title is content (ingredients).
  std::string items;
  for (const char* item : {"2 eggs", "250 g flour", "1 cup milk", "1 pinch of salt", "butter for the pan"})
    items += std::string("<p>") + item + "</p>";
  e = run("<body><article>" + items + "<h1>Pancakes</h1>" + body + "</article></body>", {}, "Pancakes");
  EXPECT_TRUE(contains(e.text, "250 g flour")) << e.text;
}

TEST(ContentExtractor, DropsShortCreditLines) {
  std::string html = "<body><article><p>" + prose(3) + "</p><p>2/28 photos \xC2\xA9 Shutterstock</p><p>" +
                     prose(3, "the lake") + "</p><p>The survey's own photos are \xC2\xA9 the volunteers, who " +
                     prose(1, "the copyright") + "</p></article></body>";
  auto e = run(html);
  EXPECT_FALSE(contains(e.text, "Shutterstock")) << e.text;
  EXPECT_TRUE(contains(e.text, "the volunteers, who")) << e.text;  // prose with a © stays
}

TEST(ContentExtractor, DropsSoftHyphens) {
  std::string html = "<body><article><p>Schon im Mit\xC2\xAD" "tel\xC2\xAD" "al\xC2\xAD" "ter war der Wein bekannt. " +
                     prose(3) + "</p><p>" + prose(3, "the lake") + "</p></article></body>";
  auto e = run(html);
  EXPECT_TRUE(contains(e.text, "Schon im Mittelalter war")) << e.text;
}

TEST(ContentExtractor, DropsInvisibleFormatCharacters) {
  // A zero-width space, a word joiner, a byte-order mark left mid-page: no
  // line of its own, no split word.
  std::string html = "<body><article><p>" + prose(3) + "\xE2\x80\x8B</p><p>\xEF\xBB\xBF</p><p>Hoch\xE2\x81\xA0wasser "
                     "kam im M\xC3\xA4rz. \xE2\x80\x8B" + prose(3, "the lake") + "</p></article></body>";
  auto e = run(html);
  EXPECT_TRUE(contains(e.text, "Hochwasser kam im M\xC3\xA4rz. Engineers")) << e.text;
  EXPECT_FALSE(contains(e.text, "\xEF\xBB\xBF")) << e.text;
  EXPECT_FALSE(contains(e.text, "\xE2\x80\x8B")) << e.text;
  EXPECT_EQ(std::count(e.text.begin(), e.text.end(), '\n'), 2) << e.text;
}

TEST(ContentExtractor, HeadingsLoseTheirOwnToolLinks) {
  // MediaWiki's "[edit]" beside every section heading, a share button beside a subhead.
  std::string html = "<body><article><p>" + prose(3) + "</p><h2><span class=mw-headline>Plot</span><span "
                     "class=mw-editsection><span class=mw-editsection-bracket>[</span><a href='?action=edit'>edit"
                     "</a><span class=mw-editsection-bracket>]</span></span></h2><p>" + prose(3, "the lake") +
                     "</p><h3>Dams <a class=share-link href=/s>Share</a></h3><p>" + prose(3, "the dam") +
                     "</p></article></body>";
  auto e = run(html);
  EXPECT_TRUE(contains(e.text, "\nPlot\n")) << e.text;
  EXPECT_TRUE(contains(e.text, "\nDams\n")) << e.text;
  EXPECT_FALSE(contains(e.text, "edit")) << e.text;
  EXPECT_FALSE(contains(e.text, "Share")) << e.text;
  // A heading that is all link keeps its text, whatever the link's class.
  auto linked = run("<body><article><p>" + prose(3) + "</p><h2><a class=share-title href=/t>Tools of the trade"
                    "</a></h2><p>" + prose(3, "the lake") + "</p></article></body>");
  EXPECT_TRUE(contains(linked.text, "\nTools of the trade\n")) << linked.text;
}

TEST(ContentExtractor, DataTableInsideAnArticleKeepsTheArticle) {
  // A Daily Mail article ending in a table of 650 members of parliament: the
  // cells outscore the 60 paragraphs around them.
  const std::string page = "trafilatura/pages/dailymail.co.uk.food.html";
  std::string text = testing::extract_dataset_page(page, {}, testing::PageTitle::TitleElement);
  EXPECT_TRUE(contains(text, "A powerful alliance of chefs, celebrities and charities")) << text.substr(0, 300);
  EXPECT_TRUE(contains(text, "Aberconwy | Robin Millar")) << text.substr(0, 300);
  ScoringParams off;
  off.table_article_prose = 0;
  text = testing::extract_dataset_page(page, off, testing::PageTitle::TitleElement);
  EXPECT_FALSE(contains(text, "A powerful alliance of chefs")) << "the rule no longer matters here";
  // A paper whose numbered references outscore its sections.
  text = testing::extract_dataset_page("trafilatura/pages/acpjournals.org.3075.html", {},
                                       testing::PageTitle::TitleElement);
  EXPECT_TRUE(contains(text, "Primary Funding Source:")) << text.substr(0, 300);
}

TEST(ContentExtractor, FavorShiftsLinkDensityLimit) {
  // A paragraph with 47% linked text: kept when favoring recall, dropped when
  // favoring precision.
  std::string html = "<body><article><p>" + prose(3) + "</p><p>Partly linked: "
                     "<a href='/a'>some linked words that go on here</a> and then plain words.</p>"
                     "<p>" + prose(3, "the lake") + "</p></article></body>";
  extraction::Settings precision, recall;
  precision.favor = extraction::Favor::Precision;
  recall.favor = extraction::Favor::Recall;
  EXPECT_FALSE(contains(run(html, precision).text, "Partly linked")) << run(html, precision).text;
  EXPECT_TRUE(contains(run(html, recall).text, "Partly linked")) << run(html, recall).text;
}

}  // namespace
}  // namespace pith::extraction
