// Content tree building (see the header).
#include "extract/content_tree_builder.h"

#include <algorithm>
#include <string>

#include "extract/metadata/text_normalize.h"
#include "extract/metadata/url_parts.h"
#include "extract/scoring_constants.h"

namespace pith::extraction {
namespace {

using dom::TagId;

// The structural kind an element turns into, if any.
bool structural(TagId tag, ContentKind* kind) {
  switch (tag) {
    case TagId::Ul: case TagId::Ol: case TagId::Dl: case TagId::Menu: case TagId::Dir:
      *kind = ContentKind::List; return true;
    case TagId::Li: case TagId::Dd: case TagId::Dt: *kind = ContentKind::ListItem; return true;
    case TagId::Table: *kind = ContentKind::Table; return true;
    case TagId::Tr: *kind = ContentKind::TableRow; return true;
    case TagId::Td: case TagId::Th: *kind = ContentKind::TableCell; return true;
    case TagId::Blockquote: *kind = ContentKind::Quote; return true;
    case TagId::Figure: *kind = ContentKind::Figure; return true;
    default: return false;
  }
}

std::string_view image_source(const dom::Node* img) {
  // Lazy loaders keep the real source in data-* attributes.
  for (std::string_view name : {"data-src", "data-lazy-src", "data-original", "data-url", "src"}) {
    const dom::Attribute* a = img->attribute(name);
    if (a && !a->value.empty() && a->value.substr(0, 5) != "data:") return a->value;
  }
  if (const dom::Attribute* a = img->attribute("srcset")) {
    std::string_view v = metadata::trim(a->value);
    return v.substr(0, v.find(' '));
  }
  return {};
}

class Builder {
 public:
  Builder(const Segmentation& seg, const extraction::Settings& options, ContentTree& tree,
          const std::vector<uint32_t>& title_blocks)
      : seg_(seg), opt_(options), tree_(tree), title_blocks_(title_blocks),
        node_of_(seg.elements.size(), kNoIndex) {}

  void add(uint32_t bi, uint32_t root) {
    const Block& b = seg_.blocks[bi];
    // Structural elements between the root and the block, outermost first.
    path_.clear();
    for (uint32_t e = b.element; e != kNoIndex && e != root; e = seg_.elements[e].parent) {
      ContentKind k;
      if (structural(seg_.elements[e].tag, &k) && !layout_table_part(e)) path_.push_back(e);
    }
    uint32_t parent = ContentTree::kRoot;
    for (size_t i = path_.size(); i-- > 0;) {
      uint32_t e = path_[i];
      ContentKind kind;
      structural(seg_.elements[e].tag, &kind);
      parent = implied_container(kind, e, parent);
      if (node_of_[e] == kNoIndex || !alive(node_of_[e], parent)) {
        ContentNode n;
        n.kind = kind;
        n.ordered = seg_.elements[e].tag == TagId::Ol;
        n.header = seg_.elements[e].tag == TagId::Th;
        node_of_[e] = tree_.add(parent, std::move(n));
      }
      parent = node_of_[e];
    }
    // The block's own node.
    ContentKind own_kind = tree_[parent].kind;
    uint32_t target = parent;
    bool owner_structural = !path_.empty() && path_.front() == b.element;
    if (b.kind == BlockKind::Code) {
      ContentNode n;
      n.kind = ContentKind::CodeBlock;
      n.text = std::string(seg_.block_text(b));
      tree_.add(parent, std::move(n));
      return;
    }
    if (b.kind == BlockKind::Heading) {
      ContentNode n;
      n.kind = ContentKind::Heading;
      n.level = b.level;
      target = tree_.add(parent, std::move(n));
    } else if (owner_structural && (own_kind == ContentKind::ListItem ||
                                    own_kind == ContentKind::TableCell)) {
      target = parent;  // inline content straight in the item or cell
      // A <br> outside a paragraph ends a block, so an item or cell can get a
      // second one ("<li>Roasted lamb, Astoria.<br>Photo …</li>"): a line
      // break in an item, a space in a cell (its row stays one line of text),
      // not "Astoria.Photo". Other splits (an empty <div> that the page's
      // style sets inline) leave the runs together.
      if (b.after_break && !tree_[target].children.empty()) {
        ContentNode sep;
        sep.kind = own_kind == ContentKind::ListItem ? ContentKind::LineBreak : ContentKind::Text;
        if (sep.kind == ContentKind::Text) sep.text = " ";
        tree_.add(target, std::move(sep));
      }
    } else if (b.chars() == 0) {
      ContentNode n;
      n.kind = ContentKind::Figure;
      target = own_kind == ContentKind::Figure ? parent : tree_.add(parent, std::move(n));
    } else {
      ContentNode n;
      n.kind = ContentKind::Paragraph;
      target = tree_.add(parent, std::move(n));
    }
    // Only a top-level block is the headline: in a list or a table it is
    // part of that structure, which plain text must not lose a cell of.
    if (target != parent && parent == ContentTree::kRoot &&
        std::find(title_blocks_.begin(), title_blocks_.end(), bi) != title_blocks_.end())
      tree_[target].title = true;
    add_inline(b, target);
    last_parent_ = parent;
  }

