// What an element's inline style says about its visibility and placement. The extractor,
// the title reader and the fulltext writer all skip what the page hides, and
// must agree on what that is.
#pragma once

#include <string_view>

namespace pith::dom {

// True when a style attribute's value hides the element: "display:none" or
// "visibility:hidden", in any letter case, with any ASCII whitespace around
// or inside the declaration ("Display : none").
bool style_hides(std::string_view style);

// True when a style attribute pins the element at percentage offsets on both
// axes ("top:4.9%; left:96.6%"): a label laid over a picture, as chart tools
// (ai2html) place a graphic's words over its image.
bool style_pins_to_percent(std::string_view style);

}  // namespace pith::dom
