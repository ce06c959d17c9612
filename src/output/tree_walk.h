// A depth-first walk over a ContentTree without recursion: the writers get an
// enter event for every node and a leave event after its children, in reading
// order. Content trees follow the page's nesting (lists in lists, quotes in
// quotes), so their depth is the input's to choose; an explicit stack keeps a
// hostile page from overflowing the call stack.
#pragma once

#include <cstdint>
#include <vector>

#include "extract/content_tree.h"

namespace pith::output {

using extraction::ContentKind;
using extraction::ContentNode;
using extraction::ContentTree;

// True for the kinds that form blocks (lines, paragraphs); false for inline runs.
constexpr bool is_block(ContentKind kind) {
  return kind != ContentKind::Text && kind != ContentKind::LineBreak && kind != ContentKind::Emphasis &&
         kind != ContentKind::Strong && kind != ContentKind::InlineCode && kind != ContentKind::Link &&
         kind != ContentKind::Image;
}

// Calls visitor.enter(id, node) before a node's children and visitor.leave(id,
// node) after them, for every node under `root` (root itself excluded). When
// enter returns false the node's children are skipped (leave is still called).
template <typename Visitor>
void walk(const ContentTree& tree, Visitor& visitor, uint32_t root = ContentTree::kRoot) {
  struct Frame {
    uint32_t id;
    size_t next_child;
  };
  std::vector<Frame> stack;
  stack.push_back({root, 0});
  while (!stack.empty()) {
    Frame& top = stack.back();
    const ContentNode& node = tree[top.id];
    if (top.next_child < node.children.size()) {
      uint32_t child = node.children[top.next_child++];
      // ContentTree::add gives children larger ids than their parent; anything
      // else (a hand-made cycle) is skipped rather than followed forever.
      if (child >= tree.size() || child <= top.id) continue;
      if (visitor.enter(child, tree[child])) {
        stack.push_back({child, 0});
      } else {
        visitor.leave(child, tree[child]);
      }
      continue;
    }
    uint32_t done = top.id;
    stack.pop_back();
    if (!stack.empty()) visitor.leave(done, tree[done]);
  }
}

}  // namespace pith::output
