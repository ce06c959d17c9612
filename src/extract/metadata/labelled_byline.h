// The last byline source: an author label and a name anywhere in the page
// text, the way templates without author classes print them ("Autor: Peter
// Maahn", "<h4>Autor</h4><p>Nikolai Huke</p>", "<strong>Text:</strong>
// Klausmartin Friedrich", "| By <span>Cara Stiles</span>"). Read only when no
// other source names an author: labels outside the article (comment forms,
// footers) are rarer than pages with no author at all.
#pragma once

#include <string>

#include "extract/metadata/heading_neighbourhood.h"

namespace pith::extraction::metadata {

// Longest text node read as a label with its name ("Redaktion: Eberhard Fuhr
// (Pressesprecher des EJW)"); longer ones are sentences that happen to start
// with a label word.
inline constexpr size_t kMaxLabelledBylineBytes = 100;

// The first labelled name of the page in document order, cleaned; empty when none.
std::string labelled_byline(const HeadingNeighbourhood& texts);

}  // namespace pith::extraction::metadata
