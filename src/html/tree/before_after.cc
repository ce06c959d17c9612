// Insertion modes around the document body (HTML Standard §13.2.6.4.1–3, .6,
// .19–23): initial, before html, before head, after head, after body, in
// frameset, after frameset, after after body, after after frameset.
#include "html/tree/tree_builder_impl.h"

namespace pith::html {

using dom::Namespace;
using dom::Node;
using dom::TagId;
using namespace tree;
using Step = TreeBuilder::Impl::Step;

// §13.2.6.4.1
Step TreeBuilder::Impl::initial(Token& t) {
  switch (t.type) {
    case TokenType::Characters:
      t.data.remove_prefix(leading_whitespace(t.data));
      if (t.data.empty()) return Step::Done;
      break;
    case TokenType::Comment: append_comment_to(doc.root(), t.data); return Step::Done;
    case TokenType::Doctype: {
      Node* dt = doc.create_doctype(t.has_name ? t.name : std::string_view{}, t.public_id,
                                    t.system_id, t.has_public_id, t.has_system_id);
      dom::Document::append_child(doc.root(), dt);
      doc.quirks_mode = quirks_mode_for(t);
      mode = Mode::BeforeHtml;
      return Step::Done;
    }
    default: break;
  }
  error();
  doc.quirks_mode = dom::QuirksMode::Quirks;
  mode = Mode::BeforeHtml;
  return Step::Reprocess;
}

// §13.2.6.4.2
Step TreeBuilder::Impl::before_html(Token& t) {
  switch (t.type) {
    case TokenType::Doctype: error(); return Step::Done;
    case TokenType::Comment: append_comment_to(doc.root(), t.data); return Step::Done;
    case TokenType::Characters:
      t.data.remove_prefix(leading_whitespace(t.data));
      if (t.data.empty()) return Step::Done;
      break;
    case TokenType::StartTag:
      if (t.tag == TagId::Html) {
        Node* html = create_element(t, Namespace::Html);
        dom::Document::append_child(doc.root(), html);
        open.push(html);
        mode = Mode::BeforeHead;
        return Step::Done;
      }
      break;
    case TokenType::EndTag:
      if (t.tag != TagId::Head && t.tag != TagId::Body && t.tag != TagId::Html &&
          t.tag != TagId::Br) {
        error();
        return Step::Done;
      }
      break;
    default: break;
  }
  Node* html = doc.create_element(TagId::Html, "html");
  dom::Document::append_child(doc.root(), html);
  open.push(html);
  mode = Mode::BeforeHead;
  return Step::Reprocess;
}

// §13.2.6.4.3
Step TreeBuilder::Impl::before_head(Token& t) {
  switch (t.type) {
    case TokenType::Characters:
      t.data.remove_prefix(leading_whitespace(t.data));
      if (t.data.empty()) return Step::Done;
      break;
    case TokenType::Comment: insert_comment(t.data); return Step::Done;
    case TokenType::Doctype: error(); return Step::Done;
    case TokenType::StartTag:
      if (t.tag == TagId::Html) return in_body(t);
      if (t.tag == TagId::Head) {
        head = insert_html_element(t);
        mode = Mode::InHead;
        return Step::Done;
      }
      break;
    case TokenType::EndTag:
      if (t.tag != TagId::Head && t.tag != TagId::Body && t.tag != TagId::Html &&
          t.tag != TagId::Br) {
        error();
        return Step::Done;
      }
      break;
    default: break;
  }
  head = insert_html_element(TagId::Head);
  mode = Mode::InHead;
  return Step::Reprocess;
}

// §13.2.6.4.6
Step TreeBuilder::Impl::after_head(Token& t) {
  switch (t.type) {
    case TokenType::Characters:
      if (insert_leading_whitespace(t)) return Step::Done;
      break;
    case TokenType::Comment: insert_comment(t.data); return Step::Done;
    case TokenType::Doctype: error(); return Step::Done;
    case TokenType::StartTag:
      switch (t.tag) {
        case TagId::Html: return in_body(t);
        case TagId::Body:
          insert_html_element(t);
          frameset_ok = false;
          mode = Mode::InBody;
          return Step::Done;
        case TagId::Frameset:
          insert_html_element(t);
          mode = Mode::InFrameset;
          return Step::Done;
        case TagId::Base: case TagId::Basefont: case TagId::Bgsound: case TagId::Link:
        case TagId::Meta: case TagId::Noframes: case TagId::Script: case TagId::Style:
        case TagId::Template: case TagId::Title: {
          error();
          open.push(head);
          Step s = in_head(t);
          uint32_t p = open.find(head);
          if (p != OpenElementStack::kNone) open.remove_at(p);
          return s;
        }
        case TagId::Head: error(); return Step::Done;
        default: break;
      }
      break;
    case TokenType::EndTag:
      if (t.tag == TagId::Template) return in_head(t);
      if (t.tag != TagId::Body && t.tag != TagId::Html && t.tag != TagId::Br) {
        error();
        return Step::Done;
      }
      break;
    default: break;
  }
  insert_html_element(TagId::Body);
  mode = Mode::InBody;
  return Step::Reprocess;
}

// §13.2.6.4.19
Step TreeBuilder::Impl::after_body(Token& t) {
  switch (t.type) {
    case TokenType::Characters:
      if (leading_whitespace_in_body(t)) return Step::Done;
      break;
    case TokenType::Comment: append_comment_to(open.at(0), t.data); return Step::Done;
    case TokenType::Doctype: error(); return Step::Done;
    case TokenType::StartTag:
      if (t.tag == TagId::Html) return in_body(t);
      break;
    case TokenType::EndTag:
      if (t.tag == TagId::Html) {
        if (fragment) {
          error();
          return Step::Done;
        }
        mode = Mode::AfterAfterBody;
        return Step::Done;
      }
      break;
    case TokenType::EndOfFile: return Step::Done;
  }
  error();
  mode = Mode::InBody;
  return Step::Reprocess;
}

// Frameset modes keep only the whitespace of a character run.
void TreeBuilder::Impl::insert_whitespace_only(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    size_t j = i;
    while (j < s.size() && is_html_whitespace(s[j])) ++j;
    if (j > i) insert_characters(s.substr(i, j - i));
    if (j < s.size()) error();
    while (j < s.size() && !is_html_whitespace(s[j])) ++j;
    i = j;
  }
}

