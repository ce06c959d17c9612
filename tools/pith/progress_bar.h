// A one-line progress bar on standard error for long batches: shown only when
// stderr is a terminal and the batch is large enough to be worth it, redrawn
// at most ten times a second, erased when the batch ends. A batch of files
// counts its inputs; one with WARC files counts bytes read, since a crawl
// file's records are not known until they are read.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>

namespace pith::cli {

// Batches smaller than these finish too fast to need a bar.
inline constexpr size_t kProgressMinInputs = 20;
inline constexpr uint64_t kProgressMinBytes = uint64_t{16} << 20;

class ProgressBar {
 public:
  enum class Unit { Inputs, Bytes };
  ProgressBar(uint64_t total, Unit unit, bool enabled);
  ~ProgressBar();
  // `done` in the bar's unit; `pages` is how many documents are written.
  void advance(uint64_t done, size_t pages, size_t failed);

 private:
  void draw(uint64_t done, size_t pages, size_t failed);
  uint64_t total_;
  Unit unit_;
  bool enabled_;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

// True when stderr is a terminal, where a bar can be shown.
bool stderr_is_terminal();

}  // namespace pith::cli
