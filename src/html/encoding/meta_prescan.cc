// The prescan, step by step as the HTML Standard writes it: skip comments and
// <! </ <? constructs, read the attributes of every other tag with "get an
// attribute", and for <meta> combine charset / http-equiv / content into an
// encoding. Names and values are ASCII-lowercased as they are read.

#include "html/encoding/meta_prescan.h"

#include <cstdint>
#include <cstring>
#include <string>

namespace pith::html::encoding {
namespace {

bool is_space(uint8_t c) { return c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D || c == 0x20; }
bool is_alpha(uint8_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char to_lower(uint8_t c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c); }

// Compares s[0..lower.size()) with an all-lowercase ASCII word.
bool starts_with_ci(const uint8_t* s, size_t available, std::string_view lower) {
  if (available < lower.size()) return false;
  for (size_t i = 0; i < lower.size(); ++i) {
    if (to_lower(s[i]) != lower[i]) return false;
  }
  return true;
}

// The fix-ups the prescan and "change the encoding" apply to a found encoding.
Encoding fix_up(Encoding e) {
  if (e == Encoding::Utf16Le || e == Encoding::Utf16Be) return Encoding::Utf8;
  if (e == Encoding::XUserDefined) return Encoding::Windows1252;
  return e;
}

// Elements whose contents the tokenizer reads as text, not tags.
constexpr std::string_view kRawTextElements[] = {"script",  "style",    "textarea", "title",   "xmp",
                                                 "iframe", "noembed", "noframes", "noscript"};

class Prescanner {
 public:
  Prescanner(std::string_view bytes, bool skip_raw_text)
      : s_(reinterpret_cast<const uint8_t*>(bytes.data())), n_(bytes.size()), skip_raw_text_(skip_raw_text) {}

  std::optional<Encoding> run();

 private:
  bool at_end() const { return pos_ >= n_; }
  size_t find_byte(size_t from, uint8_t byte) const;
  size_t find(size_t from, std::string_view needle) const;
  bool get_attribute(bool keep = true);
  std::optional<Encoding> process_meta();
  bool skip_tag(bool end_tag);

