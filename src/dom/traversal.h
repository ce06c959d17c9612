// Ranges for walking the tree without recursion, for the extractor and tools:
//   for (Node* c : children(n))        direct children
//   for (Node* d : descendants(n))     pre-order, n excluded, template contents skipped
//   for (Node* a : ancestors(n))       parent, grandparent … up to the root
#pragma once

#include <iterator>

#include "dom/document.h"
#include "dom/node.h"

namespace pith::dom {

template <typename Step>
class NodeRange {
 public:
  class iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = Node*;
    using difference_type = std::ptrdiff_t;
    using pointer = Node**;
    using reference = Node*;

    iterator() = default;
    iterator(Node* node, const Node* origin) : node_(node), origin_(origin) {}
    Node* operator*() const { return node_; }
    iterator& operator++() {
      node_ = Step{}(node_, origin_);
      return *this;
    }
    iterator operator++(int) {
      iterator old = *this;
      ++*this;
      return old;
    }
    bool operator==(const iterator& o) const { return node_ == o.node_; }

   private:
    Node* node_ = nullptr;
    const Node* origin_ = nullptr;
  };

  NodeRange(Node* first, const Node* origin) : first_(first), origin_(origin) {}
  iterator begin() const { return {first_, origin_}; }
  iterator end() const { return {}; }

 private:
  Node* first_;
  const Node* origin_;
};

struct NextSibling {
  Node* operator()(Node* n, const Node*) const { return n->next_sibling; }
};
struct NextInPreorder {
  Node* operator()(Node* n, const Node* root) const { return next_in_preorder(n, root); }
};
struct Parent {
  Node* operator()(Node* n, const Node*) const { return n->parent; }
};

inline NodeRange<NextSibling> children(const Node* n) { return {n->first_child, n}; }
inline NodeRange<NextInPreorder> descendants(const Node* n) { return {n->first_child, n}; }
inline NodeRange<Parent> ancestors(const Node* n) { return {n->parent, n}; }

}  // namespace pith::dom
