// decode_input: sniff, then decode the bytes after the BOM. Input that needs
// no change (valid UTF-8, or ASCII in an ASCII-compatible encoding, without CR)
// is returned as a view of the input; otherwise the unchanged prefix is copied
// with one memcpy and the decoder takes over from the first byte that needs work.

#include "html/encoding/input_decoder.h"

#include "html/encoding/decoders.h"
#include "html/encoding/encoding_sniffer.h"
#include "html/encoding/utf8_validator.h"

namespace pith::html {
namespace {

using encoding::Encoding;

// Output is usually a little longer than the input (non-ASCII letters of
// single-byte encodings grow to 2-3 bytes); the writer grows if needed.
size_t initial_capacity(std::string_view body, Encoding e) {
  constexpr size_t kMinCapacity = 64;  // also keeps storage off the small-string buffer
  if (e == Encoding::Utf16Le || e == Encoding::Utf16Be) return body.size() + body.size() / 2 + kMinCapacity;
  return body.size() + body.size() / 4 + kMinCapacity;
}

// No decoder writes more than 3 bytes per input byte (an invalid byte becomes
// U+FFFD), plus the slack of its last reserve() call.
size_t worst_case_size(std::string_view body) {
  constexpr size_t kDecoderSlack = 1024;
  return 3 * body.size() + kDecoderSlack;
}

// Bytes at the start of `body` that decode to themselves.
size_t unchanged_prefix_length(std::string_view body, const encoding::SniffResult& sniff) {
  const Encoding e = sniff.encoding;
  if (e == Encoding::Utf8) {
    const encoding::Utf8Scan scan = sniff.utf8_scan ? *sniff.utf8_scan : encoding::scan_utf8(body);
    return scan.plain_length();
  }
  if (!encoding::is_ascii_compatible(e)) return 0;
  if (sniff.utf8_scan && sniff.utf8_scan->ascii) return sniff.utf8_scan->plain_length();
  return encoding::plain_ascii_length(body);
}

}  // namespace

DecodedInput decode_input(std::string_view bytes, std::string_view charset_hint) {
  const encoding::SniffResult sniff = encoding::sniff_encoding(bytes, charset_hint);
  const std::string_view body = bytes.substr(sniff.bom_length);
  DecodedInput result;
  result.encoding = std::string(encoding::canonical_name(sniff.encoding));
  result.confidence = sniff.confidence;

  const size_t unchanged = unchanged_prefix_length(body, sniff);
  if (unchanged == body.size() && sniff.encoding != Encoding::Replacement) {
    result.text = body;
    return result;
  }
  encoding::Utf8Writer out(initial_capacity(body, sniff.encoding), worst_case_size(body));
  out.append(body.substr(0, unchanged));
  encoding::decode(body.substr(unchanged), sniff.encoding, out);
  result.storage = std::move(out).take();
  result.text = result.storage;
  return result;
}

}  // namespace pith::html
