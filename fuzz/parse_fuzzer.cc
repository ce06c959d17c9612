// libFuzzer entry point for the whole HTML parser (sniff → decode → tokenize →
// tree construction). The first input byte picks the options, so one corpus
// covers charset hints, fragment contexts (HTML, table, foreign) and the
// scripting flag; the rest is the document. After each parse the tree is
// walked once, checking the invariants every consumer relies on.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "dom/document.h"
#include "dom/tree_stats.h"
#include "html/parser.h"

namespace {

using pith::dom::Node;

// Charset hints: none, the common ones, a multi-byte legacy one, UTF-16
// (which a hint may not select for HTML: it must fall back) and a bogus label.
constexpr std::string_view kCharsets[] = {"", "utf-8", "windows-1252", "shift_jis", "gb18030",
                                          "utf-16le", "iso-2022-jp", "x-no-such-label"};
// Fragment contexts in the html5lib-tests #document-fragment syntax; "" parses
// a whole document.
constexpr std::string_view kContexts[] = {"", "", "body", "div", "td", "tbody", "caption", "table",
                                          "select", "template", "textarea", "plaintext", "svg desc",
                                          "math mi", "math annotation-xml", "html"};

// Aborts (so the fuzzer reports it) when the tree's links are inconsistent:
// every child points at its parent and its siblings point back. Template
// contents are queued rather than recursed into.
void check_links(const Node* document_root) {
  std::vector<const Node*> roots{document_root};
  while (!roots.empty()) {
    const Node* root = roots.back();
    roots.pop_back();
    for (const Node* n = root->first_child; n; n = pith::dom::next_in_preorder(n, root)) {
      if (n->parent == nullptr) std::abort();
      if (n->prev_sibling ? n->prev_sibling->next_sibling != n : n->parent->first_child != n) std::abort();
      if (n->next_sibling ? n->next_sibling->prev_sibling != n : n->parent->last_child != n) std::abort();
      if (n->template_content) roots.push_back(n->template_content);
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  uint8_t selector = data[0];
  std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);

  pith::ParseOptions options;
  options.charset = std::string(kCharsets[selector & 7]);
  options.fragment_context = std::string(kContexts[(selector >> 3) & 15]);
  options.scripting = (selector & 0x80) != 0;

  pith::dom::Document document = pith::html::parse(bytes, options);
  pith::dom::TreeStats stats = pith::dom::measure_tree(document.root());
  if (stats.nodes < stats.elements) std::abort();
  check_links(document.root());
  return 0;
}
