// Stack of open elements (HTML Standard §13.2.4.2): maintenance of the position
// index behind the O(1) scope queries. Entries are re-indexed from the changed
// position upward, so middle edits cost the distance from the top, which the
// callers (adoption agency, foster parenting) already pay to find the position.
#include "html/tree/open_element_stack.h"

#include <algorithm>

namespace pith::html::tree {
namespace {

bool is_default_boundary(const dom::Node* n) {
  switch (n->ns) {
    case dom::Namespace::Html: return kDefaultScope.contains(n->tag);
    case dom::Namespace::MathMl:
      return n->tag == TagId::Mi || n->tag == TagId::Mo || n->tag == TagId::Mn ||
             n->tag == TagId::Ms || n->tag == TagId::Mtext || n->tag == TagId::Annotation_xml;
    case dom::Namespace::Svg:
      return n->tag == TagId::Foreignobject || n->tag == TagId::Desc || n->tag == TagId::Title;
  }
  return false;
}

bool is_address_div_p(const dom::Node* n) {
  return n->ns == dom::Namespace::Html &&
         (n->tag == TagId::Address || n->tag == TagId::Div || n->tag == TagId::P);
}

}  // namespace

void OpenElementStack::index(dom::Node* n, uint32_t p) {
  n->flags |= kOnStackFlag;
  if (n->ns == dom::Namespace::Html) {
    pos_[static_cast<int>(n->tag)].push_back(p);
    if (kListItemScopeExtra.contains(n->tag)) list_.push_back(p);
    if (n->tag == TagId::Button) button_.push_back(p);
    if (kTableScope.contains(n->tag)) table_.push_back(p);
  }
  if (is_default_boundary(n)) default_.push_back(p);
  if (is_special(n)) {
    special_.push_back(p);
    if (!is_address_div_p(n)) special_not_adp_.push_back(p);
  }
}

// Entries are always removed top-down, so each list's last entry is n's.
void OpenElementStack::unindex(dom::Node* n) {
  n->flags &= static_cast<uint8_t>(~kOnStackFlag);
  if (n->ns == dom::Namespace::Html) {
    pos_[static_cast<int>(n->tag)].pop_back();
    if (kListItemScopeExtra.contains(n->tag)) list_.pop_back();
    if (n->tag == TagId::Button) button_.pop_back();
    if (kTableScope.contains(n->tag)) table_.pop_back();
  }
  if (is_default_boundary(n)) default_.pop_back();
  if (is_special(n)) {
    special_.pop_back();
    if (!is_address_div_p(n)) special_not_adp_.pop_back();
  }
}

void OpenElementStack::insert_at(size_t pos, dom::Node* n) {
  for (size_t j = nodes_.size(); j-- > pos;) unindex(nodes_[j]);
  nodes_.insert(nodes_.begin() + static_cast<std::ptrdiff_t>(pos), n);
  for (size_t j = pos; j < nodes_.size(); ++j) index(nodes_[j], static_cast<uint32_t>(j));
}

void OpenElementStack::remove_at(size_t pos) {
  for (size_t j = nodes_.size(); j-- > pos;) unindex(nodes_[j]);
  nodes_.erase(nodes_.begin() + static_cast<std::ptrdiff_t>(pos));
  for (size_t j = pos; j < nodes_.size(); ++j) index(nodes_[j], static_cast<uint32_t>(j));
}

void OpenElementStack::replace_at(size_t pos, dom::Node* n) {
  nodes_[pos]->flags &= static_cast<uint8_t>(~kOnStackFlag);
  n->flags |= kOnStackFlag;
  nodes_[pos] = n;
}

uint32_t OpenElementStack::find(const dom::Node* n) const {
  if (!(n->flags & kOnStackFlag)) return kNone;
  for (size_t j = nodes_.size(); j-- > 0;)
    if (nodes_[j] == n) return static_cast<uint32_t>(j);
  return kNone;
}

uint32_t OpenElementStack::boundary(Scope s) const {
  auto top = [](const std::vector<uint32_t>& v) -> int64_t {
    return v.empty() ? -1 : static_cast<int64_t>(v.back());
  };
  int64_t b = -1;
  switch (s) {
    case Scope::Default: b = top(default_); break;
    case Scope::ListItem: b = std::max(top(default_), top(list_)); break;
    case Scope::Button: b = std::max(top(default_), top(button_)); break;
    case Scope::Table: b = top(table_); break;
  }
  return b < 0 ? kNone : static_cast<uint32_t>(b);
}

bool OpenElementStack::heading_in_scope() const {
  for (TagId t : {TagId::H1, TagId::H2, TagId::H3, TagId::H4, TagId::H5, TagId::H6})
    if (in_scope(t, Scope::Default)) return true;
  return false;
}

}  // namespace pith::html::tree
