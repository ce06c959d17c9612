// TreeBuilder: the WHATWG tree construction stage (HTML Standard §13.2.6).
// Pulls tokens from a Tokenizer and builds the tree into a dom::Document.
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
  TreeBuilder(dom::Document& document, Tokenizer& tokenizer, bool scripting);
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
