// The progress bar's line, drawn when enabled (the CLI enables it only on a terminal).
#include "progress_bar.h"

#include <gtest/gtest.h>

#include <string>

namespace pith::cli {
namespace {

std::string drawn(ProgressBar::Unit unit, uint64_t total, uint64_t done, size_t pages, size_t failed) {
  ::testing::internal::CaptureStderr();
  {
    ProgressBar bar(total, unit, true);
    bar.advance(done, pages, failed);
  }
  return ::testing::internal::GetCapturedStderr();
}

TEST(ProgressBar, CountsInputs) {
  const std::string line = drawn(ProgressBar::Unit::Inputs, 990, 990, 990, 2);
  EXPECT_NE(line.find("[==============================] 990/990"), std::string::npos) << line;
  EXPECT_NE(line.find("pages/s  2 failed"), std::string::npos) << line;
}

// A crawl file's records are not known until read: the bar is its bytes.
TEST(ProgressBar, CountsBytesOfWarcFiles) {
  const std::string line = drawn(ProgressBar::Unit::Bytes, uint64_t{1024} << 20, uint64_t{512} << 20, 5210, 0);
  EXPECT_NE(line.find("[===============>              ] 512/1024 MB  5210 pages"), std::string::npos) << line;
  EXPECT_EQ(line.find("failed"), std::string::npos) << line;
}

TEST(ProgressBar, DisabledDrawsNothing) {
  ::testing::internal::CaptureStderr();
  {
    ProgressBar bar(10, ProgressBar::Unit::Inputs, false);
    bar.advance(10, 10, 0);
  }
  EXPECT_EQ(::testing::internal::GetCapturedStderr(), "");
}

}  // namespace
}  // namespace pith::cli
