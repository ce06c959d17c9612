// The stack of open elements (HTML Standard §13.2.4.2) with an index that makes
// the scope queries O(1): for every HTML TagId the stack positions of open
// elements with that tag, and for every scope kind the positions of its boundary
// elements. "Has a p element in button scope" is then "the topmost p lies above
// the topmost button-scope boundary", which keeps 300,000 nested <div>s linear.
// Insertions and removals in the middle re-index only the entries above them.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "dom/node.h"
#include "html/tree/tag_sets.h"

namespace pith::html::tree {

enum class Scope : uint8_t { Default, ListItem, Button, Table };

// Node::flags bit set while an element is on the stack of open elements (and
// cleared again before the parser returns, so the extractor sees flags == 0).
inline constexpr uint8_t kOnStackFlag = 0x80;

// §13.2.4.2 "special" category, any namespace.
inline bool is_special(const dom::Node* n) {
  switch (n->ns) {
    case dom::Namespace::Html: return kSpecial.contains(n->tag);
    case dom::Namespace::MathMl:
      return n->tag == TagId::Mi || n->tag == TagId::Mo || n->tag == TagId::Mn ||
             n->tag == TagId::Ms || n->tag == TagId::Mtext || n->tag == TagId::Annotation_xml;
    case dom::Namespace::Svg:
      return n->tag == TagId::Foreignobject || n->tag == TagId::Desc || n->tag == TagId::Title;
  }
  return false;
}

// Positions of open elements by (hashed, ASCII-lowercased) local name, for the
// names a TagId cannot tell apart: HTML elements with TagId::Unknown, and all
// SVG/MathML elements (whose end tags match by lowercased name). Lists are kept
// for every name seen, so steady-state pushes do not allocate.
class NameIndex {
 public:
  static uint64_t key(std::string_view name, bool foreign);
  std::vector<uint32_t>& list(uint64_t key);
  const std::vector<uint32_t>* find(uint64_t key) const;

 private:
  struct Slot {
    uint64_t key = 0;  // 0: empty
    uint32_t list = 0;
  };
  std::vector<Slot> slots_;
  std::vector<std::vector<uint32_t>> lists_;
};

class OpenElementStack {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;

  size_t size() const { return nodes_.size(); }
  bool empty() const { return nodes_.empty(); }
  dom::Node* at(size_t i) const { return nodes_[i]; }
  dom::Node* current() const { return nodes_.empty() ? nullptr : nodes_.back(); }
  dom::Node* bottom() const { return nodes_.front(); }

  void push(dom::Node* n) {
    index(n, static_cast<uint32_t>(nodes_.size()));
    nodes_.push_back(n);
  }
  void pop() {
    dom::Node* n = nodes_.back();
    unindex(n);
    nodes_.pop_back();
    if (popped_options && n->tag == TagId::Option && n->ns == dom::Namespace::Html)
      popped_options->push_back(n);
  }
  // When set, HTML option elements popped by pop() are appended here (for
  // "maybe clone an option into selectedcontent").
  std::vector<dom::Node*>* popped_options = nullptr;
  void insert_at(size_t pos, dom::Node* n);
  void remove_at(size_t pos);
  // Removes the entries at these positions (in descending order) with one
  // re-index from the lowest of them up.
  void remove_positions(const std::vector<uint32_t>& descending);
  void replace_at(size_t pos, dom::Node* n);  // same tag and namespace
  // Adoption agency step 19 when the inner loop removed nothing: the element at
  // `fpos` leaves, the ones up to `fbpos` move down one, and `n` (same tag and
  // namespace as the one leaving) takes position `fbpos`. Only the entries of
  // that range are re-indexed, so a formatting element deep in the stack costs
  // the size of the range, not the height above it.
  void rotate_out(size_t fpos, size_t fbpos, dom::Node* n);
  // Position of `n` searching from the top; kNone when absent.
  uint32_t find(const dom::Node* n) const;
  bool contains(const dom::Node* n) const { return n->flags & kOnStackFlag; }

  // Number of open HTML elements with this tag.
  size_t count(TagId t) const { return pos_[static_cast<int>(t)].size(); }
  // Position of the topmost open HTML element with this tag, or kNone.
  uint32_t top_of(TagId t) const {
    const auto& v = pos_[static_cast<int>(t)];
    return v.empty() ? kNone : v.back();
  }
  // Position of the topmost element in the special category, or kNone.
  uint32_t top_special() const { return special_.empty() ? kNone : special_.back(); }
  // Same, ignoring HTML address, div and p (the <li>/<dd>/<dt> start tag walk).
  uint32_t top_special_except_adp() const {
    return special_not_adp_.empty() ? kNone : special_not_adp_.back();
  }

  // Position of the topmost HTML element, or kNone.
  uint32_t top_html() const { return html_all_.empty() ? kNone : html_all_.back(); }
  // Topmost position of an HTML element with TagId::Unknown called `name`
  // (foreign = false), or of an SVG/MathML element whose lowercased name is
  // `name` (foreign = true); kNone when there is none. Names are compared by a
  // 64-bit hash: callers confirm the name of the element found.
  uint32_t top_named(std::string_view lowercase_name, bool foreign) const {
    const std::vector<uint32_t>* v = names_.find(NameIndex::key(lowercase_name, foreign));
    return v && !v->empty() ? v->back() : kNone;
  }

  // "Has an element with tag t in <scope>".
  bool in_scope(TagId t, Scope s) const {
    uint32_t p = top_of(t);
    if (p == kNone) return false;
    uint32_t b = boundary(s);
    return b == kNone || p >= b;
  }
  // "Has that particular element in scope" for an element at position p.
  bool position_in_scope(uint32_t p, Scope s) const {
    uint32_t b = boundary(s);
    return b == kNone || p >= b;
  }
  bool any_in_scope(std::initializer_list<TagId> tags, Scope s) const {
    for (TagId t : tags)
      if (in_scope(t, s)) return true;
    return false;
  }
  // Topmost position of any element of the set, scanning the per-tag index.
  bool heading_in_scope() const;

 private:
  uint32_t boundary(Scope s) const;
  void index(dom::Node* n, uint32_t p);
  void unindex(dom::Node* n);
  // The position lists `n` has an entry in.
  size_t lists_of(const dom::Node* n, std::vector<uint32_t>** out);

  std::vector<dom::Node*> nodes_;
  std::vector<uint32_t> pos_[dom::kTagCount];
  std::vector<uint32_t> default_;  // default-scope boundaries, any namespace
  std::vector<uint32_t> list_;     // ol, ul
  std::vector<uint32_t> button_;   // button
  std::vector<uint32_t> table_;    // html, table, template
  std::vector<uint32_t> special_;
  std::vector<uint32_t> special_not_adp_;
  std::vector<uint32_t> html_all_;
  NameIndex names_;
};

}  // namespace pith::html::tree
