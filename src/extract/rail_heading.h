// Headings that open a rail of other stories inside a page's content.
#pragma once

#include <string_view>

namespace pith::extraction {

// True when a heading's whole text names a list of other stories ("Don't
// Miss", "Related Articles", "More from Reuters", "Lesen Sie auch"), as
// opposed to boilerplate that sits between paragraphs and is followed by more
// article ("Advertisement", "Anzeige", "Weitere Informationen").
bool is_rail_heading(std::string_view text);

}  // namespace pith::extraction
