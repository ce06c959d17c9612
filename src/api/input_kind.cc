// The content rule reads a narrow ASCII view of the first kSniffBytes: UTF-16
// with a BOM is narrowed to one byte per code unit, so "<\0h\0t\0m\0l\0" reads
// "<html" and the same rule applies to every encoding.
#include "api/input_kind.h"

#include "api/input_check.h"
#include "dom/tag.h"
#include "io/http_body.h"
#include "io/message_header.h"

namespace pith::api {
namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool starts_with_ignoring_case(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (lower(s[i]) != prefix[i]) return false;
  return true;
}

// The first kSniffBytes as ASCII: a UTF-8 BOM is skipped, UTF-16 with a BOM
// keeps one byte per code unit (non-ASCII units become 'x').
std::string narrow_sample(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  bool le = bytes.substr(0, 2) == "\xFF\xFE", be = bytes.substr(0, 2) == "\xFE\xFF";
  if (!le && !be) return std::string(bytes.substr(0, kSniffBytes));
  std::string out;
  for (size_t i = 2; i + 1 < bytes.size() && out.size() < kSniffBytes; i += 2) {
    auto low = static_cast<unsigned char>(bytes[le ? i : i + 1]);
    auto high = static_cast<unsigned char>(bytes[le ? i + 1 : i]);
    out += high == 0 && low < 0x80 ? static_cast<char>(low) : 'x';
  }
  return out;
}

// When s opens with a known HTML tag ("<p>", "</div", "<br/"), the length of
// "<" plus its name ("</div" → 5); otherwise 0.
size_t known_tag_at(std::string_view s) {
  size_t i = 1;
  if (i < s.size() && s[i] == '/') ++i;
  constexpr size_t kLongestTagName = 16;  // longer names are never known tags
  char name[kLongestTagName];
  size_t length = 0;
  if (i >= s.size() || !is_letter(s[i])) return 0;
  while (i < s.size() && (is_letter(s[i]) || (s[i] >= '0' && s[i] <= '9') || s[i] == '-')) {
    if (length == kLongestTagName) return 0;
    name[length++] = lower(s[i++]);
  }
  if (i < s.size() && !is_ascii_space(s[i]) && s[i] != '>' && s[i] != '/') return 0;
  return dom::tag_id_from_name(std::string_view(name, length)) == dom::TagId::Unknown ? 0 : i;
}

// "<!" followed by a letter is a doctype, misspelt or not ("<!DOCVYPE" is a
// bogus comment to the parser, and still no text page opens that way).
bool opens_as_html(std::string_view s) {
  for (std::string_view opening : {"<!doctype", "<?xml", "<!--", "<html", "<head", "<body"})
    if (starts_with_ignoring_case(s, opening)) return true;
  return s.size() > 2 && s[0] == '<' && s[1] == '!' && is_letter(s[2]);
}

// Position of the first case-insensitive `needle` (lowercase) in s at or
// after `from`, or s.size().
size_t find_ignoring_case(std::string_view s, std::string_view needle, size_t from) {
  for (size_t i = s.find('<', from); i != std::string_view::npos; i = s.find('<', i + 1))
    if (starts_with_ignoring_case(s.substr(i), needle)) return i;
  return s.size();
}

// Bytes of `s` that are markup: known tags, comments, script and style contents.
size_t markup_bytes(std::string_view s) {
  size_t markup = 0;
  size_t i = s.find('<');
  while (i != std::string_view::npos) {
    size_t end = i + 1;
    if (s.substr(i, 4) == "<!--") {
      size_t close = s.find("-->", i + 4);
      end = close == std::string_view::npos ? s.size() : close + 3;
      markup += end - i;
    } else if (size_t name_end = known_tag_at(s.substr(i)); name_end > 0) {
      size_t close = s.find('>', i);
      end = close == std::string_view::npos ? s.size() : close + 1;
      markup += end - i;
      for (std::string_view raw_text : {"<script", "<style"}) {
        if (name_end == raw_text.size() && starts_with_ignoring_case(s.substr(i), raw_text)) {
          size_t closing = find_ignoring_case(s, raw_text == "<script" ? "</script" : "</style", end);
          markup += closing - end;
          end = closing;
        }
      }
    }
    i = s.find('<', end);
  }
  return markup;
}

// The element a fragment opens with must hold this much besides markup to
// count as closed: text renderers print markup a page escaped as text, such as
// an empty "<div><img …></div>" tracking pixel, above the menu.
constexpr size_t kMinClosedElementText = 20;

// Whether the start tag of `opening_length` bytes at `start` is closed by its
// end tag ("<P class=x" → "</p") around at least kMinClosedElementText of
// text. A script or style element is left out: text renderers print one that a
// page escaped as text at its top ("<script src=…></script>" over the menu),
// and a fragment of real script is markup enough for the share rule.
bool closes_around_text(std::string_view s, size_t start, size_t opening_length) {
  if (s[start + 1] == '/') return false;  // opens with an end tag
  std::string end_tag = "</";
  for (char c : s.substr(start + 1, opening_length - 1)) end_tag += lower(c);
  if (end_tag == "</script" || end_tag == "</style") return false;
  const size_t opening_end = s.find('>', start);
  const size_t inner_start = opening_end == std::string_view::npos ? s.size() : opening_end + 1;
  for (size_t i = find_ignoring_case(s, end_tag, inner_start); i < s.size();
       i = find_ignoring_case(s, end_tag, i + 1)) {
    if (i + end_tag.size() < s.size() && is_letter(s[i + end_tag.size()])) continue;  // "</body-part"
    const std::string_view inner = s.substr(inner_start, i - inner_start);
    if (inner.size() - markup_bytes(inner) >= kMinClosedElementText) return true;
  }
  return false;
}

// What a header's media type says, or Auto when it says nothing useful
// (application/octet-stream, a missing Content-Type).
InputKind kind_of_media_type(std::string_view type) {
  if (type == "text/html" || type == "application/xhtml+xml") return InputKind::Html;
  if (type == "text/plain") return InputKind::Text;
  return InputKind::Auto;
}

// The root element of an XML document that is not a page (a sitemap's
// <urlset>, a feed's <rss> or <feed>), or empty: only bytes opening with an
// XML declaration are looked at, and an XHTML page (a doctype naming html, or
// a root that is an HTML element) is a page.
std::string non_page_xml_root(std::string_view s) {
  if (s.starts_with("\xEF\xBB\xBF")) s.remove_prefix(3);
  s = s.substr(0, kXmlPrologBytes);
  size_t i = 0;
  const auto skip_space = [&] {
    while (i < s.size() && is_ascii_space(s[i])) ++i;
  };
  skip_space();
  if (!starts_with_ignoring_case(s.substr(i), "<?xml")) return {};
  while (true) {
    skip_space();
    const std::string_view rest = s.substr(i);
    if (rest.starts_with("<?") || rest.starts_with("<!--") || rest.starts_with("<!")) {
      const std::string_view close = rest.starts_with("<?") ? "?>" : rest.starts_with("<!--") ? "-->" : ">";
      const size_t end = rest.find(close);
      if (end == std::string_view::npos) return {};
      if (starts_with_ignoring_case(rest, "<!doctype")) {
        std::string doctype(rest.substr(0, end));
        for (char& c : doctype) c = lower(c);
        if (doctype.find("html") != std::string::npos) return {};
      }
      i += end + close.size();
      continue;
    }
    if (rest.size() < 2 || rest[0] != '<' || !is_letter(rest[1])) return {};
    size_t n = 1;
    while (n < rest.size() && (is_letter(rest[n]) || (rest[n] >= '0' && rest[n] <= '9') || rest[n] == ':' ||
                               rest[n] == '-' || rest[n] == '_' || rest[n] == '.'))
      ++n;
    std::string name(rest.substr(1, n - 1));
    for (char& c : name) c = lower(c);
    const size_t colon = name.rfind(':');
    const std::string local = colon == std::string::npos ? name : name.substr(colon + 1);
    // An HTML element first (<html>, or a CMS's fragment opening with a <div>) is a page.
    if (local == "html" || known_tag_at(rest) > 0) return {};
    return name;
  }
}

// The status code of an HTTP response's start line ("HTTP/1.1 404 Not Found"), or 0.
int http_status(std::string_view start_line) {
  const size_t space = start_line.find(' ');
  if (space == std::string_view::npos || start_line.size() < space + 4) return 0;
  int status = 0;
  for (size_t i = space + 1; i < space + 4; ++i) {
    if (start_line[i] < '0' || start_line[i] > '9') return 0;
    status = status * 10 + (start_line[i] - '0');
  }
  return status;
}

// Media types that are never a page: scripts, style sheets, data, feeds,
// media and archives. A crawl holds many (a WARC's responses for a site's
// .js and .css files), and their bytes read as text: a script came out as an
// "article" of code. Types that may be mislabelled pages (octet-stream,
// text/xml) are not listed; the content decides those.
bool never_a_page(std::string_view type) {
  for (std::string_view prefix : {"image/", "audio/", "video/", "font/", "model/"})
    if (type.starts_with(prefix)) return true;
  if (type.ends_with("+json")) return true;
  for (std::string_view t : {"application/javascript", "application/x-javascript", "text/javascript",
                             "application/ecmascript", "text/ecmascript", "text/css", "application/json",
                             "text/json", "application/pdf", "application/zip", "application/gzip",
                             "application/x-gzip", "application/wasm", "application/x-shockwave-flash",
                             "application/rss+xml", "application/atom+xml", "application/font-woff",
                             "application/x-font-ttf", "application/vnd.ms-fontobject", "text/calendar"})
    if (type == t) return true;
  return false;
}

}  // namespace

