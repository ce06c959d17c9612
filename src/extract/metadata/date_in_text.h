// The last resort for a publication date: a short text near the page's main
// heading ("Veröffentlicht am 16.08.2019", "April 19, 2019", "Stand: 05.
// Februar 2020"). Most article templates print the date right under or just
// above the <h1>; the search walks outward from it and takes the nearest date.
#pragma once

#include <string>

#include "dom/node.h"
#include "extract/metadata/dates.h"

namespace pith::extract::metadata {

// Text nodes looked at after / before the heading.
inline constexpr size_t kTextNodesAfterHeading = 60;
inline constexpr size_t kTextNodesBeforeHeading = 15;
// Longer texts are sentences whose dates are about events, not the page.
inline constexpr size_t kMaxDateTextBytes = 150;

// `heading` is the page's main <h1> (may be null: then the first dated short
// text in the body counts). Empty when nothing is found.
std::string date_near_heading(const dom::Node* root, const dom::Node* heading, DayMonthOrder order);

}  // namespace pith::extract::metadata
