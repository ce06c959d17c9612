// The adoption agency algorithm (HTML Standard §13.2.6.4.7, "adoption agency
// algorithm") with its outer (8) and inner (3) loop limits, and the generic "any
// other end tag" rule of "in body". Stack positions come from the indexed
// OpenElementStack so that lookups do not rescan the stack for every node.
#include "html/tree/tree_builder_impl.h"

namespace pith::html {

using dom::Namespace;
using dom::Node;
using dom::TagId;
using namespace tree;

namespace {
constexpr int kOuterLoopLimit = 8;  // step 4.1
constexpr int kInnerLoopLimit = 3;  // step 4.13.4
// rotate_out() re-indexes a range of at most this many entries (it is at most
// formattingElement, three kept clones and furthestBlock when nothing was removed).
constexpr uint32_t kMaxRotateRange = 6;
}  // namespace

bool TreeBuilder::Impl::adoption_agency(const Token& t) {
  const TagId subject = t.tag;
  // Step 2.
  Node* cur = current();
  if (cur->is_html(subject) && !active.contains(cur)) {
    open.pop();
    return true;
  }
  for (int outer = 0; outer < kOuterLoopLimit; ++outer) {
    // Step 4.3.
    size_t fi = active.find_after_marker(subject);
    if (fi == FormattingList::kNone) return false;
    Node* fe = active.node_at(fi);
    // Steps 4.4–4.6.
    uint32_t fpos = open.find(fe);
    if (fpos == OpenElementStack::kNone) {
      error();
      active.remove_at(fi);
      return true;
    }
    if (!open.position_in_scope(fpos, Scope::Default)) {
      error();
      return true;
    }
    if (fe != current()) error();
    // Step 4.7: the furthest block.
    uint32_t fb_pos = OpenElementStack::kNone;
    for (size_t j = fpos + 1; j < open.size(); ++j) {
      if (is_special(open.at(j))) {
        fb_pos = static_cast<uint32_t>(j);
        break;
      }
    }
    // Step 4.8.
    if (fb_pos == OpenElementStack::kNone) {
      while (open.size() > fpos) open.pop();
      active.remove_at(fi);
      return true;
    }
    Node* common = open.at(fpos - 1);
    Node* fb = open.at(fb_pos);
    size_t bookmark = fi;
    Node* last = fb;
    uint32_t node_pos = fb_pos;
    removed_positions.clear();
    // Step 4.13: the inner loop.
    for (int inner = 1;; ++inner) {
      --node_pos;
      Node* node = open.at(node_pos);
      if (node == fe) break;
      size_t ni = active.find(node);
      if (inner > kInnerLoopLimit && ni != FormattingList::kNone) {
        active.remove_at(ni);
        if (ni < bookmark) --bookmark;
        ni = FormattingList::kNone;
      }
      if (ni == FormattingList::kNone) {
        // Removed from the stack after the loop, all at once; the walk goes
        // downward, so positions below stay valid meanwhile.
        removed_positions.push_back(node_pos);
        continue;
      }
      Node* clone = clone_element(node);
      active.replace_at(ni, clone);
      open.replace_at(node_pos, clone);
      if (last == fb) bookmark = ni + 1;
      dom::Document::detach(last);
      dom::Document::append_child(clone, last);
      last = clone;
    }
    // Step 4.14.
    dom::Document::detach(last);
    InsertPos p = appropriate_place(common);
    dom::Document::insert_before(p.parent, last, p.before);
    // Steps 4.15–4.17.
    Node* ne = clone_element(fe);
    dom::Document::move_children(fb, ne);
    dom::Document::append_child(fb, ne);
    // Step 4.18.
    size_t old = active.find(fe);
    active.remove_at(old);
    if (old < bookmark) --bookmark;
    active.insert_at(bookmark, ne);
    // Step 4.19.
    // fe is still at fpos (removals were above it); fb moves down by their number.
    open.remove_positions(removed_positions);
    uint32_t fb_now = fb_pos - static_cast<uint32_t>(removed_positions.size());
    if (fb_now - fpos <= kMaxRotateRange) {
      open.rotate_out(fpos, fb_now, ne);
    } else {
      open.remove_at(fpos);
      open.insert_at(fb_now, ne);
    }
  }
  return true;
}

// "Any other end tag" in body: close the topmost element with this name unless
// a special element stands above it.
void TreeBuilder::Impl::any_other_end_tag(const Token& t) {
  Node* node = nullptr;
  if (t.tag != TagId::Unknown) {
    uint32_t p = open.top_of(t.tag);
    uint32_t s = open.top_special();
    if (p == OpenElementStack::kNone || (s != OpenElementStack::kNone && s > p)) {
      error();
      return;
    }
    node = open.at(p);
  } else {
    // Unknown names: the name index gives the topmost element so called; it
    // matches when no special element stands above it.
    uint32_t p = open.top_named(t.name, false);
    uint32_t s = open.top_special();
    if (p == OpenElementStack::kNone || (s != OpenElementStack::kNone && s > p) ||
        open.at(p)->name != t.name) {
      error();
      return;
    }
    node = open.at(p);
  }
  generate_implied_end_tags(t.tag == TagId::Unknown ? TagId::Count : t.tag);
  if (node != current()) error();
  pop_until_node(node);
}

}  // namespace pith::html
