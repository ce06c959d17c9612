// Reader comments continue an article's prose, so text mode has to stop at
// the comment section's heading. Real blog pages (dragnet set), rendered to
// visible text the way `pith --format fulltext` renders them, one block a line.
#include <gtest/gtest.h>

#include <algorithm>
#include <ostream>
#include <string>

#include "html/parser.h"
#include "test_files.h"
#include "output/fulltext_writer.h"
#include "textmode/line_stats.h"
#include "textmode/main_text.h"

namespace pith::textmode {
namespace {

std::string visible_text(const std::string& html_path) {
  return output::write_fulltext(html::parse(test::read_file(html_path)).root());
}

struct CommentedPage {
  const char* id;
  const char* last_paragraph;   // opening of the article's last paragraph
  const char* comment_heading;  // opening of the line heading the comments
  const char* first_comment;    // opening of the first comment
};

void PrintTo(const CommentedPage& page, std::ostream* out) { *out << "dragnet/" << page.id; }

class ReaderComments : public testing::TestWithParam<CommentedPage> {};

TEST_P(ReaderComments, ArticleEndsAtTheCommentHeading) {
  const CommentedPage& want = GetParam();
  const TextPage page =
      split_text_page(visible_text(std::string(PITH_SHARED_DIR) + "/datasets/dragnet/pages/" + want.id + ".html"));
  const MainText main = find_main_text(page);
  ASSERT_FALSE(main.lines.empty());
  const auto find = [&](std::string_view opening) {
    for (size_t i = 0; i < page.lines.size(); ++i)
      if (page.lines[i].text.substr(0, opening.size()) == opening) return long(i);
    return -1L;
  };
  const long last = find(want.last_paragraph), heading = find(want.comment_heading),
             comment = find(want.first_comment);
  ASSERT_GE(last, 0);
  ASSERT_GT(heading, last);
  ASSERT_GT(comment, heading);
  EXPECT_NE(std::find(main.lines.begin(), main.lines.end(), size_t(last)), main.lines.end());
  EXPECT_LE(long(main.lines.back()), heading) << page.lines[main.lines.back()].text;
}

INSTANTIATE_TEST_SUITE_P(
    DragnetBlogs, ReaderComments,
    testing::Values(
        CommentedPage{"R187", "And where are you hiding the weather machine", "Comments", "Ha! 60's for a low"},
        CommentedPage{"R679", "This is a controversial topic", "Comments", "You can follow this conversation"},
        CommentedPage{"49", "That said, it must be admitted", "{ 18 comments", "Peter Flom 07.08.12"}),
    [](const testing::TestParamInfo<CommentedPage>& info) { return std::string("page_") + info.param.id; });

TEST(LineStats, CommentHeadingWordsAndClockTimes) {
  WordHashes hashes;
  EXPECT_EQ(scan_line("46 Comments on \xE2\x80\x9C" "Can 187,586 Buyers Be Wrong?\xE2\x80\x9D", hashes).comment_words, 1);
  EXPECT_EQ(scan_line("Kommentare (12)", hashes).comment_words, 1);
  EXPECT_TRUE(scan_line("Posted by: Ellen at September 10, 2012 11:40 AM", hashes).clock_time);
  EXPECT_TRUE(scan_line("Peter Flom 07.08.12 at 13:24", hashes).clock_time);
  // A colon between words or after a label is no time of day.
  EXPECT_FALSE(scan_line("Ratio 3 to 1: the result", hashes).clock_time);
  EXPECT_FALSE(scan_line("Note: 12 people came.", hashes).clock_time);
}

}  // namespace
}  // namespace pith::textmode
