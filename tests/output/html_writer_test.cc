#include "output/html_writer.h"

#include <gtest/gtest.h>

#include "content_builder.h"

namespace pith::output {
namespace {

using namespace testing;

TEST(HtmlWriterTest, EmptyTreeGivesAnEmptyArticle) {
  ContentTree t;
  EXPECT_EQ(write_html(t), "<article>\n</article>\n");
}

TEST(HtmlWriterTest, BlocksAndEscaping) {
  ContentTree t;
  heading(t, kRoot, 2, "Fish & <Chips>");
  uint32_t p = node(t, kRoot, ContentKind::Paragraph);
  text(t, p, "Say \"hi\" ");
  span(t, p, ContentKind::Emphasis, "now");
  node(t, p, ContentKind::LineBreak);
  span(t, p, ContentKind::Link, "a&b", "https://example.com/?a=1&b=\"2\"");
  span(t, p, ContentKind::Link, "bad", "javascript:alert(1)");
  node(t, p, ContentKind::Image, "x\"y", "/img.png");
  node(t, p, ContentKind::Image, "data", "data:image/png;base64,AAA");
  node(t, p, ContentKind::InlineCode, "a<b");
  EXPECT_EQ(write_html(t),
            "<article>\n"
            "<h2>Fish &amp; &lt;Chips&gt;</h2>\n"
            "<p>Say \"hi\" <em>now</em><br><a href=\"https://example.com/?a=1&amp;b=&quot;2&quot;\">a&amp;b</a>"
            "bad<img src=\"/img.png\" alt=\"x&quot;y\"><code>a&lt;b</code></p>\n"
            "</article>\n");
}

// Loose nesting from old pages: a paragraph or a list straight in a list, a
// caption straight in a table, text straight in a row. Each gets the element
// its parent can hold, so the output is valid HTML.
TEST(HtmlWriterTest, WrapsWhatItsParentCannotHold) {
  ContentTree t;
  uint32_t l = list(t, kRoot, false);
  para(t, l, "indented");
  item(t, list(t, l, false), "nested");
  uint32_t tb = node(t, kRoot, ContentKind::Table);
  para(t, tb, "caption");
  uint32_t row = node(t, tb, ContentKind::TableRow);
  text(t, row, "loose");
  EXPECT_EQ(write_html(t),
            "<article>\n"
            "<ul>\n<li>\n<p>indented</p>\n</li>\n<li>\n<ul>\n<li>nested</li>\n</ul>\n</li>\n</ul>\n"
            "<table>\n<tr><td>\n<p>caption</p>\n</td></tr>\n<tr>\n<td>loose</td>\n</tr>\n</table>\n"
            "</article>\n");
}

TEST(HtmlWriterTest, ListsTablesQuotesCodeFigures) {
  ContentTree t;
  uint32_t l = list(t, kRoot, false);
  uint32_t a = item(t, l, "a");
  item(t, list(t, a, true), "a1");
  table(t, kRoot, {{"H"}, {"c"}});
  uint32_t q = node(t, kRoot, ContentKind::Quote);
  para(t, q, "q");
  code_block(t, kRoot, "if (a < b)\n  x;", "c");
  uint32_t f = node(t, kRoot, ContentKind::Figure);
  node(t, f, ContentKind::Image, "cat", "cat.png");
  para(t, f, "Caption");
  node(t, kRoot, ContentKind::HorizontalRule);
  EXPECT_EQ(write_html(t),
            "<article>\n"
            "<ul>\n<li>a\n<ol>\n<li>a1</li>\n</ol>\n</li>\n</ul>\n"
            "<table>\n<tr>\n<th>H</th>\n</tr>\n<tr>\n<td>c</td>\n</tr>\n</table>\n"
            "<blockquote>\n<p>q</p>\n</blockquote>\n"
            "<pre><code class=\"language-c\">if (a &lt; b)\n  x;</code></pre>\n"
            "<figure>\n<img src=\"cat.png\" alt=\"cat\">\n<figcaption>Caption</figcaption>\n</figure>\n"
            "<hr>\n"
            "</article>\n");
}

}  // namespace
}  // namespace pith::output
