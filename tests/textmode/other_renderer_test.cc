// find_main_text() on text rendered by another program than pith: a news page
// of the readability set (webmd-1, Apache-2.0) as `w3m -dump -cols 100000`
// shows it, the way eval/textmode_train.py renders it: menus as indented
// "•"/"□" lists, a search box as "[    ]", blank lines between blocks,
// paragraphs indented under their container. Its main content is exactly the
// gold's eleven lines: ten paragraphs and the subhead between them.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_files.h"
#include "textmode/main_text.h"

namespace pith::textmode {
namespace {

std::string_view without_indent(std::string_view line) {
  while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
  return line;
}

TEST(OtherRenderer, W3mRenderingOfANewsPageGivesExactlyTheArticle) {
  const std::string text =
      test::read_file(std::string(PITH_SOURCE_DIR) + "/tests/textmode/testdata/webmd-1.w3m.txt");
  const TextPage page = split_text_page(text);
  ASSERT_GT(page.lines.size(), 200u);  // the menus, footer and sidebars are there
  const MainText main = find_main_text(page);
  std::vector<std::string_view> got;
  for (size_t i : main.lines) got.push_back(without_indent(page.lines[i].text));
  ASSERT_EQ(got.size(), 11u);
  EXPECT_TRUE(got.front().starts_with("Feb. 23, 2015 -- Life-threatening peanut allergies"));
  EXPECT_EQ(got[9], "A Change in Guidelines?");
  EXPECT_TRUE(got.back().starts_with("Allergies to peanuts and other foods are on the rise."));
  for (std::string_view line : got) EXPECT_FALSE(line.starts_with("\u2022") || line.starts_with("\u25A1")) << line;
  // The title is the headline: not the menu's last item a few lines above it
  // ("• Allergies in the Workplace", on its topic too), and its "May" is a verb,
  // not a dateline's month.
  ASSERT_GE(main.title_line, 0);
  EXPECT_EQ(page.lines[size_t(main.title_line)].text, "Babies Who Eat Peanuts Early May Avoid Allergy");
}

}  // namespace
}  // namespace pith::textmode
