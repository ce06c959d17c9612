// The table insertion modes (HTML Standard §13.2.6.4.9–15): in table, in table
// text (pending character tokens), in caption, in column group, in table body,
// in row and in cell. "Anything else" in a table is processed by "in body" with
// foster parenting switched on.
#include "html/tree/tree_builder_impl.h"

namespace pith::html {

using dom::Namespace;
using dom::Node;
using dom::TagId;
using namespace tree;
using Step = TreeBuilder::Impl::Step;

namespace {

bool is_hidden_input(const Token& t) {
  for (const dom::Attribute& a : t.attributes) {
    if (a.name != "type") continue;
    std::string_view v = a.value;
    if (v.size() != 6) return false;
    const char* h = "hidden";
    for (size_t i = 0; i < 6; ++i) {
      char c = v[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      if (c != h[i]) return false;
    }
    return true;
  }
  return false;
}

}  // namespace

// §13.2.6.4.9
Step TreeBuilder::Impl::in_table(Token& t) {
  switch (t.type) {
    case TokenType::Characters: {
      Node* cur = current();
      if (cur->ns == Namespace::Html && kTableTextParents.contains(cur->tag)) {
        pending_text.clear();
        pending_has_text = false;
        original_mode = mode;
        mode = Mode::InTableText;
        return Step::Reprocess;
      }
      break;
    }
    case TokenType::Comment: insert_comment(t.data); return Step::Done;
    case TokenType::Doctype: error(); return Step::Done;
    case TokenType::StartTag:
      switch (t.tag) {
        case TagId::Caption:
          clear_stack_back_to(kTableContext);
          active.push_marker();
          insert_html_element(t);
          mode = Mode::InCaption;
          return Step::Done;
        case TagId::Colgroup:
          clear_stack_back_to(kTableContext);
          insert_html_element(t);
          mode = Mode::InColumnGroup;
          return Step::Done;
        case TagId::Col:
          clear_stack_back_to(kTableContext);
          insert_html_element(TagId::Colgroup);
          mode = Mode::InColumnGroup;
          return Step::Reprocess;
        case TagId::Tbody: case TagId::Tfoot: case TagId::Thead:
          clear_stack_back_to(kTableContext);
          insert_html_element(t);
          mode = Mode::InTableBody;
          return Step::Done;
        case TagId::Td: case TagId::Th: case TagId::Tr:
          clear_stack_back_to(kTableContext);
          insert_html_element(TagId::Tbody);
          mode = Mode::InTableBody;
          return Step::Reprocess;
        case TagId::Table:
          error();
          if (!open.in_scope(TagId::Table, Scope::Table)) return Step::Done;
          pop_until(TagId::Table);
          reset_insertion_mode();
          return Step::Reprocess;
        case TagId::Style: case TagId::Script: case TagId::Template: return in_head(t);
        case TagId::Input:
          if (!is_hidden_input(t)) break;
          error();
          insert_html_element(t);
          open.pop();
          return Step::Done;
        case TagId::Form:
          error();
          if (open.count(TagId::Template) > 0 || form) return Step::Done;
          form = insert_html_element(t);
          open.pop();
          return Step::Done;
        default: break;
      }
      break;
    case TokenType::EndTag:
      switch (t.tag) {
        case TagId::Table:
          if (!open.in_scope(TagId::Table, Scope::Table)) {
            error();
            return Step::Done;
          }
          pop_until(TagId::Table);
          reset_insertion_mode();
          return Step::Done;
        case TagId::Body: case TagId::Caption: case TagId::Col: case TagId::Colgroup:
        case TagId::Html: case TagId::Tbody: case TagId::Td: case TagId::Tfoot:
        case TagId::Th: case TagId::Thead: case TagId::Tr:
          error();
          return Step::Done;
        case TagId::Template: return in_head(t);
        default: break;
      }
      break;
    case TokenType::EndOfFile: return in_body(t);
  }
  return in_table_anything_else(t);
}

Step TreeBuilder::Impl::in_table_anything_else(Token& t) {
  error();
  foster_parenting = true;
  Step s = in_body(t);
  foster_parenting = false;
  return s;
}

// §13.2.6.4.10
Step TreeBuilder::Impl::in_table_text(Token& t) {
  if (t.type == TokenType::Characters) {
    std::string_view s = t.data;
    for (size_t i = 0; i < s.size();) {
      size_t j = i;
      while (j < s.size() && s[j] != '\0') {
        if (!pending_has_text && !is_html_whitespace(s[j])) pending_has_text = true;
        ++j;
      }
      pending_text.append(s.data() + i, j - i);
      if (j < s.size()) error();  // U+0000 is ignored
      i = j + 1;
    }
    return Step::Done;
  }
  if (pending_has_text) {
    // Non-whitespace: as "anything else" in table, i.e. foster-parented text.
    error();
    foster_parenting = true;
    in_body_characters(pending_text);
    foster_parenting = false;
  } else {
    insert_characters(pending_text);
  }
  pending_text.clear();
  pending_has_text = false;
  mode = original_mode;
  return Step::Reprocess;
}

// §13.2.6.4.11
Step TreeBuilder::Impl::in_caption(Token& t) {
  bool close = false, reprocess = false;
  if (t.type == TokenType::EndTag && t.tag == TagId::Caption) {
    close = true;
  } else if ((t.type == TokenType::StartTag &&
              (t.tag == TagId::Caption || t.tag == TagId::Col || t.tag == TagId::Colgroup ||
               t.tag == TagId::Tbody || t.tag == TagId::Td || t.tag == TagId::Tfoot ||
               t.tag == TagId::Th || t.tag == TagId::Thead || t.tag == TagId::Tr)) ||
             (t.type == TokenType::EndTag && t.tag == TagId::Table)) {
    close = reprocess = true;
  } else if (t.type == TokenType::EndTag &&
             (t.tag == TagId::Body || t.tag == TagId::Col || t.tag == TagId::Colgroup ||
              t.tag == TagId::Html || t.tag == TagId::Tbody || t.tag == TagId::Td ||
              t.tag == TagId::Tfoot || t.tag == TagId::Th || t.tag == TagId::Thead ||
              t.tag == TagId::Tr)) {
    error();
    return Step::Done;
  }
  if (!close) return in_body(t);
  if (!open.in_scope(TagId::Caption, Scope::Table)) {
    error();
    return Step::Done;
  }
  generate_implied_end_tags();
  if (!current_is(TagId::Caption)) error();
  pop_until(TagId::Caption);
  active.clear_to_last_marker();
  mode = Mode::InTable;
  return reprocess ? Step::Reprocess : Step::Done;
}

// §13.2.6.4.12
Step TreeBuilder::Impl::in_column_group(Token& t) {
  switch (t.type) {
    case TokenType::Characters:
      if (insert_leading_whitespace(t)) return Step::Done;
      break;
    case TokenType::Comment: insert_comment(t.data); return Step::Done;
    case TokenType::Doctype: error(); return Step::Done;
    case TokenType::StartTag:
      if (t.tag == TagId::Html) return in_body(t);
      if (t.tag == TagId::Col) {
        insert_html_element(t);
        open.pop();
        return Step::Done;
      }
      if (t.tag == TagId::Template) return in_head(t);
      break;
    case TokenType::EndTag:
      if (t.tag == TagId::Colgroup) {
        if (!current_is(TagId::Colgroup)) {
          error();
          return Step::Done;
        }
        open.pop();
        mode = Mode::InTable;
        return Step::Done;
      }
      if (t.tag == TagId::Col) {
        error();
        return Step::Done;
      }
      if (t.tag == TagId::Template) return in_head(t);
      break;
    case TokenType::EndOfFile: return in_body(t);
  }
  if (!current_is(TagId::Colgroup)) {
    error();
    return Step::Done;
  }
  open.pop();
  mode = Mode::InTable;
  return Step::Reprocess;
}

// §13.2.6.4.13
Step TreeBuilder::Impl::in_table_body(Token& t) {
  if (t.type == TokenType::StartTag) {
    switch (t.tag) {
      case TagId::Tr:
        clear_stack_back_to(kTableBodyContext);
        insert_html_element(t);
        mode = Mode::InRow;
        return Step::Done;
      case TagId::Th: case TagId::Td:
        error();
        clear_stack_back_to(kTableBodyContext);
        insert_html_element(TagId::Tr);
        mode = Mode::InRow;
        return Step::Reprocess;
      case TagId::Caption: case TagId::Col: case TagId::Colgroup: case TagId::Tbody:
      case TagId::Tfoot: case TagId::Thead:
        if (!open.any_in_scope({TagId::Tbody, TagId::Thead, TagId::Tfoot}, Scope::Table)) {
          error();
          return Step::Done;
        }
        clear_stack_back_to(kTableBodyContext);
        open.pop();
        mode = Mode::InTable;
        return Step::Reprocess;
      default: break;
    }
  } else if (t.type == TokenType::EndTag) {
    switch (t.tag) {
      case TagId::Tbody: case TagId::Tfoot: case TagId::Thead:
        if (!open.in_scope(t.tag, Scope::Table)) {
          error();
          return Step::Done;
        }
        clear_stack_back_to(kTableBodyContext);
        open.pop();
        mode = Mode::InTable;
        return Step::Done;
      case TagId::Table:
        if (!open.any_in_scope({TagId::Tbody, TagId::Thead, TagId::Tfoot}, Scope::Table)) {
          error();
          return Step::Done;
        }
        clear_stack_back_to(kTableBodyContext);
        open.pop();
        mode = Mode::InTable;
        return Step::Reprocess;
      case TagId::Body: case TagId::Caption: case TagId::Col: case TagId::Colgroup:
      case TagId::Html: case TagId::Td: case TagId::Th: case TagId::Tr:
        error();
        return Step::Done;
      default: break;
    }
  }
  return in_table(t);
}

// §13.2.6.4.14
Step TreeBuilder::Impl::in_row(Token& t) {
  auto close_row = [&]() -> bool {
    if (!open.in_scope(TagId::Tr, Scope::Table)) {
      error();
      return false;
    }
    clear_stack_back_to(kTableRowContext);
    open.pop();
    mode = Mode::InTableBody;
    return true;
  };
  if (t.type == TokenType::StartTag) {
    switch (t.tag) {
      case TagId::Th: case TagId::Td:
        clear_stack_back_to(kTableRowContext);
        insert_html_element(t);
        mode = Mode::InCell;
        active.push_marker();
        return Step::Done;
      case TagId::Caption: case TagId::Col: case TagId::Colgroup: case TagId::Tbody:
      case TagId::Tfoot: case TagId::Thead: case TagId::Tr:
        return close_row() ? Step::Reprocess : Step::Done;
      default: break;
    }
  } else if (t.type == TokenType::EndTag) {
    switch (t.tag) {
      case TagId::Tr: close_row(); return Step::Done;
      case TagId::Table: return close_row() ? Step::Reprocess : Step::Done;
      case TagId::Tbody: case TagId::Tfoot: case TagId::Thead:
        if (!open.in_scope(t.tag, Scope::Table)) {
          error();
          return Step::Done;
        }
        return close_row() ? Step::Reprocess : Step::Done;
      case TagId::Body: case TagId::Caption: case TagId::Col: case TagId::Colgroup:
      case TagId::Html: case TagId::Td: case TagId::Th:
        error();
        return Step::Done;
      default: break;
    }
  }
  return in_table(t);
}

// §13.2.6.4.15 "close the cell".
void TreeBuilder::Impl::close_cell() {
  generate_implied_end_tags();
  Node* cur = current();
  if (!(cur->ns == Namespace::Html && kCells.contains(cur->tag))) error();
  pop_until_one_of(kCells);
  active.clear_to_last_marker();
  mode = Mode::InRow;
}

// §13.2.6.4.15
Step TreeBuilder::Impl::in_cell(Token& t) {
  if (t.type == TokenType::EndTag) {
    switch (t.tag) {
      case TagId::Td: case TagId::Th:
        if (!open.in_scope(t.tag, Scope::Table)) {
          error();
          return Step::Done;
        }
        generate_implied_end_tags();
        if (!current_is(t.tag)) error();
        pop_until(t.tag);
        active.clear_to_last_marker();
        mode = Mode::InRow;
        return Step::Done;
      case TagId::Body: case TagId::Caption: case TagId::Col: case TagId::Colgroup:
      case TagId::Html:
        error();
        return Step::Done;
      case TagId::Table: case TagId::Tbody: case TagId::Tfoot: case TagId::Thead:
      case TagId::Tr:
        if (!open.in_scope(t.tag, Scope::Table)) {
          error();
          return Step::Done;
        }
        close_cell();
        return Step::Reprocess;
      default: break;
    }
  } else if (t.type == TokenType::StartTag) {
    switch (t.tag) {
      case TagId::Caption: case TagId::Col: case TagId::Colgroup: case TagId::Tbody:
      case TagId::Td: case TagId::Tfoot: case TagId::Th: case TagId::Thead: case TagId::Tr:
        if (!open.any_in_scope({TagId::Td, TagId::Th}, Scope::Table)) {
          error();
          return Step::Done;
        }
        close_cell();
        return Step::Reprocess;
      default: break;
    }
  }
  return in_body(t);
}

}  // namespace pith::html
