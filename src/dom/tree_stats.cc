#include "dom/tree_stats.h"

#include <utility>
#include <vector>

namespace pith::dom {

TreeStats measure_tree(const Node* root) {
  TreeStats stats;
  // Subtrees still to walk: template contents hang off elements rather than
  // being children, so they are queued with the depth of their template.
  std::vector<std::pair<const Node*, size_t>> pending{{root, 0}};
  while (!pending.empty()) {
    auto [top, base] = pending.back();
    pending.pop_back();
    const Node* node = top->first_child;
    size_t depth = base + 1;
    while (node) {
      ++stats.nodes;
      if (node->type == NodeType::Element) ++stats.elements;
      if (depth > stats.max_depth) stats.max_depth = depth;
      if (node->template_content) pending.emplace_back(node->template_content, depth);
      if (node->first_child) {
        node = node->first_child;
        ++depth;
        continue;
      }
      while (node != top && !node->next_sibling) {
        node = node->parent;
        --depth;
      }
      node = node == top ? nullptr : node->next_sibling;
    }
  }
  return stats;
}

}  // namespace pith::dom
