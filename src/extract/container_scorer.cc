// Container scoring (see the header).
#include "extract/container_scorer.h"

#include <algorithm>

namespace pith::extraction {
namespace {

using dom::TagId;

int tag_prior(TagId tag) {
  switch (tag) {
    case TagId::Div: case TagId::Article: case TagId::Main: case TagId::Section:
      return kTagScoreDiv;
    case TagId::Pre: case TagId::Td: case TagId::Blockquote:
      return kTagScoreQuote;
    case TagId::Address: case TagId::Ol: case TagId::Ul: case TagId::Dl: case TagId::Dd:
    case TagId::Dt: case TagId::Li: case TagId::Form:
      return kTagScoreList;
    case TagId::H1: case TagId::H2: case TagId::H3: case TagId::H4: case TagId::H5:
    case TagId::H6: case TagId::Th:
      return kTagScoreHeading;
    default:
      return 0;
  }
}

// Elements that act as a paragraph themselves: their score goes to the parent.
bool paragraph_like(const Segmentation& seg, const ElementInfo& e, uint32_t block) {
  switch (e.tag) {
    case TagId::P: case TagId::Pre: case TagId::Li: case TagId::Dd: case TagId::Dt:
    case TagId::Blockquote: case TagId::Td: case TagId::Th:
      return true;
    default:
      // A div holding nothing but this block's inline text is a paragraph too.
      (void)seg;
      return e.first_block == block && e.end_block == block + 1;
  }
}

double link_density(const Segmentation& seg, const ElementInfo& e) {
  uint32_t chars = seg.subtree_chars(e);
  return chars ? double(seg.subtree_link_chars(e)) / chars : 0.0;
}

// Characters of prose blocks (ending like a sentence, few links) per block,
// as prefix sums.
void prose_prefix(const Segmentation& seg, const std::vector<BlockFeatures>& features,
                  std::vector<uint32_t>& out) {
  out.assign(seg.blocks.size() + 1, 0);
  for (size_t b = 0; b < seg.blocks.size(); ++b) {
    const Block& block = seg.blocks[b];
    bool prose = block.kind != BlockKind::Heading && block.kind != BlockKind::Caption &&
                 features[b].sentence_end && features[b].link_density < kProseRivalLinkDensity &&
                 !(block.flags & kRemoveInContentFlags);
    out[b + 1] = out[b] + (prose ? block.chars() : 0);
  }
}

double class_bonus(const ElementInfo& e, const ScoringParams& params, double link_density) {
  return std::max(0.0, class_weight(e, params) * (1.0 - link_density));
}

// Readability's class bonus lets a short box named "…content" (a sidebar's or
// footer's text block) outscore an article whose wrapper has no telling name.
// When the winner leads only by that bonus — a rival outscores it on text
// alone — and the rival holds `rival_prose_ratio` times its prose, the rival
// is the article. Prose, not text: a link list or a form is no rival.
uint32_t prose_rival(const Segmentation& seg, const std::vector<BlockFeatures>& features,
                     const ScoringParams& params, uint32_t top) {
  const std::vector<ElementInfo>& els = seg.elements;
  const ElementInfo& t = els[top];
  const double top_bonus = class_bonus(t, params, link_density(seg, t));
  // A winner shorter than the cascade's minimum is the fallback pass's to
  // replace; an <article>, <main> or itemprop=articleBody says more than a
  // name.
  if (top_bonus <= 0 || seg.subtree_chars(t) < params.min_article_chars || t.verdict.strong_positive ||
      t.tag == dom::TagId::Article)
    return top;
  thread_local std::vector<uint32_t> prose;
  prose_prefix(seg, features, prose);
  auto prose_of = [&](const ElementInfo& e) { return prose[e.end_block] - prose[e.first_block]; };
  const double top_plain = t.score - top_bonus;
  const double need = params.rival_prose_ratio * prose_of(t);
  uint32_t rival = top;
  for (uint32_t i = 0; i < els.size(); ++i) {
    const ElementInfo& c = els[i];
    if (!c.scored || i == top || seg.contains(i, top) || seg.contains(top, i)) continue;
    // A marked box (a cookie dialog's text, a comment) is no article.
    if (c.verdict.negative > 0 || (c.inherited & kRemoveInContentFlags)) continue;
    double ld = link_density(seg, c);
    if (ld > params.max_container_link_density) continue;
    // A winner without prose (a post of quoted lines) needs a rival with some.
    const uint32_t rival_prose = prose_of(c);
    if (c.score - class_bonus(c, params, ld) <= top_plain || rival_prose == 0 || rival_prose < need) continue;
    if (rival == top || c.score > els[rival].score) rival = i;
  }
  return rival;
}

// A data table (a list of members of parliament, a price list) or a long list
// (a paper's references) outscores the article around it by its hundreds of
// cells or items. When the winner is such a structure or sits in one and an
// ancestor a few levels up holds real prose besides it, that ancestor is the
// article, structure included.
uint32_t table_in_article(const Segmentation& seg, const std::vector<BlockFeatures>& features,
                          const ScoringParams& params, uint32_t top) {
  const std::vector<ElementInfo>& els = seg.elements;
  auto structure = [&](TagId t) {
    return t == TagId::Table || t == TagId::Tbody || t == TagId::Tr || t == TagId::Td || t == TagId::Ol ||
           t == TagId::Ul || t == TagId::Li || t == TagId::Dl;
  };
  auto in_structure = [&](uint32_t e) {
    for (int up = 0; e != kNoIndex && up < kTableArticleLevels; e = els[e].parent, ++up)
      if (structure(els[e].tag)) return true;
    return false;
  };
  if (!in_structure(top)) return top;
  thread_local std::vector<uint32_t> prose;
  prose_prefix(seg, features, prose);
  auto prose_of = [&](const ElementInfo& e) { return prose[e.end_block] - prose[e.first_block]; };
  const uint32_t own = prose_of(els[top]);
  uint32_t e = els[top].parent;
  for (int up = 0; e != kNoIndex && up < kTableArticleLevels && els[e].tag != TagId::Body; e = els[e].parent, ++up) {
    if (structure(els[e].tag)) continue;
    if ((els[e].inherited & kRemoveInContentFlags) != 0) break;
    if (prose_of(els[e]) >= own + params.table_article_prose) return e;
  }
  return top;
}

// True when one of `blocks` (sorted indices) lies inside element `e`.
bool holds_any(const Segmentation& seg, const std::vector<uint32_t>& blocks, uint32_t e) {
  const ElementInfo& info = seg.elements[e];
  auto it = std::lower_bound(blocks.begin(), blocks.end(), info.first_block);
  return it != blocks.end() && *it < info.end_block;
}

// A page of several stories of one template (an endless-scroll news page
// appends the next stories below the first): the story is the one under the
// page's title heading, not the longest. When neither the winner nor its two
// nearest ancestors hold the title, a container of the winner's tag and first
// class with an ancestor (up to kTitleTwinStoryLevels) that holds it, scoring at
// least `title_twin_fraction` of the winner, takes over; the other stories are
// then no alternatives to widen the choice over.
uint32_t title_twin(const Segmentation& seg, const std::vector<BlockFeatures>& features,
                    const ScoringParams& params, uint32_t top) {
  const std::vector<ElementInfo>& els = seg.elements;
  const ElementInfo& t = els[top];
  const std::string_view cls = first_class_token(t);
  if (cls.empty()) return top;
  // Title headings, and the headlines of the page's stories: headings of a
  // title heading's rank (<h1> for most, <h2> where the page's template keeps
  // <h1> for the site), found once (a page has a handful).
  thread_local std::vector<uint32_t> titles, headlines;
  titles.clear();
  headlines.clear();
  uint8_t headline_levels = 0;  // bit L: a title heading is an <hL>
  auto heading_level = [&](uint32_t b) { return seg.blocks[b].kind == BlockKind::Heading ? seg.blocks[b].level : 0; };
  for (uint32_t b = 0; b < seg.blocks.size(); ++b)
    if (features[b].title && heading_level(b)) headline_levels |= uint8_t(1u << heading_level(b));
  if (headline_levels == 0) headline_levels = 1u << 1;  // a title outside any heading: stories under <h1>s
  for (uint32_t b = 0; b < seg.blocks.size(); ++b) {
    if (features[b].title) titles.push_back(b);
    if (heading_level(b) && (headline_levels >> heading_level(b) & 1)) headlines.push_back(b);
  }
  if (titles.empty() || headlines.empty()) return top;
  auto holds_title = [&](uint32_t e) { return holds_any(seg, titles, e); };
  uint32_t up = top;
  for (int level = 0; level < 3 && up != kNoIndex && els[up].tag != TagId::Body; ++level, up = els[up].parent)
    if (holds_title(up)) return top;
  const double need = params.title_twin_fraction * t.score;
  for (uint32_t i = 0; i < els.size(); ++i) {
    const ElementInfo& c = els[i];
    if (i == top || !c.scored || c.score < need || c.tag != t.tag || first_class_token(c) != cls) continue;
    // The story around the twin holds the title, and the winner sits in a
    // story of the same template under its own headline: the page repeats
    // one story layout (sections of one article have lesser headings).
    uint32_t p = c.parent;
    for (int level = 0; level < kTitleTwinStoryLevels && p != kNoIndex && els[p].tag != TagId::Body;
         ++level, p = els[p].parent) {
      if (!holds_title(p)) continue;
      const std::string_view story = first_class_token(els[p]);
      for (uint32_t w = t.parent; w != kNoIndex && els[w].tag != TagId::Body && w > p; w = els[w].parent)
        if (els[w].tag == els[p].tag && first_class_token(els[w]) == story && holds_any(seg, headlines, w)) return i;
      break;
    }
  }
  return top;
}

}  // namespace

double class_weight(const ElementInfo& e, const ScoringParams& params) {
  return (e.verdict.positive - e.verdict.negative) * params.class_weight;
}

ContainerChoice score_containers(Segmentation& seg, const std::vector<BlockFeatures>& features,
                                 const ScoringParams& params, bool use_classes) {
  std::vector<ElementInfo>& els = seg.elements;
  for (ElementInfo& e : els) e.score = 0, e.scored = false;
  for (size_t bi = 0; bi < seg.blocks.size(); ++bi) {
    const Block& b = seg.blocks[bi];
    if (b.kind == BlockKind::Heading || b.kind == BlockKind::Caption) continue;
    if (b.chars() < params.min_scoring_chars) continue;
    // Readability's "unlikely candidates": comments, menus, share bars … never
    // vote for the container.
    // Comments stay out even in the vocabulary-free fallback pass.
    if (b.flags & (use_classes ? kRemoveInContentFlags : uint16_t(kComment))) continue;
    const BlockFeatures& f = features[bi];
    double score = 1 + b.commas +
                   std::min(double(b.chars()) / 100.0 * params.length_bonus_per_100,
                            params.max_length_bonus);
    score *= (1.0 - f.link_density);
    if (score <= 0) continue;
    uint32_t e = b.element;
    if (paragraph_like(seg, els[e], uint32_t(bi))) e = els[e].parent;
    for (int level = 0; e != kNoIndex && level < kMaxScoredAncestors; ++level, e = els[e].parent) {
      ElementInfo& c = els[e];
      if (c.tag == TagId::Html) break;
      if (!c.scored) {
        c.scored = true;
        c.score = tag_prior(c.tag) + (use_classes ? class_weight(c, params) : 0.0);
      }
      double share = level == 0   ? 1.0
                     : level == 1 ? params.grandparent_share
                                  : 1.0 / (level * kDeepAncestorDivisor);
      c.score += score * share;
    }
  }
  // Final score: damped by link density.
  ContainerChoice best;
  double best_score = -1e18;
  for (uint32_t i = 0; i < els.size(); ++i) {
    ElementInfo& c = els[i];
    if (!c.scored) continue;
    double ld = link_density(seg, c);
    c.score = float(c.score * (1.0 - ld));
    if (ld > params.max_container_link_density) continue;
    if (c.score > best_score) best_score = c.score, best.element = i;
  }
  if (best.element == kNoIndex) {
    best.element = seg.body;
    best.score = 0;
    return best;
  }
  uint32_t top = best.element;
  if (use_classes && params.rival_prose_ratio > 0) top = prose_rival(seg, features, params, top);
  const uint32_t before_twin = top;
  if (params.title_twin_fraction > 0) top = title_twin(seg, features, params, top);
  // The twin is one of several stories of one template: they are the page's
  // other articles, not alternatives to widen the choice over.
  const bool twin = top != before_twin;
  if (params.table_article_prose > 0) top = table_in_article(seg, features, params, top);
  // Several strong alternatives sharing an ancestor: take that ancestor.
  std::vector<uint32_t> alternatives;
  for (uint32_t i = 0; i < els.size(); ++i)
    if (i != top && els[i].scored && els[i].score >= 0.75 * els[top].score &&
        !seg.contains(i, top) && !seg.contains(top, i))
      alternatives.push_back(i);
  if (alternatives.size() >= 3 && !twin) {
    for (uint32_t anc = els[top].parent; anc != kNoIndex && els[anc].tag != TagId::Body;
         anc = els[anc].parent) {
      int contained = 0;
      for (uint32_t a : alternatives) contained += seg.contains(anc, a);
      if (contained >= 3) {
        top = anc;
        break;
      }
    }
  }
  // Walk up while the parent scores better (Readability's parent check).
  double last = els[top].score;
  double threshold = last / 3;
  for (uint32_t p = els[top].parent; p != kNoIndex && els[p].tag != TagId::Body; p = els[p].parent) {
    if (!els[p].scored) continue;
    if (els[p].score < threshold) break;
    if (els[p].score > last) {
      top = p;
      break;
    }
    last = els[p].score;
  }
  // An only child stands for its parent.
  while (els[top].tag != TagId::Body && els[top].tag != TagId::Html && top != seg.body &&
         els[top].parent != kNoIndex && els[els[top].parent].tag != TagId::Body &&
         els[top].parent != seg.body) {
    const ElementInfo& p = els[els[top].parent];
    if (p.first_block != els[top].first_block || p.end_block != els[top].end_block) break;
    top = els[top].parent;
  }
  best.element = top;
  best.score = els[top].score;
  return best;
}

}  // namespace pith::extraction
