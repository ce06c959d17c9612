// Whitespace as the writers treat it: collapsing runs as a browser
// lays text out, and trimming.
#pragma once

#include <string>
#include <string_view>

namespace pith::output {

// ASCII whitespace as HTML defines it, plus the no-break space (U+00A0) that
// pages use for layout: " \t\n\r\f" and "\xC2\xA0".
inline bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// C0 controls other than that whitespace (a page's stray BEL): invisible, not
// allowed in HTML text, and the Markdown writer uses some as emphasis markers,
// so no writer hands them out.
inline bool is_invisible_control(char c) { return static_cast<unsigned char>(c) < 0x20 && !is_ascii_space(c); }

// Appends `text` with every whitespace run (including U+00A0) turned into one
// space, and no space at the start of `out` or after one already there.
void append_collapsed(std::string& out, std::string_view text);

// Removes trailing spaces.
void trim_trailing_spaces(std::string& s);

// `text` with whitespace collapsed and trimmed at both ends.
std::string collapse_whitespace(std::string_view text);

}  // namespace pith::output