 private:
  // An item, row or cell whose list, table or row is not in the content (an
  // <li> whose <ul> lies above the root, a <td> of a layout table) gets one
  // made for it, so every writer sees lists of items and tables of rows of
  // cells. Siblings share it while it is the parent's last child.
  uint32_t implied_container(ContentKind kind, uint32_t element, uint32_t parent) {
    ContentKind need;
    int slot;
    if (kind == ContentKind::ListItem) {
      need = ContentKind::List, slot = 0;
    } else if (kind == ContentKind::TableRow) {
      need = ContentKind::Table, slot = 1;
    } else if (kind == ContentKind::TableCell) {
      need = ContentKind::TableRow, slot = 2;
    } else {
      return parent;
    }
    if (tree_[parent].kind == need) return parent;
    if (need == ContentKind::TableRow) parent = implied_container(ContentKind::TableRow, element, parent);
    // Keyed by the element's parent: items of one <ul> share one list.
    const uint32_t key = seg_.elements[element].parent;
    if (key == kNoIndex) return parent;
    std::vector<uint32_t>& made = implied_[slot];
    if (made.empty()) made.assign(seg_.elements.size(), kNoIndex);
    if (made[key] == kNoIndex || !alive(made[key], parent)) {
      ContentNode n;
      n.kind = need;
      made[key] = tree_.add(parent, std::move(n));
    }
    return made[key];
  }

  // A table whose rows hold one cell each, a table of a few rows with a cell
  // of paragraphs (two blocks of paragraph length: columns of a page or a
  // box), or one marked role=presentation, lays out the page rather than
  // holding data: its cells' blocks stand on their own, so a headline or an
  // article in a layout column is not a one-column table in Markdown and
  // HTML, nor one line of plain text. A long data table may have a cell of
  // paragraphs (a film's description) and stays a table.
  static constexpr int kMaxLayoutRows = 3;
  bool layout_table_part(uint32_t e) {
    TagId tag = seg_.elements[e].tag;
    if (tag != TagId::Table && tag != TagId::Tr && tag != TagId::Td && tag != TagId::Th) return false;
    uint32_t table = e;
    while (table != kNoIndex && seg_.elements[table].tag != TagId::Table) table = seg_.elements[table].parent;
    if (table == kNoIndex) return false;
    if (layout_.empty()) layout_.assign(seg_.elements.size(), kUnknown);
    if (layout_[table] == kUnknown) layout_[table] = is_layout_table(table) ? kLayout : kData;
    return layout_[table] == kLayout;
  }

  bool is_layout_table(uint32_t table) const {
    const ElementInfo& t = seg_.elements[table];
    if (const dom::Attribute* role = t.node->attribute("role"))
      if (role->value == "presentation" || role->value == "none") return true;
    // Cells of this table's own rows: a row is the table's child or its
    // section's (tbody, thead, tfoot); nested tables do not count.
    auto own_row = [&](uint32_t row) {
      uint32_t p = seg_.elements[row].parent;
      if (p != kNoIndex && p != table) {
        TagId pt = seg_.elements[p].tag;
        if (pt == TagId::Tbody || pt == TagId::Thead || pt == TagId::Tfoot) p = seg_.elements[p].parent;
      }
      return p == table;
    };
    uint32_t row = kNoIndex;
    int cells = 0;
    bool multi_cell = false, prose_cell = false;
    int rows = 0;
    for (uint32_t i = table + 1; i < t.end_element; ++i) {
      const ElementInfo& c = seg_.elements[i];
      if ((c.tag != TagId::Td && c.tag != TagId::Th) || c.parent == kNoIndex) continue;
      if (seg_.elements[c.parent].tag != TagId::Tr || !own_row(c.parent)) continue;
      prose_cell |= paragraphs(c) >= 2;
      if (c.parent != row) row = c.parent, cells = 0, ++rows;
      if (++cells > 1) multi_cell = true;
    }
    return !multi_cell || (prose_cell && rows <= kMaxLayoutRows);
  }

