// Select-related start tags of the "in body" insertion mode (HTML Standard
// §13.2.6.4.7: "select", "option", "optgroup", "hr", "input"). The current
// standard parses select content in body (customizable <select>); the old "in
// select" and "in select in table" modes are gone, and select is a default-scope
// boundary (tag_sets.h). selected_content.cc does the option → selectedcontent
// cloning when options are popped.
#include "html/tree/tree_builder_impl.h"

namespace pith::html {

using dom::Node;
using dom::TagId;
using namespace tree;
using Step = TreeBuilder::Impl::Step;

namespace {

bool is_hidden_type(const Token& t) {
  for (const dom::Attribute& a : t.attributes) {
    if (a.name != "type") continue;
    std::string_view v = a.value;
    if (v.size() != 6) return false;
    for (size_t i = 0; i < 6; ++i) {
      char c = v[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      if (c != "hidden"[i]) return false;
    }
    return true;
  }
  return false;
}

}  // namespace

Step TreeBuilder::Impl::in_body_select_start_tag(Token& t) {
  switch (t.tag) {
    case TagId::Input: {
      if (fragment && context->is_html(TagId::Select)) {
        error();
        return Step::Done;
      }
      if (open.in_scope(TagId::Select, Scope::Default)) {
        error();
        pop_until(TagId::Select);
      }
      reconstruct_formatting();
      insert_html_element(t);
      open.pop();
      if (!is_hidden_type(t)) frameset_ok = false;
      return Step::Done;
    }
    case TagId::Hr:
      if (open.in_scope(TagId::P, Scope::Button)) close_p();
      if (open.in_scope(TagId::Select, Scope::Default)) {
        generate_implied_end_tags();
        if (open.in_scope(TagId::Option, Scope::Default) ||
            open.in_scope(TagId::Optgroup, Scope::Default))
          error();
      }
      insert_html_element(t);
      open.pop();
      frameset_ok = false;
      return Step::Done;
    case TagId::Select:
      if (fragment && context->is_html(TagId::Select)) {
        error();
        return Step::Done;
      }
      if (open.in_scope(TagId::Select, Scope::Default)) {
        error();
        pop_until(TagId::Select);
        return Step::Done;
      }
      reconstruct_formatting();
      insert_html_element(t);
      frameset_ok = false;
      return Step::Done;
    case TagId::Option:
      if (open.in_scope(TagId::Select, Scope::Default)) {
        generate_implied_end_tags(TagId::Optgroup);
        if (open.in_scope(TagId::Option, Scope::Default)) error();
      } else if (current_is(TagId::Option)) {
        open.pop();
      }
      reconstruct_formatting();
      insert_html_element(t);
      return Step::Done;
    case TagId::Optgroup:
      if (open.in_scope(TagId::Select, Scope::Default)) {
        generate_implied_end_tags();
        if (open.in_scope(TagId::Option, Scope::Default) ||
            open.in_scope(TagId::Optgroup, Scope::Default))
          error();
      } else if (current_is(TagId::Option)) {
        open.pop();
      }
      reconstruct_formatting();
      insert_html_element(t);
      return Step::Done;
    default: break;
  }
  return Step::Done;
}

}  // namespace pith::html
