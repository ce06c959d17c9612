// End tags in the "in body" insertion mode (HTML Standard §13.2.6.4.7, the end
// tag entries). Formatting end tags go to the adoption agency; the rest close
// their element when it is in the right scope.
#include "html/tree/tree_builder_impl.h"

namespace pith::html {

using dom::Namespace;
using dom::Node;
using dom::TagId;
using namespace tree;
using Step = TreeBuilder::Impl::Step;

Step TreeBuilder::Impl::in_body_end_tag(Token& t) {
  switch (t.tag) {
    case TagId::Template: return in_head(t);
    case TagId::Body:
    case TagId::Html:
      if (!open.in_scope(TagId::Body, Scope::Default)) {
        error();
        return Step::Done;
      }
      mode = Mode::AfterBody;
      return t.tag == TagId::Html ? Step::Reprocess : Step::Done;
    case TagId::Address: case TagId::Article: case TagId::Aside: case TagId::Blockquote:
    case TagId::Button: case TagId::Center: case TagId::Details: case TagId::Dialog:
    case TagId::Dir: case TagId::Div: case TagId::Dl: case TagId::Fieldset:
    case TagId::Figcaption: case TagId::Figure: case TagId::Footer: case TagId::Header:
    case TagId::Hgroup: case TagId::Listing: case TagId::Main: case TagId::Menu:
    case TagId::Nav: case TagId::Ol: case TagId::Pre: case TagId::Search: case TagId::Section:
    case TagId::Select: case TagId::Summary: case TagId::Ul:
      if (!open.in_scope(t.tag, Scope::Default)) {
        error();
        return Step::Done;
      }
      generate_implied_end_tags();
      if (!current_is(t.tag)) error();
      pop_until(t.tag);
      return Step::Done;
    case TagId::Form: {
      if (open.count(TagId::Template) == 0) {
        Node* node = form;
        form = nullptr;
        uint32_t p = node ? open.find(node) : OpenElementStack::kNone;
        if (p == OpenElementStack::kNone || !open.position_in_scope(p, Scope::Default)) {
          error();
          return Step::Done;
        }
        generate_implied_end_tags();
        if (current() != node) error();
        open.remove_at(open.find(node));
      } else {
        if (!open.in_scope(TagId::Form, Scope::Default)) {
          error();
          return Step::Done;
        }
        generate_implied_end_tags();
        if (!current_is(TagId::Form)) error();
        pop_until(TagId::Form);
      }
      return Step::Done;
    }
    case TagId::P:
      if (!open.in_scope(TagId::P, Scope::Button)) {
        error();
        insert_html_element(TagId::P);
      }
      close_p();
      return Step::Done;
    case TagId::Li:
      if (!open.in_scope(TagId::Li, Scope::ListItem)) {
        error();
        return Step::Done;
      }
      generate_implied_end_tags(TagId::Li);
      if (!current_is(TagId::Li)) error();
      pop_until(TagId::Li);
      return Step::Done;
    case TagId::Dd:
    case TagId::Dt:
      if (!open.in_scope(t.tag, Scope::Default)) {
        error();
        return Step::Done;
      }
      generate_implied_end_tags(t.tag);
      if (!current_is(t.tag)) error();
      pop_until(t.tag);
      return Step::Done;
    case TagId::H1: case TagId::H2: case TagId::H3: case TagId::H4: case TagId::H5:
    case TagId::H6:
      if (!open.heading_in_scope()) {
        error();
        return Step::Done;
      }
      generate_implied_end_tags();
      if (!current_is(t.tag)) error();
      pop_until_one_of(kHeadings);
      return Step::Done;
    case TagId::A: case TagId::B: case TagId::Big: case TagId::Code: case TagId::Em:
    case TagId::Font: case TagId::I: case TagId::Nobr: case TagId::S: case TagId::Small:
    case TagId::Strike: case TagId::Strong: case TagId::Tt: case TagId::U:
      if (!adoption_agency(t)) any_other_end_tag(t);
      return Step::Done;
    case TagId::Applet: case TagId::Marquee: case TagId::Object:
      if (!open.in_scope(t.tag, Scope::Default)) {
        error();
        return Step::Done;
      }
      generate_implied_end_tags();
      if (!current_is(t.tag)) error();
      pop_until(t.tag);
      active.clear_to_last_marker();
      return Step::Done;
    case TagId::Br: {
      error();
      Token start = t;
      start.type = TokenType::StartTag;
      start.attributes = {};
      start.self_closing = false;
      reconstruct_formatting();
      insert_html_element(start);
      open.pop();
      frameset_ok = false;
      return Step::Done;
    }
    default: break;
  }
  any_other_end_tag(t);
  return Step::Done;
}

}  // namespace pith::html
