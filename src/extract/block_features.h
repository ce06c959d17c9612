// Per-block features (boilerpipe / jusText style): link density, word and
// stop-word counts, sentence punctuation, whether the text is a boilerplate
// phrase, whether the block repeats the page title. Computed once per block
// after segmentation and read by the selector and the cleaner.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/block_segmenter.h"
#include "extract/scoring_constants.h"

namespace pith::extraction {

struct BlockFeatures {
  float link_density = 0;     // linked characters / characters
  uint32_t words = 0;         // counted for blocks under kStopWordBlockChars only
  uint32_t stop_words = 0;
  bool sentence_end = false;  // ends like prose (. ! ? …) or has ". " inside
  bool boilerplate_text = false;  // short block matching the phrase vocabulary
  bool title = false;         // heading (or short block) equal to the page title
  bool comment_heading = false;   // "Comments", "Leave a reply" …
  float stop_ratio() const { return words ? float(stop_words) / float(words) : 0.f; }
};

// Fills `out` (one entry per block). `title` may be empty; a heading matching
// `other_title` (the page's <title> when the metadata chose another, such as
// og:title) is a title heading too.
void compute_block_features(const Segmentation& seg, std::string_view title,
                            std::string_view other_title, double short_block_chars,
                            std::vector<BlockFeatures>& out);

// True when `text` (a heading) is the page title or the title's main part
// ("Headline" in "Headline | Site"): its word characters appear in the title's
// and cover at least kTitleShareTenths/10 of them; or a title cut short opens
// with most of the heading.
bool matches_title(std::string_view text, std::string_view title);

// Compares two texts ignoring case, spaces and punctuation (ASCII folding only).
bool same_words(std::string_view a, std::string_view b);

}  // namespace pith::extraction
