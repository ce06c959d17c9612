// The "in template" insertion mode (HTML Standard §13.2.6.4.18) and its stack
// of template insertion modes: a start tag picks the mode the template contents
// are parsed in (table parts, rows, cells, or body content).
#include "html/tree/tree_builder_impl.h"

namespace pith::html {

using dom::Node;
using dom::TagId;
using namespace tree;
using Step = TreeBuilder::Impl::Step;

Step TreeBuilder::Impl::in_template(Token& t) {
  auto switch_to = [&](Mode m) {
    if (!template_modes.empty()) template_modes.pop_back();
    template_modes.push_back(m);
    mode = m;
    return Step::Reprocess;
  };
  switch (t.type) {
    case TokenType::Characters:
    case TokenType::Comment:
    case TokenType::Doctype: return in_body(t);
    case TokenType::StartTag:
      switch (t.tag) {
        case TagId::Base: case TagId::Basefont: case TagId::Bgsound: case TagId::Link:
        case TagId::Meta: case TagId::Noframes: case TagId::Script: case TagId::Style:
        case TagId::Template: case TagId::Title:
          return in_head(t);
        case TagId::Caption: case TagId::Colgroup: case TagId::Tbody: case TagId::Tfoot:
        case TagId::Thead:
          return switch_to(Mode::InTable);
        case TagId::Col: return switch_to(Mode::InColumnGroup);
        case TagId::Tr: return switch_to(Mode::InTableBody);
        case TagId::Td: case TagId::Th: return switch_to(Mode::InRow);
        default: return switch_to(Mode::InBody);
      }
    case TokenType::EndTag:
      if (t.tag == TagId::Template) return in_head(t);
      error();
      return Step::Done;
    case TokenType::EndOfFile:
      if (open.count(TagId::Template) == 0) return Step::Done;  // stop parsing
      error();
      pop_until(TagId::Template);
      active.clear_to_last_marker();
      if (!template_modes.empty()) template_modes.pop_back();
      reset_insertion_mode();
      return Step::Reprocess;
  }
  return Step::Done;
}

}  // namespace pith::html
