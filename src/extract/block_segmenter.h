// Block segmentation: one walk over the DOM that reduces the page to a flat list
// of text blocks (paragraphs, headings, list items, table cells, quotes, code,
// captions) and a table of the elements above them. Blocks are in document
// order, so every element's subtree covers a contiguous block range, which makes
// subtree sums (text, links) prefix-sum lookups for the later stages.
//
// Invisible and non-content subtrees (script, style, template, forms controls,
// svg, hidden / aria-hidden / display:none elements) are skipped during the walk.
// <br> splits text that sits directly in a container into paragraphs and is a
// line break inside a <p>. Inline structure (links, emphasis, code, images) is
// recorded as events only when the caller asks for it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dom/document.h"
#include "extract/boilerplate_vocabulary.h"
#include "extract/content_tree.h"

namespace pith::extraction {

inline constexpr uint32_t kNoIndex = 0xffffffffu;

enum class BlockKind : uint8_t { Paragraph, Heading, ListItem, TableCell, Quote, Code, Caption };

// One element on the path from the body to some block.
struct ElementInfo {
  const dom::Node* node = nullptr;
  uint32_t parent = kNoIndex;   // index in Segmentation::elements
  uint32_t first_block = 0;     // blocks [first_block, end_block) lie in the subtree
  uint32_t end_block = 0;
  uint32_t end_element = 0;     // elements (this, end_element) are the subtree
  uint16_t depth = 0;
  dom::TagId tag = dom::TagId::Unknown;
  ClassVerdict verdict;
  uint16_t own_flags = 0;       // the verdict's boilerplate flags that count here
  uint16_t inherited = 0;       // flags of this element and its ancestors that stop
                                // their blocks from voting (see segment_blocks)
  float score = 0;              // container score (container_scorer)
  bool scored = false;          // received score from some block
};

// The first token of the element's class attribute, or empty: the pieces of
// one layout share it while the rest often numbers them ("story-body
// story-body-2", "story-block pos-1").
std::string_view first_class_token(const ElementInfo& e);

enum class InlineOp : uint8_t { Text, Open, Close, Break, Image };

struct InlineEvent {
  InlineOp op;
  ContentKind kind;             // Open: Link/Emphasis/Strong/InlineCode
  uint32_t begin = 0, end = 0;  // Text: byte range in Segmentation::text
  const dom::Node* node = nullptr;  // Open Link / Image: the element
  bool space_after = false;     // Image: a space follows it that the text did not take
};

struct Block {
  BlockKind kind = BlockKind::Paragraph;
  uint8_t level = 0;            // heading level
  bool after_break = false;     // a <br> outside a paragraph ended the block before it
  uint32_t element = kNoIndex;  // owning (nearest block-level) element
  uint32_t text_begin = 0, text_end = 0;  // whitespace-collapsed text in Segmentation::text
  uint32_t link_chars = 0;      // characters inside <a>
  uint32_t events_begin = 0, events_end = 0;
  uint16_t commas = 0;          // , ， 、 ; as in Readability's comma count
  uint16_t images = 0;
  uint16_t flags = 0;           // ElementInfo::inherited of the owner
  uint32_t chars() const { return text_end - text_begin; }
};

struct Segmentation {
  std::vector<ElementInfo> elements;
  std::vector<Block> blocks;
  std::string text;                 // all block texts, back to back
  std::vector<InlineEvent> events;  // when inline structure was requested
  std::vector<uint32_t> chars_before;  // prefix sums of block chars (size blocks+1)
  std::vector<uint32_t> links_before;  // prefix sums of block link chars
  uint32_t body = kNoIndex;         // element index of <body> (or the root)

  std::string_view block_text(const Block& b) const {
    return std::string_view(text).substr(b.text_begin, b.text_end - b.text_begin);
  }
  uint32_t subtree_chars(const ElementInfo& e) const {
    return chars_before[e.end_block] - chars_before[e.first_block];
  }
  uint32_t subtree_link_chars(const ElementInfo& e) const {
    return links_before[e.end_block] - links_before[e.first_block];
  }
  // Element `e` is `anc` or lies in its subtree (elements come in pre-order).
  bool contains(uint32_t anc, uint32_t e) const { return anc <= e && e < elements[anc].end_element; }
};

struct SegmentOptions {
  bool inline_structure = false;  // record InlineEvents (links, formatting, images)
  bool images = false;            // images make blocks even without text
};

// Segments the page. Reuses `out`'s buffers.
void segment_blocks(const dom::Document& page, const SegmentOptions& options, Segmentation& out);

}  // namespace pith::extraction
