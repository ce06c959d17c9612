// CommonMark (with GFM pipe tables) from a ContentTree.
//
// Blocks are separated by blank lines; list items of a list are not (tight
// lists). Headings are ATX (`## Title`), code blocks fenced with backticks
// (a longer fence when the code holds a run of backticks), quotes prefixed
// with "> ", list items with "- " or "1. " and their continuation lines
// indented under the marker. Tables become pipe tables whose first row is the
// header row, padded to the widest row; cell content is flattened onto one
// line with "|" escaped. Emphasis, strong, inline code, links and images are
// written when the tree has them (the extractor decides, from Options).
//
// Text is escaped so that it renders as itself: `\ ` * _ [ ] < ~` inline
// (`_` only at word edges, `&` only when it would start an entity), and
// `# - + = >` or `1.` at the start of a line.
#pragma once

#include <string>

#include "extract/content_tree.h"

namespace pith::output {

// Ends with a single '\n' unless the tree is empty ("").
std::string write_markdown(const extraction::ContentTree& tree);

}  // namespace pith::output
