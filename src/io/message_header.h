// The header block of a WARC record or an HTTP message: a start line, then
// "Name: value" fields, then a blank line (RFC 9112 §2, WARC 1.1 §4). Both
// formats share this shape, so the WARC reader and the API's handling of a
// record pasted into one input read it the same way.
//
// Lenient on purpose, since crawled headers are often malformed: LF alone ends a
// line as well as CRLF, a field line without a colon is skipped, continuation
// lines (obsolete line folding) are joined to the field before them.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pith::io {

struct HeaderField {
  std::string name;   // as written
  std::string value;  // leading and trailing whitespace removed
};

struct MessageHeader {
  std::string start_line;  // "WARC/1.0", "HTTP/1.1 200 OK"
  std::vector<HeaderField> fields;
  size_t size = 0;  // bytes of the whole block, the blank line included: the body starts here

  // The first field named `name` (ASCII case-insensitive), or nullopt.
  std::optional<std::string_view> find(std::string_view name) const;
};

// A header block can be no larger than this: a start line that promises a
// header but no blank line within this many bytes is not one.
inline constexpr size_t kMaxHeaderBytes = 64 * 1024;

// Parses the header block at the start of `bytes` when the first line starts
// with `protocol` ("WARC/", "HTTP/"). nullopt when it does not, or when no
// blank line ends the block within kMaxHeaderBytes.
std::optional<MessageHeader> parse_message_header(std::string_view bytes, std::string_view protocol);

// The charset parameter of a Content-Type value ("text/html; charset=UTF-8"
// → "UTF-8"), quotes removed; empty when there is none.
std::string charset_parameter(std::string_view content_type);

// The comma-separated items of a list-valued field ("gzip, Chunked" →
// {"gzip", "chunked"}), trimmed and lowercased, empty items left out.
std::vector<std::string> list_items(std::string_view value);

// The media type of a Content-Type value, lowercased, without parameters
// ("Text/HTML; charset=x" → "text/html").
std::string media_type(std::string_view content_type);

}  // namespace pith::io
