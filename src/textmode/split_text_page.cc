// split_text_page(): the line structure text mode works on. Blank lines only
// separate blocks (a browser copy uses blank lines, a WET record single
// newlines), so they are counted rather than kept. A page wrapped at a fixed
// width is joined back into paragraphs (hard_wrap.h), a drop cap set on a
// line of its own back onto its word (line_join.h).
#include "textmode/main_text.h"

#include <cstring>

#include "textmode/hard_wrap.h"
#include "textmode/line_join.h"

namespace pith::textmode {
namespace {

// Length of the whitespace character at the end of text[0, end), or 0. ASCII
// blanks, NBSP, the U+2000 spaces, U+200B, U+202F, U+205F, U+3000 and U+FEFF
// are all invisible on a page; eval/textmode_train.py mirrors this list.
size_t trailing_space_length(std::string_view text, size_t end) {
  if (end == 0) return 0;
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char last = byte(end - 1);
  if (last == ' ' || last == '\t' || last == '\f' || last == '\v') return 1;
  if (end >= 2 && byte(end - 2) == 0xC2 && last == 0xA0) return 2;
  if (end < 3) return 0;
  const unsigned char a = byte(end - 3), b = byte(end - 2);
  if (a == 0xE2 && b == 0x80 && ((last >= 0x80 && last <= 0x8B) || last == 0xAF)) return 3;
  if (a == 0xE2 && b == 0x81 && last == 0x9F) return 3;
  if (a == 0xE3 && b == 0x80 && last == 0x80) return 3;
  if (a == 0xEF && b == 0xBB && last == 0xBF) return 3;
  return 0;
}

}  // namespace

TextPage split_text_page(std::string_view input, WrappedLines wrapped) {
  TextPage page;
  page.bytes = std::make_shared<const std::string>(input);
  const std::string_view utf8 = *page.bytes;
  size_t blanks = 0;
  size_t line_number = 0;
  size_t start = 0;
  while (start <= utf8.size()) {
    // The line ends at the first LF or CR: memchr finds both fast, the CR
    // search bounded by the LF.
    size_t end = utf8.size();
    if (start < end) {
      if (const void* lf = std::memchr(utf8.data() + start, '\n', end - start))
        end = size_t(static_cast<const char*>(lf) - utf8.data());
      if (const void* cr = std::memchr(utf8.data() + start, '\r', end - start))
        end = size_t(static_cast<const char*>(cr) - utf8.data());
    }
    size_t next = end;
    if (next < utf8.size()) next += (utf8[next] == '\r' && next + 1 < utf8.size() && utf8[next + 1] == '\n') ? 2 : 1;
    size_t trimmed = end;
    while (trimmed > start) {
      const size_t n = trailing_space_length(utf8.substr(start), trimmed - start);
      if (n == 0) break;
      trimmed -= n;
    }
    if (trimmed == start) {
      if (end < utf8.size() || end > start) ++blanks;
    } else {
      page.lines.push_back({utf8.substr(start, trimmed - start), line_number, blanks});
      blanks = 0;
    }
    ++line_number;
    if (end == utf8.size()) break;
    start = next;
  }
  if (wrapped == WrappedLines::Join) {
    if (const size_t width = detect_wrap_width(page)) join_wrapped_lines(page, width);
    join_drop_capitals(page);
  }
  return page;
}

}  // namespace pith::textmode