MarkupEvidence markup_evidence(std::string_view bytes) {
  std::string sample = narrow_sample(bytes);
  std::string_view s = sample;
  size_t start = 0;
  while (start < s.size() && is_ascii_space(s[start])) ++start;
  MarkupEvidence evidence;
  evidence.html_opening = opens_as_html(s.substr(start));
  const size_t opening_length =
      !evidence.html_opening && start < s.size() && s[start] == '<' ? known_tag_at(s.substr(start)) : 0;
  evidence.tag_opening = opening_length > 0;
  evidence.opening_closed = evidence.tag_opening && closes_around_text(s, start, opening_length);
  if (!evidence.html_opening && !s.empty())
    evidence.markup_share = static_cast<double>(markup_bytes(s)) / static_cast<double>(s.size());
  return evidence;
}

InputKind content_kind(std::string_view bytes) {
  MarkupEvidence evidence = markup_evidence(bytes);
  if (evidence.html_opening || evidence.opening_closed) return InputKind::Html;
  double threshold = evidence.tag_opening ? kMinMarkupShareAfterTag : kMinMarkupShare;
  return evidence.markup_share >= threshold ? InputKind::Html : InputKind::Text;
}

SniffedInput sniff_input(std::string_view bytes, InputKind requested) {
  SniffedInput result;
  result.body = bytes;
  InputKind declared = InputKind::Auto;
  if (auto warc = io::parse_message_header(result.body, "WARC/")) {
    result.body.remove_prefix(warc->size);
    std::string_view type = warc->find("WARC-Type").value_or("");
    // A WET record's text; other records' Content-Type describes the block,
    // which for a response is an HTTP message (handled next) and for a
    // resource the page itself.
    if (type == "conversion") declared = InputKind::Text;
    if (auto truncated = warc->find("WARC-Truncated"))
      result.notes.push_back("the crawler cut this record short (WARC-Truncated: " + std::string(*truncated) + ")");
    if (type == "resource") {
      std::string_view content_type = warc->find("Content-Type").value_or("");
      result.charset = io::charset_parameter(content_type);
      declared = kind_of_media_type(io::media_type(content_type));
    }
  }
  if (auto http = io::parse_message_header(result.body, "HTTP/")) {
    result.body.remove_prefix(http->size);
    // Twice the page limit: within_page_limit() cuts (and says so) past it.
    if (auto decoded = io::decode_http_body(*http, result.body, 2 * kMaxPageBytes, result.decode_error)) {
      result.decoded = std::make_unique<std::string>(std::move(*decoded));
      result.body = *result.decoded;
    }
    std::string_view content_type = http->find("Content-Type").value_or("");
    result.charset = io::charset_parameter(content_type);
    const std::string media = io::media_type(content_type);
    if (declared == InputKind::Auto) declared = kind_of_media_type(media);
    if (requested == InputKind::Auto && never_a_page(media)) result.not_a_page = "HTTP Content-Type " + media;
    // A redirect's or an error's body ("Moved Permanently", "Page not found")
    // is the server's, not the page's.
    const int status = http_status(http->start_line);
    if (requested == InputKind::Auto && result.not_a_page.empty() && status >= 300)
      result.not_a_page = "HTTP status " + std::to_string(status);
  }
  if (requested == InputKind::Auto && result.not_a_page.empty()) {
    const std::string root = non_page_xml_root(result.body);
    if (!root.empty()) result.not_a_page = "an XML document whose root is <" + root + ">";
  }
  if (requested != InputKind::Auto) {
    result.kind = requested;
  } else if (declared != InputKind::Auto) {
    result.kind = declared;
  } else {
    result.kind = content_kind(result.body);
  }
  return result;
}

}  // namespace pith::api
