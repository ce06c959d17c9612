// The decoders of the Encoding Standard, one per family, all writing UTF-8.
// Each appends the decoding of a complete input to `out`, turns CR LF and lone
// CR into LF (HTML "preprocessing the input stream"), and replaces invalid
// sequences by U+FFFD as the Encoding Standard's decoder for that encoding does.
#pragma once

#include <string_view>

#include "html/encoding/encoding_labels.h"
#include "html/encoding/utf8_writer.h"

namespace pith::html::encoding {

// UTF-8, with the "maximal subpart" rule: one U+FFFD per invalid subsequence.
void decode_utf8(std::string_view bytes, Utf8Writer& out);

// UTF-16LE / UTF-16BE; unpaired surrogates and a trailing odd byte become U+FFFD.
void decode_utf16(std::string_view bytes, bool big_endian, Utf8Writer& out);

// The table-driven legacy single-byte encodings (is_single_byte(encoding)).
void decode_single_byte(std::string_view bytes, Encoding encoding, Utf8Writer& out);

// x-user-defined: bytes 0x80-0xFF map to U+F780-U+F7FF.
void decode_x_user_defined(std::string_view bytes, Utf8Writer& out);

// The multi-byte CJK encodings (GBK, gb18030, Big5, EUC-JP, ISO-2022-JP,
// Shift_JIS, EUC-KR), decoded with ICU converters. Runs of plain ASCII bypass
// ICU unless `bypass_ascii` is false (tests compare both). Returns false when
// ICU has no converter for it; then nothing was written.
bool decode_multi_byte(std::string_view bytes, Encoding encoding, Utf8Writer& out, bool bypass_ascii = true);

// Dispatches on the encoding to one of the above (replacement: one U+FFFD for
// non-empty input). Falls back to windows-1252 if a multi-byte converter is missing.
void decode(std::string_view bytes, Encoding encoding, Utf8Writer& out);

}  // namespace pith::html::encoding
