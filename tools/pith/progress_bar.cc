// "[=========>          ] 412/990  37.1 pages/s  2 failed", or for WARC input
// "[=====>              ] 212/1024 MB  5210 pages  850.3 pages/s", carriage-return redrawn.
#include "progress_bar.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <string>

namespace pith::cli {
namespace {
constexpr int kBarWidth = 30;
constexpr auto kRedrawInterval = std::chrono::milliseconds(100);
}  // namespace

bool stderr_is_terminal() { return isatty(STDERR_FILENO); }

ProgressBar::ProgressBar(uint64_t total, Unit unit, bool enabled)
    : total_(total), unit_(unit), enabled_(enabled), start_(std::chrono::steady_clock::now()), last_draw_() {}

ProgressBar::~ProgressBar() {
  if (enabled_) std::fputs("\r\033[K", stderr);
}

void ProgressBar::advance(uint64_t done, size_t pages, size_t failed) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (done < total_ && now - last_draw_ < kRedrawInterval) return;
  last_draw_ = now;
  draw(std::min(done, total_), pages, failed);
}

void ProgressBar::draw(uint64_t done, size_t pages, size_t failed) {
  int filled = total_ ? static_cast<int>(kBarWidth * done / total_) : kBarWidth;
  std::string bar(filled, '=');
  if (filled < kBarWidth) bar += '>';
  bar.resize(kBarWidth, ' ');
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  double rate = seconds > 0 ? pages / seconds : 0.0;
  if (unit_ == Unit::Bytes) {
    std::fprintf(stderr, "\r[%s] %llu/%llu MB  %zu pages  %.1f pages/s", bar.c_str(),
                 static_cast<unsigned long long>(done >> 20), static_cast<unsigned long long>(total_ >> 20), pages,
                 rate);
  } else {
    std::fprintf(stderr, "\r[%s] %llu/%llu  %.1f pages/s", bar.c_str(), static_cast<unsigned long long>(done),
                 static_cast<unsigned long long>(total_), rate);
  }
  if (failed) std::fprintf(stderr, "  %zu failed", failed);
  std::fputs("\033[K", stderr);
  std::fflush(stderr);
}

}  // namespace pith::cli
