// Lines of a page that are one block on the page: rejoined before the model
// reads the page one block a line.
#pragma once

#include <cstddef>
#include <functional>

#include "textmode/main_text.h"

namespace pith::textmode {

enum class LineJoin {
  Separate,  // the line starts a block of its own
  Space,     // it continues the line above after a space
  Closed,    // it continues the line above with no space ("well-" / "known", "E" / "xercice")
};

// Rebuilds `page` with every line that `rule(above, line)` says continues the
// line above appended to it (its leading spaces dropped). Joined lines keep
// the first line's source_line and blank_before; the page's bytes become the
// joined text.
void rejoin_lines(TextPage& page, const std::function<LineJoin(const PageLine& above, const PageLine& line)>& rule);

// A browser's innerText sets a drop cap (a floated first letter) on a line of
// its own: "E" over "xercice: après avoir lu …". The letter goes back onto
// its word.
void join_drop_capitals(TextPage& page);

}  // namespace pith::textmode
