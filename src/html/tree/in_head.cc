// The "in head", "in head noscript" and "text" insertion modes (HTML Standard
// §13.2.6.4.4, §13.2.6.4.5, §13.2.6.4.8), including <template> start and end
// tags, whose template-insertion-mode bookkeeping in_template.cc continues.
#include "html/tree/tree_builder_impl.h"

namespace pith::html {

using dom::Node;
using dom::TagId;
using namespace tree;
using Step = TreeBuilder::Impl::Step;

// §13.2.6.4.4
Step TreeBuilder::Impl::in_head(Token& t) {
  switch (t.type) {
    case TokenType::Characters:
      if (insert_leading_whitespace(t)) return Step::Done;
      break;
    case TokenType::Comment: insert_comment(t.data); return Step::Done;
    case TokenType::Doctype: error(); return Step::Done;
    case TokenType::StartTag:
      switch (t.tag) {
        case TagId::Html: return in_body(t);
        case TagId::Base: case TagId::Basefont: case TagId::Bgsound: case TagId::Link:
        case TagId::Meta:
          insert_html_element(t);
          open.pop();
          return Step::Done;
        case TagId::Title: parse_generic_text(t, TokenizerState::Rcdata); return Step::Done;
        case TagId::Noscript:
          if (scripting) {
            parse_generic_text(t, TokenizerState::Rawtext);
          } else {
            insert_html_element(t);
            mode = Mode::InHeadNoscript;
          }
          return Step::Done;
        case TagId::Noframes:
        case TagId::Style: parse_generic_text(t, TokenizerState::Rawtext); return Step::Done;
        case TagId::Script: parse_generic_text(t, TokenizerState::ScriptData); return Step::Done;
        case TagId::Template:
          insert_html_element(t);
          active.push_marker();
          frameset_ok = false;
          mode = Mode::InTemplate;
          template_modes.push_back(Mode::InTemplate);
          return Step::Done;
        case TagId::Head: error(); return Step::Done;
        default: break;
      }
      break;
    case TokenType::EndTag:
      switch (t.tag) {
        case TagId::Head:
          open.pop();
          mode = Mode::AfterHead;
          return Step::Done;
        case TagId::Body:
        case TagId::Html:
        case TagId::Br: break;
        case TagId::Template:
          if (open.count(TagId::Template) == 0) {
            error();
            return Step::Done;
          }
          generate_implied_end_tags_thoroughly();
          if (!current_is(TagId::Template)) error();
          pop_until(TagId::Template);
          active.clear_to_last_marker();
          if (!template_modes.empty()) template_modes.pop_back();
          reset_insertion_mode();
          return Step::Done;
        default: error(); return Step::Done;
      }
      break;
    default: break;
  }
  open.pop();  // the head element
  mode = Mode::AfterHead;
  return Step::Reprocess;
}

// §13.2.6.4.5
Step TreeBuilder::Impl::in_head_noscript(Token& t) {
  switch (t.type) {
    case TokenType::Doctype: error(); return Step::Done;
    case TokenType::Comment: return in_head(t);
    case TokenType::Characters:
      if (insert_leading_whitespace(t)) return Step::Done;
      break;
    case TokenType::StartTag:
      switch (t.tag) {
        case TagId::Html: return in_body(t);
        case TagId::Basefont: case TagId::Bgsound: case TagId::Link: case TagId::Meta:
        case TagId::Noframes: case TagId::Style: return in_head(t);
        case TagId::Head: case TagId::Noscript: error(); return Step::Done;
        default: break;
      }
      break;
    case TokenType::EndTag:
      if (t.tag == TagId::Noscript) {
        open.pop();
        mode = Mode::InHead;
        return Step::Done;
      }
      if (t.tag != TagId::Br) {
        error();
        return Step::Done;
      }
      break;
    default: break;
  }
  error();
  open.pop();  // the noscript element
  mode = Mode::InHead;
  return Step::Reprocess;
}

// §13.2.6.4.8
Step TreeBuilder::Impl::text(Token& t) {
  switch (t.type) {
    case TokenType::Characters: insert_characters(t.data); return Step::Done;
    case TokenType::EndOfFile:
      error();
      open.pop();
      mode = original_mode;
      return Step::Reprocess;
    case TokenType::EndTag:
      open.pop();
      mode = original_mode;
      return Step::Done;
    default: return Step::Done;
  }
}

}  // namespace pith::html
