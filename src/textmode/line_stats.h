// What one line says on its own: counts gathered in a single pass over its
// UTF-8 bytes. line_features.cc turns these into model features and adds
// the context of the neighbouring lines.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace pith::textmode {

struct LineStats {
  int words = 0;          // runs of letters/digits; each CJK ideograph counts as one
  int chars = 0;          // code points
  int letters = 0;
  int upper = 0;          // upper-case letters (ASCII, Latin-1, Cyrillic)
  int lower = 0;
  int digits = 0;
  int punct = 0;          // ASCII punctuation
  int commas = 0;
  int sentence_breaks = 0;  // . ! ? followed by a space
  int capitalised = 0;    // words starting with an upper-case letter
  int leading_capitalised = 0;  // of them, those before the line's first other word
  int word_bytes = 0;     // bytes inside words, for the mean word length
  int stop_words = 0, ui_words = 0, caption_words = 0, month_words = 0, comment_words = 0;
  bool clock_time = false;    // a time of day, "9:01", "12:11" (post and comment stamps)
  bool ends_sentence = false, ends_colon = false, ends_paren = false;
  bool starts_bullet = false, starts_upper = false, quote_start = false;
  bool byline_start = false;  // "By Name", "von Name" …
  bool credit_paren = false;  // ends with a parenthesis naming a photo source: "(Photo: AP)"
  bool caption_start = false; // a caption word among the first words: "In this photo …"
  bool copyright = false, url_like = false;  // url_like: an e-mail "@" or a "://"
  int separators = 0;     // | • » · between menu items
  uint64_t opening_hash = 0;  // hash of the first kOpeningWords words, 0 when shorter
  uint64_t text_hash = 0;     // hash of the whole line, for exact repeats
  // Hashes of the line's content words (not function words, 4+ bytes) and of
  // its capitalised words, for topic and byline-name overlap: ranges in the
  // page's WordHashes.
  uint32_t content_begin = 0, content_end = 0;
  uint32_t capitalised_begin = 0, capitalised_end = 0;
  // In a byline ("By Jane Roe | Site"), the capitalised words right after
  // "By": a range in WordHashes::capitalised.
  uint32_t byline_names_begin = 0, byline_names_end = 0;
};

// Words whose hash identifies a line's opening (a standfirst repeated as the
// first sentence of the body shares it).
inline constexpr int kOpeningWords = 6;

// Word hashes of all lines of a page, appended line after line.
struct WordHashes {
  std::vector<uint32_t> content;
  std::vector<uint32_t> capitalised;
};

LineStats scan_line(std::string_view line, WordHashes& words);

// One code point of UTF-8 text and its length in bytes; an invalid or cut
// sequence is U+FFFD of one byte, so a scan always moves on.
struct CodePoint {
  char32_t value;
  size_t length;
};
CodePoint decode_utf8(std::string_view s, size_t i);

// Whether a list bullet and a space open `text` ("• Item", "* Item", "□ Item"
// as browsers and text browsers print list items); numbers are not included.
bool opens_with_bullet(std::string_view text);

}  // namespace pith::textmode
