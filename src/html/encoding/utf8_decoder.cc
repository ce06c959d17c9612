// The UTF-8 decoder: plain ASCII is copied 16 bytes at a time, everything else
// goes through next_utf8_sequence, which implements the Encoding Standard's
// UTF-8 decoder (and so its U+FFFD-per-maximal-subpart behaviour).

#include "html/encoding/decoders.h"
#include "html/encoding/utf8_validator.h"

namespace pith::html::encoding {
namespace {

// Input bytes handled per reserve() call; output is at most 3 bytes per input
// byte (an invalid byte becomes U+FFFD), plus the 16-byte block overrun.
constexpr size_t kChunk = 1 << 16;
constexpr size_t kSlack = 64;

}  // namespace

void decode_utf8(std::string_view bytes, Utf8Writer& out) {
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const size_t n = bytes.size();
  size_t i = 0;
  while (i < n) {
    const size_t chunk_end = n - i > kChunk ? i + kChunk : n;
    char* p = out.reserve(3 * (chunk_end - i) + kSlack);
    while (i < chunk_end) {
      if (n - i >= 16) {
        const unsigned mask = special_byte_mask16(s + i);
        std::memcpy(p, s + i, 16);
        if (mask == 0) {
          p += 16;
          i += 16;
          continue;
        }
        const size_t plain = static_cast<size_t>(__builtin_ctz(mask));
        p += plain;
        i += plain;
      }
      const uint8_t b = s[i];
      if (b < 0x80) {
        if (b == '\r') {
          *p++ = '\n';
          ++i;
          if (i < n && s[i] == '\n') ++i;
        } else {
          *p++ = static_cast<char>(b);
          ++i;
        }
        continue;
      }
      const Utf8Sequence seq = next_utf8_sequence(s + i, n - i);
      if (seq.valid) {
        std::memcpy(p, s + i, seq.length);
        p += seq.length;
      } else {
        std::memcpy(p, kReplacementUtf8.data(), 3);
        p += 3;
      }
      i += seq.length;
    }
    out.commit(p);
  }
}

}  // namespace pith::html::encoding
