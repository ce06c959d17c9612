// The encodings of the WHATWG Encoding Standard and its label table: every
// label of https://encoding.spec.whatwg.org/#names-and-labels maps to one
// Encoding, and each Encoding has one canonical name ("windows-1252").
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace pith::html::encoding {

// One value per encoding of the Encoding Standard. The single-byte block
// (Ibm866 .. XMacCyrillic) has the order of the rows of kSingleByteTables.
enum class Encoding : uint8_t {
  Utf8,
  // Legacy single-byte encodings.
  Ibm866,
  Iso8859_2,
  Iso8859_3,
  Iso8859_4,
  Iso8859_5,
  Iso8859_6,
  Iso8859_7,
  Iso8859_8,
  Iso8859_8I,
  Iso8859_10,
  Iso8859_13,
  Iso8859_14,
  Iso8859_15,
  Iso8859_16,
  Koi8R,
  Koi8U,
  Macintosh,
  Windows874,
  Windows1250,
  Windows1251,
  Windows1252,
  Windows1253,
  Windows1254,
  Windows1255,
  Windows1256,
  Windows1257,
  Windows1258,
  XMacCyrillic,
  // Legacy multi-byte encodings.
  Gbk,
  Gb18030,
  Big5,
  EucJp,
  Iso2022Jp,
  ShiftJis,
  EucKr,
  // Legacy miscellaneous encodings.
  Replacement,
  Utf16Be,
  Utf16Le,
  XUserDefined,
};

inline constexpr int kEncodingCount = static_cast<int>(Encoding::XUserDefined) + 1;

// The Encoding Standard's "get an encoding": trims ASCII whitespace, matches
// the label ASCII case-insensitively. nullopt for an unknown label.
std::optional<Encoding> encoding_for_label(std::string_view label);

// Every label of the Encoding Standard, lowercase, sorted by label.
struct EncodingLabel {
  std::string_view label;
  Encoding encoding;
};
std::span<const EncodingLabel> encoding_labels();

// The canonical name, spelled as in the Encoding Standard ("UTF-8", "Shift_JIS").
std::string_view canonical_name(Encoding encoding);

inline bool is_single_byte(Encoding e) {
  return e >= Encoding::Ibm866 && e <= Encoding::XMacCyrillic;
}

// Bytes 0x00-0x7F always decode to the same ASCII code point, so an ASCII
// run can be copied through unchanged.
inline bool is_ascii_compatible(Encoding e) {
  return e != Encoding::Iso2022Jp && e != Encoding::Replacement && e != Encoding::Utf16Be &&
         e != Encoding::Utf16Le;
}

}  // namespace pith::html::encoding
