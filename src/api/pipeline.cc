// The extractor side of the public API: parse, metadata, main content and the
// writers, with no knowledge of pith::Options or pith::Document.
#include "api/pipeline.h"

#include <iterator>

#include "extract/content_extractor.h"
#include "extract/language_detector.h"
#include "extract/metadata/metadata.h"
#include "html/parser.h"
#include "output/html_writer.h"
#include "output/markdown_writer.h"
#include "output/text_writer.h"

namespace pith::api {
namespace {

// The writers end every line with '\n'; Document::text has no final newline.
std::string without_final_newline(std::string text) {
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

void copy_metadata(extraction::Metadata& m, PageResult& r) {
  r.title = std::move(m.title);
  r.author = std::move(m.author);
  r.date = std::move(m.date);
  r.date_modified = std::move(m.date_modified);
  r.sitename = std::move(m.sitename);
  r.hostname = std::move(m.hostname);
  r.language = std::move(m.language);
  r.url = std::move(m.url);
  r.description = std::move(m.description);
  r.image = std::move(m.image);
  r.license = std::move(m.license);
  r.categories = std::move(m.categories);
  r.tags = std::move(m.tags);
}

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

// Before any cld2 call, a page with a declared language gets a cheaper look:
// when the start of its text is full of that language's commonest words and
// nearly free of the others', it plainly agrees and cld2 is not needed (the
// common case: cld2 then takes ~2% of the pipeline's time instead of ~6%). Anything else,
// including languages not listed, goes to cld2.
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

bool plainly_in(std::string_view declared, std::string_view text) {
  const FunctionWords* own = nullptr;
  for (const FunctionWords& f : kFunctionWords)
    if (f.language == declared) own = &f;
  if (own == nullptr) return false;
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
  int own_hits = hits[own - kFunctionWords];
  if (own_hits < kFunctionWordMinHits) return false;
  for (size_t l = 0; l < std::size(kFunctionWords); ++l)
    if (&kFunctionWords[l] != own && hits[l] * 3 > own_hits) return false;
  return true;
}

// `declared` is metadata's primary subtag ("de"), or empty.
std::string choose_language(std::string declared, std::string_view text) {
  if (declared.empty()) return extraction::detect_language(text, kSampleBytes).code;
  if (text.size() <= kOverrideMinChars) return declared;  // bytes ≥ characters: a cheap first cut
  size_t chars = 0;
  for (char c : text)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++chars;
  if (chars <= kOverrideMinChars || plainly_in(declared, text)) return declared;
  extraction::DetectedLanguage quick = extraction::detect_language(text, kQuickSampleBytes);
  if (quick.code.empty() || same_language(quick.code, declared)) return declared;
  extraction::DetectedLanguage full = extraction::detect_language(text, kSampleBytes);
  if (full.code.empty() || same_language(full.code, declared)) return declared;
  return full.code;
}

}  // namespace

PageResult run_pipeline(std::string_view bytes, const PipelineRequest& request) {
  ParseOptions parse_options;
  parse_options.charset = std::string(request.charset);
  dom::Document page = html::parse(bytes, parse_options);

  PageResult result;
  extraction::Metadata metadata = extraction::extract_metadata(page, request.settings.url);
  extraction::ExtractionResult content = extraction::extract_content(page, request.settings, metadata.title);
  copy_metadata(metadata, result);

  result.text = without_final_newline(output::write_text(content.content));
  result.language = choose_language(std::move(result.language), result.text);
  if (request.markdown) result.markdown = output::write_markdown(content.content);
  if (request.html) result.html = output::write_html(content.content);
  if (request.settings.comments) result.comments = without_final_newline(output::write_text(content.comments));
  result.confidence = content.confidence;
  result.warnings = std::move(content.warnings);
  return result;
}

}  // namespace pith::api
