// Date search around the main heading; see date_in_text.h.
#include "extract/metadata/date_in_text.h"

#include <vector>

#include "dom/document.h"
#include "extract/metadata/text_normalize.h"

namespace pith::extract::metadata {

namespace {

// Upper bound on text nodes collected before giving up (huge pages).
constexpr size_t kMaxTextNodes = 20000;

bool has_digit(std::string_view s) {
  for (char c : s)
    if (c >= '0' && c <= '9') return true;
  return false;
}

bool skipped_subtree(const dom::Node* n) {
  return n->tag == dom::TagId::Script || n->tag == dom::TagId::Style ||
         n->tag == dom::TagId::Template || n->tag == dom::TagId::Noscript ||
         n->tag == dom::TagId::Head || n->tag == dom::TagId::Select;
}

std::string date_of(const dom::Node* text, DayMonthOrder order) {
  std::string_view t = trim(text->data);
  if (t.empty() || t.size() > kMaxDateTextBytes || !has_digit(t)) return {};
  return parse_date(t, order);
}

}  // namespace

std::string date_near_heading(const dom::Node* root, const dom::Node* heading, DayMonthOrder order) {
  if (!root) return {};
  std::vector<const dom::Node*> texts;
  size_t heading_index = SIZE_MAX;
  for (const dom::Node* n = root->first_child; n && texts.size() < kMaxTextNodes;) {
    if (n == heading) heading_index = texts.size();
    if (n->is_element() && skipped_subtree(n)) {
      n = dom::next_skipping_children(n, root);
      continue;
    }
    if (n->is_text() && !trim(n->data).empty()) texts.push_back(n);
    n = dom::next_in_preorder(n, root);
  }
  if (heading_index == SIZE_MAX) {
    for (const dom::Node* t : texts)
      if (std::string d = date_of(t, order); !d.empty()) return d;
    return {};
  }
  // Outward from the heading: after first (bylines sit under the headline),
  // alternating with the few nodes above it.
  size_t after_end = std::min(texts.size(), heading_index + kTextNodesAfterHeading);
  for (size_t k = 0; heading_index + k < after_end || k < kTextNodesBeforeHeading; ++k) {
    if (heading_index + k < after_end)
      if (std::string d = date_of(texts[heading_index + k], order); !d.empty()) return d;
    if (k < kTextNodesBeforeHeading && k < heading_index)
      if (std::string d = date_of(texts[heading_index - 1 - k], order); !d.empty()) return d;
  }
  // Far from the heading: the first dated short text of the page.
  for (const dom::Node* t : texts)
    if (std::string d = date_of(t, order); !d.empty()) return d;
  return {};
}

}  // namespace pith::extract::metadata
