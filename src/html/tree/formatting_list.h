// The list of active formatting elements (HTML Standard §13.2.4.3): elements
// and markers, the Noah's Ark clause, and the lookups the adoption agency needs.
// Each entry carries a fingerprint of (tag, namespace, name, attributes), and a
// table counts fingerprints per marker-delimited segment, so the Noah's Ark check
// is O(1) unless three look-alikes really exist — 100k unclosed formatting
// elements with distinct attributes stay linear.
#pragma once

#include <cstdint>
#include <vector>

#include "dom/node.h"

namespace pith::html::tree {

// Node::flags bit set while an element is in the list (cleared again before the
// parser returns).
inline constexpr uint8_t kInFormattingListFlag = 0x40;

class FormattingList {
 public:
  static constexpr size_t kNone = SIZE_MAX;

  struct Entry {
    dom::Node* node = nullptr;  // nullptr: a marker
    uint64_t fingerprint = 0;
    uint32_t segment = 0;  // id of the marker-delimited segment it was added in
  };

  size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }
  const Entry& at(size_t i) const { return entries_[i]; }
  dom::Node* node_at(size_t i) const { return entries_[i].node; }
  bool contains(const dom::Node* n) const { return n->flags & kInFormattingListFlag; }

  void push_marker();
  // "Push onto the list of active formatting elements" with the Noah's Ark clause.
  void push(dom::Node* n);
  // "Clear the list of active formatting elements up to the last marker".
  void clear_to_last_marker();
  // Position of `n`, searching from the end; kNone when absent.
  size_t find(const dom::Node* n) const;
  // Last element with this tag (HTML) after the last marker, or kNone.
  size_t find_after_marker(dom::TagId tag) const;
  void remove_at(size_t i);
  void remove(const dom::Node* n) {
    size_t i = find(n);
    if (i != kNone) remove_at(i);
  }
  // Replaces the element at i by n (a clone with the same tag and attributes).
  void replace_at(size_t i, dom::Node* n);
  // Inserts n at position i (for the adoption agency's bookmark).
  void insert_at(size_t i, dom::Node* n);
  void clear();

 private:
  static uint64_t fingerprint_of(const dom::Node* n);
  static bool same_element_shape(const dom::Node* a, const dom::Node* b);
  uint32_t& counter(uint64_t fingerprint, uint32_t segment);
  uint32_t& tag_count(dom::TagId tag);
  void count(const Entry& e, int delta);

  std::vector<Entry> entries_;
  std::vector<uint32_t> segments_{0};  // segment ids; back() is the current one
  uint32_t next_segment_ = 1;
  // Open-addressed (fingerprint, segment) → number of live entries. Slots keep
  // 32 bits of the key (0 = empty): two keys that collide there share a count,
  // which can only make the Noah's Ark check scan when it need not.
  struct Slot {
    uint32_t check = 0;
    uint32_t count = 0;
  };
  std::vector<Slot> table_;
  size_t table_used_ = 0;
  size_t live_ = 0;
  // Per-tag entry counts of the current segment: a count is valid when its
  // generation is the current segment id; older values are saved in an undo
  // log and restored when the segment's marker is cleared.
  uint32_t tag_count_[dom::kTagCount] = {};
  uint32_t tag_gen_[dom::kTagCount] = {};
  struct Undo {
    dom::TagId tag;
    uint32_t gen;
    uint32_t count;
  };
  std::vector<Undo> undo_;
  std::vector<size_t> undo_marks_;  // undo_.size() when each marker was pushed
};

}  // namespace pith::html::tree
