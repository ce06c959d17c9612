// Teasers for other stories that sit inside the selected content without a
// class naming them: "Read more" items, rails of sibling cards, a rail under
// a "Don't Miss" heading at the end, a lone "Watch video" teaser, a section
// front made of nothing else. Steps of clean_content() (content_cleaner.cc),
// each turning Keep verdicts into Drop.
#pragma once

#include <vector>

#include "extract/block_features.h"
#include "extract/block_segmenter.h"
#include "extract/content_selector.h"

namespace pith::extraction {

// What the cleaner decides for each selected block.
enum class Verdict { Keep, Drop, Comment };

// List items / <article>s closed by a "Read more" link, when several.
void drop_teaser_items(const Segmentation& seg, Selection& sel, std::vector<Verdict>& verdicts);
// Sibling cards of one tag and class, each a linked headline over a summary.
void drop_teaser_cards(const Segmentation& seg, const std::vector<BlockFeatures>& features,
                       const Selection& sel, std::vector<Verdict>& verdicts);
// A small box opened by a rail heading, anywhere in the content.
void drop_boxed_rails(const Segmentation& seg, const Selection& sel, std::vector<Verdict>& verdicts);
// A rail heading near the end and the teasers under it.
void drop_trailing_rail(const Segmentation& seg, const Selection& sel, std::vector<Verdict>& verdicts);
// A section front: nothing kept but summaries right under linked headlines,
// dropped or kept inline (all of it goes; true when it did).
bool drop_teaser_index(const Segmentation& seg, const std::vector<BlockFeatures>& features,
                       const Selection& sel, std::vector<Verdict>& verdicts);
// A short block closed by its "Watch video" / "Read more" link.
void drop_lone_teasers(const Segmentation& seg, const Selection& sel, std::vector<Verdict>& verdicts);

}  // namespace pith::extraction
