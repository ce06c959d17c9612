// String helpers for the metadata extractors; see text_normalize.h.
#include "extract/metadata/text_normalize.h"

#include <cstdint>

#include "dom/document.h"

namespace pith::extraction::metadata {

namespace {

bool is_ascii_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Length of a Unicode whitespace sequence starting at s[i] (0 when none):
// NBSP U+00A0, U+1680, U+2000–U+200B, U+2028/9, U+202F, U+205F, U+3000, U+FEFF.
size_t unicode_space_length(std::string_view s, size_t i) {
  auto b = [&](size_t k) -> unsigned char { return i + k < s.size() ? s[i + k] : 0; };
  unsigned char c = b(0);
  if (c == 0xC2 && b(1) == 0xA0) return 2;
  if (c == 0xE1 && b(1) == 0x9A && b(2) == 0x80) return 3;
  if (c == 0xE2 && b(1) == 0x80) {
    unsigned char d = b(2);
    if ((d >= 0x80 && d <= 0x8B) || d == 0xA8 || d == 0xA9 || d == 0xAF) return 3;
  }
  if (c == 0xE2 && b(1) == 0x81 && b(2) == 0x9F) return 3;
  if (c == 0xE3 && b(1) == 0x80 && b(2) == 0x80) return 3;
  if (c == 0xEF && b(1) == 0xBB && b(2) == 0xBF) return 3;
  return 0;
}

char lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c + 32) : c; }

}  // namespace

// Bytes taken by a punctuation character at s[i] outside ASCII (0 when it is
// not one): Latin-1 punctuation (« » · ¡ ¿), General Punctuation (quotes,
// dashes, ellipsis), CJK symbols and punctuation, fullwidth forms' ASCII punctuation.
size_t unicode_punctuation_length(std::string_view s, size_t i) {
  auto b = [&](size_t k) -> unsigned char { return i + k < s.size() ? s[i + k] : 0; };
  unsigned char c = b(0);
  if (c == 0xC2 && b(1) >= 0xA0 && b(1) <= 0xBF) return 2;
  if (c == 0xE2 && (b(1) == 0x80 || b(1) == 0x81)) return 3;
  if (c == 0xE3 && b(1) == 0x80) return 3;
  if (c == 0xEF && b(1) == 0xBC && b(2) >= 0x81 && b(2) <= 0x8F) return 3;
  return 0;
}

// Lowercase letters and digits only (ASCII folded, other UTF-8 letters kept,
// punctuation dropped): "The “Guardian”" → "theguardian".
std::string comparison_key(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    if (c >= 0x80) {
      if (size_t n = unicode_punctuation_length(s, i)) {
        i += n;
        continue;
      }
    }
    if (c >= 'A' && c <= 'Z') out.push_back(char(c + 32));
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) out.push_back(char(c));
    ++i;
  }
  return out;
}

std::string collapse_whitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    if (is_ascii_space(c)) {
      pending_space = true;
      ++i;
      continue;
    }
    if (c >= 0xC2) {
      if (size_t n = unicode_space_length(s, i)) {
        pending_space = true;
        i += n;
        continue;
      }
    }
    if (pending_space && !out.empty()) out.push_back(' ');
    pending_space = false;
    out.push_back(char(c));
    ++i;
  }
  return out;
}

std::string remove_invisible_marks(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    auto b = [&](size_t k) -> unsigned char { return i + k < s.size() ? s[i + k] : 0; };
    if (c == 0xC2 && b(1) == 0xAD) {
      i += 2;
      continue;
    }
    if (c == 0xE2 && b(1) == 0x80 && (b(2) == 0x8B || b(2) == 0x8E || b(2) == 0x8F)) {
      i += 3;
      continue;
    }
    if ((c == 0xE2 && b(1) == 0x81 && b(2) == 0xA0) || (c == 0xEF && b(1) == 0xBB && b(2) == 0xBF)) {
      i += 3;
      continue;
    }
    out.push_back(char(c));
    ++i;
  }
  return out;
}

