// Hard-wrapped text: the same news page of the readability set (webmd-1,
// Apache-2.0) as `w3m -dump -cols 80` prints it (every paragraph broken into
// lines of at most 80 columns, blank lines between paragraphs) must give the
// same article as the unwrapped rendering of other_renderer_test.cc; the
// joiner's rules on small inputs.
#include "textmode/hard_wrap.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "test_files.h"
#include "textmode/main_text.h"

namespace pith::textmode {
namespace {

const std::string kTestData = std::string(PITH_SOURCE_DIR) + "/tests/textmode/testdata/";

std::vector<std::string_view> texts(const TextPage& page) {
  std::vector<std::string_view> out;
  for (const PageLine& line : page.lines) out.push_back(line.text);
  return out;
}

TEST(HardWrap, W3mAt80ColumnsGivesTheArticleOneParagraphALine) {
  const std::string wrapped = test::read_file(kTestData + "webmd-1.w3m80.txt");
  const TextPage physical = split_text_page(wrapped, WrappedLines::Keep);
  EXPECT_EQ(detect_wrap_width(physical), 79u);  // w3m leaves the last column free
  const TextPage page = split_text_page(wrapped);
  ASSERT_LT(page.lines.size(), physical.lines.size());
  const MainText main = find_main_text(page);
  ASSERT_EQ(main.lines.size(), 11u);
  EXPECT_EQ(page.lines[main.lines.front()].text,
            "Feb. 23, 2015 -- Life-threatening peanut allergies have mysteriously been on the rise in the past "
            "decade, with little hope for a cure.");
  EXPECT_EQ(page.lines[main.lines[9]].text, "A Change in Guidelines?");
  EXPECT_TRUE(page.lines[main.lines.back()].text.starts_with("Allergies to peanuts and other foods are on the rise."));
  // The joined paragraph keeps the number of its first physical line.
  EXPECT_EQ(page.lines[main.lines.front()].source_line, 278u);
}

TEST(HardWrap, UnwrappedPagesAreLeftAsTheyAre) {
  for (const std::string& path : {kTestData + "webmd-1.w3m.txt", std::string(PITH_SHARED_DIR) + "/seeds/page.txt"}) {
    const std::string text = test::read_file(path);
    EXPECT_EQ(detect_wrap_width(split_text_page(text, WrappedLines::Keep)), 0u) << path;
    EXPECT_EQ(texts(split_text_page(text)), texts(split_text_page(text, WrappedLines::Keep))) << path;
  }
}

// Paragraphs wrapped at 40 columns, and the blocks that must stay apart.
const std::string kWrapped =
    "Text browsers break every paragraph into\n"
    "lines no wider than the terminal, which\n"
    "is why this one continues here.\n"
    "\n"
    "A second paragraph after a blank line is\n"
    "joined too, and a word broken at well-\n"
    "known hyphens closes up again without a\n"
    "space between the two halves of it.\n"
    "A third paragraph, with no blank line to\n"
    "set it apart, starts on a short line.\n"
    "  * a list item that is long enough to\n"
    "    be wrapped under its bullet by dump\n"
    "  * the next item starts its own line\n"
    "Menu one        Menu two        Menu three\n"
    "Fourth paragraph written to fill a line\n"
    "and the fifth one, also filling a line,\n"
    "as a wrapper fills all of them in turn.\n"
    "\n"
    "Dashes between words stay apart, this --\n"
    "with its space kept after the dashes --\n"
    "when two lines are joined into one line.\n"
    "12.1. Numbered sections start a block.\n";

TEST(HardWrap, JoinsFilledLinesButNotNewBlocks) {
  const TextPage physical = split_text_page(kWrapped, WrappedLines::Keep);
  EXPECT_EQ(detect_wrap_width(physical), 40u);  // the menu's padded columns are not measured
  const TextPage page = split_text_page(kWrapped);
  const std::vector<std::string_view> expected = {
      "Text browsers break every paragraph into lines no wider than the terminal, which is why this one "
      "continues here.",
      "A second paragraph after a blank line is joined too, and a word broken at well-known hyphens closes up "
      "again without a space between the two halves of it.",
      "A third paragraph, with no blank line to set it apart, starts on a short line.",
      "  * a list item that is long enough to be wrapped under its bullet by dump",
      "  * the next item starts its own line",
      "Menu one        Menu two        Menu three",
      "Fourth paragraph written to fill a line and the fifth one, also filling a line, as a wrapper fills all "
      "of them in turn.",
      "Dashes between words stay apart, this -- with its space kept after the dashes -- when two lines are "
      "joined into one line.",
      "12.1. Numbered sections start a block.",
  };
  EXPECT_EQ(texts(page), expected);
  EXPECT_EQ(page.lines[1].blank_before, 1u);
  EXPECT_EQ(page.lines[1].source_line, 4u);
}

TEST(HardWrap, DisplayWidthCountsWideCharactersTwice) {
  EXPECT_EQ(display_width("abc"), 3u);
  EXPECT_EQ(display_width("caf\u00e9"), 4u);
  EXPECT_EQ(display_width("\u65e5\u672c\u8a9e"), 6u);  // 日本語
  EXPECT_EQ(display_width("\xff\xfe"), 2u);            // invalid bytes count one column each
}

}  // namespace
}  // namespace pith::textmode
