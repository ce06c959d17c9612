// A clean HTML fragment from a ContentTree: one <article> holding only the
// content vocabulary (p, h1–h6, ul/ol/li, table/tr/th/td, blockquote,
// pre/code, figure/figcaption, hr, br, em, strong, code, a, img). Text and
// attribute values are escaped (& < > and " in attributes); link and image
// URLs with a scheme other than http(s)/mailto/relative are dropped.
//
// Layout: every block starts on its own line; blocks that hold other blocks
// (article, lists, quotes, tables, rows, figures) put their children on the
// lines between their tags. No indentation, so <pre> content is untouched.
#pragma once

#include <string>

#include "extract/content_tree.h"

namespace pith::output {

// "<article>\n…</article>\n"; an empty tree gives "<article>\n</article>\n".
std::string write_html(const extraction::ContentTree& tree);

// Escapes & < > (and " when `attribute`) into `out`.
void append_html_escaped(std::string& out, std::string_view text, bool attribute = false);

}  // namespace pith::output
