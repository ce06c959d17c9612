// What an element's inline style says about its visibility. The extractor,
// the title reader and the fulltext writer all skip what the page hides, and
// must agree on what that is.
#pragma once

#include <string_view>

namespace pith::dom {

// True when a style attribute's value hides the element: "display:none" or
// "visibility:hidden", in any letter case, with any ASCII whitespace around
// or inside the declaration ("Display : none").
bool style_hides(std::string_view style);

}  // namespace pith::dom
