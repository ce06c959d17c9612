#include "output/fulltext_writer.h"

#include <gtest/gtest.h>

#include "html/parser.h"

namespace pith::output {
namespace {

std::string fulltext(std::string_view html) {
  dom::Document doc = html::parse_utf8(html);
  return write_fulltext(doc.root());
}

TEST(FulltextWriterTest, EveryVisibleBlockOnItsOwnLine) {
  EXPECT_EQ(fulltext("<title>T</title><style>p{}</style><nav><a href=/>Home</a> <a>News</a></nav>"
                     "<h1>Head  line</h1><div>Intro <b>bold</b>\n text<p>para</p>tail</div>"
                     "<ul><li>one<li>two</ul><script>var x;</script><footer>&copy; 2024&nbsp;</footer>"),
            "Home News\nHead line\nIntro bold text\npara\ntail\none\ntwo\n\xC2\xA9 2024\n");
}

TEST(FulltextWriterTest, SkipsHiddenContent) {
  EXPECT_EQ(fulltext("<p>a</p><p hidden>b</p><div aria-hidden=true>c</div><div style='display: none'>d</div>"
                     "<div style='VISIBILITY:hidden'>e</div><noscript>f</noscript><svg><text>g</text></svg>"
                     "<template>h</template><select><option>i</select><p>j</p>"),
            "a\nj\n");
}

TEST(FulltextWriterTest, BreaksPreAndTables) {
  EXPECT_EQ(fulltext("<p>one<br>two</p><pre>  code\n    indented</pre>"
                     "<table><tr><th>A</th><td>B<br>C</td></tr><tr><td>1</td><td><b>2</b></td></tr></table>"),
            "one\ntwo\n  code\n    indented\nA | B C\n1 | 2\n");
}

// A row whose cells hold blocks lays out the page (a whole blog in one <td>
// beside a sidebar): its blocks get their lines, as a browser breaks them,
// while a data table's rows inside it stay one line each.
TEST(FulltextWriterTest, LayoutRowsBreakAtTheirBlocks) {
  EXPECT_EQ(fulltext("<table><tr><td><h1>Minecraft News</h1><p>Powered by Tumblr</p><ul><li>Granite<li>Slime"
                     "</ul><table><tr><td>Energie</td><td>318 kcal</td></tr></table></td>"
                     "<td><div>Archive</div><div>About</div></td></tr></table>"),
            "Minecraft News\nPowered by Tumblr\nGranite\nSlime\nEnergie | 318 kcal\nArchive\nAbout\n");
  // Hidden blocks do not make a row a layout row.
  EXPECT_EQ(fulltext("<table><tr><td>1</td><td>2<div hidden>x</div></td></tr></table>"), "1 | 2\n");
}

// A browser running scripts shows no <noscript>; but an element left open in
// one ("<noscript><div id=nojava></noscript>", parsed as markup) takes in the
// rest of the page, which the browser does show.
TEST(FulltextWriterTest, PageSwallowedByANoscriptIsShown) {
  std::string para(300, 'w');
  for (size_t i = 7; i < para.size(); i += 8) para[i] = ' ';
  std::string page = "<body><noscript><div id=nojava></noscript><h1>Bears</h1>";
  for (int i = 0; i < 8; ++i) page += "<p>" + para + "</p>";
  std::string out = fulltext(page);
  EXPECT_EQ(out.rfind("Bears\n", 0), 0u) << out.substr(0, 80);
  EXPECT_EQ(out.size(), 6 + 8 * (para.size() + 1));
  EXPECT_EQ(fulltext("<p>a</p><noscript><p>Please enable JavaScript to view this page.</p></noscript>"), "a\n");
}

TEST(FulltextWriterTest, EmptyAndDeepPages) {
  EXPECT_EQ(fulltext(""), "");
  std::string deep;
  for (int i = 0; i < 50000; ++i) deep += "<div>";
  deep += "x";
  EXPECT_EQ(fulltext(deep), "x\n");
}

}  // namespace
}  // namespace pith::output
