// NFC through ICU's UTF-8 normaliser (see the header).
#include "html/encoding/nfc_normalizer.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>

#include <cstdint>

namespace pith::html::encoding {
namespace {

// Code points below U+0300 are NFC-stable and never combine with a neighbour;
// their UTF-8 lead bytes are below 0xCC.
constexpr unsigned char kFirstUnstableLead = 0xCC;

// U+2010–U+2027 (dashes, curly quotes, bullet, ellipsis: E2 80 90–A7) have
// no canonical decomposition and never combine either; they are in most
// English pages, and ICU's check of a whole text costs more than this scan.
// (U+2000–U+200A are not among them: NFC maps U+2000 to U+2002.)
bool is_stable_punctuation(std::string_view text, size_t i) {
  return i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 &&
         static_cast<unsigned char>(text[i + 1]) == 0x80 && static_cast<unsigned char>(text[i + 2]) >= 0x90 &&
         static_cast<unsigned char>(text[i + 2]) <= 0xA7;
}

bool below_combining_marks(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (static_cast<unsigned char>(text[i]) < kFirstUnstableLead) continue;
    if (!is_stable_punctuation(text, i)) return false;
    i += 2;
  }
  return true;
}

// ICU's shared NFC instance, looked up once (null without normaliser data).
const icu::Normalizer2* nfc() {
  static const icu::Normalizer2* const instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
    return U_SUCCESS(status) ? n : nullptr;
  }();
  return instance;
}

}  // namespace

bool is_nfc(std::string_view text) {
  // ICU counts in int32_t; pith's texts are bounded far below (kMaxPageBytes).
  if (below_combining_marks(text) || text.size() > size_t(INT32_MAX)) return true;
  const icu::Normalizer2* n = nfc();
  if (!n) return true;  // no normaliser data: the text is handed out as it is
  UErrorCode status = U_ZERO_ERROR;
  bool yes = n->isNormalizedUTF8(icu::StringPiece(text.data(), int32_t(text.size())), status);
  return U_FAILURE(status) || yes;
}

void normalize_nfc(std::string& text) {
  if (is_nfc(text)) return;
  std::string out;
  out.reserve(text.size());
  icu::StringByteSink<std::string> sink(&out);
  UErrorCode status = U_ZERO_ERROR;
  nfc()->normalizeUTF8(0, icu::StringPiece(text.data(), int32_t(text.size())), sink, nullptr, status);
  if (U_SUCCESS(status)) text.swap(out);
}

}  // namespace pith::html::encoding
