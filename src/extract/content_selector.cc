// Content selection (see the header).
#include "extract/content_selector.h"

#include <algorithm>

namespace pith::extraction {
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

// Merges `extra` (document order, none already selected) into `out`.
void merge_blocks(const std::vector<uint32_t>& extra, const std::vector<uint32_t>& extra_roots,
                  Selection& out) {
  if (extra.empty()) return;
  std::vector<uint32_t> blocks, roots;
  blocks.reserve(out.blocks.size() + extra.size());
  roots.reserve(blocks.capacity());
  size_t i = 0, j = 0;
  while (i < out.blocks.size() || j < extra.size()) {
    if (j == extra.size() || (i < out.blocks.size() && out.blocks[i] < extra[j])) {
      blocks.push_back(out.blocks[i]);
      roots.push_back(out.roots[i++]);
    } else {
      blocks.push_back(extra[j]);
      roots.push_back(extra_roots[j++]);
    }
  }
  out.blocks.swap(blocks);
  out.roots.swap(roots);
}

// Prose blocks of the <article> around the container that the container left
// out: a standfirst in the article header, a lead paragraph above the body.
void add_enclosing_article(const Segmentation& seg, const std::vector<BlockFeatures>& features,
                           uint32_t container, Selection& out) {
  uint32_t article = kNoIndex;
  uint32_t e = container;
  for (int level = 0; level <= kArticleSearchLevels && e != kNoIndex; ++level) {
    const ElementInfo& info = seg.elements[e];
    if (info.tag == dom::TagId::Body) break;
    if (info.tag == dom::TagId::Article) article = e;
    e = info.parent;
  }
  if (article == kNoIndex || article == container) return;
  const ElementInfo& a = seg.elements[article];
  std::vector<uint32_t> extra;
  size_t k = 0;
  for (uint32_t b = a.first_block; b < a.end_block; ++b) {
    while (k < out.blocks.size() && out.blocks[k] < b) ++k;
    if (k < out.blocks.size() && out.blocks[k] == b) continue;
    const Block& block = seg.blocks[b];
    if (block.chars() < kGoodParagraphChars || !prose_block(block, features[b])) continue;
    bool boilerplate = false;
    for (uint32_t p = block.element; p != article && p != kNoIndex; p = seg.elements[p].parent)
      boilerplate |= (seg.elements[p].own_flags & (kRemoveInContentFlags | kCaption)) != 0;
    if (!boilerplate) extra.push_back(b);
  }
  std::vector<uint32_t> roots(extra.size(), article);
  merge_blocks(extra, roots, out);
}

bool selected(const Selection& out, uint32_t block) {
  return std::binary_search(out.blocks.begin(), out.blocks.end(), block);
}

// A heading mostly linked: a headline pointing at another page.
bool linked_heading(const Block& b) { return b.kind == BlockKind::Heading && 2 * b.link_chars >= b.chars(); }
// An article split into several copies of the same wrapper, each inside its
// own parent (body text, then an ad or related-links slot, then more body
// text in a wrapper of the same class): the sibling walk sees only the
// container's own parent. Elements of the container's tag and first class at
// the container's depth under one of its nearest ancestors join when they
// score or read like prose and carry no boilerplate mark.
void add_same_class_cousins(const Segmentation& seg, const ContainerChoice& choice, double threshold,
                            int levels, Selection& out) {
  const ElementInfo& top = seg.elements[choice.element];
  const std::string_view cls = first_class_token(top);
  if (cls.empty()) return;
  uint32_t ancestor = top.parent;
  for (int level = 2; level <= levels; ++level) {
    // The climb stops at <body>; a container whose parent is <body> has only
    // siblings, which the sibling walk judged.
    if (ancestor == kNoIndex || ancestor == seg.body) {
      if (level == 2) return;
      break;
    }
    ancestor = seg.elements[ancestor].parent;
  }
  if (ancestor == kNoIndex) return;
  std::vector<uint32_t> extra, roots;
  // A wrapper with a linked headline at its start, or before it inside the
  // ancestor's child that holds it, is another story (the next post of a
  // blog's front page), not the rest of this one; a plain subhead is not.
  // Cousins come in document order, so one forward scan finds the latest
  // linked heading at or before each.
  uint32_t scanned = seg.elements[ancestor].first_block;
  uint32_t last_headline = kNoIndex;
  const ElementInfo& a = seg.elements[ancestor];
  for (uint32_t i = ancestor + 1; i < a.end_element;) {
    const ElementInfo& c = seg.elements[i];
    if (i == choice.element || (c.inherited & kRemoveInContentFlags)) {
      i = c.end_element;
      continue;
    }
    if (c.depth < top.depth) {  // descend towards the container's depth
      ++i;
      continue;
    }
    bool take = c.tag == top.tag && !(c.own_flags & kSiblingFurnitureFlags) && c.first_block < c.end_block &&
                first_class_token(c) == cls && !selected(out, c.first_block);
    if (take) {
      for (; scanned <= c.first_block; ++scanned)
        if (linked_heading(seg.blocks[scanned])) last_headline = scanned;
      uint32_t branch = i;
      while (seg.elements[branch].parent != ancestor) branch = seg.elements[branch].parent;
      take = last_headline == kNoIndex || last_headline < seg.elements[branch].first_block;
    }
    if (take) {
      uint32_t chars = seg.subtree_chars(c);
      take = (c.scored && c.score >= threshold) ||
             (chars >= kSiblingProseChars && seg.subtree_link_chars(c) < kSiblingMaxLinkDensity * chars);
    }
    if (take) {
      for (uint32_t b = c.first_block; b < c.end_block; ++b) {
        if (selected(out, b)) continue;
        extra.push_back(b);
        roots.push_back(i);
      }
    }
    i = c.end_element;
  }
  if (!extra.empty()) merge_blocks(extra, roots, out);
}

}  // namespace

void select_content(const Segmentation& seg, const std::vector<BlockFeatures>& features,
                    const ContainerChoice& choice, double sibling_fraction, bool expand_siblings,
                    bool expand_article, int cousin_levels, Selection& out) {
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
      // The sibling becomes a selection root, so the cleaner never sees its
      // own marks: an author box, a sidebar or a comment section beside the
      // article stays out here.
      const bool furniture = (c.own_flags & kSiblingFurnitureFlags) || c.tag == dom::TagId::Aside ||
                             c.tag == dom::TagId::Nav || c.tag == dom::TagId::Footer;
      if (!take && furniture) {
        b = c.end_block;
        child = c.end_element;
        continue;
      }
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
      if (!take && expand_siblings && !(c.inherited & kRemoveInContentFlags)) {
        // A sibling too deep for the score to reach it (page builders nest
        // text six levels down): take it when it is mostly unlinked prose.
        uint32_t chars = seg.subtree_chars(c);
        take = chars >= kSiblingProseChars &&
               seg.subtree_link_chars(c) < kSiblingMaxLinkDensity * chars;
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

  if (cousin_levels >= 2) add_same_class_cousins(seg, choice, threshold, cousin_levels, out);
  if (expand_article) add_enclosing_article(seg, features, choice.element, out);
}

}  // namespace pith::extraction
