// The multi-byte CJK encodings through ICU converters (ucnv). Each Encoding
// Standard encoding maps to the ICU table closest to its index: Shift_JIS is
// windows-31j, EUC-KR is windows-949 (UHC), GBK decodes as gb18030, Big5 is
// Big5 with the HKSCS extensions. ICU writes UTF-16, which Utf16ToUtf8 turns
// into normalised UTF-8. Every error becomes U+FFFD (ICU's default callback
// would write U+001A for some single-byte errors).

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>

#include <memory>

#include "html/encoding/decoders.h"
#include "html/encoding/utf16_to_utf8.h"

namespace pith::html::encoding {
namespace {

// ICU converter names, tried in order.
struct IcuConverterNames {
  const char* primary;
  const char* fallback;
};

IcuConverterNames icu_names(Encoding encoding) {
  switch (encoding) {
    case Encoding::Gbk:
    case Encoding::Gb18030:
      return {"gb18030", nullptr};
    case Encoding::Big5:
      return {"ibm-5471", "windows-950"};
    case Encoding::EucJp:
      return {"EUC-JP", nullptr};
    case Encoding::Iso2022Jp:
      return {"ISO-2022-JP", nullptr};
    case Encoding::ShiftJis:
      return {"windows-31j", "Shift_JIS"};
    case Encoding::EucKr:
      return {"windows-949", "EUC-KR"};
    default:
      return {nullptr, nullptr};
  }
}

// ICU's to-Unicode callback: every unassigned or illegal sequence is one U+FFFD.
void write_replacement_character(const void*, UConverterToUnicodeArgs* args, const char*, int32_t,
                                 UConverterCallbackReason reason, UErrorCode* error) {
  if (reason > UCNV_IRREGULAR) return;  // reset, close, clone
  *error = U_ZERO_ERROR;
  const UChar replacement = 0xFFFD;
  ucnv_cbToUWriteUChars(args, &replacement, 1, 0, error);
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

Converter open_converter(Encoding encoding) {
  const IcuConverterNames names = icu_names(encoding);
  for (const char* name : {names.primary, names.fallback}) {
    if (name == nullptr) continue;
    UErrorCode error = U_ZERO_ERROR;
    Converter converter(ucnv_open(name, &error));
    if (U_SUCCESS(error) && converter) {
      ucnv_setToUCallBack(converter.get(), write_replacement_character, nullptr, nullptr, nullptr, &error);
      if (U_SUCCESS(error)) return converter;
    }
  }
  return nullptr;
}

// UTF-16 units per ucnv_toUnicode call.
constexpr int32_t kUnitBufferSize = 1 << 14;

}  // namespace

bool decode_multi_byte(std::string_view bytes, Encoding encoding, Utf8Writer& out) {
  Converter converter = open_converter(encoding);
  if (!converter) return false;
  auto units = std::make_unique<UChar[]>(kUnitBufferSize);
  Utf16ToUtf8 to_utf8;
  const char* source = bytes.data();
  const char* const source_end = bytes.data() + bytes.size();
  for (;;) {
    UChar* target = units.get();
    UErrorCode error = U_ZERO_ERROR;
    ucnv_toUnicode(converter.get(), &target, units.get() + kUnitBufferSize, &source, source_end,
                   nullptr, /*flush=*/true, &error);
    const size_t produced = static_cast<size_t>(target - units.get());
    char* p = out.reserve(3 * produced + 8);  // see decode_utf16
    for (size_t i = 0; i < produced; ++i) p = to_utf8.push(p, units[i]);
    out.commit(p);
    if (error != U_BUFFER_OVERFLOW_ERROR) break;  // done (or an error ICU cannot recover from)
  }
  char* p = out.reserve(4);
  out.commit(to_utf8.finish(p));
  return true;
}

}  // namespace pith::html::encoding
