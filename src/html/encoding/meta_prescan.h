// The HTML Standard's "prescan a byte stream to determine its encoding"
// (https://html.spec.whatwg.org/multipage/parsing.html#prescan-a-byte-stream-to-determine-its-encoding):
// a cheap tag scanner that finds <meta charset> or <meta http-equiv=content-type
// content="...; charset=..."> without tokenizing.
#pragma once

#include <optional>
#include <string_view>

#include "html/encoding/encoding_labels.h"

namespace pith::html::encoding {

// How many leading bytes the standard prescan looks at.
inline constexpr size_t kPrescanLength = 1024;

// The prescan over `bytes` (the caller passes the first kPrescanLength bytes).
// Running out of bytes inside a tag or attribute ends the scan with no result.
// Applies the standard's fix-ups: UTF-16LE/BE → UTF-8, x-user-defined → windows-1252.
std::optional<Encoding> prescan_for_encoding(std::string_view bytes);

// The same scan over a whole document, for a <meta> that comes after the
// first 1024 bytes. A streaming parser finds such a meta in the tree builder
// and re-parses ("change the encoding"); with the whole input at hand we find
// it up front. Unlike the prescan it skips the contents of raw text elements
// (script, style, textarea, title, ...), which the tree builder never sees as
// tags, and stops at <plaintext>.
std::optional<Encoding> find_meta_encoding_in_document(std::string_view bytes);

// "Extracting a character encoding from a meta element" for a content attribute
// value, e.g. "text/html; charset=iso-8859-2". No fix-ups applied.
std::optional<Encoding> encoding_from_meta_content(std::string_view content);

}  // namespace pith::html::encoding
