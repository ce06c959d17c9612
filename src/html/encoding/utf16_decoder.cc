// The Encoding Standard's UTF-16LE/BE decoders: pairs of bytes to code units,
// surrogate pairing and newline normalisation in Utf16ToUtf8.

#include "html/encoding/decoders.h"
#include "html/encoding/utf16_to_utf8.h"

namespace pith::html::encoding {
namespace {

constexpr size_t kChunkUnits = 1 << 15;

}  // namespace

void decode_utf16(std::string_view bytes, bool big_endian, Utf8Writer& out) {
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const size_t units = bytes.size() / 2;
  Utf16ToUtf8 converter;
  size_t u = 0;
  while (u < units) {
    const size_t chunk_end = units - u > kChunkUnits ? u + kChunkUnits : units;
    // At most 3 bytes per unit: a lead surrogate writes nothing, the unit after
    // it at most 6 (U+FFFD for the broken pair plus itself).
    char* p = out.reserve(3 * (chunk_end - u) + 8);
    for (; u < chunk_end; ++u) {
      const uint8_t first = s[2 * u], second = s[2 * u + 1];
      const auto unit = static_cast<char16_t>(big_endian ? (first << 8) | second : (second << 8) | first);
      p = converter.push(p, unit);
    }
    out.commit(p);
  }
  // End of input: a trailing odd byte and/or a pending lead surrogate make a
  // single error.
  if (bytes.size() % 2 != 0 || converter.has_pending_surrogate()) {
    char* p = out.reserve(4);
    p = write_utf8(p, kReplacementCharacter);
    out.commit(p);
  }
}

}  // namespace pith::html::encoding
