// The main-content extractor: segment → features → container scoring →
// selection → cleaning → content tree, with Readability's cascade (a second
// pass without the class/id vocabulary when the first finds too little) and an
// "is this an article at all" verdict that sets warnings and confidence.
#include "extract/content_extractor.h"

#include <algorithm>
#include <cmath>

#include "dom/traversal.h"
#include "extract/article_confidence.h"
#include "extract/block_features.h"
#include "extract/block_segmenter.h"
#include "extract/content_cleaner.h"
#include "extract/content_selector.h"
#include "extract/content_tree_builder.h"
#include "extract/container_scorer.h"
#include "extract/favor_policy.h"

namespace pith::extraction {
namespace {

// Buffers reused across calls on one thread (no per-page heap churn once warm).
struct Workspace {
  Segmentation seg;
  std::vector<BlockFeatures> features;
  Selection selection;
  Selection fallback;
  Selection opener;  // a forum thread's opening post (last resort)
};

// Readability's isProbablyReaderable threshold: below it the page reads as
// a list, a form or a stub rather than an article.
constexpr double kReaderableArticle = 20;
// Link density above which a long sentence block is a teaser, not prose.
constexpr double kProseMaxLinkDensity = 0.3;
// Confidence cap for pages below that threshold.
constexpr double kNotReaderableConfidence = 0.3;
// Confidence of a page judged not an article that still had some text (a
// scrap, a section front's summaries): as sure as pith is of anything that
// there is no article to find.
constexpr double kNotArticleConfidence = 0.05;

// The text of the page's <title> element (before <body>), into `out`.
void page_title_element(const dom::Document& page, std::string& out) {
  out.clear();
  for (const dom::Node* n : dom::descendants(page.root())) {
    if (n->is_html(dom::TagId::Body)) return;
    if (!n->is_html(dom::TagId::Title)) continue;
    for (const dom::Node* c : dom::children(n))
      if (c->is_text()) out.append(c->data);
    return;
  }
}

uint32_t selected_chars(const Segmentation& seg, const Selection& s) {
  uint32_t n = 0;
  for (uint32_t b : s.blocks) n += seg.blocks[b].chars();
  return n;
}

// The class-blind pass still never picks a cookie or consent banner or a
// modal: a page whose own article is a few lines (a short blog post, a link
// roll) would otherwise come out as its cookie notice, the longest text the
// class-blind pass sees. Those marks are the vocabulary's least ambiguous; a
// cookie mark counts even on an element holding most of the page's text,
// which the segmenter otherwise reads as a page wrapper.
bool consent_block(const Segmentation& seg, const Block& b) {
  if (b.flags & (kCookie | kModal)) return true;
  for (uint32_t e = b.element; e != kNoIndex; e = seg.elements[e].parent)
    if (seg.elements[e].own_flags & kCookie) return true;
  return false;
}

void drop_consent_blocks(const Segmentation& seg, Selection& s) {
  size_t kept = 0;
  for (size_t i = 0; i < s.blocks.size(); ++i) {
    if (consent_block(seg, seg.blocks[s.blocks[i]])) continue;
    s.blocks[kept] = s.blocks[i];
    s.roots[kept++] = s.roots[i];
  }
  s.blocks.resize(kept);
  s.roots.resize(kept);
}

// Readability's isProbablyReaderable: √(length − 140) summed over long prose
// blocks; an article scores well above 20.
double readerable_score(const Segmentation& seg, const std::vector<BlockFeatures>& features,
                        const Selection& s) {
  double score = 0;
  for (uint32_t b : s.blocks) {
    uint32_t n = seg.blocks[b].chars();
    if (n < 140 || features[b].link_density > 0.3) continue;
    score += std::sqrt(double(n - 140));
  }
  return score;
}

// Merges `extra` into `sel` (both in document order), skipping blocks already in.
void merge_selection(const Selection& extra, Selection& sel) {
  std::vector<uint32_t> blocks, roots;
  blocks.reserve(sel.blocks.size() + extra.blocks.size());
  roots.reserve(blocks.capacity());
  size_t i = 0, j = 0;
  while (i < sel.blocks.size() || j < extra.blocks.size()) {
    if (j == extra.blocks.size() || (i < sel.blocks.size() && sel.blocks[i] <= extra.blocks[j])) {
      if (j < extra.blocks.size() && sel.blocks[i] == extra.blocks[j]) ++j;
      blocks.push_back(sel.blocks[i]);
      roots.push_back(sel.roots[i++]);
    } else {
      blocks.push_back(extra.blocks[j]);
      roots.push_back(extra.roots[j++]);
    }
  }
  sel.blocks.swap(blocks);
  sel.roots.swap(roots);
}

void run_pass(Workspace& ws, const FavorPolicy& policy, const extraction::Settings& options,
              bool use_classes, Selection& out, bool thread_opener = false) {
  const ScoringParams& p = policy.params;
  ContainerChoice choice = score_containers(ws.seg, ws.features, p, use_classes);
  select_content(ws.seg, ws.features, choice, p.sibling_score_fraction, p.expand_siblings != 0,
                 p.expand_article != 0, int(p.cousin_levels), out);
  CleanOptions clean;
  clean.use_classes = use_classes;
  clean.keep_comments = options.comments;
  clean.tables = options.tables;
  clean.max_link_density = p.max_link_density;
  clean.short_block_chars = p.short_block_chars;
  clean.trim_edges = p.trim_edges != 0;
  clean.title_scraps = static_cast<size_t>(p.title_scraps);
  clean.trailing_scraps = static_cast<size_t>(p.trailing_scraps);
  clean.drop_doubtful = policy.drop_doubtful;
  clean.keep_page_meta = policy.keep_page_meta;
  clean.thread_opener = thread_opener;
  clean_content(ws.seg, ws.features, clean, out);
}

}  // namespace

ExtractionResult extract_content(const dom::Document& page, const Options& options,
                                 std::string_view title) {
  return extract_content(page, extraction::settings_from(options), title, ScoringParams{});
}

ExtractionResult extract_content(const dom::Document& page, const extraction::Settings& options,
                                 std::string_view title, const ScoringParams& base_params) {
  thread_local Workspace ws;
  ExtractionResult result;
  const FavorPolicy policy = favor_policy(base_params, options.favor);
  const ScoringParams& p = policy.params;

  SegmentOptions seg_options;
  seg_options.inline_structure = options.links || options.formatting || options.images;
  seg_options.images = options.images;
  segment_blocks(page, seg_options, ws.seg);
  // The metadata title may come from og:title or JSON-LD and differ from the
  // headline on the page; the <title> element often matches it instead.
  std::string title_element;
  page_title_element(page, title_element);
  compute_block_features(ws.seg, title, title_element, p.short_block_chars, ws.features);

  run_pass(ws, policy, options, /*use_classes=*/true, ws.selection);
  if (ws.selection.index_page) {
    // A section front holds other pages' summaries; no pass finds an article in it.
    result.warnings.push_back("not an article: an index of other stories");
    result.confidence = kNotArticleConfidence;
    return result;
  }
  Selection* chosen = &ws.selection;
  uint32_t chars = selected_chars(ws.seg, ws.selection);
  bool fallback = false;
  if (policy.union_fallback) {
    run_pass(ws, policy, options, /*use_classes=*/false, ws.fallback);
    merge_selection(ws.fallback, ws.selection);
    chars = selected_chars(ws.seg, ws.selection);
  } else if (chars < p.min_article_chars) {
    run_pass(ws, policy, options, /*use_classes=*/false, ws.fallback);
    drop_consent_blocks(ws.seg, ws.fallback);
    uint32_t fallback_chars = selected_chars(ws.seg, ws.fallback);
    if (fallback_chars > chars) {
      chosen = &ws.fallback;
      chars = fallback_chars;
      fallback = true;
    }
  }
  if (chars < p.min_article_chars) {
    // Nothing but comments: a forum thread, whose opening post is the content.
    run_pass(ws, policy, options, /*use_classes=*/true, ws.opener, /*thread_opener=*/true);
    uint32_t opener_chars = selected_chars(ws.seg, ws.opener);
    if (opener_chars > chars) {
      chosen = &ws.opener;
      chars = opener_chars;
      fallback = false;
    }
  }
  const Selection& sel = *chosen;

  // Not an article: nothing selected, less than the caller's minimum, or a
  // page with plenty of text of which only a scrap looks like content.
  const uint32_t page_chars = ws.seg.chars_before.back();
  if (chars == 0 || chars < options.min_length ||
      (chars < kNotArticleChars && page_chars > kNotArticleShare * chars)) {
    result.warnings.push_back("not an article: too little main text");
    result.confidence = chars ? kNotArticleConfidence : 0.0;
    return result;
  }
  // The article's title heading often sits above the container (in a page
  // header); put it back at the start.
  if (p.include_title && !sel.blocks.empty()) {
    uint32_t first = sel.blocks.front();
    bool inside = false;
    for (uint32_t b : sel.blocks) inside |= ws.features[b].title;
    if (!inside) {
      bool found = false;
      for (uint32_t b = first; b-- > 0;) {
        if (ws.features[b].title && !(ws.seg.blocks[b].flags & kRemoveFlags)) {
          // Its own root: the heading alone, not the page's layout table or
          // list around it (a one-cell table holding the headline).
          chosen->blocks.insert(chosen->blocks.begin(), b);
          chosen->roots.insert(chosen->roots.begin(), ws.seg.blocks[b].element);
          found = true;
          break;
        }
      }
      // …or inside the content's span, dropped by the cleaner (a permalink
      // heading is all link) or above the container's first block: back in
      // its place.
      if (!found) {
        const uint32_t last = sel.blocks.back();
        for (uint32_t b = first + 1; b < last; ++b) {
          if (ws.features[b].title && !(ws.seg.blocks[b].flags & kRemoveFlags)) {
            auto at = std::lower_bound(chosen->blocks.begin(), chosen->blocks.end(), b);
            const size_t pos = at - chosen->blocks.begin();
            // The next block's root when it holds the heading, else the
            // heading alone (never the layout table around both).
            const uint32_t own = ws.seg.blocks[b].element, next_root = chosen->roots[pos];
            chosen->roots.insert(chosen->roots.begin() + pos, ws.seg.contains(next_root, own) ? next_root : own);
            chosen->blocks.insert(at, b);
            break;
          }
        }
      }
    }
    // A heading right before the title heading belongs to the page around
    // the article (a widget's or section's heading), not to the article.
    if (chosen->blocks.size() > 2) {
      uint32_t b0 = chosen->blocks[0], b1 = chosen->blocks[1];
      if (ws.seg.blocks[b0].kind == BlockKind::Heading && ws.features[b1].title &&
          !ws.features[b0].title) {
        chosen->blocks.erase(chosen->blocks.begin());
        chosen->roots.erase(chosen->roots.begin());
      }
    }
  }
  // The headline: the title blocks among the content's first blocks (a page
  // may repeat it as <h1> and <h2>; a later one is the title repeated in a
  // recipe card or a print box).
  std::vector<uint32_t> title_blocks;
  for (size_t i = 0; i < sel.blocks.size() && i < kTitleSearchBlocks; ++i)
    if (ws.features[sel.blocks[i]].title && ws.seg.blocks[sel.blocks[i]].chars() <= kMaxHeadlineChars)
      title_blocks.push_back(sel.blocks[i]);
  build_content_tree(ws.seg, sel.blocks, sel.roots, options, result.content, title_blocks);
  if (options.comments) {
    if (sel.comments.empty()) collect_comments(ws.seg, ws.features, *chosen);
    build_content_tree(ws.seg, sel.comments, sel.comment_roots, options, result.comments);
  }

  ConfidenceEvidence& e = result.evidence;
  e.readerable = readerable_score(ws.seg, ws.features, sel);
  e.chars = chars;
  e.page_chars = page_chars;
  e.blocks = uint32_t(sel.blocks.size());
  e.fallback = fallback;
  if (sel.container != kNoIndex) {
    const ElementInfo& c = ws.seg.elements[sel.container];
    e.container_vouched =
        c.verdict.positive > 0 || c.tag == dom::TagId::Article || c.tag == dom::TagId::Main;
    uint32_t total = ws.seg.subtree_chars(c);
    e.container_link_density = total ? double(ws.seg.subtree_link_chars(c)) / total : 0.0;
  }
  uint32_t link_chars = 0;
  for (uint32_t b = 0, next = 0; b < ws.seg.blocks.size(); ++b) {
    const Block& block = ws.seg.blocks[b];
    bool selected = next < sel.blocks.size() && sel.blocks[next] == b;
    if (selected) ++next;
    bool prose = block.chars() >= kProseBlockChars && ws.features[b].sentence_end &&
                 ws.features[b].link_density < kProseMaxLinkDensity;
    if (selected) {
      link_chars += block.link_chars;
      if (prose) e.prose_chars += block.chars();
      e.title_found |= ws.features[b].title;
    } else if (prose && !(block.flags & kRemoveFlags)) {
      e.outside_prose_chars += block.chars();
    }
  }
  e.link_density = chars ? double(link_chars) / chars : 0.0;
  double confidence = article_confidence(e);
  if (e.readerable < kReaderableArticle) {
    result.warnings.push_back("page does not look like an article");
    confidence = std::min(confidence, kNotReaderableConfidence);
  }
  result.confidence = std::clamp(confidence, 0.0, 1.0);
  return result;
}

}  // namespace pith::extraction
