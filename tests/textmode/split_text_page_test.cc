// split_text_page(): the line structure every text-mode feature is built on.
// Browser copies separate blocks with blank lines, WET records with single
// newlines, Windows tools with CRLF; all must give the same lines.
#include <gtest/gtest.h>

#include "textmode/main_text.h"

namespace pith::textmode {
namespace {

std::vector<std::string> texts(const TextPage& page) {
  std::vector<std::string> out;
  for (const PageLine& line : page.lines) out.emplace_back(line.text);
  return out;
}

TEST(SplitTextPage, LfCrlfAndLoneCrEndLines) {
  const std::vector<std::string> want = {"one", "two", "three"};
  EXPECT_EQ(texts(split_text_page("one\ntwo\nthree")), want);
  EXPECT_EQ(texts(split_text_page("one\r\ntwo\r\nthree\r\n")), want);
  EXPECT_EQ(texts(split_text_page("one\rtwo\rthree\r")), want);
}

TEST(SplitTextPage, DropCapitalsGoBackOntoTheirWord) {
  // innerText puts a floated first letter on a line of its own.
  const std::string para = "xercice: après avoir attentivement lu cette brève, vous expliquerez.";
  const std::vector<std::string> want = {"Menu", "E" + para, "\xC3\x89" "tait-ce une bonne id\xC3\xA9" "e ? Nous le saurons demain matin."};
  EXPECT_EQ(texts(split_text_page("Menu\nE\n" + para + "\n\xC3\x89\ntait-ce une bonne id\xC3\xA9"
                                  "e ? Nous le saurons demain matin.")), want);
  // Not a list's index letter over a name, nor a letter over a new block or a capital.
  const std::vector<std::string> apart = {"Y", "yellowkitty", "A", "Another paragraph starts here and runs for long.",
                                          "B", "below a blank line, the paragraph is a block of its own."};
  EXPECT_EQ(texts(split_text_page("Y\nyellowkitty\nA\nAnother paragraph starts here and runs for long.\nB\n\n"
                                  "below a blank line, the paragraph is a block of its own.")), apart);
  // The physical lines stay when asked (the trainer labels them).
  EXPECT_EQ(split_text_page("E\n" + para, WrappedLines::Keep).lines.size(), 2u);
}

TEST(SplitTextPage, BlankLinesAreCountedNotKept) {
  const TextPage page = split_text_page("title\n\n\nfirst paragraph\nsecond\r\n\r\nthird");
  ASSERT_EQ(page.lines.size(), 4u);
  EXPECT_EQ(page.lines[0].blank_before, 0u);
  EXPECT_EQ(page.lines[1].blank_before, 2u);
  EXPECT_EQ(page.lines[1].source_line, 3u);
  EXPECT_EQ(page.lines[2].blank_before, 0u);
  EXPECT_EQ(page.lines[3].blank_before, 1u);
  EXPECT_EQ(page.lines[3].source_line, 6u);
}

TEST(SplitTextPage, TrailingSpacesAndNbspAreTrimmedInnerNbspKept) {
  // "\xC2\xA0" is U+00A0, "\xE3\x80\x80" U+3000 (ideographic space).
  const TextPage page = split_text_page("a\xC2\xA0" "b \xC2\xA0 \t\n  indented\xE3\x80\x80\n\xC2\xA0 \n");
  ASSERT_EQ(page.lines.size(), 2u);
  EXPECT_EQ(page.lines[0].text, "a\xC2\xA0" "b");
  EXPECT_EQ(page.lines[1].text, "  indented");  // leading space is the page's, kept
}

TEST(SplitTextPage, EmptyAndBlankInputHaveNoLines) {
  EXPECT_TRUE(split_text_page("").lines.empty());
  EXPECT_TRUE(split_text_page("\n\r\n \xC2\xA0\n").lines.empty());
}

TEST(SplitTextPage, CutUtf8AtTheEndIsKeptAsIs) {
  const TextPage page = split_text_page("caf\xC3");
  ASSERT_EQ(page.lines.size(), 1u);
  EXPECT_EQ(page.lines[0].text, "caf\xC3");
}

}  // namespace
}  // namespace pith::textmode
