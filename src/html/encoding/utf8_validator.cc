// The scanning loops behind scan_utf8 and plain_ascii_length: 16-byte blocks
// while the input is ASCII, one sequence at a time through non-ASCII runs.

#include "html/encoding/utf8_validator.h"

namespace pith::html::encoding {

Utf8Scan scan_utf8(std::string_view bytes) {
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const size_t n = bytes.size();
  Utf8Scan scan;
  size_t i = 0;
  while (i < n) {
    if (n - i >= 16) {
      const unsigned mask = special_byte_mask16(s + i);
      if (mask == 0) {
        i += 16;
        continue;
      }
      i += static_cast<size_t>(__builtin_ctz(mask));
    }
    // s[i] may be anything at the tail; in the block case it is special.
    // Stay here through a run of non-ASCII text.
    while (i < n) {
      const uint8_t b = s[i];
      if (b < 0x80) {
        if (b != '\r') break;
        if (scan.first_cr == Utf8Scan::npos) scan.first_cr = i;
        ++i;
        continue;
      }
      const Utf8Sequence seq = next_utf8_sequence(s + i, n - i);
      if (!seq.valid) {
        scan.valid_length = i;
        return scan;
      }
      scan.ascii = false;
      i += seq.length;
    }
    // Tail bytes that are plain ASCII.
    if (n - i < 16) {
      while (i < n && s[i] < 0x80 && s[i] != '\r') ++i;
    }
  }
  scan.valid_length = n;
  return scan;
}

size_t plain_ascii_length(std::string_view bytes) {
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const size_t n = bytes.size();
  size_t i = 0;
  for (; n - i >= 16; i += 16) {
    const unsigned mask = special_byte_mask16(s + i);
    if (mask != 0) return i + static_cast<size_t>(__builtin_ctz(mask));
  }
  while (i < n && s[i] < 0x80 && s[i] != '\r') ++i;
  return i;
}

}  // namespace pith::html::encoding
