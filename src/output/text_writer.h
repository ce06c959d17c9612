// Plain text from a ContentTree: what a reader sees, one block per line.
//
// Every paragraph, heading, list item, table row, caption and code line is one
// line; there are no blank lines and no markup. Whitespace inside a block is
// collapsed to single spaces (code blocks keep theirs). A line break inside a
// paragraph starts a new line. Table cells are joined with " | " (readable, and
// "|" is no word character, so scores that count words ignore it). Images,
// link targets and emphasis leave no trace: only their text is kept. The
// article's title heading is left out: it is the Document's title.
#pragma once

#include <string>

#include "extract/content_tree.h"

namespace pith::output {

// Every line ends with '\n'; an empty tree gives "".
std::string write_text(const extraction::ContentTree& tree);

// The separator between the cells of a table row.
inline constexpr const char* kTextCellSeparator = " | ";

}  // namespace pith::output
