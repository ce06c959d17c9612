// Content-based guess of a legacy encoding for input that is not valid UTF-8
// and declares nothing, via uchardet (Mozilla's universal charset detector).
// Only results the Encoding Standard can decode are accepted.
#pragma once

#include <optional>
#include <string_view>

#include "html/encoding/encoding_labels.h"

namespace pith::html::encoding {

// The detector sees at most this much of the input: the stretches around
// non-ASCII bytes (kDetectorContext bytes either side, gaps shorter than that
// bridged), joined. Long ASCII stretches -- markup, scripts, styles -- say
// nothing about the encoding and would only dilute the statistics and cost time.
// 8 KB: on legacy re-encodings of the evaluation pages as accurate as 16 KB
// (763/774 right) at half the cost; uchardet runs at ~10 MB/s of non-ASCII text.
inline constexpr size_t kDetectorSampleLength = 8 * 1024;
inline constexpr size_t kDetectorContext = 64;
// With fewer non-ASCII bytes than this in the sample any guess is noise, and
// the caller's default (windows-1252) is the better bet.
inline constexpr size_t kMinDetectorEvidence = 8;

// The detector's guess, or nullopt when it has none we can decode. Never
// returns UTF-16 (without a BOM a UTF-16 guess on HTML is nearly always wrong)
// or replacement (ISO-2022-KR/CN, HZ).
std::optional<Encoding> detect_encoding(std::string_view bytes);

}  // namespace pith::html::encoding
