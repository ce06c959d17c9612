// The content tree: the small vocabulary every output format renders from.
// The extractor reduces the page's DOM to this (paragraphs, headings, lists,
// tables, quotes, code, figures, inline runs), so that text, Markdown, JSON and
// HTML writers never see the page's markup and always agree with each other.
//
// Nodes live in a ContentTree's deque and refer to each other by index, so a
// tree is cheap to build and copy and has no ownership cycles.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace pith::extraction {

enum class ContentKind : uint8_t {
  Root,
  // Blocks
  Paragraph,
  Heading,      // level 1–6
  List,         // ordered when `ordered`
  ListItem,
  Table,
  TableRow,
  TableCell,    // header cell when `header`
  Quote,
  CodeBlock,    // text kept verbatim
  Figure,       // an image block, with caption children when kept
  HorizontalRule,
  // Inline
  Text,
  LineBreak,
  Emphasis,     // <em>, <i>
  Strong,       // <strong>, <b>
  InlineCode,
  Link,         // `url` is the absolute target
  Image,        // `url` is the absolute source, `text` the alt text
};

struct ContentNode {
  ContentKind kind = ContentKind::Text;
  uint8_t level = 0;         // Heading
  bool ordered = false;      // List
  bool header = false;       // TableCell
  // The article's own title (its headline heading): rendered by the Markdown and
  // HTML writers, left out of plain text, where the title is metadata (as in
  // article.txt, and as article-body golds count it).
  bool title = false;
  std::string text;          // Text, CodeBlock, Image alt
  std::string url;           // Link, Image
  std::string language;      // CodeBlock info string, when known
  std::vector<uint32_t> children;
};

class ContentTree {
 public:
  ContentTree() {
    ContentNode root;
    root.kind = ContentKind::Root;
    nodes_.push_back(std::move(root));
  }

  static constexpr uint32_t kRoot = 0;

  uint32_t add(uint32_t parent, ContentNode node) {
    nodes_.push_back(std::move(node));
    uint32_t id = static_cast<uint32_t>(nodes_.size() - 1);
    nodes_[parent].children.push_back(id);
    return id;
  }
  // A top-level block holding one run of text (a line of text mode's answer,
  // a paragraph of a JSON-LD articleBody); `level` for a Heading.
  uint32_t add_text_block(ContentKind kind, std::string_view text, uint8_t level = 0) {
    ContentNode block;
    block.kind = kind;
    block.level = level;
    uint32_t id = add(kRoot, std::move(block));
    set_text(id, text);
    return id;
  }
  // The node marked as the article's title heading, kRoot when none is.
  uint32_t title_heading() const {
    for (uint32_t i = 0; i < nodes_.size(); ++i)
      if (nodes_[i].title) return i;
    return kRoot;
  }
  bool has_title() const { return title_heading() != kRoot; }
  // The text below `id`, its runs concatenated (line breaks as spaces).
  std::string text_below(uint32_t id) const {
    std::string out;
    std::vector<uint32_t> stack(nodes_[id].children.rbegin(), nodes_[id].children.rend());
    while (!stack.empty()) {
      const ContentNode& n = nodes_[stack.back()];
      stack.pop_back();
      if (n.kind == ContentKind::Text) out += n.text;
      if (n.kind == ContentKind::LineBreak) out += ' ';
      stack.insert(stack.end(), n.children.rbegin(), n.children.rend());
    }
    return out;
  }
  // Makes block `id` hold one run of `text` in place of its children.
  void set_text(uint32_t id, std::string_view text) {
    ContentNode run;
    run.kind = ContentKind::Text;
    run.text = std::string(text);
    nodes_[id].children.clear();
    add(id, std::move(run));
  }
  // Puts a level-1 title heading holding `text` before every other block.
  void prepend_title(std::string_view text) {
    uint32_t id = add_text_block(ContentKind::Heading, text, 1);
    nodes_[id].title = true;
    std::vector<uint32_t>& top = nodes_[kRoot].children;
    top.pop_back();
    top.insert(top.begin(), id);
  }
  const ContentNode& operator[](uint32_t id) const { return nodes_[id]; }
  ContentNode& operator[](uint32_t id) { return nodes_[id]; }
  size_t size() const { return nodes_.size(); }
  bool empty() const { return nodes_[kRoot].children.empty(); }

 private:
  std::deque<ContentNode> nodes_;
};

}  // namespace pith::extraction
