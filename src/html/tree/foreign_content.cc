// "The rules for parsing tokens in foreign content" (HTML Standard §13.2.6.5):
// SVG and MathML elements, the breakout start tags that return to HTML, the
// </br> and </p> special cases, and end tags matched by ASCII-lowercased name.
#include "html/tree/tree_builder_impl.h"

namespace pith::html {

using dom::Namespace;
using dom::Node;
using dom::TagId;
using namespace tree;
using Step = TreeBuilder::Impl::Step;

namespace {

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";

bool is_mathml_text_integration_point(const Node* n) {
  return n->ns == Namespace::MathMl &&
         (n->tag == TagId::Mi || n->tag == TagId::Mo || n->tag == TagId::Mn ||
          n->tag == TagId::Ms || n->tag == TagId::Mtext);
}

bool is_html_integration_point(const Node* n) {
  if (n->ns == Namespace::Svg)
    return n->tag == TagId::Foreignobject || n->tag == TagId::Desc || n->tag == TagId::Title;
  if (n->ns == Namespace::MathMl && n->tag == TagId::Annotation_xml) {
    const dom::Attribute* enc = n->attribute("encoding");
    if (!enc) return false;
    std::string lower(enc->value);
    for (char& c : lower)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return lower == "text/html" || lower == "application/xhtml+xml";
  }
  return false;
}

// Whether an element's ASCII-lowercased local name equals a (lowercase) end tag.
bool lowercase_name_is(const Node* n, const Token& t) {
  if (t.tag != TagId::Unknown) return n->tag == t.tag;
  if (n->tag != TagId::Unknown || n->name.size() != t.name.size()) return false;
  for (size_t i = 0; i < t.name.size(); ++i) {
    char c = n->name[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != t.name[i]) return false;
  }
  return true;
}

bool is_breakout(const Token& t) {
  if (kForeignBreakout.contains(t.tag)) return true;
  if (t.tag != TagId::Font) return false;
  for (const dom::Attribute& a : t.attributes)
    if (a.name == "color" || a.name == "face" || a.name == "size") return true;
  return false;
}

}  // namespace

Step TreeBuilder::Impl::foreign_content(Token& t) {
  switch (t.type) {
    case TokenType::Characters: {
      std::string_view s = t.data;
      size_t i = 0;
      while (i < s.size()) {
        size_t j = s.find('\0', i);
        if (j == std::string_view::npos) j = s.size();
        if (j > i) {
          std::string_view run = s.substr(i, j - i);
          insert_characters(run);
          if (frameset_ok)
            for (char c : run)
              if (!is_html_whitespace(c)) {
                frameset_ok = false;
                break;
              }
        }
        if (j < s.size()) {
          error();
          insert_characters(kReplacementCharacter);
        }
        i = j + 1;
      }
      return Step::Done;
    }
    case TokenType::Comment: insert_comment(t.data); return Step::Done;
    case TokenType::Doctype: error(); return Step::Done;
    case TokenType::StartTag: {
      if (is_breakout(t)) {
        error();
        while (!open.empty()) {
          Node* cur = current();
          if (cur->ns == Namespace::Html || is_mathml_text_integration_point(cur) ||
              is_html_integration_point(cur))
            break;
          open.pop();
        }
        // Reprocessed by the current insertion mode in HTML content (not the
        // dispatcher: in a fragment the adjusted current node stays foreign).
        return dispatch(mode, t);
      }
      Node* acn = adjusted_current();
      insert_foreign_element(t, acn->ns);
      if (t.self_closing) open.pop();
      return Step::Done;
    }
    case TokenType::EndTag: {
      if (t.tag == TagId::Br || t.tag == TagId::P) {
        error();
        while (!open.empty()) {
          Node* cur = current();
          if (cur->ns == Namespace::Html || is_mathml_text_integration_point(cur) ||
              is_html_integration_point(cur))
            break;
          open.pop();
        }
        return dispatch(mode, t);
      }
      // Any other end tag (the SVG </script> case reduces to the same pop). The
      // spec walks down from the current node over foreign elements until one
      // matches by lowercased name or an HTML element is reached; the name
      // index answers that without the walk.
      Node* cur = current();
      if (!lowercase_name_is(cur, t)) error();
      if (open.size() == 1) return Step::Done;  // fragment case
      uint32_t html = open.top_html();
      uint32_t p = open.top_named(t.name, true);
      if (p != OpenElementStack::kNone && (html == OpenElementStack::kNone || p > html)) {
        if (lowercase_name_is(open.at(p), t)) {
          pop_until_node(open.at(p));
          return Step::Done;
        }
        // A hash collision: walk as the spec does.
        for (size_t i = open.size() - 1; i > 0; --i) {
          Node* node = open.at(i);
          if (node->ns == Namespace::Html) break;
          if (lowercase_name_is(node, t)) {
            pop_until_node(node);
            return Step::Done;
          }
        }
      }
      return dispatch(mode, t);
    }
    case TokenType::EndOfFile: return dispatch(mode, t);
  }
  return Step::Done;
}

}  // namespace pith::html
