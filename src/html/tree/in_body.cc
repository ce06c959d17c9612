// The "in body" insertion mode (HTML Standard §13.2.6.4.7): characters and
// start tags. Select-related start tags are in in_select.cc, end tags in
// in_body_end_tags.cc, the adoption agency in adoption_agency.cc.
#include <cstring>

#include "html/tree/tree_builder_impl.h"

namespace pith::html {

using dom::Namespace;
using dom::Node;
using dom::TagId;
using namespace tree;
using Step = TreeBuilder::Impl::Step;

namespace {

bool has_non_whitespace(std::string_view s) {
  for (char c : s)
    if (!is_html_whitespace(c)) return true;
  return false;
}

}  // namespace

Step TreeBuilder::Impl::in_body(Token& t) {
  switch (t.type) {
    case TokenType::Characters: return in_body_characters(t.data);
    case TokenType::Comment: insert_comment(t.data); return Step::Done;
    case TokenType::Doctype: error(); return Step::Done;
    case TokenType::StartTag: return in_body_start_tag(t);
    case TokenType::EndTag: return in_body_end_tag(t);
    case TokenType::EndOfFile:
      if (!template_modes.empty()) return in_template(t);
      return Step::Done;  // stop parsing
  }
  return Step::Done;
}

Step TreeBuilder::Impl::in_body_characters(std::string_view s) {
  while (!s.empty()) {
    const char* nul = static_cast<const char*>(std::memchr(s.data(), 0, s.size()));
    size_t n = nul ? static_cast<size_t>(nul - s.data()) : s.size();
    if (n > 0) {
      std::string_view run = s.substr(0, n);
      reconstruct_formatting();
      insert_characters(run);
      if (frameset_ok && has_non_whitespace(run)) frameset_ok = false;
    }
    if (!nul) break;
    error();  // U+0000 is ignored
    s.remove_prefix(n + 1);
  }
  return Step::Done;
}

Step TreeBuilder::Impl::in_body_start_tag(Token& t) {
  switch (t.tag) {
    case TagId::Html:
      error();
      if (open.count(TagId::Template) == 0) add_missing_attributes(open.at(0), t);
      return Step::Done;
    case TagId::Base: case TagId::Basefont: case TagId::Bgsound: case TagId::Link:
    case TagId::Meta: case TagId::Noframes: case TagId::Script: case TagId::Style:
    case TagId::Template: case TagId::Title:
      return in_head(t);
    case TagId::Body: {
      error();
      if (open.size() == 1 || !open.at(1)->is_html(TagId::Body) ||
          open.count(TagId::Template) > 0)
        return Step::Done;
      frameset_ok = false;
      add_missing_attributes(open.at(1), t);
      return Step::Done;
    }
    case TagId::Frameset: {
      error();
      if (open.size() == 1 || !open.at(1)->is_html(TagId::Body) || !frameset_ok)
        return Step::Done;
      dom::Document::detach(open.at(1));
      while (open.size() > 1) open.pop();
      insert_html_element(t);
      mode = Mode::InFrameset;
      return Step::Done;
    }
    case TagId::Address: case TagId::Article: case TagId::Aside: case TagId::Blockquote:
    case TagId::Center: case TagId::Details: case TagId::Dialog: case TagId::Dir:
    case TagId::Div: case TagId::Dl: case TagId::Fieldset: case TagId::Figcaption:
    case TagId::Figure: case TagId::Footer: case TagId::Header: case TagId::Hgroup:
    case TagId::Main: case TagId::Menu: case TagId::Nav: case TagId::Ol: case TagId::P:
    case TagId::Search: case TagId::Section: case TagId::Summary: case TagId::Ul:
      if (open.in_scope(TagId::P, Scope::Button)) close_p();
      insert_html_element(t);
      return Step::Done;
    case TagId::H1: case TagId::H2: case TagId::H3: case TagId::H4: case TagId::H5:
    case TagId::H6: {
      if (open.in_scope(TagId::P, Scope::Button)) close_p();
      Node* cur = current();
      if (cur->ns == Namespace::Html && kHeadings.contains(cur->tag)) {
        error();
        open.pop();
      }
      insert_html_element(t);
      return Step::Done;
    }
    case TagId::Pre: case TagId::Listing:
      if (open.in_scope(TagId::P, Scope::Button)) close_p();
      insert_html_element(t);
      skip_newline = true;
      frameset_ok = false;
      return Step::Done;
    case TagId::Form: {
      bool in_template = open.count(TagId::Template) > 0;
      if (form && !in_template) {
        error();
        return Step::Done;
      }
      if (open.in_scope(TagId::P, Scope::Button)) close_p();
      Node* el = insert_html_element(t);
      if (!in_template) form = el;
      return Step::Done;
    }
    case TagId::Li: {
      frameset_ok = false;
      uint32_t p = open.top_of(TagId::Li);
      if (p != OpenElementStack::kNone && p == open.top_special_except_adp()) {
        generate_implied_end_tags(TagId::Li);
        if (!current_is(TagId::Li)) error();
        pop_until(TagId::Li);
      }
      if (open.in_scope(TagId::P, Scope::Button)) close_p();
      insert_html_element(t);
      return Step::Done;
    }
    case TagId::Dd: case TagId::Dt: {
      frameset_ok = false;
      uint32_t dd = open.top_of(TagId::Dd), dt = open.top_of(TagId::Dt);
      uint32_t p = OpenElementStack::kNone;
      TagId which = TagId::Dd;
      if (dd != OpenElementStack::kNone) p = dd;
      if (dt != OpenElementStack::kNone && (p == OpenElementStack::kNone || dt > p)) {
        p = dt;
        which = TagId::Dt;
      }
      if (p != OpenElementStack::kNone && p == open.top_special_except_adp()) {
        generate_implied_end_tags(which);
        if (!current_is(which)) error();
        pop_until(which);
      }
      if (open.in_scope(TagId::P, Scope::Button)) close_p();
      insert_html_element(t);
      return Step::Done;
    }
    case TagId::Plaintext:
      if (open.in_scope(TagId::P, Scope::Button)) close_p();
      insert_html_element(t);
      tokenizer.set_state(TokenizerState::Plaintext);
      return Step::Done;
    case TagId::Button:
      if (open.in_scope(TagId::Button, Scope::Default)) {
        error();
        generate_implied_end_tags();
        pop_until(TagId::Button);
      }
      reconstruct_formatting();
      insert_html_element(t);
      frameset_ok = false;
      return Step::Done;
    case TagId::A: {
      size_t i = active.find_after_marker(TagId::A);
      if (i != FormattingList::kNone) {
        error();
        Node* a = active.node_at(i);
        Token end = t;
        end.type = TokenType::EndTag;
        end.attributes = {};
        if (!adoption_agency(end)) any_other_end_tag(end);
        active.remove(a);
        uint32_t p = open.find(a);
        if (p != OpenElementStack::kNone) open.remove_at(p);
      }
      reconstruct_formatting();
      active.push(insert_html_element(t));
      return Step::Done;
    }
    case TagId::B: case TagId::Big: case TagId::Code: case TagId::Em: case TagId::Font:
    case TagId::I: case TagId::S: case TagId::Small: case TagId::Strike: case TagId::Strong:
    case TagId::Tt: case TagId::U:
      reconstruct_formatting();
      active.push(insert_html_element(t));
      return Step::Done;
    case TagId::Nobr:
      reconstruct_formatting();
      if (open.in_scope(TagId::Nobr, Scope::Default)) {
        error();
        Token end = t;
        end.type = TokenType::EndTag;
        end.attributes = {};
        if (!adoption_agency(end)) any_other_end_tag(end);
        reconstruct_formatting();
      }
      active.push(insert_html_element(t));
      return Step::Done;
    case TagId::Applet: case TagId::Marquee: case TagId::Object:
      reconstruct_formatting();
      insert_html_element(t);
      active.push_marker();
      frameset_ok = false;
      return Step::Done;
    case TagId::Table:
      if (doc.quirks_mode != dom::QuirksMode::Quirks && open.in_scope(TagId::P, Scope::Button))
        close_p();
      insert_html_element(t);
      frameset_ok = false;
      mode = Mode::InTable;
      return Step::Done;
    case TagId::Area: case TagId::Br: case TagId::Embed: case TagId::Img: case TagId::Keygen:
    case TagId::Wbr:
      reconstruct_formatting();
      insert_html_element(t);
      open.pop();
      frameset_ok = false;
      return Step::Done;
    case TagId::Input: case TagId::Hr: case TagId::Select: case TagId::Option:
    case TagId::Optgroup:
      return in_body_select_start_tag(t);
    case TagId::Param: case TagId::Source: case TagId::Track:
      insert_html_element(t);
      open.pop();
      return Step::Done;
    case TagId::Image:
      error();
      t.tag = TagId::Img;
      t.name = dom::tag_name(TagId::Img);
      return Step::Reprocess;
    case TagId::Textarea:
      insert_html_element(t);
      skip_newline = true;
      tokenizer.set_state(TokenizerState::Rcdata);
      original_mode = mode;
      frameset_ok = false;
      mode = Mode::Text;
      return Step::Done;
    case TagId::Xmp:
      if (open.in_scope(TagId::P, Scope::Button)) close_p();
      reconstruct_formatting();
      frameset_ok = false;
      parse_generic_text(t, TokenizerState::Rawtext);
      return Step::Done;
    case TagId::Iframe:
      frameset_ok = false;
      parse_generic_text(t, TokenizerState::Rawtext);
      return Step::Done;
    case TagId::Noembed: parse_generic_text(t, TokenizerState::Rawtext); return Step::Done;
    case TagId::Noscript:
      if (scripting) {
        parse_generic_text(t, TokenizerState::Rawtext);
        return Step::Done;
      }
      break;
    case TagId::Rb: case TagId::Rtc:
      if (open.in_scope(TagId::Ruby, Scope::Default)) {
        generate_implied_end_tags();
        if (!current_is(TagId::Ruby)) error();
      }
      insert_html_element(t);
      return Step::Done;
    case TagId::Rp: case TagId::Rt:
      if (open.in_scope(TagId::Ruby, Scope::Default)) {
        generate_implied_end_tags(TagId::Rtc);
        if (!current_is(TagId::Rtc) && !current_is(TagId::Ruby)) error();
      }
      insert_html_element(t);
      return Step::Done;
    case TagId::Math:
    case TagId::Svg:
      reconstruct_formatting();
      insert_foreign_element(t, t.tag == TagId::Math ? Namespace::MathMl : Namespace::Svg);
      if (t.self_closing) open.pop();
      return Step::Done;
    case TagId::Caption: case TagId::Col: case TagId::Colgroup: case TagId::Frame:
    case TagId::Head: case TagId::Tbody: case TagId::Td: case TagId::Tfoot: case TagId::Th:
    case TagId::Thead: case TagId::Tr:
      error();
      return Step::Done;
    default: break;
  }
  // Any other start tag.
  reconstruct_formatting();
  insert_html_element(t);
  return Step::Done;
}

}  // namespace pith::html
