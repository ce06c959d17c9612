// List of active formatting elements (HTML Standard §13.2.4.3). See the header
// for the fingerprint table that bounds the Noah's Ark clause and tag lookups.
#include "html/tree/formatting_list.h"

#include <cstring>

namespace pith::html::tree {
namespace {

// Noah's Ark: "already three elements ... that have the same tag name,
// namespace, and attributes".
constexpr uint32_t kNoahsArkLimit = 3;

uint64_t mix(uint64_t x);

// Eight bytes per step: formatting elements are often links with long hrefs.
uint64_t hash_bytes(std::string_view s, uint64_t h) {
  const char* p = s.data();
  size_t n = s.size();
  while (n >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * 0x9e3779b97f4a7c15ull;
    h ^= h >> 29;
    p += 8;
    n -= 8;
  }
  uint64_t tail = 0;
  if (n) std::memcpy(&tail, p, n);  // an empty view's data() may be null
  h = (h ^ tail ^ (static_cast<uint64_t>(s.size()) << 56)) * 0x9e3779b97f4a7c15ull;
  return h ^ (h >> 31);
}

uint64_t mix(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  return x;
}

}  // namespace

uint64_t FormattingList::fingerprint_of(const dom::Node* n) {
  uint64_t h = hash_bytes(n->name, 0xcbf29ce484222325ull) ^ static_cast<uint64_t>(n->ns);
  // Attribute order does not matter for "same attributes": combine per-attribute
  // hashes with addition.
  uint64_t attrs = n->attr_count;
  for (uint32_t i = 0; i < n->attr_count; ++i) {
    const dom::Attribute& a = n->attrs[i];
    uint64_t ah = hash_bytes(a.name, 0x84222325cbf29ce4ull + static_cast<uint64_t>(a.ns));
    ah = hash_bytes(a.value, mix(ah));
    attrs += mix(ah);
  }
  return mix(h ^ mix(attrs));
}

bool FormattingList::same_element_shape(const dom::Node* a, const dom::Node* b) {
  if (a->ns != b->ns || a->tag != b->tag || a->name != b->name || a->attr_count != b->attr_count)
    return false;
  for (uint32_t i = 0; i < a->attr_count; ++i) {
    const dom::Attribute& x = a->attrs[i];
    bool found = false;
    for (uint32_t j = 0; j < b->attr_count; ++j) {
      const dom::Attribute& y = b->attrs[j];
      if (x.ns == y.ns && x.name == y.name) {
        found = x.value == y.value;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

uint32_t& FormattingList::counter(uint64_t fingerprint, uint32_t segment) {
  uint64_t key = mix(fingerprint ^ (static_cast<uint64_t>(segment) * 0xc2b2ae3d27d4eb4full));
  uint32_t check = static_cast<uint32_t>(key >> 32) | 1u;
  if (!table_.empty()) {
    size_t mask = table_.size() - 1;
    for (size_t i = mix(check) & mask;; i = (i + 1) & mask) {
      if (table_[i].check == check) return table_[i].count;
      if (table_[i].check == 0) break;
    }
  }
  if (table_.empty() || (table_used_ + 1) * 2 > table_.size()) {
    // Rebuild sized for the live keys (slots whose count fell to zero go away).
    std::vector<Slot> old;
    old.swap(table_);
    size_t cap = 64;
    while (cap < (live_ + 1) * 4) cap *= 2;
    table_.assign(cap, Slot{});
    table_used_ = 0;
    // Slots are placed by a hash of the 32-bit check, all that is kept.
    for (const Slot& s : old) {
      if (s.check == 0 || s.count == 0) continue;
      size_t i = mix(s.check) & (cap - 1);
      while (table_[i].check != 0) i = (i + 1) & (cap - 1);
      table_[i] = s;
      ++table_used_;
    }
  }
  size_t mask = table_.size() - 1;
  size_t i = mix(check) & mask;
  while (table_[i].check != 0) i = (i + 1) & mask;
  table_[i].check = check;
  table_[i].count = 0;
  ++table_used_;
  return table_[i].count;
}

uint32_t& FormattingList::tag_count(dom::TagId tag) {
  int t = static_cast<int>(tag);
  uint32_t seg = segments_.back();
  if (tag_gen_[t] != seg) {
    undo_.push_back({tag, tag_gen_[t], tag_count_[t]});
    tag_gen_[t] = seg;
    tag_count_[t] = 0;
  }
  return tag_count_[t];
}

void FormattingList::count(const Entry& e, int delta) {
  if (!e.node) return;
  uint32_t& c = counter(e.fingerprint, e.segment);
  if (delta > 0) {
    if (c++ == 0) ++live_;
  } else if (c > 0 && --c == 0) {
    --live_;
  }
  // Entries are only added to or removed from the current segment; a count of
  // an older one is left alone (it can only stay too high, which costs a scan).
  if (e.segment == segments_.back()) {
    uint32_t& tc = tag_count(e.node->tag);
    tc = delta > 0 ? tc + 1 : (tc > 0 ? tc - 1 : 0);
  }
}

void FormattingList::push_marker() {
  entries_.push_back(Entry{});
  segments_.push_back(next_segment_++);
  undo_marks_.push_back(undo_.size());
}

void FormattingList::push(dom::Node* n) {
  uint64_t fp = fingerprint_of(n);
  uint32_t seg = segments_.back();
  // The slot exists after this lookup, so the removal below cannot rehash.
  if (counter(fp, seg) >= kNoahsArkLimit) {
    // Scan back for the third look-alike from the end: with at most three kept
    // at a time it is the earliest one.
    size_t found = 0;
    for (size_t i = entries_.size(); i-- > 0;) {
      const Entry& e = entries_[i];
      if (!e.node) break;
      if (e.fingerprint == fp && same_element_shape(e.node, n) && ++found == kNoahsArkLimit) {
        remove_at(i);
        break;
      }
    }
  }
  Entry e{n, fp, seg};
  n->flags |= kInFormattingListFlag;
  count(e, +1);
  entries_.push_back(e);
}

void FormattingList::clear_to_last_marker() {
  while (!entries_.empty()) {
    Entry e = entries_.back();
    entries_.pop_back();
    if (!e.node) {
      if (segments_.size() > 1) segments_.pop_back();
      if (!undo_marks_.empty()) {
        size_t mark = undo_marks_.back();
        undo_marks_.pop_back();
        while (undo_.size() > mark) {
          const Undo& u = undo_.back();
          tag_gen_[static_cast<int>(u.tag)] = u.gen;
          tag_count_[static_cast<int>(u.tag)] = u.count;
          undo_.pop_back();
        }
      }
      return;
    }
    count(e, -1);
    e.node->flags &= static_cast<uint8_t>(~kInFormattingListFlag);
  }
}

size_t FormattingList::find(const dom::Node* n) const {
  if (!contains(n)) return kNone;
  for (size_t i = entries_.size(); i-- > 0;)
    if (entries_[i].node == n) return i;
  return kNone;
}

size_t FormattingList::find_after_marker(dom::TagId tag) const {
  int t = static_cast<int>(tag);
  if (tag_gen_[t] != segments_.back() || tag_count_[t] == 0) return kNone;
  for (size_t i = entries_.size(); i-- > 0;) {
    const dom::Node* n = entries_[i].node;
    if (!n) break;
    if (n->tag == tag && n->ns == dom::Namespace::Html) return i;
  }
  return kNone;
}

void FormattingList::remove_at(size_t i) {
  count(entries_[i], -1);
  if (entries_[i].node) entries_[i].node->flags &= static_cast<uint8_t>(~kInFormattingListFlag);
  entries_.erase(entries_.begin() + static_cast<std::ptrdiff_t>(i));
}

void FormattingList::replace_at(size_t i, dom::Node* n) {
  Entry& e = entries_[i];
  e.node->flags &= static_cast<uint8_t>(~kInFormattingListFlag);
  e.node = n;  // same shape: fingerprint and counts unchanged
  n->flags |= kInFormattingListFlag;
}

void FormattingList::insert_at(size_t i, dom::Node* n) {
  // The segment is the one of the neighbouring entries (the bookmark lies after
  // the last marker, so that is the current segment).
  Entry e{n, fingerprint_of(n), segments_.back()};
  n->flags |= kInFormattingListFlag;
  count(e, +1);
  entries_.insert(entries_.begin() + static_cast<std::ptrdiff_t>(i), e);
}

void FormattingList::clear() {
  for (Entry& e : entries_)
    if (e.node) e.node->flags &= static_cast<uint8_t>(~kInFormattingListFlag);
  entries_.clear();
  segments_.assign(1, 0);
  table_.clear();
  table_used_ = 0;
  live_ = 0;
  undo_.clear();
  undo_marks_.clear();
  for (int t = 0; t < dom::kTagCount; ++t) tag_gen_[t] = tag_count_[t] = 0;
}

}  // namespace pith::html::tree
