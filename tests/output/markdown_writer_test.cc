#include "output/markdown_writer.h"

#include <gtest/gtest.h>

#include "content_builder.h"

namespace pith::output {
namespace {

using namespace testing;

TEST(MarkdownWriterTest, EmptyTreeGivesNothing) {
  ContentTree t;
  EXPECT_EQ(write_markdown(t), "");
}

TEST(MarkdownWriterTest, HeadingsAndParagraphs) {
  ContentTree t;
  heading(t, kRoot, 1, "Title");
  para(t, kRoot, "First  paragraph.");
  heading(t, kRoot, 3, "Sub   heading");
  heading(t, kRoot, 9, "Clamped");
  para(t, kRoot, "Last.");
  EXPECT_EQ(write_markdown(t), "# Title\n\nFirst paragraph.\n\n### Sub heading\n\n###### Clamped\n\nLast.\n");
}

TEST(MarkdownWriterTest, InlineSpecialCharactersAreEscaped) {
  ContentTree t;
  para(t, kRoot, "a*b_c d_ [x] `y` <z> ~w~ back\\slash 5 > 3");
  para(t, kRoot, "snake_case_word _start end_ &amp; & &#39; AT&T");
  EXPECT_EQ(write_markdown(t),
            "a\\*b_c d\\_ \\[x\\] \\`y\\` \\<z> \\~w\\~ back\\\\slash 5 > 3\n\n"
            "snake_case_word \\_start end\\_ \\&amp; & \\&#39; AT&T\n");
}

TEST(MarkdownWriterTest, LineStartsThatWouldStartABlockAreEscaped) {
  ContentTree t;
  para(t, kRoot, "# not a heading");
  para(t, kRoot, "- not a list");
  para(t, kRoot, "+ plus");
  para(t, kRoot, "1. not ordered");
  para(t, kRoot, "2) neither");
  para(t, kRoot, "> not a quote");
  para(t, kRoot, "===");
  para(t, kRoot, "2024 was a year");
  uint32_t p = node(t, kRoot, ContentKind::Paragraph);
  text(t, p, "first line");
  node(t, p, ContentKind::LineBreak);
  text(t, p, "--- second line");
  EXPECT_EQ(write_markdown(t),
            "\\# not a heading\n\n\\- not a list\n\n\\+ plus\n\n1\\. not ordered\n\n2\\) neither\n\n"
            "\\> not a quote\n\n\\===\n\n2024 was a year\n\nfirst line\\\n\\--- second line\n");
}

TEST(MarkdownWriterTest, HeadingWithTrailingHashes) {
  ContentTree t;
  heading(t, kRoot, 2, "Issue #");
  heading(t, kRoot, 2, "C#");
  EXPECT_EQ(write_markdown(t), "## Issue \\#\n\n## C\\#\n");
}

TEST(MarkdownWriterTest, EmphasisStrongAndCode) {
  ContentTree t;
  uint32_t p = node(t, kRoot, ContentKind::Paragraph);
  text(t, p, "This is");
  span(t, p, ContentKind::Emphasis, " very ");
  text(t, p, "and ");
  span(t, p, ContentKind::Strong, "bold");
  text(t, p, ", ");
  span(t, p, ContentKind::Emphasis, "  ");
  span(t, p, ContentKind::InlineCode, "a*b");
  text(t, p, " ");
  span(t, p, ContentKind::InlineCode, "x`y");
  text(t, p, " ");
  span(t, p, ContentKind::InlineCode, "`tick");
  EXPECT_EQ(write_markdown(t), "This is *very* and **bold**, `a*b` ``x`y`` `` `tick ``\n");
}

TEST(MarkdownWriterTest, LinksAndImages) {
  ContentTree t;
  uint32_t p = node(t, kRoot, ContentKind::Paragraph);
  text(t, p, "See ");
  span(t, p, ContentKind::Link, "the [docs]", "https://example.com/a b(c)");
  text(t, p, " or ");
  node(t, p, ContentKind::Link, {}, "https://example.com/x_y");
  text(t, p, " ");
  span(t, p, ContentKind::Link, "no target");
  text(t, p, " ");
  node(t, p, ContentKind::Image, "a *cat*", "https://example.com/cat.png");
  node(t, p, ContentKind::Image, "no source", "");
  text(t, p, " ");
  span(t, p, ContentKind::Link, "run me", "javascript:alert(1)");
  node(t, p, ContentKind::Image, "tracker", "data:image/gif;base64,R0lGOD");
  // The empty link (an icon, a heading's permalink) leaves nothing: its URL is not the page's text.
  EXPECT_EQ(write_markdown(t),
            "See [the \\[docs\\]](https://example.com/a%20b\\(c\\)) or no target "
            "![a \\*cat\\*](https://example.com/cat.png) run me\n");
}

// "here:<a><br>http://…</a>": the link starts in the space the line break
// trims; its bracket must not land after the break's backslash ("\\[").
TEST(MarkdownWriterTest, LinkOpeningWithALineBreak) {
  ContentTree t;
  uint32_t p = node(t, kRoot, ContentKind::Paragraph);
  text(t, p, "The archive is here: ");
  uint32_t a = node(t, p, ContentKind::Link, {}, "https://example.com/news");
  node(t, a, ContentKind::LineBreak);
  text(t, a, "example.com/news");
  EXPECT_EQ(write_markdown(t), "The archive is here:\\\n[example.com/news](https://example.com/news)\n");
}

// The page put the spaces inside the link ("Lucius<a> Annaeus Seneca </a>was"):
// they stay outside the brackets, so the words do not run into them.
TEST(MarkdownWriterTest, SpacesAtTheEndsOfALinkStayOutside) {
  ContentTree t;
  uint32_t p = node(t, kRoot, ContentKind::Paragraph);
  text(t, p, "Lucius");
  span(t, p, ContentKind::Link, " Annaeus Seneca ", "https://example.com/s");
  text(t, p, "was a philosopher.");
  EXPECT_EQ(write_markdown(t), "Lucius [Annaeus Seneca](https://example.com/s) was a philosopher.\n");
}

TEST(MarkdownWriterTest, NestedAndOrderedLists) {
  ContentTree t;
  para(t, kRoot, "Intro");
  uint32_t l = list(t, kRoot, false);
  item(t, l, "one");
  uint32_t two = item(t, l, "two");
  uint32_t nested = list(t, two, true);
  item(t, nested, "first");
  uint32_t second = item(t, nested, "second");
  uint32_t deeper = list(t, second, false);
  item(t, deeper, "deep");
  item(t, l, "- three");
  para(t, kRoot, "Outro");
  EXPECT_EQ(write_markdown(t),
            "Intro\n\n"
            "- one\n"
            "- two\n"
            "  1. first\n"
            "  2. second\n"
            "     - deep\n"
            "- \\- three\n\n"
            "Outro\n");
}

// "<ol><li>Find the candidates:</li><ol><li>…</li></ol><li>Pick one</li></ol>":
// the list nested without its item goes on in the item above, and the outer
// list keeps counting.
TEST(MarkdownWriterTest, ListStraightInAListNestsUnderTheItemAbove) {
  ContentTree t;
  uint32_t l = list(t, kRoot, true);
  item(t, l, "Find the candidates:");
  uint32_t nested = list(t, l, true);
  item(t, nested, "this half");
  item(t, nested, "anywhere");
  item(t, l, "Pick one.");
  EXPECT_EQ(write_markdown(t),
            "1. Find the candidates:\n"
            "   1. this half\n"
            "   2. anywhere\n"
            "2. Pick one.\n");
}

TEST(MarkdownWriterTest, AdjacentListsDoNotMerge) {
  ContentTree t;
  item(t, list(t, kRoot, false), "a");
  item(t, list(t, kRoot, false), "b");
  item(t, list(t, kRoot, true), "c");
  item(t, list(t, kRoot, true), "d");
  EXPECT_EQ(write_markdown(t), "- a\n\n* b\n\n1. c\n\n1) d\n");
}

TEST(MarkdownWriterTest, ListItemWithParagraphs) {
  ContentTree t;
  uint32_t l = list(t, kRoot, true);
  uint32_t i = node(t, l, ContentKind::ListItem);
  para(t, i, "para one");
  para(t, i, "para two");
  item(t, l, "next");
  EXPECT_EQ(write_markdown(t), "1. para one\n\n   para two\n2. next\n");
}

TEST(MarkdownWriterTest, QuotesPrefixEveryLine) {
  ContentTree t;
  uint32_t q = node(t, kRoot, ContentKind::Quote);
  para(t, q, "first");
  para(t, q, "second");
  uint32_t inner = node(t, q, ContentKind::Quote);
  para(t, inner, "nested");
  uint32_t l = list(t, kRoot, false);
  uint32_t i = item(t, l, "item");
  uint32_t q2 = node(t, i, ContentKind::Quote);
  para(t, q2, "quoted in item");
  para(t, q2, "again");
  EXPECT_EQ(write_markdown(t),
            "> first\n>\n> second\n>\n> > nested\n\n"
            "- item\n\n  > quoted in item\n  >\n  > again\n");
}

TEST(MarkdownWriterTest, FencedCode) {
  ContentTree t;
  code_block(t, kRoot, "a = `b`\n```\nc\n\n", "python x");
  code_block(t, kRoot, "", "empty");
  uint32_t l = list(t, kRoot, false);
  uint32_t i = item(t, l, "item");
  code_block(t, i, "x\n  y");
  EXPECT_EQ(write_markdown(t),
            "````python\na = `b`\n```\nc\n````\n\n"
            "- item\n\n  ```\n  x\n    y\n  ```\n");
}

TEST(MarkdownWriterTest, PipeTables) {
  ContentTree t;
  table(t, kRoot, {{"Name", "Note"}, {"a|b", "x*y"}, {"only one"}, {"", ""}});
  EXPECT_EQ(write_markdown(t),
            "| Name | Note |\n"
            "| --- | --- |\n"
            "| a\\|b | x\\*y |\n"
            "| only one |  |\n");
}

TEST(MarkdownWriterTest, TableCellsFlattenBlocks) {
  ContentTree t;
  uint32_t tbl = node(t, kRoot, ContentKind::Table);
  uint32_t row = node(t, tbl, ContentKind::TableRow);
  uint32_t cell = node(t, row, ContentKind::TableCell);
  para(t, cell, "one");
  uint32_t p = node(t, cell, ContentKind::Paragraph);
  text(t, p, "two");
  node(t, p, ContentKind::LineBreak);
  span(t, p, ContentKind::InlineCode, "a|b");
  uint32_t nested = node(t, row, ContentKind::TableCell);
  table(t, nested, {{"in", "ner"}});
  para(t, kRoot, "after");
  EXPECT_EQ(write_markdown(t), "| one two `a\\|b` | in ner |\n| --- | --- |\n\nafter\n");
}

TEST(MarkdownWriterTest, FiguresAndRules) {
  ContentTree t;
  uint32_t f = node(t, kRoot, ContentKind::Figure);
  node(t, f, ContentKind::Image, "A cat", "cat.png");
  para(t, f, "Caption");
  node(t, kRoot, ContentKind::HorizontalRule);
  para(t, kRoot, "end");
  EXPECT_EQ(write_markdown(t), "![A cat](cat.png)\n\nCaption\n\n---\n\nend\n");
}

TEST(MarkdownWriterTest, DeepNestingDoesNotRecurse) {
  ContentTree t;
  uint32_t parent = kRoot;
  for (int i = 0; i < 100000; ++i) parent = node(t, parent, ContentKind::Emphasis);
  text(t, parent, "x");
  std::string md = write_markdown(t);
  EXPECT_EQ(md, std::string(16, '*') + "x" + std::string(16, '*') + "\n");
}

}  // namespace
}  // namespace pith::output
