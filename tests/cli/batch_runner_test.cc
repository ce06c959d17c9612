#include "batch_runner.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

namespace pith::cli {
namespace {

TEST(BatchRunnerTest, ResultsArriveInInputOrder) {
  for (unsigned threads : {1u, 2u, 7u}) {
    std::vector<size_t> seen;
    run_ordered(
        100, threads,
        [](size_t i) {
          // Later inputs finish first, so order must come from the runner.
          std::this_thread::sleep_for(std::chrono::microseconds((100 - i) % 7 * 200));
          Record r;
          r.output = std::to_string(i);
          return r;
        },
        [&](size_t i, Record& r) {
          EXPECT_EQ(r.output, std::to_string(i));
          seen.push_back(i);
        });
    ASSERT_EQ(seen.size(), 100u);
    for (size_t i = 0; i < seen.size(); ++i) EXPECT_EQ(seen[i], i);
  }
}

TEST(BatchRunnerTest, HoldsAtMostTheWindow) {
  const unsigned threads = 2;
  std::atomic<size_t> started{0};
  size_t written = 0, worst = 0;
  run_ordered(
      200, threads,
      [&](size_t) {
        ++started;
        return Record{};
      },
      [&](size_t, Record&) {
        if (written == 0) std::this_thread::sleep_for(std::chrono::milliseconds(50));  // a slow writer
        ++written;
        worst = std::max(worst, started.load() - written);
      });
  EXPECT_EQ(written, 200u);
  EXPECT_LE(worst, threads * kWindowPerThread);
}

TEST(BatchRunnerTest, EmptyAndSingle) {
  int calls = 0;
  run_ordered(0, 4, [](size_t) { return Record{}; }, [&](size_t, Record&) { ++calls; });
  EXPECT_EQ(calls, 0);
  run_ordered(
      1, 4,
      [](size_t) {
        Record r;
        r.output.push_back('x');
        return r;
      },
      [&](size_t, Record& r) { calls += r.output.size() == 1; });
  EXPECT_EQ(calls, 1);
}

}  // namespace
}  // namespace pith::cli
