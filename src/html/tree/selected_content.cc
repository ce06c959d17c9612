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

// The select's option state as the parser sees it: the first enabled option and
// whether any option carries the selected attribute (which then wins).
void scan_options(const Node* select, const Node** first_enabled, bool* any_selected) {
  *first_enabled = nullptr;
  *any_selected = false;
  for (const Node* n = dom::next_in_preorder(select, select); n;
       n = dom::next_in_preorder(n, select)) {
    if (!n->is_html(TagId::Option) || nearest_ancestor_select(n) != select) continue;
    if (n->attribute("selected")) *any_selected = true;
    if (!*first_enabled && !is_disabled(n)) *first_enabled = n;
  }
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

// Options are popped in document order, so after one scan of a select its state
// is kept up to date per popped option (a select full of disabled options would
// otherwise be rescanned for each of them).
void TreeBuilder::Impl::clone_popped_options() {
  for (Node* option : popped_options) {
    Node* select = nearest_ancestor_select(option);
    if (!select || select->attribute("multiple")) continue;
    if (select != select_state.select) {
      select_state = {};
      select_state.select = select;
      scan_options(select, &select_state.first_enabled, &select_state.any_selected);
      for (Node* n = dom::next_in_preorder(select, select); n; n = dom::next_in_preorder(n, select))
        if (is_selectedcontent(n)) {
          select_state.target = n;
          break;
        }
    }
    bool selected;
    if (option->attribute("selected")) {
      selected = true;
      select_state.any_selected = true;
    } else {
      if (!select_state.first_enabled && !is_disabled(option)) select_state.first_enabled = option;
      selected = !select_state.any_selected && select_state.first_enabled == option;
    }
    Node* target = select_state.target;
    if (!selected || !target) continue;
    while (target->first_child) dom::Document::detach(target->first_child);
    for (const Node* c = option->first_child; c; c = c->next_sibling)
      dom::Document::append_child(target, clone_tree(doc, c));
  }
  popped_options.clear();
}

}  // namespace pith::html
