// Which language a page's text is in: the page's own claim checked against
// its words (HTML mode), or the words alone (text mode).
#include "api/language_choice.h"

#include <iterator>

#include "extract/language_detector.h"

namespace pith::api {
namespace {

// Text language detection (measured on ../shared/datasets, see language_detector.h):
// a page that declares no language gets the detected one; a declared language
// gives way only to a reliable disagreement on a long text, since a short text
// (a caption, a form) is too little evidence against the author's claim, and
// templates whose lang attribute is a leftover ("en" on German blogs) are common.
constexpr size_t kOverrideMinChars = 400;
// cld2 costs ~40 µs per call plus ~30 µs per KB once the parser has pushed
// its tables out of cache, so a page with a declared language gets a first look
// at a short sample, and only a disagreement is confirmed on a longer one.
constexpr size_t kQuickSampleBytes = 256;
constexpr size_t kSampleBytes = 4096;

// Languages cld2 and authors do not keep apart: never a disagreement.
bool same_language(std::string_view a, std::string_view b) {
  if (a == b) return true;
  auto group = [](std::string_view code) -> int {
    if (code == "no" || code == "nb" || code == "nn") return 1;
    if (code == "sr" || code == "hr" || code == "bs") return 2;
    if (code == "id" || code == "ms") return 3;
    return 0;
  };
  int g = group(a);
  return g != 0 && g == group(b);
}

// The cheap look before any cld2 call (language_choice.h): the commonest
// words of the languages most pages are in.
struct FunctionWords {
  std::string_view language;
  std::string_view words[8];
};
constexpr FunctionWords kFunctionWords[] = {
    {"en", {"the", "and", "of", "to", "is", "that", "with", "for"}},
    {"de", {"der", "die", "und", "das", "ist", "nicht", "mit", "den"}},
    {"fr", {"le", "les", "et", "des", "est", "une", "dans", "pour"}},
    {"es", {"el", "los", "que", "del", "las", "por", "una", "con"}},
    {"it", {"il", "di", "che", "della", "per", "sono", "gli", "non"}},
    {"pt", {"o", "que", "os", "da", "do", "uma", "para", "com"}},
    {"nl", {"het", "een", "van", "en", "niet", "dat", "zijn", "op"}},
    {"pl", {"i", "w", "się", "nie", "na", "jest", "że", "do"}},
};
constexpr size_t kFunctionWordSampleBytes = 512;
constexpr int kFunctionWordMinHits = 5;

}  // namespace

std::string_view language_by_function_words(std::string_view text) {
  int hits[std::size(kFunctionWords)] = {};
  std::string_view sample = text.substr(0, kFunctionWordSampleBytes);
  size_t i = 0;
  while (i < sample.size()) {
    auto is_letter = [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (static_cast<unsigned char>(c) & 0x80);
    };
    while (i < sample.size() && !is_letter(sample[i])) ++i;
    size_t start = i;
    while (i < sample.size() && is_letter(sample[i])) ++i;
    if (i == sample.size() && sample.size() < text.size()) break;  // a word cut by the sample
    size_t length = i - start;
    if (length == 0 || length > 6) continue;
    char word[6];
    for (size_t k = 0; k < length; ++k) {
      char c = sample[start + k];
      word[k] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    std::string_view w(word, length);
    for (size_t l = 0; l < std::size(kFunctionWords); ++l)
      for (std::string_view f : kFunctionWords[l].words)
        if (f == w) ++hits[l];
  }
  size_t best = 0;
  for (size_t l = 1; l < std::size(kFunctionWords); ++l)
    if (hits[l] > hits[best]) best = l;
  if (hits[best] < kFunctionWordMinHits) return {};
  for (size_t l = 0; l < std::size(kFunctionWords); ++l)
    if (l != best && hits[l] * 3 > hits[best]) return {};
  return kFunctionWords[best].language;
}

std::string choose_language(std::string declared, std::string_view text) {
  if (declared.empty()) return extraction::detect_language(text, kSampleBytes).code;
  if (text.size() <= kOverrideMinChars) return declared;  // bytes ≥ characters: a cheap first cut
  size_t chars = 0;
  for (char c : text)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++chars;
  if (chars <= kOverrideMinChars || language_by_function_words(text) == declared) return declared;
  extraction::DetectedLanguage quick = extraction::detect_language(text, kQuickSampleBytes);
  if (quick.code.empty() || same_language(quick.code, declared)) return declared;
  extraction::DetectedLanguage full = extraction::detect_language(text, kSampleBytes);
  if (full.code.empty() || same_language(full.code, declared)) return declared;
  return full.code;
}

std::string language_of_text(std::string_view text, size_t max_sample_bytes) {
  std::string_view plain = language_by_function_words(text);
  if (!plain.empty()) return std::string(plain);
  return extraction::detect_language(text, max_sample_bytes).code;
}

}  // namespace pith::api
