// Terse helpers for building ContentTrees by hand in the writer tests.
#pragma once

#include <string>

#include "extract/content_tree.h"

namespace pith::output::testing {

using extraction::ContentKind;
using extraction::ContentNode;
using extraction::ContentTree;
constexpr uint32_t kRoot = ContentTree::kRoot;

inline uint32_t node(ContentTree& t, uint32_t parent, ContentKind kind, std::string text = {},
                     std::string url = {}) {
  ContentNode n;
  n.kind = kind;
  n.text = std::move(text);
  n.url = std::move(url);
  return t.add(parent, std::move(n));
}

inline uint32_t text(ContentTree& t, uint32_t parent, std::string s) {
  return node(t, parent, ContentKind::Text, std::move(s));
}

// A block of `kind` holding one text run.
inline uint32_t block(ContentTree& t, uint32_t parent, ContentKind kind, std::string s) {
  uint32_t b = node(t, parent, kind);
  text(t, b, std::move(s));
  return b;
}

inline uint32_t para(ContentTree& t, uint32_t parent, std::string s) {
  return block(t, parent, ContentKind::Paragraph, std::move(s));
}

inline uint32_t heading(ContentTree& t, uint32_t parent, int level, std::string s) {
  uint32_t h = block(t, parent, ContentKind::Heading, std::move(s));
  t[h].level = static_cast<uint8_t>(level);
  return h;
}

inline uint32_t list(ContentTree& t, uint32_t parent, bool ordered) {
  uint32_t l = node(t, parent, ContentKind::List);
  t[l].ordered = ordered;
  return l;
}

inline uint32_t item(ContentTree& t, uint32_t list, std::string s) {
  return block(t, list, ContentKind::ListItem, std::move(s));
}

inline uint32_t span(ContentTree& t, uint32_t parent, ContentKind kind, std::string s, std::string url = {}) {
  uint32_t n = node(t, parent, kind, {}, std::move(url));
  text(t, n, std::move(s));
  return n;
}

inline uint32_t code_block(ContentTree& t, uint32_t parent, std::string code, std::string language = {}) {
  uint32_t c = node(t, parent, ContentKind::CodeBlock, std::move(code));
  t[c].language = std::move(language);
  return c;
}

// A table with `rows` of cells; the first row's cells are header cells when `header_row`.
inline uint32_t table(ContentTree& t, uint32_t parent, std::initializer_list<std::initializer_list<std::string>> rows,
                      bool header_row = true) {
  uint32_t tbl = node(t, parent, ContentKind::Table);
  bool first = true;
  for (const auto& row : rows) {
    uint32_t r = node(t, tbl, ContentKind::TableRow);
    for (const std::string& cell : row) {
      uint32_t c = block(t, r, ContentKind::TableCell, cell);
      t[c].header = first && header_row;
    }
    first = false;
  }
  return tbl;
}

}  // namespace pith::output::testing
