// One pre-order walk over the page that collects every node the metadata
// extractors look at (<meta>, <link>, <title>, JSON-LD scripts, <time>, <h1>,
// itemprop elements, author/byline/date hints). The extractors then work on
// these short lists instead of walking the tree again each.
#pragma once

#include <vector>

#include "dom/node.h"

namespace pith::extraction::metadata {

// Upper bound on nodes kept per list: enough for any real page, bounds the work
// on hostile ones.
inline constexpr size_t kMaxScanned = 200;

struct PageScan {
  const dom::Node* html = nullptr;       // the <html> element
  const dom::Node* title = nullptr;      // first HTML <title>
  const dom::Node* base = nullptr;       // first <base> with an href
  std::vector<const dom::Node*> metas;   // <meta> anywhere
  std::vector<const dom::Node*> links;   // <link> and <a> with a rel attribute
  std::vector<const dom::Node*> json_ld; // <script type=application/ld+json>
  std::vector<const dom::Node*> h1s;
  // <h1>–<h3> outside navigation, asides, footers and comments (title candidates).
  std::vector<const dom::Node*> headings;
  std::vector<const dom::Node*> times;   // <time>
  std::vector<const dom::Node*> itemprops;  // non-<meta> elements with itemprop
  // Elements whose class or id names an author or byline (author, byline,
  // writer, autor …), in document order, outside <nav>/<footer>/comments.
  std::vector<const dom::Node*> author_hints;
  // <a> elements linking to a Creative Commons license (any rel).
  std::vector<const dom::Node*> license_links;
  // Elements whose class or id names a publication date.
  std::vector<const dom::Node*> date_hints;
  // Elements whose class names the post's categories ("cat-links",
  // "post-categories") or tags ("tags-links"), outside navigation, sidebars
  // and comments (a post's own <footer> included).
  std::vector<const dom::Node*> category_hints;
  std::vector<const dom::Node*> tag_hints;
};

PageScan scan_page(const dom::Node* root);

}  // namespace pith::extraction::metadata
