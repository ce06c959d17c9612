// The growing output buffer every decoder writes UTF-8 into. Decoders ask for
// room for a whole chunk up front and then store through a raw pointer, so the
// inner loops carry no capacity checks.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

namespace pith::html::encoding {

class Utf8Writer {
 public:
  // `size_limit`: the most the output can need in total (e.g. 3 bytes per input
  // byte); growth by half never goes beyond it, so memory stays near the worst case.
  explicit Utf8Writer(size_t initial_capacity, size_t size_limit = static_cast<size_t>(-1))
      : size_limit_(size_limit) {
    grow(initial_capacity);
  }

  // Returns where to write next, with at least `bytes` writable from there.
  char* reserve(size_t bytes) {
    if (buffer_.size() - length_ < bytes) grow(length_ + bytes);
    return buffer_.data() + length_;
  }

  // Marks everything before `end` (a pointer from reserve) as written.
  void commit(char* end) { length_ = static_cast<size_t>(end - buffer_.data()); }

  void append(std::string_view bytes) {
    char* p = reserve(bytes.size());
    if (!bytes.empty()) std::memcpy(p, bytes.data(), bytes.size());
    commit(p + bytes.size());
  }

  size_t size() const { return length_; }

  // The output. Storage is always heap-allocated (never the small-string
  // buffer), so a string_view of it survives moving the string.
  std::string take() && {
    if (buffer_.capacity() > 2 * length_ + kShrinkSlack) {
      std::string exact;
      exact.reserve(std::max(length_, kMinHeapCapacity));
      exact.assign(buffer_.data(), length_);
      return exact;
    }
    buffer_.resize(length_);
    return std::move(buffer_);
  }

 private:
  // Capacity beyond twice the output worth a shrinking copy at the end.
  static constexpr size_t kShrinkSlack = 4096;
  // More than any small-string buffer.
  static constexpr size_t kMinHeapCapacity = 32;

  // Grows by half (or to `needed` if more). A fresh string is reserved to the
  // exact size: growing the old one in place would double its capacity.
  void grow(size_t needed) {
    const size_t by_half = std::min(buffer_.size() + buffer_.size() / 2, size_limit_);
    const size_t target = std::max({needed, by_half, kMinHeapCapacity});
    std::string grown;
    grown.reserve(target);
    grown.assign(buffer_.data(), length_);
    grown.resize(target);
    buffer_.swap(grown);
  }

  size_t size_limit_;
  std::string buffer_;
  size_t length_ = 0;
};

// Writes the UTF-8 form of `cp` (a scalar value) at p; returns the end.
inline char* write_utf8(char* p, char32_t cp) {
  if (cp < 0x80) {
    *p++ = static_cast<char>(cp);
  } else if (cp < 0x800) {
    *p++ = static_cast<char>(0xC0 | (cp >> 6));
    *p++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *p++ = static_cast<char>(0xE0 | (cp >> 12));
    *p++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *p++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *p++ = static_cast<char>(0xF0 | (cp >> 18));
    *p++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *p++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *p++ = static_cast<char>(0x80 | (cp & 0x3F));
  }
  return p;
}

inline constexpr char32_t kReplacementCharacter = 0xFFFD;
inline constexpr std::string_view kReplacementUtf8 = "\xEF\xBF\xBD";

}  // namespace pith::html::encoding
