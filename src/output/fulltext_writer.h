// The whole visible text of a parsed page, no extraction: every block a
// browser would lay out on its own line (paragraphs, headings, list items,
// table rows, divs, captions …) becomes one line, in document order.
//
// Hidden content is skipped: <head>, scripts, styles, templates, <noscript>,
// form controls with their own rendering (select, textarea), embedded
// documents and SVG/MathML, and elements with the `hidden` attribute,
// aria-hidden="true" or an inline display:none / visibility:hidden style.
// Whitespace collapses as in layout (U+00A0 included), except inside <pre>;
// <br> breaks the line; table cells of a row are joined with " | " like the
// text writer's. `pith --format fulltext` and text mode use it.
#pragma once

#include <string>

#include "dom/node.h"

namespace pith::output {

// Every line ends with '\n'; nothing visible gives "".
std::string write_fulltext(const dom::Node* root);

}  // namespace pith::output
