// Hard-wrapped pages back into one block a line. The width is read off the
// page itself: wrappers fill each line up to it, so the lines of a wrapped
// page pile up just short of one width and almost none passes it.
#include "textmode/hard_wrap.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <vector>

#include "textmode/line_join.h"
#include "textmode/line_stats.h"

namespace pith::textmode {
namespace {

// Wrap widths looked for: terminals and text exports use 60–132 columns.
constexpr size_t kMinWrapWidth = 30;
constexpr size_t kMaxWrapWidth = 200;
// Lines narrower than this (menu items, headings) say nothing about a wrap.
constexpr size_t kMinMeasuredWidth = 20;
// A wrapped page still has a few lines over its width (a URL or a table row
// that cannot be broken): at most this share of the measured lines, per mille.
constexpr size_t kMaxOverWidthPerMille = 20;
// A filled line ends within this many columns of the width (it stopped
// because the next word, rarely longer than this, did not fit).
constexpr size_t kFillSlack = 15;
// Wrapped: at least this many filled lines, and at least this share of the
// lines wider than half the width are filled (paragraphs of several lines).
constexpr size_t kMinFilledLines = 5;
constexpr double kMinFilledShare = 0.4;
// A continuation line may sit this much deeper than the line it continues
// (the text of a list item under its bullet).
constexpr size_t kMaxContinuationIndent = 6;
// Lines longer than this many bytes are wider than any wrap width whatever
// their script (4 bytes per column at most), so they are not measured.
constexpr size_t kMaxMeasuredBytes = 4 * kMaxWrapWidth;

bool is_wide(char32_t c) {
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
         (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

// Columns of the code point starting at s[i]; `length` receives its bytes.
size_t columns_at(std::string_view s, size_t i, size_t& length) {
  const CodePoint cp = decode_utf8(s, i);
  length = cp.length;
  return is_wide(cp.value) ? 2 : 1;
}

size_t indent_of(std::string_view line) {
  size_t n = 0;
  while (n < line.size() && line[n] == ' ') ++n;
  return n;
}

// Text browsers lay out tables and columns side by side, padded with spaces to
// a common width: such lines look filled but were never wrapped. Wrapped
// prose has no run of this many spaces after its indentation.
constexpr std::string_view kColumnGap = "   ";

bool has_column_gap(std::string_view line) {
  return line.find(kColumnGap, indent_of(line)) != std::string_view::npos;
}

// Width of the first word of a line's text (its first character when that
// is wide: CJK text wraps anywhere).
size_t first_word_width(std::string_view text) {
  size_t width = 0;
  for (size_t i = 0, length = 0; i < text.size() && text[i] != ' '; i += length) {
    const size_t columns = columns_at(text, i, length);
    if (columns == 2) return width == 0 ? 2 : width;
    width += columns;
  }
  return width;
}

// A list item starts a new block even right under a filled line: a bullet
// ("•", "*", "-", "□" …) or a number ("1.", "2)", "12.1.") and a space.
bool opens_list_item(std::string_view text) {
  if (opens_with_bullet(text)) return true;
  const auto is_digit = [&](size_t i) { return i < text.size() && text[i] >= '0' && text[i] <= '9'; };
  size_t i = 0;
  while (is_digit(i)) {
    while (is_digit(i)) ++i;
    if (i + 1 < text.size() && text[i] == '.' && is_digit(i + 1)) ++i;  // "12.1": on to the next number
  }
  return i > 0 && i + 1 < text.size() && (text[i] == '.' || text[i] == ')') && text[i + 1] == ' ';
}

// display_width(), stopping once the width passes `limit` (then limit + 1).
size_t width_up_to(std::string_view line, size_t limit) {
  size_t width = 0;
  size_t i = 0;
  // Eight ASCII bytes at a time: most lines are mostly ASCII.
  for (uint64_t chunk; i + 8 <= line.size() && width <= limit; i += 8) {
    std::memcpy(&chunk, line.data() + i, 8);
    if (chunk & 0x8080808080808080ull) break;
    width += 8;
  }
  for (; i < line.size() && width <= limit; ++i) {
    const unsigned char b = static_cast<unsigned char>(line[i]);
    // Below U+1000 nothing is wide: count lead bytes, skip continuation bytes.
    if (b < 0xE1) {
      width += (b & 0xC0) != 0x80;
      continue;
    }
    size_t length = 1;
    width += columns_at(line, i, length);
    i += length - 1;
  }
  return std::min(width, limit + 1);
}

bool continues(const PageLine& line, const PageLine& next, size_t width) {
  if (next.blank_before > 0 || has_column_gap(line.text) || has_column_gap(next.text)) return false;
  const size_t indent = indent_of(line.text), next_indent = indent_of(next.text);
  if (next_indent < indent || next_indent > indent + kMaxContinuationIndent) return false;
  const std::string_view next_text = next.text.substr(next_indent);
  if (opens_list_item(next_text)) return false;
  const size_t line_width = width_up_to(line.text, width);
  return line_width * 2 >= width && line_width + 1 + first_word_width(next_text) > width;
}

}  // namespace

size_t display_width(std::string_view line) { return width_up_to(line, line.size() * 2); }

size_t detect_wrap_width(const TextPage& page) {
  // Measured lines by width; the last bucket holds every wider line.
  std::vector<size_t> count(kMaxWrapWidth + 2, 0);
  size_t measured = 0;
  // Lines wider than any wrap width (a table row padded wider is one too).
  // Most pages are not wrapped and say so early: once more of all their lines
  // are this wide than a wrapped page may have, no width can be theirs.
  size_t too_wide = 0;
  const size_t max_too_wide = page.lines.size() * kMaxOverWidthPerMille / 1000;
  for (const PageLine& line : page.lines) {
    if (line.text.size() < kMinMeasuredWidth) continue;
    const size_t width = line.text.size() > kMaxMeasuredBytes ? kMaxWrapWidth + 1
                                                               : width_up_to(line.text, kMaxWrapWidth);
    if (width > kMaxWrapWidth && ++too_wide > max_too_wide) return 0;
    if (width < kMinMeasuredWidth || (width <= kMaxWrapWidth && has_column_gap(line.text))) continue;
    ++measured;
    ++count[width];
  }
  if (measured < kMinFilledLines) return 0;
  // wider[w]: measured lines wider than w.
  std::vector<size_t> wider(count.size(), 0);
  for (size_t w = count.size() - 1; w-- > 0;) wider[w] = wider[w + 1] + count[w + 1];
  for (size_t width = kMinWrapWidth; width <= kMaxWrapWidth; ++width) {
    if (wider[width] * 1000 > measured * kMaxOverWidthPerMille) continue;
    const size_t filled = wider[width - kFillSlack] - wider[width];
    const size_t over_half = wider[width / 2];
    return filled >= kMinFilledLines && double(filled) >= kMinFilledShare * double(over_half) ? width : 0;
  }
  return 0;
}

void join_wrapped_lines(TextPage& page, size_t width) {
  rejoin_lines(page, [width](const PageLine& above, const PageLine& line) {
    if (!continues(above, line, width)) return LineJoin::Separate;
    // A word broken at its hyphen ("well-" / "known") closes up again; a
    // dash between words ("2015 --") keeps its space.
    const std::string_view text = above.text;
    const auto letter = [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; };
    const bool hyphen = text.size() >= 2 && text.back() == '-' &&
                        (letter(text[text.size() - 2]) || static_cast<unsigned char>(text[text.size() - 2]) >= 0x80);
    return hyphen ? LineJoin::Closed : LineJoin::Space;
  });
}

}  // namespace pith::textmode
