// The multi-byte CJK encodings through ICU converters (ucnv). Each Encoding
// Standard encoding maps to the ICU table closest to its index: Shift_JIS is
// windows-31j, EUC-KR is windows-949 (UHC), GBK decodes as gb18030, Big5 is
// Big5-HKSCS:2008. ICU writes UTF-16, which Utf16ToUtf8 turns into normalised
// UTF-8. Every error becomes U+FFFD (ICU's default callback would write U+001A
// for some single-byte errors); where ICU and the Encoding Standard disagree
// on single bytes or on error recovery the callback and the output loop below
// follow the standard. Big5's four byte pairs that decode to two code points
// come out of ICU as private-use characters and are expanded here.
//
// A known difference that remains: a few gb18030 pairs the 2022 edition moved
// out of the private use area still decode to PUA code points.

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <memory>

#include "html/encoding/decoders.h"
#include "html/encoding/utf16_to_utf8.h"
#include "html/encoding/utf8_validator.h"

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
      return {"ibm-1375", "windows-950"};
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

// ICU's to-Unicode callback: every unassigned or illegal sequence is one
// U+FFFD, with two Encoding Standard rules ICU does not follow:
// - single bytes it maps and ICU rejects: 0x80 is U+20AC in gb18030, U+0080 in Shift_JIS;
// - a lead byte whose pair is unmapped keeps an ASCII trail byte ("restore byte
//   to ioQueue"); ICU swallows it.
// `context` points at the Encoding being decoded.
void write_replacement_character(const void* context, UConverterToUnicodeArgs* args, const char* bytes,
                                 int32_t length, UConverterCallbackReason reason, UErrorCode* error) {
  if (reason > UCNV_IRREGULAR) return;  // reset, close, clone
  *error = U_ZERO_ERROR;
  const Encoding encoding = *static_cast<const Encoding*>(context);
  UChar replacement[2] = {0xFFFD, 0};
  int32_t count = 1;
  if (length == 1 && static_cast<unsigned char>(bytes[0]) == 0x80) {
    if (encoding == Encoding::Gb18030 || encoding == Encoding::Gbk) replacement[0] = 0x20AC;
    if (encoding == Encoding::ShiftJis) replacement[0] = 0x0080;
  }
  if (length == 2 && encoding != Encoding::Iso2022Jp && static_cast<unsigned char>(bytes[1]) < 0x80) {
    replacement[1] = static_cast<UChar>(bytes[1]);
    count = 2;
  }
  ucnv_cbToUWriteUChars(args, replacement, count, 0, error);
}

// ICU decodes some bytes the Encoding Standard rejects: C1 controls in EUC-JP
// and EUC-KR (byte 0x80, ...), and EUC-KR's single bytes 0xFD-0xFF as PUA.
bool is_unit_the_standard_rejects(Encoding encoding, char16_t unit) {
  if (encoding != Encoding::EucJp && encoding != Encoding::EucKr) return false;
  if (unit >= 0x80 && unit <= 0x9F) return true;
  return encoding == Encoding::EucKr && unit >= 0xF8F5 && unit <= 0xF8F7;
}

// Big5 pointers 1133, 1135, 1164 and 1166 (bytes 88 62, 88 64, 88 A3, 88 A5)
// decode to a letter plus a combining mark; ICU maps them to these PUA units.
struct Big5Pair {
  char16_t icu_unit;
  char16_t first, second;
};
constexpr Big5Pair kBig5Pairs[] = {
    {0xF325, 0x00CA, 0x0304}, {0xF327, 0x00CA, 0x030C}, {0xF344, 0x00EA, 0x0304}, {0xF346, 0x00EA, 0x030C}};

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

Converter open_converter(const Encoding& encoding) {
  const IcuConverterNames names = icu_names(encoding);
  for (const char* name : {names.primary, names.fallback}) {
    if (name == nullptr) continue;
    UErrorCode error = U_ZERO_ERROR;
    Converter converter(ucnv_open(name, &error));
    if (U_SUCCESS(error) && converter) {
      ucnv_setToUCallBack(converter.get(), write_replacement_character, &encoding, nullptr, nullptr, &error);
      if (U_SUCCESS(error)) return converter;
    }
  }
  return nullptr;
}

// UTF-16 units per ucnv_toUnicode call.
constexpr int32_t kUnitBufferSize = 1 << 14;

// Runs ICU over byte ranges and writes its output through Utf16ToUtf8.
class IcuFeeder {
 public:
  IcuFeeder(UConverter* converter, Encoding encoding, Utf8Writer& out)
      : converter_(converter), encoding_(encoding), is_big5_(encoding == Encoding::Big5), out_(out),
        units_(std::make_unique<UChar[]>(kUnitBufferSize)) {}

