// JSON escaping with UTF-8 validation in one pass: valid sequences are copied,
// invalid bytes become U+FFFD (one per maximal bad subpart, as the Encoding
// Standard's UTF-8 decoder does), control characters are escaped.
#include "output/json_writer.h"

#include <charconv>
#include <cmath>

namespace pith::output {
namespace {

// Length of the valid UTF-8 sequence at text[i], or 0 when it is invalid.
size_t valid_sequence(std::string_view text, size_t i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char b = byte(i);
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;
  if (b < 0x80) return 1;
  if (b >= 0xC2 && b <= 0xDF) {
    need = 1;
  } else if (b >= 0xE0 && b <= 0xEF) {
    need = 2;
    if (b == 0xE0) lo = 0xA0;
    if (b == 0xED) hi = 0x9F;  // no surrogates
  } else if (b >= 0xF0 && b <= 0xF4) {
    need = 3;
    if (b == 0xF0) lo = 0x90;
    if (b == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  for (size_t k = 1; k <= need; ++k) {
    if (i + k >= text.size()) return 0;
    unsigned char c = byte(i + k);
    unsigned char min = k == 1 ? lo : 0x80, max = k == 1 ? hi : 0xBF;
    if (c < min || c > max) return 0;
  }
  return need + 1;
}

// How many bytes an invalid sequence at text[i] spans: the lead byte plus the
// continuation bytes that were still acceptable.
size_t invalid_span(std::string_view text, size_t i) {
  unsigned char b = static_cast<unsigned char>(text[i]);
  size_t need = b >= 0xF0 && b <= 0xF4 ? 3 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xC2 && b <= 0xDF ? 1 : 0;
  size_t k = 1;
  for (; k <= need && i + k < text.size(); ++k) {
    unsigned char c = static_cast<unsigned char>(text[i + k]);
    unsigned char lo = 0x80, hi = 0xBF;
    if (k == 1 && b == 0xE0) lo = 0xA0;
    if (k == 1 && b == 0xED) hi = 0x9F;
    if (k == 1 && b == 0xF0) lo = 0x90;
    if (k == 1 && b == 0xF4) hi = 0x8F;
    if (c < lo || c > hi) break;
  }
  return k;
}

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
  static const char kHex[] = "0123456789abcdef";
  out += '"';
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      size_t n = valid_sequence(text, i);
      if (n == 0) {
        out += "\xEF\xBF\xBD";
        i += invalid_span(text, i);
        continue;
      }
      if (n == 3 && c == 0xE2 && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
          (static_cast<unsigned char>(text[i + 2]) == 0xA8 || static_cast<unsigned char>(text[i + 2]) == 0xA9)) {
        out += static_cast<unsigned char>(text[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
      } else if (n == 2 && c == 0xC2 && static_cast<unsigned char>(text[i + 1]) == 0x85) {
        out += "\\u0085";
      } else {
        out.append(text.substr(i, n));
      }
      i += n;
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out += kHex[c >> 4];
          out += kHex[c & 15];
        } else {
          out += static_cast<char>(c);
        }
    }
    ++i;
  }
  out += '"';
}

void JsonObject::key(std::string_view name) {
  out_ += out_.empty() ? "{" : ", ";
  append_json_string(out_, name);
  out_ += ": ";
}

JsonObject& JsonObject::field(std::string_view name, std::string_view value) {
  key(name);
  append_json_string(out_, value);
  return *this;
}

JsonObject& JsonObject::field(std::string_view name, const std::vector<std::string>& values) {
  key(name);
  out_ += '[';
  for (size_t i = 0; i < values.size(); ++i) {
    if (i) out_ += ", ";
    append_json_string(out_, values[i]);
  }
  out_ += ']';
  return *this;
}

JsonObject& JsonObject::field(std::string_view name, double value) {
  key(name);
  if (!std::isfinite(value)) value = 0;
  value = std::round(value * 10000) / 10000;
  if (value == 0) value = 0;  // no "-0"
  char buffer[32];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out_.append(buffer, result.ptr);
  return *this;
}

JsonObject& JsonObject::field(std::string_view name, bool value) {
  key(name);
  out_ += value ? "true" : "false";
  return *this;
}

JsonObject& JsonObject::null_field(std::string_view name) {
  key(name);
  out_ += "null";
  return *this;
}

void add_document_fields(JsonObject& object, const Document& d) {
  object.field("title", d.title)
      .field("author", d.author)
      .field("date", d.date)
      .field("date_modified", d.date_modified)
      .field("sitename", d.sitename)
      .field("hostname", d.hostname)
      .field("language", d.language)
      .field("url", d.url)
      .field("description", d.description)
      .field("image", d.image)
      .field("categories", d.categories)
      .field("tags", d.tags)
      .field("license", d.license)
      .field("confidence", d.confidence)
      .field("text", d.text);
  if (!d.comments.empty()) object.field("comments", d.comments);
  if (!d.markdown.empty()) object.field("markdown", d.markdown);
  if (!d.html.empty()) object.field("html", d.html);
  object.field("warnings", d.warnings);
}

std::string write_json(const Document& document) {
  JsonObject object;
  add_document_fields(object, document);
  return object.str();
}

}  // namespace pith::output
