// A one-line progress bar on standard error for long batches: shown only when
// stderr is a terminal and there are enough inputs to be worth it, redrawn at
// most ten times a second, erased when the batch ends.
#pragma once

#include <chrono>
#include <cstddef>

namespace pith::cli {

// Batches smaller than this finish too fast to need a bar.
inline constexpr size_t kProgressMinInputs = 20;

class ProgressBar {
 public:
  ProgressBar(size_t total, bool enabled);
  ~ProgressBar();
  void advance(size_t done, size_t failed);

 private:
  void draw(size_t done, size_t failed);
  size_t total_;
  bool enabled_;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

// True when stderr is a terminal and the batch is large enough.
bool progress_wanted(size_t inputs);

}  // namespace pith::cli
