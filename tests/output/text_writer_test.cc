#include "output/text_writer.h"

#include <gtest/gtest.h>

#include "content_builder.h"

namespace pith::output {
namespace {

using namespace testing;

TEST(TextWriterTest, EmptyTreeGivesNothing) {
  ContentTree t;
  EXPECT_EQ(write_text(t), "");
}

TEST(TextWriterTest, OneBlockPerLine) {
  ContentTree t;
  heading(t, kRoot, 1, "Title");
  para(t, kRoot, "  First   paragraph\n spans\tlines. ");
  para(t, kRoot, "Second\xC2\xA0\xC2\xA0with no-break spaces\xC2\xA0");
  para(t, kRoot, "   ");  // empty after collapsing: no line
  uint32_t l = list(t, kRoot, false);
  item(t, l, "one");
  uint32_t two = item(t, l, "two");
  uint32_t nested = list(t, two, true);
  item(t, nested, "two.a");
  node(t, kRoot, ContentKind::HorizontalRule);
  EXPECT_EQ(write_text(t),
            "Title\n"
            "First paragraph spans lines.\n"
            "Second with no-break spaces\n"
            "one\n"
            "two\n"
            "two.a\n");
}

TEST(TextWriterTest, InlineRunsKeepOnlyText) {
  ContentTree t;
  uint32_t p = node(t, kRoot, ContentKind::Paragraph);
  text(t, p, "Read ");
  span(t, p, ContentKind::Link, "the docs", "https://example.com/docs");
  text(t, p, ", ");
  span(t, p, ContentKind::Emphasis, "now");
  node(t, p, ContentKind::Image, "alt text", "https://example.com/a.png");
  text(t, p, "!");
  uint32_t q = node(t, p, ContentKind::InlineCode, "x = 1");
  (void)q;
  EXPECT_EQ(write_text(t), "Read the docs, now!x = 1\n");
}

TEST(TextWriterTest, LineBreakStartsANewLine) {
  ContentTree t;
  uint32_t p = node(t, kRoot, ContentKind::Paragraph);
  text(t, p, "line one ");
  node(t, p, ContentKind::LineBreak);
  node(t, p, ContentKind::LineBreak);
  text(t, p, " line two");
  EXPECT_EQ(write_text(t), "line one\nline two\n");
}

TEST(TextWriterTest, TableRowsAreLinesWithSeparatedCells) {
  ContentTree t;
  table(t, kRoot, {{"Name", "Age"}, {"Ann", "42"}, {"", "7"}});
  EXPECT_EQ(write_text(t), "Name | Age\nAnn | 42\n | 7\n");
}

TEST(TextWriterTest, BlocksInsideCellsStayOnTheRow) {
  ContentTree t;
  uint32_t tbl = node(t, kRoot, ContentKind::Table);
  uint32_t row = node(t, tbl, ContentKind::TableRow);
  uint32_t cell = node(t, row, ContentKind::TableCell);
  para(t, cell, "a");
  para(t, cell, "b");
  uint32_t cell2 = node(t, row, ContentKind::TableCell);
  uint32_t p = node(t, cell2, ContentKind::Paragraph);
  text(t, p, "c");
  node(t, p, ContentKind::LineBreak);
  text(t, p, "d");
  EXPECT_EQ(write_text(t), "a b | c d\n");
}

TEST(TextWriterTest, CodeBlocksKeepTheirSpacing) {
  ContentTree t;
  code_block(t, kRoot, "int main() {\n    return 0;\n\n}\n", "cpp");
  para(t, kRoot, "after");
  EXPECT_EQ(write_text(t), "int main() {\n    return 0;\n}\nafter\n");
}

TEST(TextWriterTest, QuotesAndFiguresRenderTheirBlocks) {
  ContentTree t;
  uint32_t q = node(t, kRoot, ContentKind::Quote);
  para(t, q, "quoted");
  text(t, q, "loose text in a quote");
  uint32_t f = node(t, kRoot, ContentKind::Figure);
  node(t, f, ContentKind::Image, "a cat", "cat.png");
  para(t, f, "The caption");
  EXPECT_EQ(write_text(t), "quoted\nloose text in a quote\nThe caption\n");
}

TEST(TextWriterTest, DeepNestingDoesNotRecurse) {
  ContentTree t;
  uint32_t parent = kRoot;
  for (int i = 0; i < 200000; ++i) parent = node(t, parent, ContentKind::Quote);
  para(t, parent, "deep");
  EXPECT_EQ(write_text(t), "deep\n");
}

}  // namespace
}  // namespace pith::output
