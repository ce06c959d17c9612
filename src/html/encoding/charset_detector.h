// Content-based guess of a legacy encoding for input that is not valid UTF-8
// and declares nothing, via ICU's statistical charset detector (ucsdet). Only
// results the Encoding Standard can decode are accepted.
#pragma once

#include <optional>
#include <string_view>

#include "html/encoding/encoding_labels.h"

namespace pith::html::encoding {

// How much of the input the detector looks at (ICU's detector runs at only
// ~20 MB/s), starting a little before the first non-ASCII byte: the head of a
// page is often ASCII-only scripts and styles that say nothing about the encoding.
inline constexpr size_t kDetectorSampleLength = 16 * 1024;
inline constexpr size_t kDetectorLeadIn = 256;
// Below this ICU confidence (0-100) the guess is ignored.
inline constexpr int kMinDetectorConfidence = 10;

// ICU reports UTF-8 at 15 when it saw no multi-byte sequence at all (and at
// 25 when valid ones outnumber invalid ones ten to one); for input we already
// know is not valid UTF-8, only the latter is evidence.
inline constexpr int kMinUtf8Confidence = 25;

// The detector's best guess among the encodings it reports, or nullopt when it
// has none it is confident in. Never returns UTF-16 (without a BOM a UTF-16
// guess on HTML is nearly always wrong) or replacement.
std::optional<Encoding> detect_encoding(std::string_view bytes);

}  // namespace pith::html::encoding
