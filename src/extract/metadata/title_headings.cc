// Heading texts for the title choice; see title_headings.h.
#include "extract/metadata/title_headings.h"

#include <algorithm>
#include <string_view>

#include "dom/document.h"
#include "dom/inline_style.h"
#include "extract/metadata/text_normalize.h"

namespace pith::extraction::metadata {

namespace {

// Class fragments of a leading heading part that is a kicker, not the headline.
constexpr std::string_view kKickerWords[] = {"kicker",  "dachzeile", "overline", "topline",
                                             "roofline", "eyebrow",  "subtitle", "label",
                                             "topic",    "spitzmarke", "supertitle", "pretitle",
                                             "rubric",   "category"};
// Class/id/itemprop fragments that mark the element holding the headline.
constexpr std::string_view kTitleWords[] = {"title", "headline", "heading", "titel"};

bool names_title(const dom::Node* n) {
  for (std::string_view a : {attr(n, "class"), attr(n, "id"), attr(n, "itemprop")})
    for (std::string_view w : kTitleWords)
      if (icontains(a, w)) return true;
  return false;
}

bool names_kicker(const dom::Node* n) {
  std::string_view cls = attr(n, "class");
  for (std::string_view w : kKickerWords)
    if (icontains(cls, w)) return true;
  return false;
}

std::string part_text(const dom::Node* n) {
  if (n->is_text()) return std::string(n->data);
  if (!n->is_element()) return {};
  return node_text(n, kMaxHeadingBytes);
}

bool has_word(const std::string& s) { return !comparison_key(s).empty(); }

// The heading's text without a leading child element, when the heading is made
// of several parts and the first is an element (the usual kicker markup). A
// heading whose only content is one wrapper element is looked into (at most a
// few levels: <h1><span class=title><small>Kicker</small><br>Headline</span></h1>).
std::string text_without_kicker(const dom::Node* heading, bool& kicker_named) {
  const dom::Node* box = heading;
  for (int depth = 0; depth < 3; ++depth) {
    const dom::Node* only = nullptr;
    int parts = 0;
    for (const dom::Node* c = box->first_child; c; c = c->next_sibling) {
      if (!has_word(part_text(c))) continue;
      ++parts;
      only = c;
    }
    if (parts != 1 || !only->is_element()) break;
    box = only;
  }
  const dom::Node* first = nullptr;
  for (const dom::Node* c = box->first_child; c; c = c->next_sibling) {
    if (has_word(part_text(c))) {
      first = c;
      break;
    }
  }
  if (!first || !first->is_element()) return {};
  // Skip the kicker and any wordless separator after it (": ", " – ", <br>).
  const dom::Node* rest = first->next_sibling;
  while (rest && !has_word(part_text(rest))) rest = rest->next_sibling;
  if (!rest) return {};
  std::string out;
  for (const dom::Node* c = rest; c; c = c->next_sibling) {
    if (c->is_element() && c->tag == dom::TagId::Br) out.push_back(' ');
    else out += part_text(c);
    if (out.size() > kMaxHeadingBytes) break;
  }
  kicker_named = names_kicker(first);
  return collapse_whitespace(remove_invisible_marks(out));
}

bool inside_article(const dom::Node* n) {
  for (const dom::Node* p = n->parent; p; p = p->parent)
    if (p->is_element() && (p->tag == dom::TagId::Article || p->tag == dom::TagId::Main)) return true;
  return false;
}

// Class/id fragments of the page banner that holds the site's name.
constexpr std::string_view kBannerWords[] = {"logo", "brand", "masthead", "site-title", "site-name",
                                             "sitename", "sitetitle", "header"};
// Ancestors looked at for a banner.
constexpr int kMaxBannerDepth = 12;

bool inside_banner(const dom::Node* n) {
  int depth = 0;
  for (const dom::Node* p = n; p && depth < kMaxBannerDepth; p = p->parent, ++depth) {
    if (!p->is_element()) continue;
    if (p != n && (p->tag == dom::TagId::Header || p->tag == dom::TagId::Nav)) return true;
    if (p->tag == dom::TagId::Body) return false;
    for (std::string_view a : {attr(p, "class"), attr(p, "id")})
      for (std::string_view w : kBannerWords)
        if (icontains(a, w)) return true;
  }
  return false;
}

// Path of a URL or href: "https://x.org/a/b?c" → "/a/b"; "" for a bare host.
std::string_view url_path(std::string_view url) {
  size_t scheme = url.find("://");
  size_t start = 0;
  if (scheme != std::string_view::npos) {
    start = url.find('/', scheme + 3);
    if (start == std::string_view::npos) return {};
  }
  std::string_view path = url.substr(start);
  size_t end = path.find_first_of("?#");
  if (end != std::string_view::npos) path = path.substr(0, end);
  while (!path.empty() && path.back() == '/') path.remove_suffix(1);
  return path;
}

bool is_front_page(std::string_view path) {
  return path.empty() || path == "/index.html" || path == "/index.php" || path == "/index.htm";
}

// Nodes looked at after a heading (bounds the walk through markup without text).
constexpr size_t kMaxNodesAfter = 500;

// Text bytes after `heading` inside its grandparent, up to kTextAfterBytes.
size_t text_after(const dom::Node* heading) {
  const dom::Node* box = heading->parent && heading->parent->parent ? heading->parent->parent
                                                                      : heading->parent;
  if (!box) return 0;
  size_t bytes = 0, nodes = 0;
  for (const dom::Node* n = dom::next_skipping_children(heading, box);
       n && bytes < kTextAfterBytes && ++nodes <= kMaxNodesAfter;) {
    if (n->is_element() && (n->tag == dom::TagId::Script || n->tag == dom::TagId::Style)) {
      n = dom::next_skipping_children(n, box);
      continue;
    }
    if (n->is_text()) bytes += trim(n->data).size();
    n = dom::next_in_preorder(n, box);
  }
  return std::min(bytes, kTextAfterBytes);
}

// Class names that hide an element from the eye and keep it for screen readers
// (whole class tokens: "hidden" alone is too often undone at some screen width).
constexpr std::string_view kVisuallyHiddenClasses[] = {
    "sr-only", "sr-only-focusable", "visually-hidden", "visuallyhidden", "screen-reader-text",
    "screen-reader-only", "element-invisible", "aural", "offscreen", "a11y-hidden"};
// Ancestors looked at for hiding markup.
constexpr int kMaxHiddenDepth = 6;

bool has_hiding_class(std::string_view cls) {
  while (!cls.empty()) {
    size_t start = cls.find_first_not_of(" \t\n\f\r");
    if (start == std::string_view::npos) break;
    cls.remove_prefix(start);
    size_t end = std::min(cls.find_first_of(" \t\n\f\r"), cls.size());
    std::string_view token = cls.substr(0, end);
    for (std::string_view h : kVisuallyHiddenClasses)
      if (token.size() == h.size() && icontains(token, h)) return true;
    cls.remove_prefix(end);
  }
  return false;
}

// A heading nobody sees on screen: hidden by attribute, inline style or a
// screen-reader-only class, on itself or a near ancestor ("Navigation und
// Service" above a site's menu). Readers do not call it the page's title.
bool hidden_from_view(const dom::Node* n) {
  int depth = 0;
  for (const dom::Node* p = n; p && depth < kMaxHiddenDepth; p = p->parent, ++depth) {
    if (!p->is_element()) continue;
    if (p->tag == dom::TagId::Body) return false;
    // Not aria-hidden: that hides from screen readers what the eye still sees.
    if (p->attribute("hidden")) return true;
    if (dom::style_hides(attr(p, "style"))) return true;
    if (has_hiding_class(attr(p, "class"))) return true;
  }
  return false;
}

}  // namespace

std::vector<TitleHeading> read_title_headings(const std::vector<const dom::Node*>& nodes,
                                              size_t limit, std::string_view page_url) {
  std::string_view page_path = url_path(page_url);
  std::vector<TitleHeading> out;
  for (const dom::Node* n : nodes) {
    if (out.size() >= limit) break;
    TitleHeading h;
    h.text = collapse_whitespace(remove_invisible_marks(node_text(n, kMaxHeadingBytes + 1)));
    if (h.text.empty() || h.text.size() > kMaxHeadingBytes || hidden_from_view(n)) continue;
    h.level = n->tag == dom::TagId::H1 ? 1 : n->tag == dom::TagId::H2 ? 2 : 3;
    h.titled = names_title(n);
    h.without_kicker = text_without_kicker(n, h.kicker_named);
    if (h.without_kicker == h.text) h.without_kicker.clear();
    h.in_article = inside_article(n);
    h.in_banner = inside_banner(n);
    h.text_after = double(text_after(n)) / double(kTextAfterBytes);
    for (const dom::Node* d = n->first_child; d; d = dom::next_in_preorder(d, n)) {
      if (!d->is_html(dom::TagId::A) || !d->attribute("href")) continue;
      std::string_view path = url_path(attr(d, "href"));
      if (is_front_page(path)) h.links_home = true;
      else if (!page_path.empty() && (path == page_path || (path.size() > 8 && page_path.ends_with(path))))
        h.links_self = true;
    }
    out.push_back(std::move(h));
  }
  return out;
}

}  // namespace pith::extraction::metadata