  // Blocks of paragraph length in an element's subtree.
  int paragraphs(const ElementInfo& e) const {
    int n = 0;
    for (uint32_t b = e.first_block; b < e.end_block && n < 2; ++b)
      n += seg_.blocks[b].chars() >= kGoodParagraphChars;
    return n;
  }

  // A structural node made for an earlier block is reused only while the
  // current path still leads to it (node ids only grow, so a later sibling
  // structure is detected by the parent chain).
  bool alive(uint32_t node, uint32_t parent) const {
    const auto& kids = tree_[parent].children;
    return !kids.empty() && kids.back() == node;
  }

  void add_inline(const Block& b, uint32_t target) {
    const bool want_links = opt_.links, want_fmt = opt_.formatting, want_img = opt_.images;
    if (b.events_begin == b.events_end) {
      ContentNode t;
      t.kind = ContentKind::Text;
      t.text = std::string(seg_.block_text(b));
      tree_.add(target, std::move(t));
      return;
    }
    stack_.clear();
    stack_.push_back(target);
    for (uint32_t i = b.events_begin; i < b.events_end; ++i) {
      const InlineEvent& ev = seg_.events[i];
      switch (ev.op) {
        case InlineOp::Text: {
          std::string_view s(seg_.text.data() + ev.begin, ev.end - ev.begin);
          ContentNode& top = tree_[stack_.back()];
          if (!top.children.empty() && tree_[top.children.back()].kind == ContentKind::Text) {
            tree_[top.children.back()].text.append(s);
          } else {
            ContentNode t;
            t.kind = ContentKind::Text;
            t.text = std::string(s);
            tree_.add(stack_.back(), std::move(t));
          }
          break;
        }
        case InlineOp::Open: {
          bool want = ev.kind == ContentKind::Link ? want_links : want_fmt;
          if (!want) {
            stack_.push_back(stack_.back());
            break;
          }
          ContentNode n;
          n.kind = ev.kind;
          if (ev.kind == ContentKind::Link && ev.node) {
            if (const dom::Attribute* a = ev.node->attribute("href"))
              n.url = metadata::resolve_url(opt_.url, a->value);
          }
          stack_.push_back(tree_.add(stack_.back(), std::move(n)));
          break;
        }
        case InlineOp::Close:
          if (stack_.size() > 1) stack_.pop_back();
          break;
        case InlineOp::Break:
        {
          ContentNode br;
          br.kind = ContentKind::LineBreak;
          tree_.add(stack_.back(), std::move(br));
        }
          break;
        case InlineOp::Image:
          if (want_img && ev.node) {
            ContentNode n;
            n.kind = ContentKind::Image;
            n.url = metadata::resolve_url(opt_.url, image_source(ev.node));
            if (const dom::Attribute* a = ev.node->attribute("alt")) n.text = std::string(a->value);
            if (!n.url.empty()) {
              tree_.add(stack_.back(), std::move(n));
              if (ev.space_after) {
                ContentNode space;
                space.kind = ContentKind::Text;
                space.text = " ";
                tree_.add(stack_.back(), std::move(space));
              }
            }
          }
          break;
      }
    }
  }

  const Segmentation& seg_;
  const extraction::Settings& opt_;
  ContentTree& tree_;
  const std::vector<uint32_t>& title_blocks_;  // the headline's blocks
  std::vector<uint32_t> node_of_;
  std::vector<uint32_t> implied_[3];  // lists, tables, rows made for orphans, by element
  enum : uint8_t { kUnknown, kLayout, kData };
  std::vector<uint8_t> layout_;  // per table element, filled on first use
  std::vector<uint32_t> path_;
  std::vector<uint32_t> stack_;
  uint32_t last_parent_ = ContentTree::kRoot;
};

}  // namespace

void build_content_tree(const Segmentation& seg, const std::vector<uint32_t>& blocks,
                        const std::vector<uint32_t>& roots, const extraction::Settings& options,
                        ContentTree& tree, const std::vector<uint32_t>& title_blocks) {
  Builder builder(seg, options, tree, title_blocks);
  for (size_t i = 0; i < blocks.size(); ++i) builder.add(blocks[i], roots[i]);
}

}  // namespace pith::extraction
