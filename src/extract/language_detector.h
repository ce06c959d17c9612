// The language of a text, from its letters: a thin wrapper over Compact
// Language Detector 2 (libcld2). The page's own claims (lang attributes,
// meta tags) are metadata's business; this only looks at the words.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace pith::extraction {

struct DetectedLanguage {
  std::string code;         // ISO 639-1 ("de", "zh"); empty when unknown, unreliable or too short
  bool reliable = false;    // cld2's own verdict: the best language clearly beat the others
  int percent = 0;          // share (0–100) of the scored letters in that language
  size_t text_bytes = 0;    // bytes of letters cld2 scored (in the sample)
};

// Texts with fewer characters than this give an empty code.
inline constexpr size_t kMinLanguageDetectionChars = 24;
// By default at most this many bytes of the text are looked at: plenty for a
// verdict. cld2 scores ~30 MB/s, so callers on a hot path pass a smaller
// sample (1 KB already decides nearly every page).
inline constexpr size_t kLanguageSampleBytes = 16 * 1024;

// `text` is UTF-8 plain text (not HTML), e.g. the extracted main content.
// Only its first `max_sample_bytes` are read, cut on a line break or a
// character boundary. Never throws on bad input: invalid UTF-8 ends the
// sample where it starts.
DetectedLanguage detect_language(std::string_view text, size_t max_sample_bytes = kLanguageSampleBytes);

}  // namespace pith::extraction
