// The node tree. One struct for every node type keeps the tree walkable with
// plain pointers and lets the arena hand out fixed-size slots; the fields a type
// does not use stay empty. All strings point into the owning Document's arena.
#pragma once

#include <cstdint>
#include <string_view>

#include "dom/tag.h"

namespace pith::dom {

enum class NodeType : uint8_t { Document, DocumentFragment, Element, Text, Comment, Doctype };

enum class Namespace : uint8_t { Html, Svg, MathMl };

// Namespaces an attribute can have after the tree builder's foreign-attribute
// adjustment (xlink:href, xml:lang, xmlns:xlink …); None for everything else.
enum class AttrNamespace : uint8_t { None, XLink, Xml, Xmlns };

struct Attribute {
  std::string_view name;   // local name, lowercase unless adjusted for SVG/MathML
  std::string_view value;
  AttrNamespace ns = AttrNamespace::None;
};

enum class QuirksMode : uint8_t { NoQuirks, LimitedQuirks, Quirks };

struct Node {
  NodeType type = NodeType::Element;
  Namespace ns = Namespace::Html;
  TagId tag = TagId::Unknown;
  // Free for the layer working on the tree: the tree builder borrows bits 0x80
  // and 0x40 while parsing and clears them before returning; after that they
  // belong to the extractor (hidden, visited …).
  uint8_t flags = 0;
  // Doctype only: whether the identifiers were present at all (missing and empty
  // differ for quirks mode and for the html5lib tree dump).
  bool has_public_id = false;
  bool has_system_id = false;

  uint32_t attr_count = 0;
  Attribute* attrs = nullptr;

  Node* parent = nullptr;
  Node* first_child = nullptr;
  Node* last_child = nullptr;
  Node* prev_sibling = nullptr;
  Node* next_sibling = nullptr;

  // Element: local name (tag_name(tag) for known HTML tags). Doctype: its name.
  std::string_view name;
  // Text and Comment: the data. Doctype: the public identifier.
  std::string_view data;
  // Doctype: the system identifier.
  std::string_view system_id;
  // <template> elements: the DocumentFragment holding the template contents.
  Node* template_content = nullptr;

  bool is_element() const { return type == NodeType::Element; }
  bool is_text() const { return type == NodeType::Text; }
  bool is_html(TagId t) const { return type == NodeType::Element && ns == Namespace::Html && tag == t; }

  // Value of the first attribute called `attr_name` (no namespace), or nullptr.
  const Attribute* attribute(std::string_view attr_name) const {
    for (uint32_t i = 0; i < attr_count; ++i)
      if (attrs[i].ns == AttrNamespace::None && attrs[i].name == attr_name) return &attrs[i];
    return nullptr;
  }
};

}  // namespace pith::dom