  // Converts [begin, end); `flush` at the end of the input.
  void feed(const char* begin, const char* end, bool flush) {
    const char* source = begin;
    for (;;) {
      UChar* target = units_.get();
      UErrorCode error = U_ZERO_ERROR;
      ucnv_toUnicode(converter_, &target, units_.get() + kUnitBufferSize, &source, end, nullptr, flush, &error);
      write(static_cast<size_t>(target - units_.get()));
      if (error != U_BUFFER_OVERFLOW_ERROR) break;  // done (or an error ICU cannot recover from)
    }
  }

  // Input bytes ICU holds as the start of an unfinished character.
  bool has_pending_bytes() const {
    UErrorCode error = U_ZERO_ERROR;
    return ucnv_toUCountPending(converter_, &error) > 0;
  }

  // Copies plain ASCII (no CR) around ICU, which must have no pending bytes.
  void copy_plain_ascii(std::string_view run) {
    char* p = out_.reserve(run.size());
    p = to_utf8_.push(p, static_cast<char16_t>(run[0]));  // an LF right after a CR is dropped
    std::memcpy(p, run.data() + 1, run.size() - 1);
    out_.commit(p + run.size() - 1);
  }

  void finish() {
    char* p = out_.reserve(4);
    out_.commit(to_utf8_.finish(p));
  }

 private:
  void write(size_t produced) {
    char* p = out_.reserve(4 * produced + 8);  // see decode_utf16; Big5 pairs take 4
    for (size_t i = 0; i < produced; ++i) {
      char16_t unit = units_[i];
      if (is_unit_the_standard_rejects(encoding_, unit)) unit = 0xFFFD;
      if (is_big5_ && unit >= 0xF325 && unit <= 0xF346) {
        const Big5Pair* pair = std::find_if(std::begin(kBig5Pairs), std::end(kBig5Pairs),
                                            [unit](const Big5Pair& b) { return b.icu_unit == unit; });
        if (pair != std::end(kBig5Pairs)) {
          p = to_utf8_.push(to_utf8_.push(p, pair->first), pair->second);
          continue;
        }
      }
      p = to_utf8_.push(p, unit);
    }
    out_.commit(p);
  }

  UConverter* converter_;
  Encoding encoding_;
  bool is_big5_;
  Utf8Writer& out_;
  std::unique_ptr<UChar[]> units_;
  Utf16ToUtf8 to_utf8_;
};

// Plain ASCII runs at least this long bypass ICU (markup in CJK pages).
constexpr size_t kMinBypassRun = 32;

// Start of the first 16-byte block of plain ASCII at or after `from` that
// begins a run of at least kMinBypassRun plain bytes; bytes.size() if none.
size_t find_plain_run(std::string_view bytes, size_t from) {
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  for (size_t i = from; bytes.size() - i >= kMinBypassRun; i += 16) {
    if (special_byte_mask16(s + i) == 0 && special_byte_mask16(s + i + 16) == 0) return i;
  }
  return bytes.size();
}

}  // namespace

bool decode_multi_byte(std::string_view bytes, Encoding encoding, Utf8Writer& out, bool bypass_ascii) {
  Converter converter = open_converter(encoding);
  if (!converter) return false;
  IcuFeeder feeder(converter.get(), encoding, out);
  // ISO-2022-JP is stateful (ASCII bytes are kanji after ESC $ B): no bypass.
  bypass_ascii = bypass_ascii && encoding != Encoding::Iso2022Jp;
  size_t pos = 0;
  while (pos < bytes.size()) {
    size_t run = bypass_ascii ? find_plain_run(bytes, pos) : bytes.size();
    feeder.feed(bytes.data() + pos, bytes.data() + run, /*flush=*/false);
    // A lead byte waiting for its trail: the run's first bytes belong to it.
    while (run < bytes.size() && feeder.has_pending_bytes()) {
      feeder.feed(bytes.data() + run, bytes.data() + run + 1, /*flush=*/false);
      ++run;
    }
    if (run == bytes.size()) break;
    const size_t run_length = plain_ascii_length(bytes.substr(run));
    if (run_length == 0) {
      pos = run;
      continue;
    }
    feeder.copy_plain_ascii(bytes.substr(run, run_length));
    pos = run + run_length;
  }
  feeder.feed(bytes.data() + bytes.size(), bytes.data() + bytes.size(), /*flush=*/true);
  feeder.finish();
  return true;
}

}  // namespace pith::html::encoding