void append_utf8(std::string& out, uint32_t cp) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out.push_back(char(cp));
  } else if (cp < 0x800) {
    out.push_back(char(0xC0 | (cp >> 6)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(char(0xE0 | (cp >> 12)));
    out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(char(0xF0 | (cp >> 18)));
    out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  }
}

std::string decode_basic_entities(std::string_view s) {
  if (s.find('&') == std::string_view::npos) return std::string(s);
  struct Named {
    std::string_view name;
    std::string_view text;
  };
  static constexpr Named kNamed[] = {
      {"amp", "&"},       {"lt", "<"},         {"gt", ">"},          {"quot", "\""},
      {"apos", "'"},      {"nbsp", "\xC2\xA0"}, {"ndash", "\xE2\x80\x93"}, {"mdash", "\xE2\x80\x94"},
      {"rsquo", "\xE2\x80\x99"}, {"lsquo", "\xE2\x80\x98"}, {"rdquo", "\xE2\x80\x9D"},
      {"ldquo", "\xE2\x80\x9C"}, {"hellip", "\xE2\x80\xA6"}, {"raquo", "\xC2\xBB"},
      {"laquo", "\xC2\xAB"}, {"middot", "\xC2\xB7"}, {"bull", "\xE2\x80\xA2"},
  };
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    if (s[i] != '&') {
      out.push_back(s[i++]);
      continue;
    }
    size_t semi = s.find(';', i + 1);
    if (semi == std::string_view::npos || semi - i > 10) {
      out.push_back(s[i++]);
      continue;
    }
    std::string_view name = s.substr(i + 1, semi - i - 1);
    bool done = false;
    if (!name.empty() && name[0] == '#') {
      uint32_t cp = 0;
      bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
      size_t k = hex ? 2 : 1;
      bool ok = k < name.size();
      for (; k < name.size() && ok; ++k) {
        char c = name[k];
        int d = (c >= '0' && c <= '9') ? c - '0'
                : (hex && c >= 'a' && c <= 'f') ? c - 'a' + 10
                : (hex && c >= 'A' && c <= 'F') ? c - 'A' + 10
                                                : -1;
        if (d < 0 || cp > 0x10FFFF) ok = false;
        else cp = cp * (hex ? 16 : 10) + uint32_t(d);
      }
      if (ok) {
        append_utf8(out, cp);
        done = true;
      }
    } else {
      for (const Named& n : kNamed) {
        if (n.name == name) {
          out.append(n.text);
          done = true;
          break;
        }
      }
    }
    if (done) {
      i = semi + 1;
    } else {
      out.push_back(s[i++]);
    }
  }
  return out;
}

std::string clean_field(std::string_view s) { return collapse_whitespace(decode_basic_entities(s)); }

bool looks_like_markup(std::string_view s) {
  for (size_t i = s.find('<'); i != std::string_view::npos && i + 1 < s.size(); i = s.find('<', i + 1)) {
    const char c = s[i + 1];
    if (c == '/' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      const size_t close = s.find('>', i);
      if (close != std::string_view::npos && close - i < 200) return true;
    }
  }
  return false;
}

std::string strip_markup(std::string_view s) {
  if (s.find('<') == std::string_view::npos) return std::string(s);
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    size_t close = s[i] == '<' ? s.find('>', i) : std::string_view::npos;
    bool tag = close != std::string_view::npos && i + 1 < s.size() &&
               (s[i + 1] == '/' || (s[i + 1] >= 'a' && s[i + 1] <= 'z') || (s[i + 1] >= 'A' && s[i + 1] <= 'Z'));
    if (tag) {
      out.push_back(' ');
      i = close;
    } else {
      out.push_back(s[i]);
    }
  }
  return collapse_whitespace(out);
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower(c);
  return out;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

bool capitalised(std::string_view s) {
  const unsigned char first = s.empty() ? 0 : static_cast<unsigned char>(s[0]);
  return (first >= 'A' && first <= 'Z') || first >= 0x80;
}

bool istarts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

bool icontains(std::string_view haystack, std::string_view needle) {
  if (needle.empty()) return true;
  if (haystack.size() < needle.size()) return false;
  char first = lower(needle[0]);
  for (size_t i = 0; i + needle.size() <= haystack.size(); ++i) {
    if (lower(haystack[i]) != first) continue;
    if (iequals(haystack.substr(i, needle.size()), needle)) return true;
  }
  return false;
}

std::string_view trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && is_ascii_space(s[b])) ++b;
  while (e > b && is_ascii_space(s[e - 1])) --e;
  return s.substr(b, e - b);
}

std::vector<std::string_view> space_words(std::string_view s) {
  std::vector<std::string_view> words;
  any_space_word(s, [&](std::string_view w) {
    words.push_back(w);
    return false;
  });
  return words;
}

std::string node_text(const dom::Node* node, size_t limit) {
  std::string out;
  if (!node) return out;
  for (const dom::Node* n = node->first_child; n;) {
    if (n->is_text()) {
      out.append(n->data);
      if (out.size() >= limit) break;
    } else if (n->is_element() && (n->tag == dom::TagId::Script || n->tag == dom::TagId::Style ||
                                   n->tag == dom::TagId::Template || n->tag == dom::TagId::Noscript)) {
      n = dom::next_skipping_children(n, node);
      continue;
    } else if (n->is_element() && (n->tag == dom::TagId::Br || n->tag == dom::TagId::P ||
                                   n->tag == dom::TagId::Div || n->tag == dom::TagId::Li)) {
      out.push_back(' ');
    }
    n = dom::next_in_preorder(n, node);
  }
  return out;
}

std::string_view attr(const dom::Node* node, std::string_view name) {
  const dom::Attribute* a = node ? node->attribute(name) : nullptr;
  return a ? a->value : std::string_view();
}

size_t utf8_length(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace pith::extraction::metadata
