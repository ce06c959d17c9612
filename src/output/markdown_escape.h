// Escaping for the Markdown writer: what makes text render as itself in
// CommonMark, inline and at the start of a line, and link destinations.
#pragma once

#include <string>
#include <string_view>

namespace pith::output {

// Appends `text` with whitespace collapsed (U+00A0 included, no space at the
// start of `out` or after a space or newline) and escaped: `\ ` * [ ] < ~`
// always, `_` at word edges, `&` when it would start an entity, `|` inside
// tables. In a code span (`code`) nothing but `|` in tables is escaped.
// C0 controls other than whitespace are dropped.
void append_markdown_text(std::string& out, std::string_view text, bool code, bool in_table);

// Appends a link destination: spaces, controls, < > | \ percent-encoded, ( ) escaped.
void append_url(std::string& out, std::string_view url);

// Escapes what would start a block at the beginning of a paragraph line:
// ATX headings, list markers, setext underlines, block quotes, "1." lists.
std::string escape_line_start(std::string_view line);

// The longest run of `c` in `text` (to size code fences).
size_t longest_run(std::string_view text, char c);

}  // namespace pith::output
