// Date and byline search around the main heading; see heading_neighbourhood.h.
#include "extract/metadata/heading_neighbourhood.h"

#include <algorithm>

#include "dom/document.h"
#include "extract/metadata/byline.h"
#include "extract/metadata/text_normalize.h"

namespace pith::extraction::metadata {

namespace {

// Upper bound on text nodes collected (huge pages).
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
  if (t.empty() || !has_digit(t)) return {};
  if (t.size() <= kMaxDateTextBytes) return parse_date(t, order);
  // A dateline opening a paragraph ("27.1.2022 - Bei der Erinnerung …"): the
  // first word, when it is a numeric date on its own.
  size_t end = 0;
  while (end < t.size() && ((t[end] >= '0' && t[end] <= '9') || t[end] == '.' || t[end] == '/')) ++end;
  if (end < 8 || (end < t.size() && t[end] != ' ' && t[end] != ',' && t[end] != ':')) return {};
  return parse_date(t.substr(0, end), order);
}

// "By" alone in its text node ("By <a>Jane</a>") takes the next node's text.
std::string byline_of(const HeadingNeighbourhood& texts, size_t index) {
  std::string_view t = trim(texts.near[index]->data);
  if (t.empty() || t.size() > kMaxBylineTextBytes) return {};
  for (std::string_view opener : kBylineOpeners) {
    if (!istarts_with(t, opener)) continue;
    std::string_view rest = t.substr(opener.size());
    if (!rest.empty() && rest[0] != ' ' && rest[0] != ':') continue;
    rest = trim(rest);
    if (!rest.empty() && rest[0] == ':') rest = trim(rest.substr(1));
    if (rest.empty()) {
      // The name is in the next text node (a link), which follows in document order.
      const dom::Node* self = texts.near[index];
      auto it = std::find(texts.all.begin(), texts.all.end(), self);
      if (it == texts.all.end() || ++it == texts.all.end()) return {};
      rest = trim((*it)->data);
      if (rest.size() > kMaxBylineTextBytes) return {};
    }
    unsigned char first = rest.empty() ? 0 : rest[0];
    if (!((first >= 'A' && first <= 'Z') || first >= 0x80)) return {};
    return clean_author(rest);
  }
  return {};
}

}  // namespace

HeadingNeighbourhood read_heading_neighbourhood(const dom::Node* root, const dom::Node* heading) {
  HeadingNeighbourhood h;
  if (!root) return h;
  size_t heading_index = SIZE_MAX;
  for (const dom::Node* n = root->first_child; n && h.all.size() < kMaxTextNodes;) {
    if (n == heading) heading_index = h.all.size();
    if (n->is_element() && skipped_subtree(n)) {
      n = dom::next_skipping_children(n, root);
      continue;
    }
    if (n->is_text() && !trim(n->data).empty()) h.all.push_back(n);
    n = dom::next_in_preorder(n, root);
  }
  if (heading_index == SIZE_MAX) return h;
  // Outward from the heading: after first (bylines and dates sit under the
  // headline), alternating with the few nodes above it.
  size_t after_end = std::min(h.all.size(), heading_index + kTextNodesAfterHeading);
  for (size_t k = 0; heading_index + k < after_end || k < kTextNodesBeforeHeading; ++k) {
    if (heading_index + k < after_end) h.near.push_back(h.all[heading_index + k]);
    if (k < kTextNodesBeforeHeading && k < heading_index) h.near.push_back(h.all[heading_index - 1 - k]);
  }
  return h;
}

std::string date_near_heading(const HeadingNeighbourhood& texts, DayMonthOrder order) {
  for (const dom::Node* t : texts.near)
    if (std::string d = date_of(t, order); !d.empty()) return d;
  // Far from the heading: the first dated short text of the page.
  for (const dom::Node* t : texts.all)
    if (std::string d = date_of(t, order); !d.empty()) return d;
  return {};
}

std::string byline_near_heading(const HeadingNeighbourhood& texts) {
  for (size_t i = 0; i < texts.near.size(); ++i)
    if (std::string name = byline_of(texts, i); !name.empty()) return name;
  return {};
}

}  // namespace pith::extraction::metadata
