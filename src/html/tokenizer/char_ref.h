// Character references (HTML Standard §13.2.5.72–80): the text after an '&'
// decoded into UTF-8, or a verdict that the '&' is to be kept literally. This is
// the spec's character reference state machine collapsed into one look-ahead,
// which is possible because every path that does not decode ("flush code points
// consumed as a character reference", the ambiguous ampersand state) leaves
// the text exactly as it was in the input.
#pragma once

#include <cstddef>
#include <cstdint>

namespace pith::html {

struct CharRef {
  // Bytes consumed after the '&'; 0 means the '&' stays literal text and the
  // return state goes on with the byte after it.
  size_t consumed = 0;
  // The decoded text (at most two code points).
  char utf8[8] = {};
  uint8_t utf8_length = 0;
  // Parse errors seen (missing ';', bad numbers, unknown names).
  uint8_t errors = 0;
};

// Decodes the character reference whose text starts at `p` (just after '&')
// and ends no later than `end`. `in_attribute` selects the historical rule:
// a named reference without ';' followed by '=' or an alphanumeric stays text.
CharRef decode_char_ref(const char* p, const char* end, bool in_attribute);

// Appends the UTF-8 encoding of `cp` (at most U+10FFFF; surrogates are encoded
// as-is, WTF-8 style) to `out` and returns the number of bytes written (1–4).
size_t encode_utf8(uint32_t cp, char* out);

}  // namespace pith::html
