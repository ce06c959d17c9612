// Content selection (see the header).
#include "extract/content_selector.h"

#include <algorithm>

namespace pith::extract {
namespace {

// Readability's rule for loose paragraphs next to the container: long with few
// links, or short, link-free and ending like a sentence.
bool prose_block(const Block& b, const BlockFeatures& f) {
  if (b.kind == BlockKind::Heading || b.kind == BlockKind::Caption) return false;
  if (b.chars() >= kGoodParagraphChars) return f.link_density < 0.25;
  return b.chars() > 0 && f.link_density == 0 && f.sentence_end;
}

void add_range(const Segmentation& seg, uint32_t root, Selection& out) {
  const ElementInfo& e = seg.elements[root];
  for (uint32_t b = e.first_block; b < e.end_block; ++b) {
    out.blocks.push_back(b);
    out.roots.push_back(root);
  }
}

}  // namespace

void select_content(const Segmentation& seg, const std::vector<BlockFeatures>& features,
                    const ContainerChoice& choice, double sibling_fraction, Selection& out) {
  out.blocks.clear();
  out.roots.clear();
  out.comments.clear();
  out.comment_roots.clear();
  out.container = choice.element;
  if (choice.element == kNoIndex) return;
  const ElementInfo& top = seg.elements[choice.element];
  if (top.parent == kNoIndex || choice.element == seg.body) {
    add_range(seg, choice.element, out);
    return;
  }
  const uint32_t parent = top.parent;
  const ElementInfo& p = seg.elements[parent];
  double threshold = std::max(10.0, top.score * sibling_fraction);
  std::string_view top_class;
  if (const dom::Attribute* a = top.node->attribute("class")) top_class = a->value;

  // Walk the parent's block range: blocks inside a child element are taken or
  // left with that child; blocks directly in the parent are judged alone.
  uint32_t b = p.first_block;
  uint32_t child = parent + 1;
  while (b < p.end_block) {
    // Advance `child` to the first child element whose range ends after b.
    while (child < p.end_element && seg.elements[child].end_block <= b)
      child = seg.elements[child].end_element;
    if (child < p.end_element && seg.elements[child].first_block <= b) {
      const ElementInfo& c = seg.elements[child];
      bool take = child == choice.element;
      if (!take && c.scored) {
        double bonus = 0;
        if (!top_class.empty()) {
          const dom::Attribute* a = c.node->attribute("class");
          if (a && a->value == top_class) bonus = top.score * 0.2;
        }
        take = c.score + bonus >= threshold;
      }
      if (!take && c.end_block == c.first_block + 1) {
        // A one-block sibling (a <p> or a bare <div>): judge it as prose.
        take = prose_block(seg.blocks[c.first_block], features[c.first_block]) &&
               !(c.verdict.flags & kRemoveInContentFlags);
      }
      if (take) add_range(seg, child, out);
      b = c.end_block;
      child = c.end_element;
      continue;
    }
    // A block owned by the parent itself (text between child elements).
    if (seg.blocks[b].element == parent && prose_block(seg.blocks[b], features[b])) {
      out.blocks.push_back(b);
      out.roots.push_back(parent);
    }
    ++b;
  }
}

}  // namespace pith::extract
