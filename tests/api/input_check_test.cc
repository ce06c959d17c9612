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

}  // namespace
}  // namespace pith::api
