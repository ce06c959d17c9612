#include "api/input_check.h"

#include <gtest/gtest.h>

#include <string>

namespace pith::api {
namespace {

TEST(InputCheckTest, Blank) {
  EXPECT_TRUE(is_blank(""));
  EXPECT_TRUE(is_blank(" \n\t\r\f"));
  EXPECT_FALSE(is_blank(" x "));
}

TEST(InputCheckTest, Binary) {
  EXPECT_FALSE(looks_binary("<html><body>caf\xC3\xA9</body></html>"));
  EXPECT_FALSE(looks_binary("\x1b$B text in ISO-2022-JP \x1b(B"));
  std::string gzip("\x1f\x8b\x08\x00", 4);
  for (int i = 0; i < 100; ++i) gzip += std::string("\x00\x03\x9c\x05\x11\xfe", 6);
  EXPECT_TRUE(looks_binary(gzip));
  std::string utf16("\xFF\xFE<\0h\0t\0m\0l\0>\0", 14);
  EXPECT_FALSE(looks_binary(utf16));
  std::string a_few_nuls = std::string(1000, 'a') + std::string("\0", 1);
  EXPECT_FALSE(looks_binary(a_few_nuls));
}

TEST(InputCheckTest, CutAtTagEnd) {
  EXPECT_EQ(cut_at_tag_end("<p>short</p>", 100), "<p>short</p>");
  // Cut after the last '>' or line break before the limit, not inside a tag.
  EXPECT_EQ(cut_at_tag_end("<p>one</p><p>two</p>", 15), "<p>one</p><p>");
  EXPECT_EQ(cut_at_tag_end("line one\nline two", 12), "line one\n");
  // Nothing to cut at within the lookback: the limit itself.
  std::string run(kCutLookback + 100, 'x');
  EXPECT_EQ(cut_at_tag_end("<b>" + run, kCutLookback + 50).size(), kCutLookback + 50);
}

}  // namespace
}  // namespace pith::api