  const uint8_t* s_;
  size_t n_;
  size_t pos_ = 0;
  bool skip_raw_text_;
  std::string name_;   // of the last attribute read
  std::string value_;  // of the last attribute read
};

size_t Prescanner::find_byte(size_t from, uint8_t byte) const {
  if (from >= n_) return n_;
  const void* hit = std::memchr(s_ + from, byte, n_ - from);
  return hit ? static_cast<size_t>(static_cast<const uint8_t*>(hit) - s_) : n_;
}

size_t Prescanner::find(size_t from, std::string_view needle) const {
  for (size_t at = find_byte(from, static_cast<uint8_t>(needle[0])); at < n_;
       at = find_byte(at + 1, static_cast<uint8_t>(needle[0]))) {
    if (n_ - at >= needle.size() && std::memcmp(s_ + at, needle.data(), needle.size()) == 0) return at;
  }
  return n_;
}

// "Get an attribute". Returns false when there is none: at '>' or at the end
// of the input (then at_end() is true). Without `keep`, only skips it.
bool Prescanner::get_attribute(bool keep) {
  name_.clear();
  value_.clear();
  while (!at_end() && (is_space(s_[pos_]) || s_[pos_] == '/')) ++pos_;
  if (at_end() || s_[pos_] == '>') return false;
  // Attribute name.
  size_t name_length = 0;
  for (;;) {
    if (at_end()) return false;
    const uint8_t c = s_[pos_];
    if (c == '=' && name_length > 0) {
      ++pos_;
      break;
    }
    if (is_space(c)) {
      while (!at_end() && is_space(s_[pos_])) ++pos_;
      if (at_end()) return false;
      if (s_[pos_] != '=') return true;  // a name without a value
      ++pos_;
      break;
    }
    if (c == '/' || c == '>') return true;
    if (keep) name_ += to_lower(c);
    ++name_length;
    ++pos_;
  }
  // Attribute value.
  while (!at_end() && is_space(s_[pos_])) ++pos_;
  if (at_end()) return false;
  const uint8_t first = s_[pos_];
  if (first == '"' || first == '\'') {
    for (++pos_; !at_end(); ++pos_) {
      if (s_[pos_] == first) {
        ++pos_;
        return true;
      }
      if (keep) value_ += to_lower(s_[pos_]);
    }
    return false;
  }
  if (first == '>') return true;
  if (keep) value_ += to_lower(first);
  for (++pos_; !at_end(); ++pos_) {
    const uint8_t c = s_[pos_];
    if (is_space(c) || c == '>') return true;
    if (keep) value_ += to_lower(c);
  }
  return false;
}

// The <meta> branch, with pos_ just after "<meta". Leaves pos_ where the
// attributes ended.
std::optional<Encoding> Prescanner::process_meta() {
  enum class Pragma { Unset, Needed, NotNeeded } need_pragma = Pragma::Unset;
  enum class Charset { Unset, Failure, Found } charset_state = Charset::Unset;
  bool got_pragma = false;
  Encoding charset = Encoding::Windows1252;
  // The standard skips repeated attributes; only these three names matter, so
  // only they are remembered (a list of all names would be quadratic).
  bool seen_http_equiv = false, seen_content = false, seen_charset = false;
  while (get_attribute()) {
    bool* seen = name_ == "http-equiv" ? &seen_http_equiv
                 : name_ == "content"  ? &seen_content
                 : name_ == "charset"  ? &seen_charset
                                       : nullptr;
    if (seen == nullptr || *seen) continue;
    *seen = true;
    if (name_ == "http-equiv") {
      if (value_ == "content-type") got_pragma = true;
    } else if (name_ == "content") {
      const std::optional<Encoding> found = encoding_from_meta_content(value_);
      if (found && charset_state == Charset::Unset) {
        charset = *found;
        charset_state = Charset::Found;
        need_pragma = Pragma::Needed;
      }
    } else if (name_ == "charset") {
      const std::optional<Encoding> found = encoding_for_label(value_);
      charset_state = found ? Charset::Found : Charset::Failure;
      if (found) charset = *found;
      need_pragma = Pragma::NotNeeded;
    }
  }
  if (need_pragma == Pragma::Unset) return std::nullopt;
  if (need_pragma == Pragma::Needed && !got_pragma) return std::nullopt;
  if (charset_state != Charset::Found) return std::nullopt;
  return fix_up(charset);
}

// A start or end tag other than <meta>: skip its name and attributes; in the
// whole-document scan also the contents of a raw text element. Returns false
// when the input ends (or at <plaintext>, after which nothing is markup).
bool Prescanner::skip_tag(bool end_tag) {
  const size_t name_start = pos_;
  while (!at_end() && !is_space(s_[pos_]) && s_[pos_] != '>') ++pos_;
  if (at_end()) return false;
  const size_t name_end = pos_;
  while (get_attribute(/*keep=*/false)) {
  }
  if (at_end()) return false;
  ++pos_;  // past '>'
  if (!skip_raw_text_ || end_tag) return true;
  std::string name;
  for (size_t i = name_start; i < name_end && s_[i] != '/'; ++i) name += to_lower(s_[i]);
  if (name == "plaintext") return false;
  for (std::string_view raw : kRawTextElements) {
    if (name != raw) continue;
    // Find "</name" followed by a byte that ends a tag name.
    for (size_t at = find_byte(pos_, '<'); at < n_; at = find_byte(at + 1, '<')) {
      if (at + 2 + raw.size() < n_ && s_[at + 1] == '/' && starts_with_ci(s_ + at + 2, n_ - at - 2, raw)) {
        const uint8_t after = s_[at + 2 + raw.size()];
        if (is_space(after) || after == '/' || after == '>') {
          pos_ = at;
          return true;
        }
      }
    }
    pos_ = n_;
    return false;
  }
  return true;
}

std::optional<Encoding> Prescanner::run() {
  while (!at_end()) {
    pos_ = find_byte(pos_, '<');
    if (at_end()) break;
    const uint8_t* here = s_ + pos_;
    const size_t available = n_ - pos_;
    if (starts_with_ci(here, available, "<!--")) {
      // The '>' of the first "-->" whose dashes come after "<!" ("<!-->" is a comment).
      const size_t close = find(pos_ + 2, "-->");
      if (close == n_) break;
      pos_ = close + 3;
    } else if (available >= 6 && starts_with_ci(here, available, "<meta") &&
               (is_space(here[5]) || here[5] == '/')) {
      pos_ += 5;
      if (std::optional<Encoding> found = process_meta()) return found;
      if (at_end()) break;
      ++pos_;
    } else if (available >= 2 && is_alpha(here[1])) {
      pos_ += 1;
      if (!skip_tag(/*end_tag=*/false)) break;
    } else if (available >= 3 && here[1] == '/' && is_alpha(here[2])) {
      pos_ += 2;
      if (!skip_tag(/*end_tag=*/true)) break;
    } else if (available >= 2 && (here[1] == '!' || here[1] == '/' || here[1] == '?')) {
      const size_t close = find_byte(pos_ + 1, '>');
      if (close == n_) break;
      pos_ = close + 1;
    } else {
      ++pos_;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<Encoding> prescan_for_encoding(std::string_view bytes) {
  return Prescanner(bytes, /*skip_raw_text=*/false).run();
}

std::optional<Encoding> find_meta_encoding_in_document(std::string_view bytes) {
  return Prescanner(bytes, /*skip_raw_text=*/true).run();
}

std::optional<Encoding> encoding_from_meta_content(std::string_view content) {
  const auto* s = reinterpret_cast<const uint8_t*>(content.data());
  const size_t n = content.size();
  size_t pos = 0;
  for (;;) {
    // Find "charset" (ASCII case-insensitively) at or after pos.
    size_t at = pos;
    while (at < n && !starts_with_ci(s + at, n - at, "charset")) ++at;
    if (at >= n) return std::nullopt;
    pos = at + 7;
    while (pos < n && is_space(s[pos])) ++pos;
    if (pos < n && s[pos] == '=') break;
    // Not "charset=": look for the next occurrence from here.
  }
  ++pos;
  while (pos < n && is_space(s[pos])) ++pos;
  if (pos >= n) return std::nullopt;
  const uint8_t first = s[pos];
  if (first == '"' || first == '\'') {
    const size_t close = content.find(static_cast<char>(first), pos + 1);
    if (close == std::string_view::npos) return std::nullopt;
    return encoding_for_label(content.substr(pos + 1, close - pos - 1));
  }
  size_t end = pos;
  while (end < n && !is_space(s[end]) && s[end] != ';') ++end;
  return encoding_for_label(content.substr(pos, end - pos));
}

}  // namespace pith::html::encoding
