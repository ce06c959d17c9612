// TreeBuilder: the WHATWG tree construction stage (HTML Standard §13.2.6).
// Pulls tokens from a Tokenizer and builds the tree into a dom::Document.
//
// Layout of src/html/tree (one spec section group per file, as lexbor does):
// tree_builder.cc (driver, dispatcher, node insertion, reset of the insertion
// mode, fragment set-up), before_after.cc, in_head.cc, in_body.cc,
// in_body_end_tags.cc, in_select.cc, in_table.cc, in_template.cc,
// foreign_content.cc, adoption_agency.cc, open_element_stack.*,
// formatting_list.*, quirks.cc, foreign_adjustments.cc, selected_content.cc.
// Handlers return "reprocess" instead of recursing. The stack of open elements
// indexes positions per tag and per scope boundary, so scope checks are O(1)
// and hostile nesting stays linear. While parsing, Node::flags bits 0x80 (on the
// stack) and 0x40 (in the formatting list) are used; both are clear on return.
#pragma once

#include <memory>
#include <string_view>

#include "dom/document.h"
#include "html/tokenizer/tokenizer.h"

namespace pith::html {

struct FragmentContext {
  dom::Namespace ns = dom::Namespace::Html;
  std::string_view name;  // local name, e.g. "td", "path"
};

class TreeBuilder {
 public:
  // max_depth: see ParseOptions::max_tree_depth (0: unlimited).
  TreeBuilder(dom::Document& document, Tokenizer& tokenizer, bool scripting, size_t max_depth = 0);
  ~TreeBuilder();
  TreeBuilder(const TreeBuilder&) = delete;
  TreeBuilder& operator=(const TreeBuilder&) = delete;

  // Switches to the fragment parsing algorithm with this context element.
  // Must be called before run().
  void set_fragment_context(const FragmentContext& context);

  // Consumes all tokens. For a fragment, afterwards the document root is a
  // DocumentFragment holding the result.
  void run();

  // Defined in tree_builder_impl.h; public only so that the per-insertion-mode
  // source files can name it.
  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace pith::html
