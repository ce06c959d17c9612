// UTF-8 validation, shared by the sniffer's "is this valid UTF-8?" guess and
// the UTF-8 decoder. ASCII is skipped 16 bytes at a time; CR is looked for in
// the same pass because newline normalisation is what decides whether the
// input can be passed through without a copy.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace pith::html::encoding {

// What one pass over the input found.
struct Utf8Scan {
  static constexpr size_t npos = static_cast<size_t>(-1);
  size_t valid_length = 0;  // bytes before the first invalid sequence (= size when valid)
  size_t first_cr = npos;   // offset of the first CR within valid_length, npos if none
  bool ascii = true;        // no byte >= 0x80 within valid_length

  bool valid(std::string_view bytes) const { return valid_length == bytes.size(); }
  // Bytes that can be copied unchanged: valid, and before any CR.
  size_t plain_length() const { return first_cr < valid_length ? first_cr : valid_length; }
};

// Scans until the first invalid sequence (or the end).
Utf8Scan scan_utf8(std::string_view bytes);

// Length of the leading run of ASCII bytes other than CR.
size_t plain_ascii_length(std::string_view bytes);

// One step of the Encoding Standard's UTF-8 decoder over s[0..available).
struct Utf8Sequence {
  uint8_t length;  // bytes consumed (>= 1)
  bool valid;      // false: emit one U+FFFD for those bytes (the maximal subpart)
};

// `s[0]` must be >= 0x80. An invalid sequence consumes its maximal subpart:
// the lead byte and the continuation bytes that were in range, so a byte that
// breaks a sequence starts the next one.
inline Utf8Sequence next_utf8_sequence(const uint8_t* s, size_t available) {
  const uint8_t lead = s[0];
  uint8_t needed;
  uint8_t lower = 0x80, upper = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    needed = 1;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    needed = 2;
    if (lead == 0xE0) lower = 0xA0;
    if (lead == 0xED) upper = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    needed = 3;
    if (lead == 0xF0) lower = 0x90;
    if (lead == 0xF4) upper = 0x8F;
  } else {
    return {1, false};
  }
  for (uint8_t i = 1; i <= needed; ++i) {
    if (i >= available) return {i, false};  // truncated at the end of input
    const uint8_t b = s[i];
    if (b < lower || b > upper) return {i, false};
    lower = 0x80;
    upper = 0xBF;
  }
  return {static_cast<uint8_t>(needed + 1), true};
}

// Bit i set when s[i] is not a plain ASCII byte (>= 0x80 or CR); reads 16 bytes.
inline unsigned special_byte_mask16(const uint8_t* s) {
#if defined(__SSE2__)
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s));
  const __m128i cr = _mm_cmpeq_epi8(v, _mm_set1_epi8('\r'));
  return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(v, cr)));
#else
  unsigned mask = 0;
  for (int i = 0; i < 16; ++i) mask |= static_cast<unsigned>(s[i] >= 0x80 || s[i] == '\r') << i;
  return mask;
#endif
}

}  // namespace pith::html::encoding
