// pith::extract: the whole pipeline behind the public API.
//
//   bytes → checks (empty, binary) → input kind and any WARC/HTTP header
//   (input_kind.h) → run_pipeline (html::parse with the charset from the
//   options or the header → extract_metadata → extract_content with the title
//   as a hint → writers), or run_text_pipeline for text → language and length
//   checks → Document
//
// Everything that can go wrong becomes a warning on the Document: extract()
// catches every exception (allocation failures included) and never prints.
#include <exception>
#include <initializer_list>
#include <string>

#include "api/input_check.h"
#include "api/input_kind.h"
#include "api/pipeline.h"
#include "api/text_pipeline.h"
#include "html/encoding/nfc_normalizer.h"
#include "pith/extract.h"

namespace pith {
namespace {

// "https://User@Example.com:8080/x" → "example.com".
std::string hostname_of(std::string_view url) {
  size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  std::string_view rest = url.substr(scheme + 3);
  rest = rest.substr(0, rest.find_first_of("/?#"));
  if (size_t at = rest.rfind('@'); at != std::string_view::npos) rest.remove_prefix(at + 1);
  if (!rest.empty() && rest.front() != '[') rest = rest.substr(0, rest.find(':'));
  std::string host;
  for (char c : rest) host += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return host;
}

// The primary language subtag, lowercased: "en-GB" → "en".
std::string primary_language(std::string_view tag) {
  std::string out;
  for (char c : tag) {
    if (c == '-' || c == '_') break;
    out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  return out;
}

// UTF-8 characters (not bytes) of `text`.
size_t count_characters(std::string_view text) {
  size_t n = 0;
  for (char c : text)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

void copy_result(api::PageResult& r, const Options& options, Document& doc) {
  doc.text = std::move(r.text);
  doc.markdown = std::move(r.markdown);
  doc.html = std::move(r.html);
  doc.comments = std::move(r.comments);
  doc.title = std::move(r.title);
  doc.author = std::move(r.author);
  doc.date = std::move(r.date);
  doc.date_modified = std::move(r.date_modified);
  doc.sitename = std::move(r.sitename);
  doc.language = std::move(r.language);
  doc.url = r.url.empty() ? options.url : std::move(r.url);
  doc.hostname = r.hostname.empty() ? hostname_of(doc.url) : std::move(r.hostname);
  doc.description = std::move(r.description);
  doc.image = std::move(r.image);
  doc.categories = std::move(r.categories);
  doc.tags = std::move(r.tags);
  doc.license = std::move(r.license);
  doc.confidence = r.confidence;
  for (std::string& w : r.warnings) doc.warnings.push_back(std::move(w));
}

// One spelling per character in every text field (see nfc_normalizer.h).
void normalize_text_fields(Document& doc) {
  for (std::string* field : {&doc.text, &doc.markdown, &doc.html, &doc.comments, &doc.title, &doc.author,
                             &doc.sitename, &doc.description, &doc.license})
    html::encoding::normalize_nfc(*field);
  for (std::string& c : doc.categories) html::encoding::normalize_nfc(c);
  for (std::string& t : doc.tags) html::encoding::normalize_nfc(t);
}

void clear_content(Document& doc) {
  doc.text.clear();
  doc.markdown.clear();
  doc.html.clear();
  doc.comments.clear();
  doc.confidence = 0;
}

void extract_into(std::string_view bytes, const Options& options, Document& doc) {
  // Headers first: a WARC record's gzip-encoded HTTP body is binary until decoded.
  api::SniffedInput input = api::sniff_input(bytes, options.input);
  if (!input.decode_error.empty()) doc.warnings.push_back(input.decode_error);
  for (const std::string& note : input.notes) doc.warnings.push_back(note);
  if (!input.not_a_page.empty()) {
    doc.warnings.push_back("not a page: " + input.not_a_page);
    return;
  }
  if (api::looks_binary(input.body)) {
    doc.warnings.push_back("binary input: not HTML or text");
    return;
  }
  if (api::is_blank(input.body)) {
    doc.warnings.push_back("empty input");
    return;
  }
  input.body = api::within_page_limit(input.body, doc.warnings);

  api::PipelineRequest request;
  request.settings = extraction::settings_from(options);
  request.charset = options.charset.empty() ? std::string_view(input.charset) : std::string_view(options.charset);
  request.markdown = options.markdown;
  request.html = options.html;
  api::PageResult result = input.kind == InputKind::Text ? api::run_text_pipeline(input.body, request)
                                                         : api::run_pipeline(input.body, request);
  bool extractor_explained = !result.warnings.empty();
  copy_result(result, options, doc);
  if (options.normalize_unicode) normalize_text_fields(doc);

  if (!options.target_language.empty() && !doc.language.empty() &&
      primary_language(doc.language) != primary_language(options.target_language)) {
    doc.warnings.push_back("language " + doc.language + " is not the target language " +
                           options.target_language);
    clear_content(doc);
    return;
  }
  if (options.min_length > 0 && !doc.text.empty()) {
    size_t length = count_characters(doc.text);
    if (length < options.min_length) {
      doc.warnings.push_back("not an article: " + std::to_string(length) + " characters of text, fewer than " +
                             std::to_string(options.min_length));
      clear_content(doc);
      return;
    }
  }
  if (doc.text.empty() && !extractor_explained) doc.warnings.push_back("no main content found");
}

}  // namespace

Document extract(std::string_view bytes, const Options& options) {
  Document doc;
  try {
    extract_into(bytes, options, doc);
  } catch (const std::exception& e) {
    doc = Document{};
    doc.warnings.push_back(std::string("internal error: ") + e.what());
  } catch (...) {
    doc = Document{};
    doc.warnings.push_back("internal error");
  }
  // An input that never reached the pipeline (not a page, binary, empty) still says where it came from.
  if (doc.url.empty() && !options.url.empty()) {
    doc.url = options.url;
    doc.hostname = hostname_of(doc.url);
  }
  return doc;
}

}  // namespace pith
