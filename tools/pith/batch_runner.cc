// A ring of `window` slots: workers claim the next index only while it is
// within the window of the next index to be written, fill its slot, and the
// calling thread drains slots in order.
#include "batch_runner.h"

#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace pith::cli {

void run_ordered(size_t count, unsigned threads, const std::function<Record(size_t)>& work,
                 const std::function<void(size_t, Record&)>& sink) {
  if (threads <= 1 || count <= 1) {
    for (size_t i = 0; i < count; ++i) {
      Record r = work(i);
      sink(i, r);
    }
    return;
  }
  const size_t window = threads * kWindowPerThread;
  std::vector<std::optional<Record>> slots(window);
  std::mutex mutex;
  std::condition_variable slot_filled, slot_freed;
  size_t next_task = 0, next_write = 0;

  auto worker = [&] {
    while (true) {
      size_t i;
      {
        std::unique_lock lock(mutex);
        slot_freed.wait(lock, [&] { return next_task >= count || next_task < next_write + window; });
        if (next_task >= count) return;
        i = next_task++;
      }
      Record r = work(i);
      {
        std::lock_guard lock(mutex);
        slots[i % window] = std::move(r);
      }
      slot_filled.notify_all();
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t) pool.emplace_back(worker);
  for (size_t i = 0; i < count; ++i) {
    Record r;
    {
      std::unique_lock lock(mutex);
      slot_filled.wait(lock, [&] { return slots[i % window].has_value(); });
      r = std::move(*slots[i % window]);
      slots[i % window].reset();
    }
    sink(i, r);
    {
      std::lock_guard lock(mutex);
      ++next_write;
    }
    slot_freed.notify_all();
  }
  for (std::thread& t : pool) t.join();
}

}  // namespace pith::cli
