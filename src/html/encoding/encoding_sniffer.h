// The HTML Standard's encoding sniffing algorithm for a complete document:
// BOM, then the caller's (transport layer) charset, then the <meta> prescan of
// the first 1024 bytes, then a <meta> anywhere in the document (what the tree
// builder's "change the encoding" would find), then a guess from the content
// (valid UTF-8, else ICU's detector), else windows-1252. One departure from the
// standard: a <meta>-declared legacy encoding loses to UTF-8 when the whole
// document is valid UTF-8 with non-ASCII text (a stale declaration).
#pragma once

#include <optional>
#include <string_view>

#include "html/encoding/encoding_labels.h"
#include "html/encoding/input_decoder.h"
#include "html/encoding/utf8_validator.h"

namespace pith::html::encoding {

// Which step of the algorithm decided.
enum class EncodingSource : uint8_t {
  ByteOrderMark,
  CharsetHint,
  MetaPrescan,     // <meta> in the first 1024 bytes
  MetaInDocument,  // <meta> later in the document
  ValidUtf8,       // content guess: the whole input is valid UTF-8 (or ASCII)
  Detector,        // content guess: ICU's detector
  Default,         // windows-1252
};

struct SniffResult {
  Encoding encoding = Encoding::Windows1252;
  EncodingConfidence confidence = EncodingConfidence::Tentative;
  EncodingSource source = EncodingSource::Default;
  size_t bom_length = 0;  // bytes of BOM to skip
  // Set when the sniffer already scanned the input after the BOM as UTF-8, so
  // the decoder need not scan it again.
  std::optional<Utf8Scan> utf8_scan;
};

// The encoding a byte order mark at the start of `bytes` names, and its length.
std::optional<Encoding> sniff_byte_order_mark(std::string_view bytes, size_t* length);

// `charset_hint`: a label from outside the document (e.g. HTTP Content-Type),
// empty when there is none; unknown labels are ignored.
SniffResult sniff_encoding(std::string_view bytes, std::string_view charset_hint);

}  // namespace pith::html::encoding
