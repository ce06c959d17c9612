// Small string helpers shared by the metadata extractors: whitespace collapsing,
// the handful of HTML entities that leak into attribute-free strings (JSON-LD,
// double-escaped meta content), ASCII case folding and node text. Hand-written
// scanners, no regex: metadata runs on every page and must stay cheap.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dom/node.h"

namespace pith::extraction::metadata {

// Trims and collapses every run of Unicode-ish whitespace (ASCII space, tab,
// newline, NBSP, zero-width and other Unicode spaces) to one ASCII space.
std::string collapse_whitespace(std::string_view s);

// Drops characters that render as nothing inside a word: soft hyphens
// (U+00AD, "Mes\u00ADsen\u00ADger"), zero-width space and joiner-free breaks
// (U+200B, U+2060, U+FEFF) and direction marks (U+200E, U+200F).
std::string remove_invisible_marks(std::string_view s);

// Decodes &amp; &lt; &gt; &quot; &apos; &#39; &nbsp; and numeric references
// (&#8211; &#x2013;) left inside strings that were escaped twice.
std::string decode_basic_entities(std::string_view s);

// decode_basic_entities then collapse_whitespace: the form every field is stored in.
std::string clean_field(std::string_view s);

std::string ascii_lower(std::string_view s);

// True when `s` holds a tag ("<p>", "</strong>", "<br/>": "<" then a letter or
// "/", closed within 200 bytes), not just a "<" in prose ("a < b").
bool looks_like_markup(std::string_view s);

// Removes "<…>" markup some CMSs leave inside meta descriptions, then
// collapses whitespace.
std::string strip_markup(std::string_view s);

// Bytes taken by a non-ASCII punctuation character at s[i] (0 when it is not
// one): Latin-1 punctuation (« » · ¡ ¿), General Punctuation (quotes, dashes,
// ellipsis), CJK symbols and punctuation, fullwidth ASCII punctuation.
size_t unicode_punctuation_length(std::string_view s, size_t i);

// Letters and digits only, ASCII lowercased, punctuation and spaces dropped:
// the key under which two spellings of a title or name compare equal.
std::string comparison_key(std::string_view s);
bool iequals(std::string_view a, std::string_view b);
bool istarts_with(std::string_view s, std::string_view prefix);
bool icontains(std::string_view haystack, std::string_view needle);
std::string_view trim(std::string_view s);
// True when `match` holds for one of the words of `s` between runs of ' '
// (a class, rel or itemprop list), tried in order; allocates nothing.
template <typename Match>
bool any_space_word(std::string_view s, const Match& match) {
  for (size_t i = 0; i < s.size();) {
    while (i < s.size() && s[i] == ' ') ++i;
    const size_t b = i;
    while (i < s.size() && s[i] != ' ') ++i;
    if (i > b && match(s.substr(b, i - b))) return true;
  }
  return false;
}
// The words of `s` between runs of ' ' (views into `s`), in order.
std::vector<std::string_view> space_words(std::string_view s);
// Starts with an ASCII capital or any non-ASCII character (names in other
// scripts and accented capitals count as capitalised).
bool capitalised(std::string_view s);

// Text of the subtree under `node` (scripts, styles and templates skipped),
// stopping after about `limit` bytes. Not collapsed.
std::string node_text(const dom::Node* node, size_t limit = 4096);

// Value of attribute `name` or empty.
std::string_view attr(const dom::Node* node, std::string_view name);

// Number of Unicode code points (UTF-8 lead bytes) in s.
size_t utf8_length(std::string_view s);

// Appends code point cp as UTF-8.
void append_utf8(std::string& out, uint32_t cp);

}  // namespace pith::extraction::metadata
