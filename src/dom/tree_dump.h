// Writes a tree in the html5lib-tests tree-construction format ("| <html>",
// two spaces per level, attributes sorted, "content" for template contents).
// Iterative, so 300k levels of nesting are fine.
#pragma once

#include <string>

#include "dom/node.h"

namespace pith::dom {

// Dumps the children of `root` (a Document or DocumentFragment), one line each.
std::string dump_html5lib_tree(const Node* root);

}  // namespace pith::dom
