// Emphasis for the Markdown writer. Whether a `*` run opens or closes
// emphasis depends on the characters on both sides of it (CommonMark's
// flanking rules), and those are known only once a block's inline text is
// complete: `<b>33%</b>of`, `verhelfen<b>, den …</b>`, `<b>.</b>` or two
// bold runs back to back written naively show their asterisks. So the writer
// marks where emphasis starts and ends with the bytes below and
// resolve_emphasis() turns the finished text into delimiters that parse as
// meant: adjacent runs of one kind merge, empty ones go, and a delimiter that
// would not flank moves past the spaces and punctuation at the edge of its
// span (they leave the emphasis, the text stays the same); a span that cannot
// be written that way keeps its text without emphasis.
#pragma once

#include <string>
#include <string_view>

namespace pith::output {

// Markers; append_markdown_text() never lets these bytes through from text.
inline constexpr char kEmphasisOpen = '\x01';
inline constexpr char kEmphasisClose = '\x02';
inline constexpr char kStrongOpen = '\x03';
inline constexpr char kStrongClose = '\x04';

inline bool is_emphasis_marker(char c) { return c >= kEmphasisOpen && c <= kStrongClose; }

// `text` (escaped Markdown with well-nested markers) with every marker
// replaced by `*`, `**` or nothing; text without markers comes back as it is.
std::string resolve_emphasis(std::string text);

}  // namespace pith::output
