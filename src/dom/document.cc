#include "dom/document.h"

namespace pith::dom {

Document::Document() {
  root_ = arena_.make<Node>();
  root_->type = NodeType::Document;
}

Node* Document::create_element(TagId tag, std::string_view name, Namespace ns) {
  Node* n = arena_.make<Node>();
  n->type = NodeType::Element;
  n->ns = ns;
  n->tag = tag;
  // Known HTML names point at the static name table instead of copying.
  n->name = (tag != TagId::Unknown && tag_name(tag) == name) ? tag_name(tag) : arena_.copy(name);
  return n;
}

Node* Document::create_text(std::string_view text) {
  Node* n = arena_.make<Node>();
  n->type = NodeType::Text;
  n->data = arena_.copy(text);
  return n;
}

Node* Document::create_comment(std::string_view text) {
  Node* n = arena_.make<Node>();
  n->type = NodeType::Comment;
  n->data = arena_.copy(text);
  return n;
}

Node* Document::create_doctype(std::string_view name, std::string_view public_id,
                               std::string_view system_id, bool has_public_id,
                               bool has_system_id) {
  Node* n = arena_.make<Node>();
  n->type = NodeType::Doctype;
  n->name = arena_.copy(name);
  n->data = arena_.copy(public_id);
  n->system_id = arena_.copy(system_id);
  n->has_public_id = has_public_id;
  n->has_system_id = has_system_id;
  return n;
}

Node* Document::create_fragment() {
  Node* n = arena_.make<Node>();
  n->type = NodeType::DocumentFragment;
  return n;
}

void Document::set_attributes(Node* element, const Attribute* attrs, size_t count) {
  element->attr_count = static_cast<uint32_t>(count);
  if (count == 0) {
    element->attrs = nullptr;
    return;
  }
  element->attrs = arena_.make_array<Attribute>(count);
  for (size_t i = 0; i < count; ++i) {
    element->attrs[i].name = arena_.copy(attrs[i].name);
    element->attrs[i].value = arena_.copy(attrs[i].value);
    element->attrs[i].ns = attrs[i].ns;
  }
}

void Document::add_attribute(Node* element, const Attribute& attr) {
  Attribute* grown = arena_.make_array<Attribute>(element->attr_count + 1);
  for (uint32_t i = 0; i < element->attr_count; ++i) grown[i] = element->attrs[i];
  grown[element->attr_count] = {arena_.copy(attr.name), arena_.copy(attr.value), attr.ns};
  element->attrs = grown;
  ++element->attr_count;
}

void Document::append_child(Node* parent, Node* child) {
  child->parent = parent;
  child->prev_sibling = parent->last_child;
  child->next_sibling = nullptr;
  if (parent->last_child)
    parent->last_child->next_sibling = child;
  else
    parent->first_child = child;
  parent->last_child = child;
}

void Document::insert_before(Node* parent, Node* child, Node* ref) {
  if (!ref) {
    append_child(parent, child);
    return;
  }
  child->parent = parent;
  child->next_sibling = ref;
  child->prev_sibling = ref->prev_sibling;
  if (ref->prev_sibling)
    ref->prev_sibling->next_sibling = child;
  else
    parent->first_child = child;
  ref->prev_sibling = child;
}

void Document::detach(Node* node) {
  Node* parent = node->parent;
  if (!parent) return;
  if (node->prev_sibling)
    node->prev_sibling->next_sibling = node->next_sibling;
  else
    parent->first_child = node->next_sibling;
  if (node->next_sibling)
    node->next_sibling->prev_sibling = node->prev_sibling;
  else
    parent->last_child = node->prev_sibling;
  node->parent = node->prev_sibling = node->next_sibling = nullptr;
}

void Document::move_children(Node* from, Node* to) {
  Node* child = from->first_child;
  if (!child) return;
  for (Node* c = child; c; c = c->next_sibling) c->parent = to;
  child->prev_sibling = to->last_child;
  if (to->last_child)
    to->last_child->next_sibling = child;
  else
    to->first_child = child;
  to->last_child = from->last_child;
  from->first_child = from->last_child = nullptr;
}

void Document::insert_text(Node* parent, Node* before, std::string_view text) {
  if (text.empty()) return;
  Node* prev = before ? before->prev_sibling : parent->last_child;
  if (prev && prev->type == NodeType::Text) {
    std::string_view old = prev->data;
    // Grow in place when this text node's data is the arena's latest allocation:
    // the common case of a long text run split across several tokens.
    if (!old.empty() && arena_.try_extend(old.data() + old.size(), text.size())) {
      std::memcpy(const_cast<char*>(old.data()) + old.size(), text.data(), text.size());
      prev->data = {old.data(), old.size() + text.size()};
      return;
    }
    char* joined = static_cast<char*>(arena_.allocate(old.size() + text.size(), 1));
    std::memcpy(joined, old.data(), old.size());
    std::memcpy(joined + old.size(), text.data(), text.size());
    prev->data = {joined, old.size() + text.size()};
    return;
  }
  insert_before(parent, create_text(text), before);
}

}  // namespace pith::dom
