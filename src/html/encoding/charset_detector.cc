// ICU ucsdet over a sample of the input, with its markup filter on so tags do
// not drown out the text statistics. The detector's names ("ISO-8859-1",
// "Shift_JIS", "GB18030", ...) are looked up in the WHATWG label table.

#include "html/encoding/charset_detector.h"

#include <unicode/ucsdet.h>

#include <algorithm>
#include <memory>

namespace pith::html::encoding {
namespace {

struct DetectorCloser {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};

}  // namespace

std::optional<Encoding> detect_encoding(std::string_view bytes) {
  if (bytes.empty()) return std::nullopt;
  UErrorCode error = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&error));
  if (U_FAILURE(error) || !detector) return std::nullopt;
  ucsdet_enableInputFilter(detector.get(), true);
  size_t first_high = 0;
  while (first_high < bytes.size() && static_cast<unsigned char>(bytes[first_high]) < 0x80) ++first_high;
  if (first_high == bytes.size()) return std::nullopt;  // ASCII says nothing
  const std::string_view sample =
      bytes.substr(first_high > kDetectorLeadIn ? first_high - kDetectorLeadIn : 0, kDetectorSampleLength);
  ucsdet_setText(detector.get(), sample.data(), static_cast<int32_t>(sample.size()), &error);
  int32_t count = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &count, &error);
  if (U_FAILURE(error) || matches == nullptr) return std::nullopt;
  // Matches come best first; take the first one we can decode.
  for (int32_t i = 0; i < count; ++i) {
    UErrorCode match_error = U_ZERO_ERROR;
    const int32_t confidence = ucsdet_getConfidence(matches[i], &match_error);
    const char* name = ucsdet_getName(matches[i], &match_error);
    if (U_FAILURE(match_error) || name == nullptr || confidence < kMinDetectorConfidence) break;
    const std::optional<Encoding> encoding = encoding_for_label(name);
    if (!encoding || *encoding == Encoding::Replacement || *encoding == Encoding::Utf16Le ||
        *encoding == Encoding::Utf16Be) {
      continue;
    }
    if (*encoding == Encoding::Utf8 && confidence < kMinUtf8Confidence) continue;
    return encoding;
  }
  return std::nullopt;
}

}  // namespace pith::html::encoding
