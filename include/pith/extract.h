// pith's public API: from a page's bytes to its main content and metadata.
//
//   pith::Options options;
//   options.url = "https://example.com/news/1";
//   pith::Document doc = pith::extract(html_bytes, options);
//   std::puts(doc.text.c_str());
//
// extract() never throws on bad input and never prints: empty, binary or
// non-article pages give empty text and a warning.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pith {

enum class Favor { Balanced, Precision, Recall };

// What to render besides plain text.
enum class OutputFormat { Text, Markdown, Html, Json };

// What the bytes are. Text is a page's visible text (a Common Crawl WET record,
// a page copied from a browser, `pith --format fulltext` output): the main
// content comes back as its lines, verbatim. Auto decides by content, never by
// name; a leading WARC or HTTP header is read (its Content-Type decides) and
// stripped in every mode.
enum class InputKind { Auto, Html, Text };

struct Options {
  std::string url;                 // the page's URL: base for links, hostname, dates in the path
  Favor favor = Favor::Balanced;   // trade recall for precision or the other way round
  bool tables = true;              // keep tables in the main content
  bool links = false;              // keep link targets (Markdown/HTML outputs)
  bool images = false;             // keep images (Markdown/HTML outputs)
  bool comments = false;           // also extract reader comments, into Document::comments
  bool formatting = false;         // keep bold/italic/code in Markdown/HTML
  size_t min_length = 0;           // below this many characters of text, report not-an-article
  std::string target_language;     // ISO 639-1; other languages give empty text and a warning
  std::string charset;             // encoding label from outside the page (HTTP header, --charset)
  InputKind input = InputKind::Auto;  // HTML, text, or decided from the bytes
  bool markdown = false;           // fill Document::markdown
  bool html = false;               // fill Document::html
  bool normalize_unicode = true;   // hand out text in Unicode NFC (one spelling per character)
};

struct Document {
  std::string text;         // the article body, one paragraph per line (the headline is `title`)
  std::string markdown;     // when Options::markdown; the headline a heading when the page has one
  std::string html;         // when Options::html: a clean <article>, headline included
  std::string comments;     // reader comments when Options::comments, one per line

  std::string title;
  std::string author;
  std::string date;           // ISO 8601 (YYYY-MM-DD or full timestamp) of first publication
  std::string date_modified;
  std::string sitename;
  std::string hostname;
  std::string language;       // ISO 639-1
  std::string url;            // canonical URL
  std::string description;
  std::string image;          // the page's lead image
  std::vector<std::string> categories;
  std::vector<std::string> tags;
  std::string license;

  double confidence = 0;      // 0–1: how sure pith is that this is an article and it found all of it
  std::vector<std::string> warnings;
};

// extract() reads at most this much of a page (after any WARC or HTTP header);
// the rest is left out, with a warning. Articles are far smaller (Common Crawl
// cuts records at 1 MiB), and the bound keeps memory in check on huge or
// hostile input: the tree and content of 16 MiB of tiny elements take about
// 2 GB, an ordinary page a small multiple of its size.
inline constexpr size_t kMaxPageBytes = size_t{16} << 20;

Document extract(std::string_view bytes, const Options& options = {});

// The library's version, "MAJOR.MINOR.PATCH".
const char* version();

}  // namespace pith
