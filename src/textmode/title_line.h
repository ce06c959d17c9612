// The title of a text page: which line is the article's headline. Text has
// no <title> element, except that a WET record's first line is the page's.
#pragma once

#include <cstddef>
#include <string>

#include "textmode/line_features.h"
#include "textmode/main_text.h"

namespace pith::textmode {

struct TitleGuess {
  long line = -1;         // index into TextPage::lines, or -1
  std::string site_name;  // beside the title in a WET record's <title> line, or empty
};

// The headline above the article. The line model says how article-like a
// line is, not how headline-like: above the article its best lines are
// datelines and captions. A headline names the article's subject, so its
// content words recur in the article (TopicOverlap): the nearest line sharing
// most of them wins; datelines, bylines and counters have none. A WET record
// opens with the page's <title>: the longest line above the article that is a
// part of that first line is the headline whatever its length ("Escopete" of
// "Escopete - Wikipedia"), and the title line's other part names the site.
// Measured by eval/textmode_metadata_eval.py.
TitleGuess find_title(const TextPage& page, const PageFeatures& features, size_t first);

}  // namespace pith::textmode
