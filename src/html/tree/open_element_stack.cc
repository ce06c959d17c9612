// Stack of open elements (HTML Standard §13.2.4.2): maintenance of the position
// index behind the O(1) scope queries. Entries are re-indexed from the changed
// position upward, so middle edits cost the distance from the top, which the
// callers (adoption agency, foster parenting) already pay to find the position.
#include "html/tree/open_element_stack.h"

#include <algorithm>
#include <iterator>

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

uint64_t NameIndex::key(std::string_view name, bool foreign) {
  uint64_t h = foreign ? 0x6a09e667f3bcc909ull : 0xbb67ae8584caa73bull;
  for (char c : name) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
  }
  h ^= h >> 29;
  return h | 1;  // never 0, the empty-slot key
}

const std::vector<uint32_t>* NameIndex::find(uint64_t key) const {
  if (slots_.empty()) return nullptr;
  size_t mask = slots_.size() - 1;
  for (size_t i = key & mask;; i = (i + 1) & mask) {
    if (slots_[i].key == key) return &lists_[slots_[i].list];
    if (slots_[i].key == 0) return nullptr;
  }
}

std::vector<uint32_t>& NameIndex::list(uint64_t key) {
  if (!slots_.empty()) {
    size_t mask = slots_.size() - 1;
    for (size_t i = key & mask;; i = (i + 1) & mask) {
      if (slots_[i].key == key) return lists_[slots_[i].list];
      if (slots_[i].key == 0) break;
    }
  }
  if ((lists_.size() + 1) * 2 > slots_.size()) {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.assign(old.empty() ? 32 : old.size() * 2, Slot{});
    size_t mask = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.key == 0) continue;
      size_t i = s.key & mask;
      while (slots_[i].key != 0) i = (i + 1) & mask;
      slots_[i] = s;
    }
  }
  size_t mask = slots_.size() - 1;
  size_t i = key & mask;
  while (slots_[i].key != 0) i = (i + 1) & mask;
  slots_[i] = {key, static_cast<uint32_t>(lists_.size())};
  lists_.emplace_back();
  return lists_.back();
}

void OpenElementStack::index(dom::Node* n, uint32_t p) {
  n->flags |= kOnStackFlag;
  if (n->ns != dom::Namespace::Html) {
    names_.list(NameIndex::key(n->name, true)).push_back(p);
  } else {
    html_all_.push_back(p);
    if (n->tag == TagId::Unknown) names_.list(NameIndex::key(n->name, false)).push_back(p);
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
  if (n->ns != dom::Namespace::Html) {
    names_.list(NameIndex::key(n->name, true)).pop_back();
  } else {
    html_all_.pop_back();
    if (n->tag == TagId::Unknown) names_.list(NameIndex::key(n->name, false)).pop_back();
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

void OpenElementStack::remove_positions(const std::vector<uint32_t>& descending) {
  if (descending.empty()) return;
  size_t lowest = descending.back();
  for (size_t j = nodes_.size(); j-- > lowest;) unindex(nodes_[j]);
  size_t out = lowest, next = descending.size();  // walk the positions upward
  for (size_t j = lowest; j < nodes_.size(); ++j) {
    if (next > 0 && descending[next - 1] == j) {
      --next;
      continue;
    }
    nodes_[out++] = nodes_[j];
  }
  nodes_.resize(out);
  for (size_t j = lowest; j < nodes_.size(); ++j) index(nodes_[j], static_cast<uint32_t>(j));
}

void OpenElementStack::replace_at(size_t pos, dom::Node* n) {
  nodes_[pos]->flags &= static_cast<uint8_t>(~kOnStackFlag);
  n->flags |= kOnStackFlag;
  nodes_[pos] = n;
}

uint32_t OpenElementStack::find(const dom::Node* n) const {
  if (!(n->flags & kOnStackFlag)) return kNone;
  // Search the element's own position list, not the whole stack.
  const std::vector<uint32_t>* list = nullptr;
  if (n->ns == dom::Namespace::Html && n->tag != TagId::Unknown)
    list = &pos_[static_cast<int>(n->tag)];
  else
    list = names_.find(NameIndex::key(n->name, n->ns != dom::Namespace::Html));
  if (list) {
    for (size_t i = list->size(); i-- > 0;)
      if (nodes_[(*list)[i]] == n) return (*list)[i];
  }
  for (size_t j = nodes_.size(); j-- > 0;)
    if (nodes_[j] == n) return static_cast<uint32_t>(j);
  return kNone;
}

size_t OpenElementStack::lists_of(const dom::Node* n, std::vector<uint32_t>** out) {
  size_t k = 0;
  if (n->ns != dom::Namespace::Html) {
    out[k++] = &names_.list(NameIndex::key(n->name, true));
  } else {
    out[k++] = &html_all_;
    if (n->tag == TagId::Unknown) out[k++] = &names_.list(NameIndex::key(n->name, false));
    out[k++] = &pos_[static_cast<int>(n->tag)];
    if (kListItemScopeExtra.contains(n->tag)) out[k++] = &list_;
    if (n->tag == TagId::Button) out[k++] = &button_;
    if (kTableScope.contains(n->tag)) out[k++] = &table_;
  }
  if (is_default_boundary(n)) out[k++] = &default_;
  if (is_special(n)) {
    out[k++] = &special_;
    if (!is_address_div_p(n)) out[k++] = &special_not_adp_;
  }
  return k;
}

void OpenElementStack::rotate_out(size_t fpos, size_t fbpos, dom::Node* n) {
  constexpr size_t kMaxLists = 8;
  dom::Node* leaving = nodes_[fpos];
  leaving->flags &= static_cast<uint8_t>(~kOnStackFlag);
  n->flags |= kOnStackFlag;
  std::rotate(nodes_.begin() + static_cast<std::ptrdiff_t>(fpos),
              nodes_.begin() + static_cast<std::ptrdiff_t>(fpos + 1),
              nodes_.begin() + static_cast<std::ptrdiff_t>(fbpos + 1));
  nodes_[fbpos] = n;
  // Every list keeps the same number of entries inside [fpos, fbpos] (the
  // newcomer belongs to the same lists as the leaver), so each list's entries in
  // that range are rewritten in place from the new layout.
  std::vector<uint32_t>* touched[kMaxLists * 8];
  size_t touched_count = 0;
  std::vector<uint32_t>* lists[kMaxLists];
  for (size_t j = fpos; j <= fbpos; ++j) {
    size_t k = lists_of(nodes_[j], lists);
    for (size_t i = 0; i < k; ++i) {
      bool seen = false;
      for (size_t t = 0; t < touched_count; ++t) seen |= touched[t] == lists[i];
      if (!seen && touched_count < std::size(touched)) touched[touched_count++] = lists[i];
    }
  }
  for (size_t t = 0; t < touched_count; ++t) {
    std::vector<uint32_t>& list = *touched[t];
    auto out = std::lower_bound(list.begin(), list.end(), static_cast<uint32_t>(fpos));
    for (size_t j = fpos; j <= fbpos; ++j) {
      size_t k = lists_of(nodes_[j], lists);
      for (size_t i = 0; i < k; ++i)
        if (lists[i] == &list) *out++ = static_cast<uint32_t>(j);
    }
  }
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
