// Customizable <select> support in the parser (HTML Standard §4.10.7 "maybe
// clone an option into selectedcontent", run when an option element is popped
// off the stack of open elements): the selected option's children are cloned
// into the select's first <selectedcontent>. Only active once a selectedcontent
// element has been inserted, so ordinary pages never pay for it.
#include <vector>

#include "html/tree/tree_builder_impl.h"

namespace pith::html {

using dom::Namespace;
using dom::Node;
using dom::TagId;

namespace {

bool is_html_named(const Node* n, TagId tag) { return n->is_html(tag); }

bool is_selectedcontent(const Node* n) {
  return n->type == dom::NodeType::Element && n->ns == Namespace::Html &&
         n->tag == TagId::Unknown && n->name == "selectedcontent";
}

// "The option element nearest ancestor select".
Node* nearest_ancestor_select(const Node* option) {
  const Node* optgroup = nullptr;
  for (Node* a = option->parent; a; a = a->parent) {
    if (a->type != dom::NodeType::Element) return nullptr;
    if (is_html_named(a, TagId::Datalist) || is_html_named(a, TagId::Hr) ||
        is_html_named(a, TagId::Option))
      return nullptr;
    if (is_html_named(a, TagId::Optgroup)) {
      if (optgroup) return nullptr;
      optgroup = a;
    }
    if (is_html_named(a, TagId::Select)) return a;
  }
  return nullptr;
}

bool is_disabled(const Node* option) {
  if (option->attribute("disabled")) return true;
  const Node* p = option->parent;
  return p && p->is_html(TagId::Optgroup) && p->attribute("disabled");
}

// Whether `option` is the select's selected option right now: the last one
// inserted with a selected attribute, else the first one not disabled.
bool is_selected(const Node* select, const Node* option) {
  if (option->attribute("selected")) return true;
  for (const Node* n = dom::next_in_preorder(select, select); n;
       n = dom::next_in_preorder(n, select)) {
    if (!n->is_html(TagId::Option) || nearest_ancestor_select(n) != select) continue;
    if (n->attribute("selected")) return false;
    if (n == option) {
      // No earlier selected or enabled option; a later one with the selected
      // attribute would win.
      for (const Node* m = dom::next_skipping_children(n, select); m;
           m = dom::next_in_preorder(m, select))
        if (m->is_html(TagId::Option) && m->attribute("selected")) return false;
      return !is_disabled(n);
    }
    if (!is_disabled(n)) return false;
  }
  return false;
}

// Deep clone without recursion.
Node* clone_tree(dom::Document& doc, const Node* src) {
  auto clone_one = [&doc](const Node* s) -> Node* {
    Node* c = nullptr;
    switch (s->type) {
      case dom::NodeType::Element:
        c = doc.create_element(s->tag, s->name, s->ns);
        c->attrs = s->attrs;
        c->attr_count = s->attr_count;
        if (s->template_content) c->template_content = doc.create_fragment();
        break;
      case dom::NodeType::Text: c = doc.create_text(s->data); break;
      case dom::NodeType::Comment: c = doc.create_comment(s->data); break;
      default: c = doc.create_fragment(); break;
    }
    return c;
  };
  Node* root = clone_one(src);
  std::vector<std::pair<const Node*, Node*>> stack{{src, root}};
  while (!stack.empty()) {
    auto [s, c] = stack.back();
    stack.pop_back();
    for (const Node* child = s->first_child; child; child = child->next_sibling) {
      Node* cc = clone_one(child);
      dom::Document::append_child(c, cc);
      if (child->first_child) stack.push_back({child, cc});
    }
  }
  return root;
}

}  // namespace

void TreeBuilder::Impl::clone_popped_options() {
  for (Node* option : popped_options) {
    Node* select = nearest_ancestor_select(option);
    if (!select || select->attribute("multiple") || !is_selected(select, option)) continue;
    Node* target = nullptr;
    for (Node* n = dom::next_in_preorder(select, select); n; n = dom::next_in_preorder(n, select))
      if (is_selectedcontent(n)) {
        target = n;
        break;
      }
    if (!target) continue;
    while (target->first_child) dom::Document::detach(target->first_child);
    for (const Node* c = option->first_child; c; c = c->next_sibling)
      dom::Document::append_child(target, clone_tree(doc, c));
  }
  popped_options.clear();
}

}  // namespace pith::html
