// Runs one job per input on N worker threads and hands the results back in
// input order, holding at most `window` finished-but-unwritten results: memory
// stays bounded however many inputs there are, and a slow page only stalls the
// writer, not the workers, until the window is full.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

namespace pith::cli {

// What one input produced: its rendered output, or the reason it failed.
struct Record {
  std::string output;
  bool failed = false;
  std::string error;     // what went wrong, with the path
  std::string messages;  // warnings for stderr, printed when the record is written
};

// Results held at most per worker thread.
inline constexpr size_t kWindowPerThread = 8;

// Calls work(i) for every i in [0, count) on `threads` threads (inline when 1)
// and sink(i, record) on the calling thread in increasing i.
void run_ordered(size_t count, unsigned threads, const std::function<Record(size_t)>& work,
                 const std::function<void(size_t, Record&)>& sink);

}  // namespace pith::cli
