// A pre-order walk that also notices when it leaves an element, so block ends
// can close lines; explicit parent hops instead of recursion.
#include "output/fulltext_writer.h"

#include <string_view>

#include "dom/inline_style.h"
#include "dom/tag.h"
#include "output/whitespace.h"
#include "output/line_builder.h"

namespace pith::output {
namespace {

using dom::Node;
using dom::TagId;

constexpr dom::TagSet kInvisible = {
    TagId::Head,   TagId::Script,   TagId::Style,    TagId::Template, TagId::Title,    TagId::Noscript,
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

bool is_hidden(const Node* element) {
  if (element->ns != dom::Namespace::Html) return true;  // svg, math: icons and formulas
  if (kInvisible.contains(element->tag)) return true;
  if (element->attribute("hidden")) return true;
  if (const dom::Attribute* aria = element->attribute("aria-hidden"); aria && aria->value == "true") return true;
  if (element->tag == TagId::Input) return true;
  if (const dom::Attribute* style = element->attribute("style"); style && dom::style_hides(style->value)) return true;
  return false;
}

bool is_preformatted(TagId tag) {
  return tag == TagId::Pre || tag == TagId::Listing || tag == TagId::Plaintext || tag == TagId::Xmp;
}

class FulltextWriter {
 public:
  void enter(const Node* element) {
    TagId tag = element->tag;
    if (tag == TagId::Tr) {
      lines_.begin_row();
    } else if (tag == TagId::Td || tag == TagId::Th) {
      lines_.begin_cell();
    } else {
      if (is_preformatted(tag)) ++pre_depth_;
      if (tag == TagId::Br || kBlock.contains(tag)) lines_.boundary();
    }
  }

  void leave(const Node* element) {
    TagId tag = element->tag;
    if (tag == TagId::Tr) {
      lines_.end_row();
      return;
    }
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
  LineBuilder lines_;
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
