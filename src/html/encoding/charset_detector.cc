// uchardet over a window of the input. Its names ("WINDOWS-1251", "SHIFT_JIS",
// "GB18030", ...) are mostly WHATWG labels; the few that are not are mapped
// here, and anything else (EUC-TW, VISCII, IBM852, UTF-32, ...) is ignored.

#include "html/encoding/charset_detector.h"

#include <uchardet/uchardet.h>

#include <algorithm>
#include <memory>
#include <string>

namespace pith::html::encoding {
namespace {

struct DetectorDeleter {
  void operator()(uchardet* d) const { uchardet_delete(d); }
};

// uchardet names that are not WHATWG labels but name a WHATWG encoding.
struct DetectorAlias {
  std::string_view name;
  Encoding encoding;
};
constexpr DetectorAlias kDetectorAliases[] = {
    {"ASCII", Encoding::Windows1252},  // only when its input had no high byte
    {"MAC-CYRILLIC", Encoding::XMacCyrillic},
    {"UHC", Encoding::EucKr},
    {"CP949", Encoding::EucKr},
};

std::optional<Encoding> encoding_for_detector_name(std::string_view name) {
  for (const DetectorAlias& alias : kDetectorAliases) {
    if (alias.name == name) return alias.encoding;
  }
  return encoding_for_label(name);
}

// Joins the stretches of `bytes` around non-ASCII bytes into `sample` (see
// kDetectorSampleLength); returns how many non-ASCII bytes it holds.
size_t sample_non_ascii_text(std::string_view bytes, std::string& sample) {
  const auto is_high = [&](size_t i) { return static_cast<unsigned char>(bytes[i]) >= 0x80; };
  const size_t n = bytes.size();
  size_t high_bytes = 0;
  size_t i = 0;
  while (sample.size() < kDetectorSampleLength) {
    while (i < n && !is_high(i)) ++i;
    if (i == n) break;
    const size_t begin = i > kDetectorContext ? i - kDetectorContext : 0;
    size_t last_high = i;
    const size_t budget = kDetectorSampleLength - sample.size();
    for (size_t j = i; j < n && j - last_high <= kDetectorContext && j - begin < budget; ++j) {
      if (is_high(j)) {
        last_high = j;
        ++high_bytes;
      }
    }
    const size_t end = std::min(n, last_high + kDetectorContext);
    sample.append(bytes.substr(begin, std::min(end - begin, kDetectorSampleLength - sample.size())));
    sample += '\n';
    i = end;
  }
  return high_bytes;
}

}  // namespace

std::optional<Encoding> detect_encoding(std::string_view bytes) {
  std::string sample;
  if (sample_non_ascii_text(bytes, sample) < kMinDetectorEvidence) return std::nullopt;

  std::unique_ptr<uchardet, DetectorDeleter> detector(uchardet_new());
  if (!detector) return std::nullopt;
  if (uchardet_handle_data(detector.get(), sample.data(), sample.size()) != 0) return std::nullopt;
  uchardet_data_end(detector.get());
  const char* name = uchardet_get_charset(detector.get());
  if (name == nullptr || *name == '\0') return std::nullopt;
  const std::optional<Encoding> encoding = encoding_for_detector_name(name);
  if (!encoding || *encoding == Encoding::Replacement || *encoding == Encoding::Utf16Le ||
      *encoding == Encoding::Utf16Be) {
    return std::nullopt;
  }
  return encoding;
}

}  // namespace pith::html::encoding
