// Tree builder driver and the shared algorithms of HTML Standard §13.2.6:
// the tree construction dispatcher (§13.2.6), creating and inserting nodes
// (§13.2.6.1), generic text parsing (§13.2.6.2), implied end tags (§13.2.6.3),
// reconstruction of formatting elements (§13.2.4.3), resetting the insertion
// mode (§13.2.4.1) and the fragment parsing set-up (§13.4).
#include <algorithm>
#include <cstring>
#include <unordered_set>

#include "html/tree/tree_builder_impl.h"

namespace pith::html {

using dom::Namespace;
using dom::Node;
using dom::TagId;
using namespace tree;

TreeBuilder::TreeBuilder(dom::Document& document, Tokenizer& tokenizer, bool scripting,
                         size_t max_depth)
    : impl_(std::make_unique<Impl>(document, tokenizer, scripting, max_depth)) {}
TreeBuilder::~TreeBuilder() = default;

void TreeBuilder::set_fragment_context(const FragmentContext& context) {
  impl_->setup_fragment(context);
}

void TreeBuilder::run() { impl_->run(); }

// ---------------------------------------------------------------------------
// Driver

void TreeBuilder::Impl::run() {
  for (;;) {
    Node* acn = adjusted_current();
    bool foreign = acn && acn->ns != Namespace::Html;
    if (foreign != cdata_allowed) {
      cdata_allowed = foreign;
      tokenizer.set_cdata_allowed(foreign);
    }
    Token t = tokenizer.next();
    if (skip_newline) {
      skip_newline = false;
      if (t.type == TokenType::Characters && !t.data.empty() && t.data[0] == '\n') {
        t.data.remove_prefix(1);
        if (t.data.empty()) continue;
      }
    }
    process(t);
    if (!popped_options.empty()) clone_popped_options();
    if (t.type == TokenType::EndOfFile) break;
  }
  finish();
}

void TreeBuilder::Impl::finish() {
  doc.parse_errors += tokenizer.parse_errors();
  // "Stop parsing": pop all the nodes (this also clears the on-stack flags).
  while (!open.empty()) {
    open.pop();
    if (!popped_options.empty()) clone_popped_options();
  }
  active.clear();
  if (fragment && fragment_html) {
    Node* root = doc.root();
    dom::Document::detach(fragment_html);
    root->type = dom::NodeType::DocumentFragment;
    dom::Document::move_children(fragment_html, root);
  }
}

// §13.2.6 tree construction dispatcher.
bool TreeBuilder::Impl::use_html_rules(const Token& t) const {
  const Node* n = adjusted_current();
  if (!n || n->ns == Namespace::Html || t.type == TokenType::EndOfFile) return true;
  bool start = t.type == TokenType::StartTag;
  if (n->ns == Namespace::MathMl) {
    bool text_ip = n->tag == TagId::Mi || n->tag == TagId::Mo || n->tag == TagId::Mn ||
                   n->tag == TagId::Ms || n->tag == TagId::Mtext;
    if (text_ip) {
      if (start && t.tag != TagId::Mglyph && t.tag != TagId::Malignmark) return true;
      if (t.type == TokenType::Characters) return true;
    }
    if (n->tag == TagId::Annotation_xml && start && t.tag == TagId::Svg) return true;
    if (n->tag == TagId::Annotation_xml && (start || t.type == TokenType::Characters)) {
      // HTML integration point: encoding="text/html" or "application/xhtml+xml".
      if (const dom::Attribute* enc = n->attribute("encoding")) {
        auto ieq = [](std::string_view a, std::string_view b) {
          if (a.size() != b.size()) return false;
          for (size_t i = 0; i < a.size(); ++i) {
            char c = a[i];
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
            if (c != b[i]) return false;
          }
          return true;
        };
        if (ieq(enc->value, "text/html") || ieq(enc->value, "application/xhtml+xml")) return true;
      }
    }
    return false;
  }
  // SVG: foreignObject, desc and title are HTML integration points.
  if ((n->tag == TagId::Foreignobject || n->tag == TagId::Desc || n->tag == TagId::Title) &&
      (start || t.type == TokenType::Characters))
    return true;
  return false;
}

void TreeBuilder::Impl::process(Token& t) {
  for (;;) {
    Step s = use_html_rules(t) ? dispatch(mode, t) : foreign_content(t);
    if (s == Step::Done) return;
  }
}

TreeBuilder::Impl::Step TreeBuilder::Impl::dispatch(Mode m, Token& t) {
  switch (m) {
    case Mode::Initial: return initial(t);
    case Mode::BeforeHtml: return before_html(t);
    case Mode::BeforeHead: return before_head(t);
    case Mode::InHead: return in_head(t);
    case Mode::InHeadNoscript: return in_head_noscript(t);
    case Mode::AfterHead: return after_head(t);
    case Mode::InBody: return in_body(t);
    case Mode::Text: return text(t);
    case Mode::InTable: return in_table(t);
    case Mode::InTableText: return in_table_text(t);
    case Mode::InCaption: return in_caption(t);
    case Mode::InColumnGroup: return in_column_group(t);
    case Mode::InTableBody: return in_table_body(t);
    case Mode::InRow: return in_row(t);
    case Mode::InCell: return in_cell(t);
    case Mode::InTemplate: return in_template(t);
    case Mode::AfterBody: return after_body(t);
    case Mode::InFrameset: return in_frameset(t);
    case Mode::AfterFrameset: return after_frameset(t);
    case Mode::AfterAfterBody: return after_after_body(t);
    case Mode::AfterAfterFrameset: return after_after_frameset(t);
  }
  return Step::Done;
}

// ---------------------------------------------------------------------------
// §13.2.6.1 Creating and inserting nodes

TreeBuilder::Impl::InsertPos TreeBuilder::Impl::appropriate_place(Node* target) {
  if (!target) target = open.current();
  InsertPos p{target, nullptr};
  if (foster_parenting && target->ns == Namespace::Html && kFosterTargets.contains(target->tag)) {
    uint32_t table = open.top_of(TagId::Table);
    uint32_t tmpl = open.top_of(TagId::Template);
    if (tmpl != OpenElementStack::kNone && (table == OpenElementStack::kNone || tmpl > table)) {
      return {open.at(tmpl)->template_content, nullptr};
    }
    if (table == OpenElementStack::kNone) {
      p = {open.at(0), nullptr};  // fragment case
    } else {
      Node* t = open.at(table);
      if (t->parent)
        p = {t->parent, t};
      else
        p = {open.at(table - 1), nullptr};
    }
  }
  if (p.parent->is_html(TagId::Template) && p.parent->template_content)
    p = {p.parent->template_content, nullptr};
  return p;
}

// ParseOptions::max_tree_depth: with that many elements open, an element is
// attached to the current node's parent, after the current node (Blink's rule). Only the
// DOM flattens; the stack of open elements, and so every parsing decision,
// stays the standard's.
TreeBuilder::Impl::InsertPos TreeBuilder::Impl::element_place() {
  InsertPos p = appropriate_place();
  if (max_depth && open.size() >= max_depth && p.before == nullptr && p.parent == open.current() &&
      p.parent->parent && p.parent->parent->type == dom::NodeType::Element)
    p = {p.parent->parent, nullptr};
  return p;
}

Node* TreeBuilder::Impl::create_element(const Token& t, Namespace ns) {
  Node* el = doc.create_element(t.tag, t.name, ns);
  if (!t.attributes.empty()) doc.set_attributes(el, t.attributes.data(), t.attributes.size());
  if (ns == Namespace::Html && t.tag == TagId::Template) el->template_content = doc.create_fragment();
  return el;
}

// "Create an element for the token for which the element node was created":
// the attributes are immutable arena data, so the clone shares them.
Node* TreeBuilder::Impl::clone_element(const Node* n) {
  Node* el = doc.create_element(n->tag, n->name, n->ns);
  el->attrs = n->attrs;
  el->attr_count = n->attr_count;
  return el;
}

Node* TreeBuilder::Impl::insert_html_element(const Token& t) {
  InsertPos p = element_place();
  Node* el = create_element(t, Namespace::Html);
  dom::Document::insert_before(p.parent, el, p.before);
  open.push(el);
  if (t.tag == TagId::Unknown && !open.popped_options && t.name == "selectedcontent")
    open.popped_options = &popped_options;
  return el;
}

Node* TreeBuilder::Impl::insert_html_element(TagId tag) {
  Token t;
  t.type = TokenType::StartTag;
  t.tag = tag;
  t.name = dom::tag_name(tag);
  return insert_html_element(t);
}

Node* TreeBuilder::Impl::insert_foreign_element(const Token& t, Namespace ns) {
  Token adjusted = t;
  if (ns == Namespace::Svg) adjusted.name = adjusted_svg_tag_name(t.name);
  if (!t.attributes.empty()) {
    scratch_attrs.assign(t.attributes.begin(), t.attributes.end());
    if (ns == Namespace::MathMl) adjust_mathml_attributes(scratch_attrs);
    if (ns == Namespace::Svg) adjust_svg_attributes(scratch_attrs);
    adjust_foreign_attributes(scratch_attrs);
    adjusted.attributes = scratch_attrs;
  }
  InsertPos p = element_place();
  Node* el = create_element(adjusted, ns);
  dom::Document::insert_before(p.parent, el, p.before);
  open.push(el);
  return el;
}

// "Insert a character", a run at a time: merged into a Text node right before
// the insertion point. When that node cannot grow in place at the end of the
// arena (something was allocated since, e.g. a comment inside a table while its
// text is foster-parented), its buffer is re-allocated with room to spare, so
// repeated appends stay linear in time and memory.
bool TreeBuilder::Impl::insert_leading_whitespace(Token& t) {
  size_t ws = leading_whitespace(t.data);
  insert_characters(t.data.substr(0, ws));
  t.data.remove_prefix(ws);
  return t.data.empty();
}

bool TreeBuilder::Impl::leading_whitespace_in_body(Token& t) {
  size_t ws = leading_whitespace(t.data);
  if (ws > 0) {
    Token w = t;
    w.data = t.data.substr(0, ws);
    in_body(w);
    t.data.remove_prefix(ws);
  }
  return t.data.empty();
}

void TreeBuilder::Impl::insert_characters(std::string_view s) {
  if (s.empty()) return;
  InsertPos p = appropriate_place();
  if (p.parent->type == dom::NodeType::Document) return;
  Node* prev = p.before ? p.before->prev_sibling : p.parent->last_child;
  if (!prev || prev->type != dom::NodeType::Text) {
    dom::Document::insert_before(p.parent, doc.create_text(s), p.before);
    return;
  }
  std::string_view old = prev->data;
  char* start = const_cast<char*>(old.data());
  if (prev == grow_text && old.data() == grow_buffer && old.size() + s.size() <= grow_capacity) {
    std::memcpy(start + old.size(), s.data(), s.size());
  } else if (!old.empty() && doc.arena().try_extend(old.data() + old.size(), s.size())) {
    std::memcpy(start + old.size(), s.data(), s.size());
  } else {
    constexpr size_t kMinCapacity = 64;
    size_t capacity = std::max(kMinCapacity, 2 * (old.size() + s.size()));
    start = static_cast<char*>(doc.arena().allocate(capacity, 1));
    std::memcpy(start, old.data(), old.size());
    std::memcpy(start + old.size(), s.data(), s.size());
    grow_text = prev;
    grow_buffer = start;
    grow_capacity = capacity;
  }
  prev->data = {start, old.size() + s.size()};
}

void TreeBuilder::Impl::insert_comment(std::string_view data) {
  InsertPos p = appropriate_place();
  dom::Document::insert_before(p.parent, doc.create_comment(data), p.before);
}

void TreeBuilder::Impl::append_comment_to(Node* parent, std::string_view data) {
  dom::Document::append_child(parent, doc.create_comment(data));
}

// "For each attribute on the token, check to see if the attribute is already
// present on the element; if not, add it". One new attribute array for the lot,
// and a hash set once the pairwise check would be large (<html> and <body> tags
// with 300k attributes are a hostile shape).
void TreeBuilder::Impl::add_missing_attributes(Node* element, const Token& t) {
  if (t.attributes.empty()) return;
  constexpr size_t kPairwiseLimit = 4096;
  std::vector<dom::Attribute> merged(element->attrs, element->attrs + element->attr_count);
  size_t old_count = merged.size();
  if (old_count * t.attributes.size() <= kPairwiseLimit) {
    for (const dom::Attribute& a : t.attributes) {
      bool present = false;
      for (size_t i = 0; i < old_count && !present; ++i)
        present = merged[i].name == a.name && merged[i].ns == a.ns;
      if (!present) merged.push_back(a);
    }
  } else {
    std::unordered_set<std::string_view> names;
    for (size_t i = 0; i < old_count; ++i) names.insert(merged[i].name);
    for (const dom::Attribute& a : t.attributes)
      if (!names.count(a.name)) merged.push_back(a);
  }
  if (merged.size() != old_count) doc.set_attributes(element, merged.data(), merged.size());
}

// ---------------------------------------------------------------------------
// §13.2.6.2 and §13.2.6.3

void TreeBuilder::Impl::parse_generic_text(const Token& t, TokenizerState state) {
  insert_html_element(t);
  tokenizer.set_state(state);
  original_mode = mode;
  mode = Mode::Text;
}

void TreeBuilder::Impl::generate_implied_end_tags(TagId except) {
  for (;;) {
    Node* n = open.current();
    if (n->ns != Namespace::Html || !kImpliedEndTags.contains(n->tag) || n->tag == except) return;
    open.pop();
  }
}

void TreeBuilder::Impl::generate_implied_end_tags_thoroughly() {
  for (;;) {
    Node* n = open.current();
    if (n->ns != Namespace::Html || !kImpliedEndTagsThorough.contains(n->tag)) return;
    open.pop();
  }
}

void TreeBuilder::Impl::pop_until(TagId t) {
  while (open.size() > 1) {
    Node* n = open.current();
    open.pop();
    if (n->ns == Namespace::Html && n->tag == t) return;
  }
}

void TreeBuilder::Impl::pop_until_one_of(dom::TagSet set) {
  while (open.size() > 1) {
    Node* n = open.current();
    open.pop();
    if (n->ns == Namespace::Html && set.contains(n->tag)) return;
  }
}

void TreeBuilder::Impl::pop_until_node(Node* target) {
  while (!open.empty()) {
    Node* n = open.current();
    open.pop();
    if (n == target) return;
  }
}

void TreeBuilder::Impl::clear_stack_back_to(dom::TagSet set) {
  for (;;) {
    Node* n = open.current();
    if (n->ns == Namespace::Html && set.contains(n->tag)) return;
    open.pop();
  }
}

// "Close a p element".
void TreeBuilder::Impl::close_p() {
  generate_implied_end_tags(TagId::P);
  if (!current_is(TagId::P)) error();
  pop_until(TagId::P);
}

// §13.2.4.3 "reconstruct the active formatting elements".
void TreeBuilder::Impl::reconstruct_formatting() {
  if (active.empty()) return;
  size_t last = active.size() - 1;
  Node* e = active.node_at(last);
  if (!e || open.contains(e)) return;
  size_t i = last;
  while (i > 0) {
    Node* prev = active.node_at(i - 1);
    if (!prev || open.contains(prev)) break;
    --i;
  }
  for (; i <= last; ++i) {
    Node* old = active.node_at(i);
    Node* el = clone_element(old);
    InsertPos p = appropriate_place();
    dom::Document::insert_before(p.parent, el, p.before);
    open.push(el);
    active.replace_at(i, el);
  }
}

// §13.2.4.1 "reset the insertion mode appropriately". The spec walks down the
// stack to the first element that decides the mode; only HTML elements with the
// tags below decide, so the walk is the topmost of their per-tag positions (a
// <table> closed under 100k <div>s must not rescan them). The bottom entry, the
// html element, stands for the context element in the fragment case.
void TreeBuilder::Impl::reset_insertion_mode() {
  static constexpr TagId kDeciding[] = {
      TagId::Td,      TagId::Th,       TagId::Tr,    TagId::Tbody,    TagId::Thead,
      TagId::Tfoot,   TagId::Caption,  TagId::Colgroup, TagId::Table, TagId::Template,
      TagId::Head,    TagId::Body,     TagId::Frameset};
  uint32_t best = OpenElementStack::kNone;
  for (TagId t : kDeciding) {
    uint32_t p = open.top_of(t);
    if (p != OpenElementStack::kNone && p > 0 && (best == OpenElementStack::kNone || p > best))
      best = p;
  }
  bool last = best == OpenElementStack::kNone;
  Node* node = last ? (fragment ? context : open.at(0)) : open.at(best);
  if (node->ns == Namespace::Html) {
    switch (node->tag) {
      case TagId::Td:
      case TagId::Th:
        if (!last) {
          mode = Mode::InCell;
          return;
        }
        break;
      case TagId::Tr: mode = Mode::InRow; return;
      case TagId::Tbody:
      case TagId::Thead:
      case TagId::Tfoot: mode = Mode::InTableBody; return;
      case TagId::Caption: mode = Mode::InCaption; return;
      case TagId::Colgroup: mode = Mode::InColumnGroup; return;
      case TagId::Table: mode = Mode::InTable; return;
      case TagId::Template:
        mode = template_modes.empty() ? Mode::InBody : template_modes.back();
        return;
      case TagId::Head:
        if (!last) {
          mode = Mode::InHead;
          return;
        }
        break;
      case TagId::Body: mode = Mode::InBody; return;
      case TagId::Frameset: mode = Mode::InFrameset; return;
      case TagId::Html: mode = head ? Mode::AfterHead : Mode::BeforeHead; return;
      default: break;
    }
  }
  mode = Mode::InBody;
}

// §13.4 HTML fragment parsing algorithm, steps that concern the tree builder.
void TreeBuilder::Impl::setup_fragment(const FragmentContext& ctx) {
  fragment = true;
  std::string lower(ctx.name);
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  TagId tag = dom::tag_id_from_name(lower);
  context = doc.create_element(tag, ctx.name, ctx.ns);
  if (ctx.ns == Namespace::Html) {
    switch (tag) {
      case TagId::Title:
      case TagId::Textarea: tokenizer.set_state(TokenizerState::Rcdata); break;
      case TagId::Style:
      case TagId::Xmp:
      case TagId::Iframe:
      case TagId::Noembed:
      case TagId::Noframes: tokenizer.set_state(TokenizerState::Rawtext); break;
      case TagId::Noscript:
        if (scripting) tokenizer.set_state(TokenizerState::Rawtext);
        break;
      case TagId::Script: tokenizer.set_state(TokenizerState::ScriptData); break;
      case TagId::Plaintext: tokenizer.set_state(TokenizerState::Plaintext); break;
      default: break;
    }
  }
  fragment_html = doc.create_element(TagId::Html, "html");
  dom::Document::append_child(doc.root(), fragment_html);
  open.push(fragment_html);
  if (context->is_html(TagId::Template)) template_modes.push_back(Mode::InTemplate);
  reset_insertion_mode();
  // The form element pointer: the context or its nearest form ancestor (the
  // context has no ancestors here).
  if (context->is_html(TagId::Form)) form = context;
}

}  // namespace pith::html
