// Document: owns the arena and the root node of one parsed page, and offers the
// small set of mutations the tree builder needs (create, append, insert before,
// detach, text merging). Pointers to nodes stay valid until the Document dies;
// moving a Document keeps them valid because nodes live in arena chunks.
#pragma once

#include <string>
#include <string_view>

#include "dom/arena.h"
#include "dom/node.h"

namespace pith::dom {

class Document {
 public:
  Document();
  Document(Document&&) noexcept = default;
  Document& operator=(Document&&) noexcept = default;

  Node* root() const { return root_; }
  Arena& arena() { return arena_; }

  Node* create_element(TagId tag, std::string_view name, Namespace ns = Namespace::Html);
  Node* create_text(std::string_view text);
  Node* create_comment(std::string_view text);
  Node* create_doctype(std::string_view name, std::string_view public_id,
                       std::string_view system_id, bool has_public_id, bool has_system_id);
  Node* create_fragment();

  // Copies the attributes into the arena and attaches them to `element`,
  // replacing any it had.
  void set_attributes(Node* element, const Attribute* attrs, size_t count);
  // Appends one attribute (used when a later <html>/<body> tag adds attributes).
  void add_attribute(Node* element, const Attribute& attr);

  static void append_child(Node* parent, Node* child);
  // Inserts `child` before `ref` under `parent`; ref == nullptr appends.
  static void insert_before(Node* parent, Node* child, Node* ref);
  static void detach(Node* node);
  // Moves all children of `from` to the end of `to`, keeping their order.
  static void move_children(Node* from, Node* to);

  // Inserts text as the tree builder's "insert a character" does: merged into
  // the text node immediately before the insertion point when there is one.
  void insert_text(Node* parent, Node* before, std::string_view text);

  QuirksMode quirks_mode = QuirksMode::NoQuirks;
  // WHATWG name of the encoding the bytes were decoded from ("UTF-8", "windows-1252" …).
  std::string encoding;
  // Parse errors seen by the tokenizer and tree builder; counted, never printed.
  uint32_t parse_errors = 0;

 private:
  Arena arena_;
  Node* root_ = nullptr;
};

// Pre-order walk of the subtree under `root` (root excluded) without recursion:
// the next node is the first child, else the next sibling of the nearest
// ancestor that has one. Template contents are not entered.
inline Node* next_in_preorder(const Node* node, const Node* root) {
  if (node->first_child) return node->first_child;
  while (node != root) {
    if (node->next_sibling) return node->next_sibling;
    node = node->parent;
  }
  return nullptr;
}

// Like next_in_preorder but skips node's children.
inline Node* next_skipping_children(const Node* node, const Node* root) {
  while (node != root) {
    if (node->next_sibling) return node->next_sibling;
    node = node->parent;
  }
  return nullptr;
}

}  // namespace pith::dom
