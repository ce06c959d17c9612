#include "extract/language_detector.h"

// compact_lang_det.h uses FILE without including <cstdio>.
#include <cstdio>

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

namespace pith::extraction {
namespace {

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// True when `text` has at least `n` UTF-8 characters; stops counting there.
bool has_at_least_chars(std::string_view text, size_t n) {
  size_t count = 0;
  for (char c : text) {
    if (!is_continuation(c) && ++count >= n) return true;
  }
  return n == 0;
}

// The first `max_bytes` of `text`, ending at a line break when one falls in
// the second half of that window, else at a character boundary.
std::string_view sample_of(std::string_view text, size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  std::string_view window = text.substr(0, max_bytes);
  size_t newline = window.rfind('\n');
  if (newline != std::string_view::npos && newline >= max_bytes / 2) return window.substr(0, newline);
  size_t end = max_bytes;
  while (end > 0 && is_continuation(text[end])) --end;
  return text.substr(0, end);
}

// cld2's codes are ISO 639-1 with a few legacy or regional spellings;
// anything that is not a two-letter primary subtag ("haw", "un", "xx-Latn")
// has no ISO 639-1 code and reads as unknown.
std::string iso_code(CLD2::Language language) {
  std::string_view code = CLD2::LanguageCode(language);
  code = code.substr(0, code.find('-'));  // "zh-Hant" → "zh", "sr-ME" → "sr"
  if (code.size() != 2 || code == "un") return {};
  if (code == "iw") return "he";
  if (code == "jw") return "jv";
  if (code == "in") return "id";
  if (code == "ji") return "yi";
  return std::string(code);
}

struct Verdict {
  CLD2::Language language = CLD2::UNKNOWN_LANGUAGE;
  int percent = 0;
  int text_bytes = 0;
  bool reliable = false;
  int valid_prefix_bytes = 0;
};

Verdict run_cld2(std::string_view sample) {
  CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  CLD2::Language language3[3];
  int percent3[3] = {0, 0, 0};
  double normalized_score3[3];
  Verdict v;
  v.language = CLD2::ExtDetectLanguageSummaryCheckUTF8(
      sample.data(), static_cast<int>(sample.size()), /*is_plain_text=*/true, &hints, /*flags=*/0, language3,
      percent3, normalized_score3, /*resultchunkvector=*/nullptr, &v.text_bytes, &v.reliable,
      &v.valid_prefix_bytes);
  v.percent = percent3[0];
  return v;
}

}  // namespace

DetectedLanguage detect_language(std::string_view text, size_t max_sample_bytes) {
  DetectedLanguage result;
  if (!has_at_least_chars(text, kMinLanguageDetectionChars)) return result;

  std::string_view sample = sample_of(text, max_sample_bytes);
  Verdict v = run_cld2(sample);
  // cld2 refuses the whole buffer when it is not interchange-valid UTF-8
  // (stray control characters, broken sequences): judge the valid prefix.
  if (v.valid_prefix_bytes >= 0 && static_cast<size_t>(v.valid_prefix_bytes) < sample.size()) {
    sample = sample.substr(0, static_cast<size_t>(v.valid_prefix_bytes));
    if (!has_at_least_chars(sample, kMinLanguageDetectionChars)) return result;
    v = run_cld2(sample);
  }

  result.reliable = v.reliable;
  result.percent = v.percent;
  result.text_bytes = v.text_bytes > 0 ? static_cast<size_t>(v.text_bytes) : 0;
  if (v.reliable) result.code = iso_code(v.language);
  return result;
}

}  // namespace pith::extraction
