// Table-driven decoding of the legacy single-byte encodings and x-user-defined.
// ASCII runs are copied 16 bytes at a time; a high byte becomes its pre-encoded
// UTF-8 from kSingleByteTables with one unconditional 3-byte store.

#include "html/encoding/decoders.h"
#include "html/encoding/single_byte_tables.h"
#include "html/encoding/utf8_validator.h"

namespace pith::html::encoding {
namespace {

constexpr size_t kChunk = 1 << 16;
constexpr size_t kSlack = 64;

// Decodes with `high(b)` giving the packed UTF-8 (as in SingleByteTable) of a byte >= 0x80.
template <typename HighHalf>
void decode_ascii_compatible_bytes(std::string_view bytes, Utf8Writer& out, HighHalf high) {
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const size_t n = bytes.size();
  size_t i = 0;
  bool skip_lf = false;  // the previous byte was CR
  while (i < n) {
    const size_t chunk_end = n - i > kChunk ? i + kChunk : n;
    char* p = out.reserve(3 * (chunk_end - i) + kSlack);
    while (i < chunk_end) {
      // A block of 16 plain ASCII bytes is copied at once; any other block
      // (or the tail) is decoded byte by byte without rescanning.
      size_t block_end = chunk_end;
      if (chunk_end - i >= 16) {
        if (!skip_lf && special_byte_mask16(s + i) == 0) {
          std::memcpy(p, s + i, 16);
          p += 16;
          i += 16;
          continue;
        }
        block_end = i + 16;
      }
      for (; i < block_end; ++i) {
        const uint8_t b = s[i];
        if (b >= 0x80) {
          const uint32_t packed = high(b);
          p[0] = static_cast<char>(packed);
          p[1] = static_cast<char>(packed >> 8);
          p[2] = static_cast<char>(packed >> 16);
          p += packed >> 24;
          skip_lf = false;
        } else if (b == '\r') {
          *p++ = '\n';
          skip_lf = true;
        } else if (b == '\n' && skip_lf) {
          skip_lf = false;
        } else {
          *p++ = static_cast<char>(b);
          skip_lf = false;
        }
      }
    }
    out.commit(p);
  }
}

}  // namespace

void decode_single_byte(std::string_view bytes, Encoding encoding, Utf8Writer& out) {
  const int row = static_cast<int>(encoding) - static_cast<int>(Encoding::Ibm866);
  const uint32_t* table = kSingleByteTables[row].utf8;
  decode_ascii_compatible_bytes(bytes, out, [table](uint8_t b) { return table[b - 0x80]; });
}

void decode_x_user_defined(std::string_view bytes, Utf8Writer& out) {
  // U+F780 + (b - 0x80) is EF 9E 80 .. EF 9F BF.
  decode_ascii_compatible_bytes(bytes, out, [](uint8_t b) {
    const uint32_t cp = 0xF780u + (b - 0x80u);
    const uint32_t b0 = 0xE0u | (cp >> 12), b1 = 0x80u | ((cp >> 6) & 0x3Fu), b2 = 0x80u | (cp & 0x3Fu);
    return b0 | (b1 << 8) | (b2 << 16) | (3u << 24);
  });
}

}  // namespace pith::html::encoding
