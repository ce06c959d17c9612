// Short grid rows (see the header).
#include "extract/grid_row.h"

#include <cstddef>
#include <string_view>

#include "dom/document.h"
#include "extract/block_tags.h"

namespace pith::extraction {
namespace {

using dom::Node;
using dom::TagId;

// A grid framework's column class: Bootstrap's "col", "col-md-4", "col_6",
// Foundation's "columns", BEM's "grid__col" / "row__column-2".
bool is_grid_column_class(std::string_view w) {
  if (w == "col" || w == "column" || w == "columns") return true;
  if (w.starts_with("col-") || w.starts_with("col_")) return true;
  size_t k = w.find("__col");
  if (k == std::string_view::npos) return false;
  std::string_view rest = w.substr(k + 5);
  if (rest.starts_with("umn")) rest.remove_prefix(3);
  return rest.empty() || rest[0] == '-';
}

bool has_grid_column_class(const Node* n) {
  const dom::Attribute* a = n->attribute("class");
  if (!a) return false;
  std::string_view v = a->value;
  for (size_t i = 0; i < v.size();) {
    while (i < v.size() && (v[i] == ' ' || v[i] == '\t' || v[i] == '\n')) ++i;
    size_t b = i;
    while (i < v.size() && v[i] != ' ' && v[i] != '\t' && v[i] != '\n') ++i;
    if (i > b && is_grid_column_class(v.substr(b, i - b))) return true;
  }
  return false;
}

// At most this many columns holding at most kGridRowMaxChars bytes of text
// (whitespace not counted: templates indent text by a hundred spaces).
// Wider rows are page layout (main column beside a sidebar) and stay blocks.
constexpr size_t kGridRowMaxColumns = 4;
constexpr size_t kGridRowMaxChars = 120;
// Nodes looked at under the columns before giving up (bounds the check on
// markup-heavy columns).
constexpr size_t kGridRowMaxNodes = 64;

}  // namespace

bool is_short_grid_row(const dom::Node* row) {
  size_t columns = 0, chars = 0, nodes = 0;
  for (const Node* c = row->first_child; c; c = c->next_sibling) {
    if (c->is_text()) {
      if (c->data.find_first_not_of(" \t\n\r\f") != std::string_view::npos) return false;
      continue;
    }
    if (!c->is_element()) continue;
    if (!c->is_html(TagId::Div) || ++columns > kGridRowMaxColumns || !has_grid_column_class(c)) return false;
    for (const Node* d = c->first_child; d; d = dom::next_in_preorder(d, c)) {
      if (++nodes > kGridRowMaxNodes) return false;
      if (d->is_text()) {
        for (char ch : d->data) chars += ch != ' ' && ch != '\n' && ch != '\t' && ch != '\r';
        if (chars > kGridRowMaxChars) return false;
      }
      if (d->is_element() && (kBlockTags.contains(d->tag) || d->tag == TagId::Br)) return false;
    }
  }
  return columns >= 2;
}

}  // namespace pith::extraction
