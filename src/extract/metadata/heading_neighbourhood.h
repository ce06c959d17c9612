// Last-resort sources read from the page text around its main heading: most
// article templates print the date and the byline right under (or just above)
// the <h1> ("Veröffentlicht am 16.08.2019", "April 19, 2019", "von Andreas
// Kürten"). One walk collects the short text nodes; the searches go outward
// from the heading and take the nearest match.
#pragma once

#include <string>
#include <vector>

#include "dom/node.h"
#include "extract/metadata/dates.h"

namespace pith::extraction::metadata {

// Text nodes looked at after / before the heading.
inline constexpr size_t kTextNodesAfterHeading = 60;
inline constexpr size_t kTextNodesBeforeHeading = 15;
// Longer texts are sentences whose dates are about events, not the page.
inline constexpr size_t kMaxDateTextBytes = 150;
// Longer texts are not bylines.
inline constexpr size_t kMaxBylineTextBytes = 80;

struct HeadingNeighbourhood {
  std::vector<const dom::Node*> near;  // non-empty text nodes, nearest to the heading first
  std::vector<const dom::Node*> all;   // every non-empty text node of the page, in order
};

// `heading` is the page's main <h1> (may be null: then `near` is empty).
HeadingNeighbourhood read_heading_neighbourhood(const dom::Node* root, const dom::Node* heading);

// The nearest date to the heading, else the first dated short text of the page.
std::string date_near_heading(const HeadingNeighbourhood& texts, DayMonthOrder order);

// The nearest "By Jane Doe" / "von Max Muster" line to the heading, cleaned.
std::string byline_near_heading(const HeadingNeighbourhood& texts);

}  // namespace pith::extraction::metadata
