#include "visible_text.h"

namespace pith::cli {
namespace {

using dom::TagId;

constexpr dom::TagSet kInvisible = {TagId::Head,   TagId::Script, TagId::Style,  TagId::Template,
                                    TagId::Title,  TagId::Svg,    TagId::Math,   TagId::Iframe,
                                    TagId::Object, TagId::Embed,  TagId::Select, TagId::Noembed,
                                    TagId::Noframes, TagId::Textarea};

constexpr dom::TagSet kBlock = {
    TagId::Address, TagId::Article, TagId::Aside,  TagId::Blockquote, TagId::Body,     TagId::Br,
    TagId::Caption, TagId::Dd,      TagId::Details, TagId::Dialog,    TagId::Div,      TagId::Dl,
    TagId::Dt,      TagId::Fieldset, TagId::Figcaption, TagId::Figure, TagId::Footer,  TagId::Form,
    TagId::H1,      TagId::H2,      TagId::H3,     TagId::H4,         TagId::H5,       TagId::H6,
    TagId::Header,  TagId::Hgroup,  TagId::Hr,     TagId::Li,         TagId::Main,     TagId::Nav,
    TagId::Ol,      TagId::P,       TagId::Pre,    TagId::Section,    TagId::Summary,  TagId::Table,
    TagId::Td,      TagId::Th,      TagId::Tr,     TagId::Ul,         TagId::Option,   TagId::Center};

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r'; }

// Collapses runs of whitespace the way a browser's layout would.
void append_collapsed(std::string& out, std::string_view text) {
  for (char c : text) {
    if (is_space(c)) {
      if (!out.empty() && out.back() != ' ' && out.back() != '\n') out += ' ';
    } else {
      out += c;
    }
  }
}

void end_line(std::string& out) {
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (!out.empty() && out.back() != '\n') out += '\n';
}

}  // namespace

std::string visible_text(const dom::Node* root) {
  std::string out;
  const dom::Node* node = root->first_child;
  while (node) {
    bool enter = true;
    if (node->type == dom::NodeType::Text) {
      append_collapsed(out, node->data);
    } else if (node->type == dom::NodeType::Element) {
      if (node->ns == dom::Namespace::Html && kInvisible.contains(node->tag)) enter = false;
      if (node->attribute("hidden")) enter = false;
      if (node->ns == dom::Namespace::Html && kBlock.contains(node->tag)) end_line(out);
    } else {
      enter = false;
    }
    const dom::Node* next = enter ? node->first_child : nullptr;
    if (!next) {
      // Leaving node (and any ancestors we finish): close their blocks.
      const dom::Node* n = node;
      while (n != root && !n->next_sibling) {
        if (n->is_element() && n->ns == dom::Namespace::Html && kBlock.contains(n->tag)) end_line(out);
        n = n->parent;
      }
      if (n != root && n->is_element() && n->ns == dom::Namespace::Html && kBlock.contains(n->tag))
        end_line(out);
      next = n == root ? nullptr : n->next_sibling;
    }
    node = next;
  }
  end_line(out);
  return out;
}

}  // namespace pith::cli
