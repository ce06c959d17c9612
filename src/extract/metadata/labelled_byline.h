// The last byline sources: an author label and a name anywhere in the page
// text, the way templates without author classes print them ("Autor: Peter
// Maahn", "<h4>Autor</h4><p>Nikolai Huke</p>", "<strong>Text:</strong>
// Klausmartin Friedrich", "| By <span>Cara Stiles</span>"). Read only when no
// other source names an author: labels outside the article (comment forms,
// footers) are rarer than pages with no author at all. And a name printed
// after the date under the headline ("11.12.2019 - Amelie Loevenich").
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

// Longest "date, separator, name" line read by dated_byline.
inline constexpr size_t kMaxDatedBylineBytes = 80;
// Most dated lines a page may print with the byline's name (header, footer);
// more are a list of teasers.
inline constexpr size_t kMaxDatedBylines = 2;
// Most words a name after a date may have ("Uta Helkenberg", "Christian P. Stadtfeld").
inline constexpr size_t kMaxDatedBylineWords = 4;

// A date and a name on one line near the heading, the name last: "11.12.2019
// - Amelie Loevenich", "04.02.2022 | 13:10 Uhr | Uta Helkenberg",
// "06.11.2023 13:30 von Olga". The name must be capitalised words without
// digits. Empty when none, or when dated lines name two people (a list of
// events or posts).
std::string dated_byline(const HeadingNeighbourhood& texts);

}  // namespace pith::extraction::metadata
