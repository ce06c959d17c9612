// Internal state of the tree builder (HTML Standard §13.2.4 "parse state") and
// the declarations of its per-insertion-mode handlers, which live one spec
// section group per file (before_after.cc, in_head.cc, in_body.cc, in_table.cc,
// in_template.cc, foreign_content.cc). Handlers return Step::Reprocess to have
// the dispatcher run the token again in the (new) current insertion mode instead
// of recursing; "process using the rules for X" is a direct, bounded-depth call.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dom/document.h"
#include "html/tokenizer/tokenizer.h"
#include "html/tree/formatting_list.h"
#include "html/tree/open_element_stack.h"
#include "html/tree/tag_sets.h"
#include "html/tree/tree_builder.h"

namespace pith::html {

namespace tree {

// §13.2.4.1 insertion modes. "In select" and "in select in table" are gone from
// the current standard: select content is handled by "in body".
enum class Mode : uint8_t {
  Initial, BeforeHtml, BeforeHead, InHead, InHeadNoscript, AfterHead, InBody, Text,
  InTable, InTableText, InCaption, InColumnGroup, InTableBody, InRow, InCell, InTemplate,
  AfterBody, InFrameset, AfterFrameset, AfterAfterBody, AfterAfterFrameset
};

enum class Step : uint8_t { Done, Reprocess };

inline bool is_html_whitespace(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r';
}
// Length of the leading run of ASCII whitespace.
inline size_t leading_whitespace(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && is_html_whitespace(s[i])) ++i;
  return i;
}

// §13.2.6.1 quirks.cc: the quirks mode a DOCTYPE token selects.
dom::QuirksMode quirks_mode_for(const Token& doctype);

// foreign_adjustments.cc (§13.2.6.1 "adjust SVG attributes" and friends).
std::string_view adjusted_svg_tag_name(std::string_view lowercase_name);
// Rewrites `attrs` in place; returns true when anything changed.
void adjust_svg_attributes(std::vector<dom::Attribute>& attrs);
void adjust_mathml_attributes(std::vector<dom::Attribute>& attrs);
void adjust_foreign_attributes(std::vector<dom::Attribute>& attrs);

}  // namespace tree

struct TreeBuilder::Impl {
  using Mode = tree::Mode;
  using Step = tree::Step;
  using Node = dom::Node;
  using TagId = dom::TagId;

  Impl(dom::Document& d, Tokenizer& t, bool script, size_t depth)
      : doc(d), tokenizer(t), scripting(script), max_depth(depth) {}

  // tree_builder.cc: the driver and shared algorithms (§13.2.6.1–§13.2.6.3).
  void run();
  void setup_fragment(const FragmentContext& ctx);
  void finish();
  void process(Token& t);
  Step dispatch(Mode m, Token& t);
  bool use_html_rules(const Token& t) const;
  Node* adjusted_current() const {
    return (fragment && open.size() == 1) ? context : open.current();
  }
  Node* current() const { return open.current(); }
  bool current_is(TagId t) const {
    Node* n = open.current();
    return n && n->ns == dom::Namespace::Html && n->tag == t;
  }
  void error() { ++doc.parse_errors; }

  struct InsertPos {
    Node* parent;
    Node* before;
  };
  InsertPos appropriate_place(Node* override_target = nullptr);
  // Where a new element goes: the appropriate place, or, once max_depth
  // elements are open, beside the current node.
  InsertPos element_place();
  Node* create_element(const Token& t, dom::Namespace ns);
  Node* clone_element(const Node* n);
  Node* insert_html_element(const Token& t);
  Node* insert_html_element(TagId tag);
  Node* insert_foreign_element(const Token& t, dom::Namespace ns);
  void insert_characters(std::string_view s);
  // Several modes insert a character token's leading whitespace and handle
  // the rest as "anything else": true when nothing is left.
  bool insert_leading_whitespace(Token& t);
  // The same, with the whitespace processed by the "in body" rules.
  bool leading_whitespace_in_body(Token& t);
  void insert_comment(std::string_view data);
  void append_comment_to(Node* parent, std::string_view data);
  void generate_implied_end_tags(TagId except = TagId::Unknown);
  void generate_implied_end_tags_thoroughly();
  void pop_until(TagId t);            // pops up to and including an HTML t
  void pop_until_one_of(dom::TagSet set);
  void pop_until_node(Node* n);
  void clear_stack_back_to(dom::TagSet set);
  void close_p();
  void reconstruct_formatting();
  void reset_insertion_mode();
  void parse_generic_text(const Token& t, TokenizerState state);
  void add_missing_attributes(Node* element, const Token& t);
  // selected_content.cc: "maybe clone an option into selectedcontent" for the
  // options popped since the last call.
  void clone_popped_options();

  // adoption_agency.cc (§13.2.6.4.7): false means "act as any other end tag".
  bool adoption_agency(const Token& t);
  void any_other_end_tag(const Token& t);

  // Insertion modes.
  Step initial(Token& t);
  Step before_html(Token& t);
  Step before_head(Token& t);
  Step in_head(Token& t);
  Step in_head_noscript(Token& t);
  Step after_head(Token& t);
  Step in_body(Token& t);
  Step in_body_start_tag(Token& t);
  Step in_body_end_tag(Token& t);
  Step in_body_select_start_tag(Token& t);  // in_select.cc
  Step in_body_characters(std::string_view s);
  Step text(Token& t);
  Step in_table(Token& t);
  Step in_table_anything_else(Token& t);
  Step in_table_text(Token& t);
  Step in_caption(Token& t);
  Step in_column_group(Token& t);
  Step in_table_body(Token& t);
  Step in_row(Token& t);
  Step in_cell(Token& t);
  void close_cell();
  Step in_template(Token& t);
  Step after_body(Token& t);
  Step in_frameset(Token& t);
  Step after_frameset(Token& t);
  Step after_after_body(Token& t);
  Step after_after_frameset(Token& t);
  Step foreign_content(Token& t);
  void insert_whitespace_only(std::string_view s);

  dom::Document& doc;
  Tokenizer& tokenizer;
  bool scripting;
  size_t max_depth;  // 0: unlimited

  Mode mode = Mode::Initial;
  Mode original_mode = Mode::Initial;
  std::vector<Mode> template_modes;
  tree::OpenElementStack open;
  tree::FormattingList active;
  Node* head = nullptr;
  Node* form = nullptr;
  bool frameset_ok = true;
  bool foster_parenting = false;
  bool skip_newline = false;
  bool cdata_allowed = false;

  bool fragment = false;
  Node* context = nullptr;
  Node* fragment_html = nullptr;

  std::string pending_text;  // "pending table character tokens"
  bool pending_has_text = false;
  std::vector<dom::Attribute> scratch_attrs;
  std::vector<uint32_t> removed_positions;  // adoption agency scratch
  // The text node whose buffer the builder over-allocated, for amortised
  // appends when text cannot grow in place at the end of the arena.
  Node* grow_text = nullptr;
  const char* grow_buffer = nullptr;
  size_t grow_capacity = 0;
  // selected_content.cc: the select whose options are being popped.
  struct SelectState {
    Node* select = nullptr;
    const Node* first_enabled = nullptr;
    bool any_selected = false;
    Node* target = nullptr;  // its first <selectedcontent>
  } select_state;
  // Filled only once a <selectedcontent> element exists.
  std::vector<Node*> popped_options;
};

}  // namespace pith::html
