// Content cleaning: removes boilerplate from the selected blocks — anything under
// an element the vocabulary marks as navigation, share bar, comments, related
// stories, ad, cookie notice, newsletter/app promo, byline, caption, footer or
// sidebar (between the selected root and the block); link lists; short blocks
// that are boilerplate phrases ("Read more", "Advertisement"). A fully linked
// paragraph between two prose paragraphs is an inline related headline and
// stays, and so does a linked list item with a description after its link in
// a list the content mostly keeps. A paragraph opening with an image label
// ("Abbildung 4: …") goes as a caption. Comment blocks move to
// Selection::comments when asked for.
//
// Story rails inside the content go too: sibling "cards" of one tag and class,
// each opening with a linked headline over a short summary.
//
// With drop_doubtful (favor=precision) also: short linked scraps, items of
// link-heavy lists, headings with no text under them, and label-like scraps at
// the start as well as the end.
#pragma once

#include <vector>

#include "extract/block_features.h"
#include "extract/block_segmenter.h"
#include "extract/content_selector.h"
#include "extract/scoring_constants.h"

namespace pith::extraction {

struct CleanOptions {
  bool use_classes = true;     // trust all the class/id vocabulary (the fallback pass
                               // keeps only the strong marks: kRemoveFlags)
  bool keep_comments = false;  // move comment blocks to Selection::comments
  bool tables = true;          // keep table cells
  bool trim_edges = true;      // drop short label-like blocks at the end
  size_t title_scraps = 3;     // …and up to this many short blocks on each side of the title
  size_t trailing_scraps = 3;  // …and a trailing run of at most this many
  bool drop_doubtful = false;  // favor=precision: drop doubtful blocks (see clean_content)
  bool keep_page_meta = false; // favor=recall: keep bylines, captions and date lines
  bool thread_opener = false;  // the first comment-marked post is content when nothing else is
  double max_link_density = 0.5;
  double short_block_chars = 80;
};

void clean_content(const Segmentation& seg, const std::vector<BlockFeatures>& features,
                   const CleanOptions& options, Selection& selection);

// Comment blocks of the whole page (elements marked as comments), for
// Options::comments when the selection did not reach them.
void collect_comments(const Segmentation& seg, const std::vector<BlockFeatures>& features,
                      Selection& selection);

}  // namespace pith::extraction
