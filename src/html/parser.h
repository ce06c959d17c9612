// The HTML parser's entry points: bytes in, document tree out, the whole
// pipeline of sniff → decode → tokenize → tree construction.
#pragma once

#include <string_view>

#include "dom/document.h"
#include "pith/parse_options.h"

namespace pith::html {

// Parses a whole document, or a fragment when options.fragment_context is set.
// For a fragment, the returned Document's root() is a DocumentFragment whose
// children are the fragment's nodes (the children of the spec's temporary
// <html> element). Never throws on malformed input.
dom::Document parse(std::string_view bytes, const ParseOptions& options = {});

// Same, for text that is already UTF-8 (newlines need not be normalised).
dom::Document parse_utf8(std::string_view text, const ParseOptions& options = {});

}  // namespace pith::html