// §13.2.6.4.20
Step TreeBuilder::Impl::in_frameset(Token& t) {
  switch (t.type) {
    case TokenType::Characters: insert_whitespace_only(t.data); return Step::Done;
    case TokenType::Comment: insert_comment(t.data); return Step::Done;
    case TokenType::Doctype: error(); return Step::Done;
    case TokenType::StartTag:
      switch (t.tag) {
        case TagId::Html: return in_body(t);
        case TagId::Frameset: insert_html_element(t); return Step::Done;
        case TagId::Frame:
          insert_html_element(t);
          open.pop();
          return Step::Done;
        case TagId::Noframes: return in_head(t);
        default: break;
      }
      break;
    case TokenType::EndTag:
      if (t.tag == TagId::Frameset) {
        if (open.size() == 1) {
          error();
          return Step::Done;
        }
        open.pop();
        if (!fragment && !current_is(TagId::Frameset)) mode = Mode::AfterFrameset;
        return Step::Done;
      }
      break;
    case TokenType::EndOfFile:
      if (open.size() != 1) error();
      return Step::Done;
  }
  error();
  return Step::Done;
}

// §13.2.6.4.21
Step TreeBuilder::Impl::after_frameset(Token& t) {
  switch (t.type) {
    case TokenType::Characters: insert_whitespace_only(t.data); return Step::Done;
    case TokenType::Comment: insert_comment(t.data); return Step::Done;
    case TokenType::Doctype: error(); return Step::Done;
    case TokenType::StartTag:
      if (t.tag == TagId::Html) return in_body(t);
      if (t.tag == TagId::Noframes) return in_head(t);
      break;
    case TokenType::EndTag:
      if (t.tag == TagId::Html) {
        mode = Mode::AfterAfterFrameset;
        return Step::Done;
      }
      break;
    case TokenType::EndOfFile: return Step::Done;
  }
  error();
  return Step::Done;
}

// §13.2.6.4.22
Step TreeBuilder::Impl::after_after_body(Token& t) {
  switch (t.type) {
    case TokenType::Comment: append_comment_to(doc.root(), t.data); return Step::Done;
    case TokenType::Doctype: return in_body(t);
    case TokenType::Characters:
      if (leading_whitespace_in_body(t)) return Step::Done;
      break;
    case TokenType::StartTag:
      if (t.tag == TagId::Html) return in_body(t);
      break;
    case TokenType::EndOfFile: return Step::Done;
    default: break;
  }
  error();
  mode = Mode::InBody;
  return Step::Reprocess;
}

// §13.2.6.4.23
Step TreeBuilder::Impl::after_after_frameset(Token& t) {
  switch (t.type) {
    case TokenType::Comment: append_comment_to(doc.root(), t.data); return Step::Done;
    case TokenType::Doctype: return in_body(t);
    case TokenType::Characters: {
      // Whitespace is processed using the in body rules, the rest is ignored.
      size_t i = 0;
      std::string_view s = t.data;
      while (i < s.size()) {
        size_t j = i;
        while (j < s.size() && is_html_whitespace(s[j])) ++j;
        if (j > i) {
          Token w = t;
          w.data = s.substr(i, j - i);
          in_body(w);
        }
        while (j < s.size() && !is_html_whitespace(s[j])) ++j;
        i = j;
      }
      return Step::Done;
    }
    case TokenType::StartTag:
      if (t.tag == TagId::Html) return in_body(t);
      if (t.tag == TagId::Noframes) return in_head(t);
      break;
    case TokenType::EndOfFile: return Step::Done;
    default: break;
  }
  error();
  return Step::Done;
}

}  // namespace pith::html
