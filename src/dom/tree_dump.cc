#include "dom/tree_dump.h"

#include <algorithm>
#include <vector>

namespace pith::dom {
namespace {

std::string_view element_prefix(Namespace ns) {
  switch (ns) {
    case Namespace::Svg: return "svg ";
    case Namespace::MathMl: return "math ";
    case Namespace::Html: break;
  }
  return "";
}

std::string attribute_name(const Attribute& a) {
  std::string name;
  switch (a.ns) {
    case AttrNamespace::XLink: name = "xlink "; break;
    case AttrNamespace::Xml: name = "xml "; break;
    case AttrNamespace::Xmlns: name = "xmlns "; break;
    case AttrNamespace::None: break;
  }
  name += a.name;
  return name;
}

void indent(std::string& out, int depth) {
  out += "| ";
  out.append(static_cast<size_t>(depth) * 2, ' ');
}

void dump_node(std::string& out, const Node* n, int depth) {
  indent(out, depth);
  switch (n->type) {
    case NodeType::Element: {
      out += '<';
      out += element_prefix(n->ns);
      out += n->name;
      out += ">\n";
      std::vector<std::pair<std::string, std::string_view>> attrs;
      attrs.reserve(n->attr_count);
      for (uint32_t i = 0; i < n->attr_count; ++i)
        attrs.emplace_back(attribute_name(n->attrs[i]), n->attrs[i].value);
      // UTF-8 byte order equals code point order; it differs from UTF-16 order
      // only for astral characters in attribute names, which do not occur.
      std::sort(attrs.begin(), attrs.end());
      for (const auto& [name, value] : attrs) {
        indent(out, depth + 1);
        out += name;
        out += "=\"";
        out += value;
        out += "\"\n";
      }
      break;
    }
    case NodeType::Text:
      out += '"';
      out += n->data;
      out += "\"\n";
      break;
    case NodeType::Comment:
      out += "<!-- ";
      out += n->data;
      out += " -->\n";
      break;
    case NodeType::Doctype:
      out += "<!DOCTYPE ";
      out += n->name;
      if (!n->data.empty() || !n->system_id.empty()) {
        out += " \"";
        out += n->data;
        out += "\" \"";
        out += n->system_id;
        out += '"';
      }
      out += ">\n";
      break;
    case NodeType::Document:
    case NodeType::DocumentFragment:
      out += "#fragment\n";
      break;
  }
}

}  // namespace

std::string dump_html5lib_tree(const Node* root) {
  std::string out;
  // An explicit stack of (node, depth); a null node stands for the "content"
  // line of a template, whose children follow it one level deeper.
  std::vector<std::pair<const Node*, int>> stack;
  auto push_children = [&stack](const Node* parent, int depth) {
    for (const Node* c = parent->last_child; c; c = c->prev_sibling) stack.emplace_back(c, depth);
  };
  push_children(root, 0);
  while (!stack.empty()) {
    auto [node, depth] = stack.back();
    stack.pop_back();
    dump_node(out, node, depth);
    push_children(node, depth + 1);
    if (node->template_content) {
      push_children(node->template_content, depth + 2);
      stack.emplace_back(nullptr, depth + 1);
    }
    while (!stack.empty() && stack.back().first == nullptr) {
      indent(out, stack.back().second);
      out += "content\n";
      stack.pop_back();
    }
  }
  return out;
}

}  // namespace pith::dom
