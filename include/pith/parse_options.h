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

  // How deep the tree may nest. Unclosed elements nest without end (10^5
  // <div>s or <font>s on one crawled page): every later walk from a node to
  // the root then costs as much as the page, and a tree dump's indentation
  // grows quadratically. With this many elements open, a new element becomes
  // the current node's sibling instead of its child, so no element is deeper
  // than this, as in browsers (Blink stops at 512); the text and its order
  // are unchanged. 0: no limit, the tree exactly as the HTML Standard builds it.
  size_t max_tree_depth = 512;

  // When non-empty, parse as a fragment (innerHTML) in this context element:
  // "td", "svg path", "math mi" (the html5lib-tests #document-fragment syntax).
  std::string fragment_context;
};

}  // namespace pith
