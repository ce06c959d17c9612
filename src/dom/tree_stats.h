// Size and shape of a tree, for `pith parse --stats` and for tests that check
// the parser built what a hostile input asked for (e.g. 300k levels of nesting).
#pragma once

#include <cstddef>

#include "dom/node.h"

namespace pith::dom {

struct TreeStats {
  size_t nodes = 0;       // every node below the root, template contents included
  size_t elements = 0;
  size_t max_depth = 0;   // root's children are at depth 1
};

TreeStats measure_tree(const Node* root);

}  // namespace pith::dom
