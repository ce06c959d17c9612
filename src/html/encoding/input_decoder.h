// From raw bytes to the tokenizer's input: the WHATWG encoding sniffing
// algorithm picks an encoding, the bytes are decoded to UTF-8 (invalid
// sequences become U+FFFD as the Encoding Standard says), and newlines are
// normalised (CR LF and lone CR become LF, HTML Standard "preprocessing the
// input stream"). Valid UTF-8 without CR is passed through without a copy.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace pith::html {

enum class EncodingConfidence : uint8_t { Certain, Tentative };

struct DecodedInput {
  std::string_view text;      // UTF-8, newline-normalised; points into storage or the input bytes
  std::string storage;        // owns the text when it had to be rewritten; always heap-allocated
                              // (never in the small-string buffer), so moving a DecodedInput
                              // keeps `text` valid. Copying does not: copies share the original.
  std::string encoding;       // WHATWG canonical name, e.g. "UTF-8", "windows-1252", "Shift_JIS"
  EncodingConfidence confidence = EncodingConfidence::Tentative;
};

// `bytes` must outlive the result (text may point into it). `charset_hint` is a
// label from outside the document (empty when there is none); when it names an
// encoding it is used with confidence Certain (a BOM still wins), an unknown
// label is ignored. Otherwise: <meta> prescan, then a guess from the content
// (see encoding/encoding_sniffer.h). Never fails: any bytes decode.
DecodedInput decode_input(std::string_view bytes, std::string_view charset_hint);

}  // namespace pith::html
