// Which pipeline an input goes to: HTML or text mode. With Options::input
// Auto the bytes decide, never a file name, since inputs arrive on stdin, in
// WARC records and under names like "page" or "index.php".
//
// A WARC record or an HTTP response pasted whole into one input is common in
// crawl work, so a leading WARC and/or HTTP header block is stripped first,
// and what it says (a WET "conversion" record is text; the HTTP Content-Type's
// media type and charset; a chunked or gzip, deflate, br or zstd body, which
// is decoded) is used before the content is looked at.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "pith/extract.h"

namespace pith::api {

struct SniffedInput {
  InputKind kind = InputKind::Html;  // Html or Text, never Auto
  std::string_view body;             // the bytes after any WARC/HTTP header block, decoded
  std::string charset;               // the HTTP Content-Type's charset, when there was one
  // An HTTP body sent chunked or compressed (io/http_body.h), decoded: `body`
  // views it (on the heap, so that moving this struct keeps the view valid).
  std::unique_ptr<std::string> decoded;
  std::string decode_error;          // what went wrong decoding it, for a warning
  std::vector<std::string> notes;    // what the headers say that a user should know (a truncated record)
  // Why the input is not a page, when no input kind was requested: its HTTP
  // Content-Type names a script, a style sheet, JSON, an image …, its HTTP
  // status is a redirect or an error, or it is an XML document whose root is
  // not html (a sitemap, a feed).
  std::string not_a_page;
};

// A page is HTML when, after a byte-order mark and whitespace, it opens with a
// doctype, an XML declaration, a comment or <html>, or when markup fills at
// least kMinMarkupShare of its first kSniffBytes: known HTML tags (from '<'
// to '>'), comments, and the contents of <script> and <style>. Text that
// mentions tags ("a < b", "<stdio.h>", a WordPress "You may use these HTML
// tags: <a> <abbr> ..." line, an HTML tutorial) stays text. A fragment that
// opens with a known tag ("<p>Hello</p>") needs only kMinMarkupShareAfterTag.
//
// Measured by eval/input_kind_check on the four evaluation sets (1366 pages)
// and pith's fulltext rendering of each: 1359 pages open as HTML; the other 7
// have a markup share of 0.48 to 0.99, while the renderings have at most 0.14
// (a blog about HTML) and otherwise at most 0.05. 0.25 lies between with room
// on both sides. One rendering opens with a known tag (a tracking <img> left
// as text), at a share of 0.02; a one-paragraph fragment "<p>...</p>" of 80
// characters has 0.08. A fragment that opens with a known tag and later closes
// it ("<article><p>…</p></article>") is HTML whatever its share: one long
// paragraph in a <p> is markup of under 1%, and no text page closes the tag it
// opens with around text (the rendering above opens with a void <img>). Text
// renderers do print markup a page escaped as text above its menu: an empty
// "<script src=…></script>" (4 dragnet pages in w3m) or "<div><img …></div>"
// (a yahoo page in lynx), so a <script> or <style> never counts and the element
// must hold some text (kMinClosedElementText in input_kind.cc). Checked on the
// 5464 renderings by pith, w3m, lynx, Chromium and html_text: none moves.
inline constexpr double kMinMarkupShare = 0.25;
// How far into an XML document its root element is looked for (past the
// declaration, comments, processing instructions and a doctype).
inline constexpr size_t kXmlPrologBytes = 4096;
inline constexpr double kMinMarkupShareAfterTag = 0.05;

// `requested` other than Auto is obeyed (headers are still stripped).
SniffedInput sniff_input(std::string_view bytes, InputKind requested);

// The content rule alone (no header handling): Html or Text.
InputKind content_kind(std::string_view bytes);

// The two measurements the rule uses, exposed for eval/input_kind_check.cc.
struct MarkupEvidence {
  bool html_opening = false;  // doctype, XML declaration, comment or <html> first
  bool tag_opening = false;   // otherwise a known HTML tag first
  bool opening_closed = false;  // … and its end tag follows in the first kSniffBytes
  double markup_share = 0;    // of the first kSniffBytes; not measured (0) after an HTML opening
};
MarkupEvidence markup_evidence(std::string_view bytes);

}  // namespace pith::api
