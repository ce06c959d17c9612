// Options for turning bytes into a document tree. Part of pith's public API.
#pragma once

#include <cstddef>
#include <string>

namespace pith {

struct ParseOptions {
  // An encoding label from outside the document (a --charset flag, an HTTP
  // Content-Type). When it names a known encoding it wins over the page's own
  // <meta charset>; a byte-order mark still wins over it, as browsers do.
  std::string charset;

  // The HTML scripting flag. Off by default: an extractor wants <noscript>
  // content parsed as markup, because that is where lazy-loaded pages keep
  // their real <img> elements.
  bool scripting = false;

  // When non-empty, parse as a fragment (innerHTML) in this context element:
  // "td", "svg path", "math mi" (the html5lib-tests #document-fragment syntax).
  std::string fragment_context;
};

}  // namespace pith
