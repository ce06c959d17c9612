// Text laid out at a fixed width (`lynx -dump`, `w3m -dump`, html2text, mail
// and terminal copies) breaks every paragraph into lines of at most some
// width. The line model reads one block a line, so such pages are joined back
// into paragraphs before anything else looks at them.
#pragma once

#include <cstddef>
#include <string_view>

#include "textmode/main_text.h"

namespace pith::textmode {

// Columns a line takes on a terminal: one per code point, two for East Asian
// wide characters (what text browsers count when they wrap).
size_t display_width(std::string_view line);

// The width the page was wrapped at, or 0 when it was not: the narrowest width
// that almost no line of three or more words exceeds, provided that many lines
// end just short of it (a wrapper filled them). Text that is not wrapped has
// lines of every length and some far longer than any terminal.
size_t detect_wrap_width(const TextPage& page);

// Joins each wrapped paragraph of a page wrapped at `width` into one line: a
// line continues on the next one when the next line's first word would not
// have fitted after it, and the next line is neither separated by a blank line
// nor a new list item. Joined lines keep the first line's source_line and
// blank_before; the page's bytes become the joined text.
void join_wrapped_lines(TextPage& page, size_t width);

}  // namespace pith::textmode
