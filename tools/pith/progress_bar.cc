// "[=========>          ] 412/990  37.1 pages/s  2 failed", carriage-return redrawn.
#include "progress_bar.h"

#include <unistd.h>

#include <cstdio>
#include <string>

namespace pith::cli {
namespace {
constexpr int kBarWidth = 30;
constexpr auto kRedrawInterval = std::chrono::milliseconds(100);
}  // namespace

bool progress_wanted(size_t inputs) { return inputs >= kProgressMinInputs && isatty(STDERR_FILENO); }

ProgressBar::ProgressBar(size_t total, bool enabled)
    : total_(total), enabled_(enabled), start_(std::chrono::steady_clock::now()), last_draw_() {}

ProgressBar::~ProgressBar() {
  if (enabled_) std::fputs("\r\033[K", stderr);
}

void ProgressBar::advance(size_t done, size_t failed) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (done < total_ && now - last_draw_ < kRedrawInterval) return;
  last_draw_ = now;
  draw(done, failed);
}

void ProgressBar::draw(size_t done, size_t failed) {
  int filled = total_ ? static_cast<int>(kBarWidth * done / total_) : kBarWidth;
  std::string bar(filled, '=');
  if (filled < kBarWidth) bar += '>';
  bar.resize(kBarWidth, ' ');
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  std::fprintf(stderr, "\r[%s] %zu/%zu  %.1f pages/s", bar.c_str(), done, total_, seconds > 0 ? done / seconds : 0.0);
  if (failed) std::fprintf(stderr, "  %zu failed", failed);
  std::fputs("\033[K", stderr);
  std::fflush(stderr);
}

}  // namespace pith::cli
