// A pre-order walk that also notices when it leaves an element, so block ends
// can close lines; explicit parent hops instead of recursion.
#include "output/fulltext_writer.h"

#include <string_view>
#include <vector>

#include "dom/document.h"
#include "dom/inline_style.h"
#include "dom/tag.h"
#include "output/whitespace.h"
#include "output/line_builder.h"

namespace pith::output {
namespace {

using dom::Node;
using dom::TagId;

constexpr dom::TagSet kInvisible = {
    TagId::Head,   TagId::Script,   TagId::Style,    TagId::Template, TagId::Title,
    TagId::Iframe, TagId::Object,   TagId::Embed,    TagId::Select,   TagId::Textarea, TagId::Noembed,
    TagId::Noframes, TagId::Datalist, TagId::Audio,  TagId::Video,    TagId::Canvas,   TagId::Map};

constexpr dom::TagSet kBlock = {
    TagId::Address, TagId::Article,    TagId::Aside,  TagId::Blockquote, TagId::Body,    TagId::Caption,
    TagId::Center,  TagId::Dd,         TagId::Details, TagId::Dialog,    TagId::Div,     TagId::Dl,
    TagId::Dt,      TagId::Fieldset,   TagId::Figcaption, TagId::Figure, TagId::Footer,  TagId::Form,
    TagId::H1,      TagId::H2,         TagId::H3,     TagId::H4,         TagId::H5,      TagId::H6,
    TagId::Header,  TagId::Hgroup,     TagId::Hr,     TagId::Legend,     TagId::Li,      TagId::Main,
    TagId::Menu,    TagId::Nav,        TagId::Ol,     TagId::Option,     TagId::P,       TagId::Pre,
    TagId::Section, TagId::Summary,    TagId::Table,  TagId::Tbody,      TagId::Thead,   TagId::Tfoot,
    TagId::Tr,      TagId::Ul,         TagId::Html,   TagId::Listing,    TagId::Plaintext, TagId::Xmp};

// A browser runs scripts, so it reads <noscript> as text and shows none of it.
// Parsed as markup (as pith parses it, for the images and articles that pages
// put there), an element a <noscript> leaves open ("<noscript><div
// id=nojava></noscript>") takes in the rest of the page, which the browser
// shows. A <noscript> holding more text than kNoscriptPageBytes is such a
// page; a notice or a tracking pixel is far shorter. Nodes looked at are
// bounded by kNoscriptScanNodes (past it, the page is what it holds).
constexpr size_t kNoscriptPageBytes = 2000;
constexpr int kNoscriptScanNodes = 5000;

bool noscript_holds_page(const Node* noscript) {
  size_t bytes = 0;
  int nodes = 0;
  for (const Node* d = noscript->first_child; d; d = dom::next_in_preorder(d, noscript)) {
    if (++nodes > kNoscriptScanNodes) return true;
    if (!d->is_text() || (d->parent && kInvisible.contains(d->parent->tag))) continue;  // CSS, script
    if ((bytes += d->data.size()) > kNoscriptPageBytes) return true;
  }
  return false;
}

bool is_hidden(const Node* element) {
  if (element->ns != dom::Namespace::Html) return true;  // svg, math: icons and formulas
  if (kInvisible.contains(element->tag)) return true;
  if (element->tag == TagId::Noscript) return !noscript_holds_page(element);
  if (element->attribute("hidden")) return true;
  if (const dom::Attribute* aria = element->attribute("aria-hidden"); aria && aria->value == "true") return true;
  if (element->tag == TagId::Input) return true;
  if (const dom::Attribute* style = element->attribute("style"); style && dom::style_hides(style->value)) return true;
  return false;
}

bool is_preformatted(TagId tag) {
  return tag == TagId::Pre || tag == TagId::Listing || tag == TagId::Plaintext || tag == TagId::Xmp;
}

// Elements looked at below a table row before it counts as page layout
// (bounds the look-ahead on rows that wrap a whole page).
constexpr int kMaxRowScan = 2000;

// Whether a table row holds only inline content in its cells, as a data
// table's row does ("Energie | 1331 kJ | 1428 kJ"): it is written as one line.
// A row whose cells hold blocks (paragraphs, lists, divs, a nested table) lays
// out the page, often all of it: a browser breaks the lines at those blocks,
// so each block gets its own line, as outside a table.
bool is_inline_row(const Node* row) {
  int seen = 0;
  for (const Node* n = row->first_child; n;) {
    const bool shown = n->is_element() && !is_hidden(n);
    if (shown && (++seen > kMaxRowScan || kBlock.contains(n->tag))) return false;
    n = shown ? dom::next_in_preorder(n, row) : dom::next_skipping_children(n, row);
  }
  return true;
}

class FulltextWriter {
 public:
  void enter(const Node* element) {
    TagId tag = element->tag;
    if (tag == TagId::Tr) {
      rows_.push_back(is_inline_row(element));
      if (rows_.back()) lines_.begin_row();
      else lines_.boundary();
    } else if (tag == TagId::Td || tag == TagId::Th) {
      if (in_inline_row()) lines_.begin_cell();
      else lines_.boundary();
    } else {
      if (is_preformatted(tag)) ++pre_depth_;
      if (tag == TagId::Br || kBlock.contains(tag)) lines_.boundary();
    }
  }

  void leave(const Node* element) {
    TagId tag = element->tag;
    if (tag == TagId::Tr) {
      if (in_inline_row()) lines_.end_row();
      else lines_.boundary();
      if (!rows_.empty()) rows_.pop_back();
      return;
    }
    if ((tag == TagId::Td || tag == TagId::Th) && !in_inline_row()) lines_.boundary();
    if (is_preformatted(tag)) --pre_depth_;
    if (kBlock.contains(tag)) lines_.boundary();
  }

  void text(std::string_view data) {
    if (pre_depth_) {
      lines_.append_verbatim(data);
    } else {
      lines_.append(data);
    }
  }

  std::string finish() { return lines_.finish(); }

 private:
  // A cell belongs to the innermost open row; cells outside any row (a
  // stray <td>) join no row.
  bool in_inline_row() const { return !rows_.empty() && rows_.back(); }

  LineBuilder lines_;
  std::vector<bool> rows_;  // open table rows: written as one line each?
  int pre_depth_ = 0;
};

}  // namespace

std::string write_fulltext(const Node* root) {
  FulltextWriter writer;
  if (!root) return {};
  const Node* node = root->first_child;
  while (node) {
    bool descend = false;
    if (node->is_text()) {
      writer.text(node->data);
    } else if (node->is_element() && !is_hidden(node)) {
      writer.enter(node);
      descend = node->first_child != nullptr;
      if (!descend) writer.leave(node);
    }
    if (descend) {
      node = node->first_child;
      continue;
    }
    // Climb until a next sibling, leaving each finished element on the way.
    while (node != root && !node->next_sibling) {
      node = node->parent;
      if (node != root && node->is_element()) writer.leave(node);
    }
    node = node == root ? nullptr : node->next_sibling;
  }
  return writer.finish();
}

}  // namespace pith::output
