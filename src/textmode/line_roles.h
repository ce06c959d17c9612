// Recognises the furniture roles of LineRole from line statistics and text:
// forms that captions, repeated media headlines, promos and author bios take
// on any site, and the phrases HTML mode knows furniture by.
#pragma once

#include <vector>

#include "textmode/line_features.h"
#include "textmode/line_stats.h"

namespace pith::textmode {

// Role of every line of `page`; `byline_names` tells, per line, how many of
// its first words are names from a byline on the page, `repeated` whether its
// opening words begin a paragraph elsewhere on the page.
std::vector<LineRole> assign_line_roles(const TextPage& page, const std::vector<LineStats>& stats,
                                        const std::vector<int>& byline_names, const std::vector<char>& repeated);

}  // namespace pith::textmode
