// Content cleaning (see the header).
#include "extract/content_cleaner.h"

namespace pith::extraction {
namespace {

using dom::TagId;

enum class Verdict { Keep, Drop, Comment };

// Boilerplate flags of the elements from the block's owner up to (and
// excluding) `root`; also reports whether a table lies on that path.
// An element holding most of the root's text is a wrapper of the content, not
// a region in it: only its comment and hidden marks count.
uint16_t path_flags(const Segmentation& seg, uint32_t element, uint32_t root, bool* in_table) {
  uint16_t flags = 0;
  const double wrapper_chars = kContentWrapperShare * seg.subtree_chars(seg.elements[root]);
  for (uint32_t e = element; e != kNoIndex && e != root; e = seg.elements[e].parent) {
    const ElementInfo& info = seg.elements[e];
    uint16_t own = info.own_flags;
    if (own && seg.subtree_chars(info) > wrapper_chars) own &= kComment | kHidden;
    flags |= own;
    if (info.tag == TagId::Table) *in_table = true;
  }
  return flags;
}

// A short paragraph or heading without a single letter: a date, a time, a
// counter ("1/50"), a rating.
// Also a date line: a few digits-heavy words with at most kDateMaxWords words of
// letters ("11 Jan 2019", "15. Mai 2019, 05:28 Uhr").
bool letterless(std::string_view t, BlockKind kind) {
  if (t.empty() || t.size() >= kLetterlessChars) return false;
  if (kind != BlockKind::Paragraph && kind != BlockKind::Heading) return false;
  int digits = 0, letter_words = 0;
  bool in_word = false;
  for (unsigned char c : t) {
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
    if (c >= '0' && c <= '9') ++digits;
    if (letter && !in_word) ++letter_words;
    in_word = letter;
  }
  return letter_words == 0 || (digits >= kDateMinDigits && letter_words <= kDateMaxWords);
}

bool is_link_list_item(const Segmentation& seg, const Block& b) {
  TagId t = seg.elements[b.element].tag;
  return b.kind == BlockKind::ListItem || t == TagId::Li;
}

// A list of teasers: list items / <article>s whose summary ends with a "Read
// more" link (headline, summary, date). When the content holds several, they
// are an index of other stories, not part of this one: every block of those
// items goes, as long as real content remains.
void drop_teaser_items(const Segmentation& seg, Selection& sel, std::vector<Verdict>& verdicts) {
  uint32_t teaser_items[kMaxTeaserItems];
  size_t items = 0;
  for (size_t i = 0; i < sel.blocks.size(); ++i) {
    if (verdicts[i] != Verdict::Keep) continue;
    const Block& b = seg.blocks[sel.blocks[i]];
    if (!b.link_chars || !ends_with_more_link(seg.block_text(b))) continue;
    uint32_t item = kNoIndex;
    for (uint32_t e = b.element; e != kNoIndex && e != sel.roots[i]; e = seg.elements[e].parent) {
      TagId t = seg.elements[e].tag;
      if (t == TagId::Li || t == TagId::Article) {
        item = e;
        break;
      }
    }
    if (item == kNoIndex || (items && teaser_items[items - 1] == item)) continue;
    teaser_items[items++] = item;
    if (items == kMaxTeaserItems) break;
  }
  if (items < kMinTeaserItems) return;
  std::vector<Verdict> after = verdicts;
  uint32_t kept = 0;
  size_t k = 0;
  for (size_t i = 0; i < sel.blocks.size(); ++i) {
    uint32_t bi = sel.blocks[i];
    while (k < items && seg.elements[teaser_items[k]].end_block <= bi) ++k;
    if (k < items && bi >= seg.elements[teaser_items[k]].first_block) {
      if (after[i] == Verdict::Keep) after[i] = Verdict::Drop;
    } else if (after[i] == Verdict::Keep) {
      kept += seg.blocks[bi].chars();
    }
  }
  if (kept >= kEdgeMinContentChars) verdicts.swap(after);
}

}  // namespace

void clean_content(const Segmentation& seg, const std::vector<BlockFeatures>& features,
                   const CleanOptions& options, Selection& sel) {
  const uint16_t remove = options.use_classes
                              ? uint16_t(kRemoveInContentFlags | kByline | kCaption)
                              : uint16_t(kRemoveFlags);
  std::vector<Verdict> verdicts(sel.blocks.size(), Verdict::Keep);
  bool in_comments = false;  // after a "Comments" heading
  for (size_t i = 0; i < sel.blocks.size(); ++i) {
    uint32_t bi = sel.blocks[i];
    const Block& b = seg.blocks[bi];
    const BlockFeatures& f = features[bi];
    bool in_table = false;
    uint16_t flags = path_flags(seg, b.element, sel.roots[i], &in_table);
    // Structural tags are boilerplate whatever the class says.
    uint16_t tag_flags = 0;
    for (uint32_t e = b.element; e != kNoIndex && e != sel.roots[i]; e = seg.elements[e].parent) {
      TagId t = seg.elements[e].tag;
      if (t == TagId::Nav) tag_flags |= kNav;
      else if (t == TagId::Aside) tag_flags |= kSidebar;
      else if (t == TagId::Footer) tag_flags |= kFooter;
    }
    Verdict v = Verdict::Keep;
    if (f.comment_heading) in_comments = true;
    if (flags & kComment) {
      v = Verdict::Comment;
    } else if (in_comments) {
      v = Verdict::Comment;
    } else if ((flags & remove) || tag_flags) {
      v = Verdict::Drop;
    } else if (b.kind == BlockKind::Caption) {
      v = Verdict::Drop;
    } else if (!options.tables && in_table) {
      v = Verdict::Drop;
    } else if (letterless(seg.block_text(b), b.kind)) {
      v = Verdict::Drop;
    } else if (f.boilerplate_text && b.chars() < options.short_block_chars) {
      v = Verdict::Drop;
    } else if (options.drop_title && f.title) {
      v = Verdict::Drop;
    } else if (f.link_density > options.max_link_density) {
      v = Verdict::Drop;
      // An inline related headline: a fully linked <p> inside body text.
      if (!is_link_list_item(seg, b) && seg.elements[b.element].tag == TagId::P &&
          f.link_density >= kHeadlineLinkDensity && b.chars() <= kHeadlineMaxChars) {
        auto good = [&](size_t j) {
          const Block& o = seg.blocks[sel.blocks[j]];
          const BlockFeatures& of = features[sel.blocks[j]];
          return o.chars() >= kGoodParagraphChars && of.link_density < 0.2;
        };
        if (i > 0 && i + 1 < sel.blocks.size() && good(i - 1) && good(i + 1)) v = Verdict::Keep;
      }
    }
    verdicts[i] = v;
  }
  drop_teaser_items(seg, sel, verdicts);
  size_t w = 0;
  for (size_t i = 0; i < sel.blocks.size(); ++i) {
    if (verdicts[i] == Verdict::Keep) {
      sel.blocks[w] = sel.blocks[i];
      sel.roots[w] = sel.roots[i];
      ++w;
    } else if (verdicts[i] == Verdict::Comment && options.keep_comments) {
      sel.comments.push_back(sel.blocks[i]);
      sel.comment_roots.push_back(sel.roots[i]);
    }
  }
  // Trailing scraps: the content ends with prose, not with a short label,
  // a dangling heading or a date line ("Kontakt:", "Related", "VerfBlog").
  // Only where there is real content left to end on.
  uint32_t kept = 0;
  for (size_t i = 0; i < w; ++i) kept += seg.blocks[sel.blocks[i]].chars();
  while (options.trim_edges && w > 1) {
    const Block& b = seg.blocks[sel.blocks[w - 1]];
    const BlockFeatures& f = features[sel.blocks[w - 1]];
    bool scrap = b.kind == BlockKind::Heading ||
                 (b.kind == BlockKind::Paragraph && b.chars() < kEdgeScrapChars && !f.sentence_end);
    if (!scrap || kept - b.chars() < kEdgeMinContentChars) break;
    kept -= b.chars();
    --w;
  }
  sel.blocks.resize(w);
  sel.roots.resize(w);
}

void collect_comments(const Segmentation& seg, const std::vector<BlockFeatures>& features,
                      Selection& sel) {
  if (!sel.comments.empty()) return;
  // The outermost elements marked as comments, whole.
  for (uint32_t i = 0; i < seg.elements.size();) {
    const ElementInfo& e = seg.elements[i];
    if ((e.verdict.flags & kComment) && e.end_block > e.first_block) {
      for (uint32_t b = e.first_block; b < e.end_block; ++b) {
        const BlockFeatures& f = features[b];
        if (f.link_density > 0.5 || f.boilerplate_text) continue;
        sel.comments.push_back(b);
        sel.comment_roots.push_back(i);
      }
      i = e.end_element;
    } else {
      ++i;
    }
  }
}

}  // namespace pith::extraction
