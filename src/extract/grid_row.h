// A row of grid columns short enough to be one line on screen (see
// is_short_grid_row): the block segmenter lays it out as one block.
#pragma once

#include "dom/node.h"

namespace pith::extraction {

// A browser lays the columns of a short grid row side by side ("135 g |
// Butter" in a recipe's ingredient row, "Date | 12 May" in a details box);
// as blocks they would come out one per line and lose their pairing. True when
// every child element of `row` is a grid column of inline content only and the
// row's text is short; wider rows are page layout and stay blocks.
bool is_short_grid_row(const dom::Node* row);

}  // namespace pith::extraction
