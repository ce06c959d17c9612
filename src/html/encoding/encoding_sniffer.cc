// The sniffing steps in order; see encoding_sniffer.h. Pure-ASCII input is
// reported as windows-1252, the HTML Standard's default: ASCII says nothing
// about the encoding, and both decode it identically.

#include "html/encoding/encoding_sniffer.h"

#include "html/encoding/charset_detector.h"
#include "html/encoding/meta_prescan.h"

namespace pith::html::encoding {

std::optional<Encoding> sniff_byte_order_mark(std::string_view bytes, size_t* length) {
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    *length = 3;
    return Encoding::Utf8;
  }
  if (bytes.size() >= 2 && bytes.substr(0, 2) == "\xFE\xFF") {
    *length = 2;
    return Encoding::Utf16Be;
  }
  if (bytes.size() >= 2 && bytes.substr(0, 2) == "\xFF\xFE") {
    *length = 2;
    return Encoding::Utf16Le;
  }
  *length = 0;
  return std::nullopt;
}

namespace {

// A page re-saved as UTF-8 often keeps its old <meta charset=gb2312>. Legacy
// text is practically never valid UTF-8 once it has non-ASCII bytes, so a
// non-ASCII, entirely valid UTF-8 document is taken as UTF-8 whatever its
// <meta> says (a deliberate departure from the HTML Standard, which would
// show mojibake; the declared encoding stays Tentative there too).
void override_stale_declaration(std::string_view bytes, SniffResult& result) {
  const Utf8Scan scan = scan_utf8(bytes);
  result.utf8_scan = scan;
  if (scan.valid(bytes) && !scan.ascii) {
    result.encoding = Encoding::Utf8;
    result.source = EncodingSource::ValidUtf8;
  }
}

}  // namespace

SniffResult sniff_encoding(std::string_view bytes, std::string_view charset_hint) {
  SniffResult result;
  if (std::optional<Encoding> bom = sniff_byte_order_mark(bytes, &result.bom_length)) {
    result.encoding = *bom;
    result.confidence = EncodingConfidence::Certain;
    result.source = EncodingSource::ByteOrderMark;
    return result;
  }
  if (std::optional<Encoding> hinted = encoding_for_label(charset_hint)) {
    result.encoding = *hinted;
    result.confidence = EncodingConfidence::Certain;
    result.source = EncodingSource::CharsetHint;
    return result;
  }
  std::optional<Encoding> meta = prescan_for_encoding(bytes.substr(0, kPrescanLength));
  result.source = EncodingSource::MetaPrescan;
  if (!meta && bytes.size() > kPrescanLength) {
    meta = find_meta_encoding_in_document(bytes);
    result.source = EncodingSource::MetaInDocument;
  }
  if (meta) {
    result.encoding = *meta;
    if (*meta != Encoding::Utf8) override_stale_declaration(bytes, result);
    return result;
  }
  result.source = EncodingSource::Default;
  const Utf8Scan scan = scan_utf8(bytes);
  result.utf8_scan = scan;
  if (scan.valid(bytes)) {
    result.encoding = scan.ascii ? Encoding::Windows1252 : Encoding::Utf8;
    result.source = EncodingSource::ValidUtf8;
    return result;
  }
  if (std::optional<Encoding> detected = detect_encoding(bytes)) {
    result.encoding = *detected;
    result.source = EncodingSource::Detector;
    return result;
  }
  return result;
}

}  // namespace pith::html::encoding
