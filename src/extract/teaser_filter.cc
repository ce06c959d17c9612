// Teasers for other stories inside the selected content (see the header).
#include "extract/teaser_filter.h"

#include <algorithm>

#include "extract/boilerplate_vocabulary.h"
#include "extract/rail_heading.h"
#include "extract/scoring_constants.h"

namespace pith::extraction {

using dom::TagId;

namespace {

// A block closed by a "Read more" / "Watch video" link: a teaser's summary.
bool closed_by_more_link(const Segmentation& seg, const Block& b) {
  return b.link_chars && ends_with_more_link(seg.block_text(b));
}

}  // namespace

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
    if (!closed_by_more_link(seg, b)) continue;
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

// A rail heading ("Don't Miss", "Related", "Lesen Sie auch") near the end of
// the content opens a list of other stories that no class named. The heading
// and all after it go when they are short beside the article and read like
// teasers: the first kept block under the heading a label, a headline or a
// teaser's summary, none a long paragraph. Rails follow each other ("Related
// Stories", "More Asia stories", "Top Stories"): the earliest heading whose
// rail still reads so is where the cut goes. Under an inline "Leggi anche:"
// (one link, then the article goes on) nothing goes.
void drop_trailing_rail(const Segmentation& seg, const Selection& sel, std::vector<Verdict>& verdicts) {
  uint32_t after = 0, longest = 0;
  size_t cut = sel.blocks.size(), first = sel.blocks.size();  // first: the first kept block after
  // Kept characters before each block, once: a page of rail headings must not
  // make this quadratic.
  std::vector<uint32_t> kept_before(sel.blocks.size() + 1, 0);
  for (size_t j = 0; j < sel.blocks.size(); ++j)
    kept_before[j + 1] = kept_before[j] + (verdicts[j] == Verdict::Keep ? seg.blocks[sel.blocks[j]].chars() : 0);
  // A kept block right under a dropped linked headline in the same element is
  // the teaser's summary ("<li><h3><a>…</a></h3><p>…</p></li>").
  auto summary = [&](size_t k) {
    if (k == 0 || verdicts[k - 1] == Verdict::Keep) return false;
    const Block &h = seg.blocks[sel.blocks[k - 1]], &p = seg.blocks[sel.blocks[k]];
    return h.kind == BlockKind::Heading && h.link_chars * 2 > h.chars() &&
           seg.elements[h.element].parent == seg.elements[p.element].parent;
  };
  for (size_t i = sel.blocks.size(); i-- > 0;) {
    const Block& b = seg.blocks[sel.blocks[i]];
    // A heading, or a label leading into the list ("More world stories from NBC News:").
    std::string_view t = seg.block_text(b);
    const bool label = b.kind == BlockKind::Paragraph && !t.empty() && t.back() == ':';
    if ((b.kind == BlockKind::Heading || label) && is_rail_heading(t)) {
      const uint32_t before = kept_before[i];
      const bool prose_first = first < sel.blocks.size() &&
                               seg.blocks[sel.blocks[first]].chars() >= kGoodParagraphChars && !summary(first);
      if (before < kEdgeMinContentChars || after > kRailMaxShare * before || prose_first ||
          longest > kRailMaxEntryChars)
        break;
      cut = i;
      continue;
    }
    if (verdicts[i] == Verdict::Keep) {
      after += b.chars();
      longest = std::max(longest, b.chars());
      first = i;
    }
  }
  for (size_t j = cut; j < sel.blocks.size(); ++j)
    if (verdicts[j] == Verdict::Keep) verdicts[j] = Verdict::Drop;
}

// A box set into the story under a rail heading ("<div class=callout><h4>Keep
// Reading</h4><figure>…</figure><h5>The latest on <a>AI</a> …</h5></div>"):
// the heading opens a small element, and the heading and all of that element
// go. The element must hold no more than a teaser's worth of text and no
// paragraph of prose.
void drop_boxed_rails(const Segmentation& seg, const Selection& sel, std::vector<Verdict>& verdicts) {
  for (size_t i = 0; i < sel.blocks.size(); ++i) {
    const Block& b = seg.blocks[sel.blocks[i]];
    if (b.kind != BlockKind::Heading || !is_rail_heading(seg.block_text(b)))
      continue;
    uint32_t box = kNoIndex;
    for (uint32_t e = seg.elements[b.element].parent; e != kNoIndex && e != sel.roots[i]; e = seg.elements[e].parent) {
      const ElementInfo& info = seg.elements[e];
      if (info.first_block != sel.blocks[i] || seg.subtree_chars(info) > kBoxedRailMaxChars ||
          info.end_block - info.first_block > kTeaserCardMaxBlocks)
        break;
      box = e;
    }
    if (box == kNoIndex || seg.elements[box].end_block - seg.elements[box].first_block < 2) continue;
    // A paragraph of prose in it ("Mehr zum Thema" over what the links offer) is the story's.
    bool prose = false;
    for (uint32_t k = seg.elements[box].first_block; k < seg.elements[box].end_block && !prose; ++k) {
      const Block& o = seg.blocks[k];
      prose = o.kind == BlockKind::Paragraph && o.chars() >= kGoodParagraphChars && o.link_chars * 2 < o.chars();
    }
    if (prose) continue;
    size_t j = i;
    for (; j < sel.blocks.size() && sel.blocks[j] < seg.elements[box].end_block; ++j)
      if (verdicts[j] == Verdict::Keep) verdicts[j] = Verdict::Drop;
    i = j - 1;
  }
}

// Teaser cards: a linked headline with a short summary (and a date, a
// thumbnail) in a small element, repeated in sibling elements of the same tag
// and class — a "recommended stories" rail that no class named. Every block of
// such cards goes, as long as more real content than card text remains.
void drop_teaser_cards(const Segmentation& seg, const std::vector<BlockFeatures>& features,
                       const Selection& sel, std::vector<Verdict>& verdicts) {
  std::vector<uint32_t> cards;
  for (size_t i = 0; i < sel.blocks.size(); ++i) {
    // Headlines are usually dropped already (all link); their cards are not.
    const Block& b = seg.blocks[sel.blocks[i]];
    // A heading's kicker ("Editorial", "Analysis") is often left unlinked.
    const float headline_links = b.kind == BlockKind::Heading ? kCardHeadingLinkDensity : kHeadlineLinkDensity;
    if (features[sel.blocks[i]].link_density < headline_links || b.chars() > kHeadlineMaxChars) continue;
    // The largest element around the headline that is still card-sized.
    uint32_t card = kNoIndex;
    for (uint32_t e = b.element; e != kNoIndex && e != sel.roots[i]; e = seg.elements[e].parent) {
      const ElementInfo& info = seg.elements[e];
      uint32_t unlinked = seg.subtree_chars(info) - seg.subtree_link_chars(info);
      if (unlinked > kTeaserCardMaxText || info.end_block - info.first_block > kTeaserCardMaxBlocks)
        break;
      card = e;
    }
    // The headline opens the card (a "Learn more" link closing a section is
    // not a teaser); table rows are data and numbered lists (references,
    // steps) are the text's own.
    if (card == kNoIndex || seg.elements[card].first_block != sel.blocks[i] ||
        seg.elements[card].end_block - seg.elements[card].first_block < 2)
      continue;
    bool in_table = false;  // or in a list
    for (uint32_t e = b.element; e != kNoIndex && e != sel.roots[i] && !in_table;
         e = seg.elements[e].parent) {
      TagId t = seg.elements[e].tag;
      in_table = t == TagId::Tr || t == TagId::Td || t == TagId::Th || t == TagId::Table ||
                 t == TagId::Ol;
    }
    if (in_table) continue;
    if (!cards.empty() && cards.back() == card) continue;
    cards.push_back(card);
  }
  if (cards.size() < kMinTeaserCards) return;
  // Runs of consecutive cards alike (same parent, tag and class) make a rail.
  std::vector<uint32_t> rail;
  for (size_t c = 0; c < cards.size();) {
    const ElementInfo& a = seg.elements[cards[c]];
    size_t end = c + 1;
    while (end < cards.size()) {
      const ElementInfo& o = seg.elements[cards[end]];
      if (o.parent != a.parent || o.tag != a.tag || first_class_token(o) != first_class_token(a)) break;
      ++end;
    }
    if (end - c >= kMinTeaserCards) rail.insert(rail.end(), cards.begin() + c, cards.begin() + end);
    c = end;
  }
  if (rail.empty()) return;
  std::vector<Verdict> after = verdicts;
  uint32_t kept = 0, dropped = 0;
  size_t k = 0;  // cards are disjoint and in document order, like the blocks
  for (size_t i = 0; i < sel.blocks.size(); ++i) {
    if (after[i] != Verdict::Keep) continue;
    uint32_t bi = sel.blocks[i];
    while (k < rail.size() && seg.elements[rail[k]].end_block <= bi) ++k;
    if (k < rail.size() && bi >= seg.elements[rail[k]].first_block) {
      after[i] = Verdict::Drop;
      dropped += seg.blocks[bi].chars();
    } else {
      kept += seg.blocks[bi].chars();
    }
  }
  // A page that is mostly cards is an index: the cards are its content.
  if (kept >= kEdgeMinContentChars && kept > dropped) verdicts.swap(after);
}

// A lone teaser left over: a headline closed by its "Watch video" link.
void drop_lone_teasers(const Segmentation& seg, const Selection& sel, std::vector<Verdict>& verdicts) {
  for (size_t i = 0; i < sel.blocks.size(); ++i) {
    const Block& b = seg.blocks[sel.blocks[i]];
    if (verdicts[i] == Verdict::Keep && b.chars() <= kHeadlineMaxChars && closed_by_more_link(seg, b))
      verdicts[i] = Verdict::Drop;
  }
}

// A section front: every text block the content kept is a short summary
// right under a headline that links to another page (headline, summary, "see
// also" links, story after story; the headline went as a link or stayed as an
// inline one). None of it is an article.
bool drop_teaser_index(const Segmentation& seg, const std::vector<BlockFeatures>& features,
                       const Selection& sel, std::vector<Verdict>& verdicts) {
  size_t text_blocks = 0, summaries = 0;
  for (size_t i = 0; i < sel.blocks.size(); ++i) {
    const Block& b = seg.blocks[sel.blocks[i]];
    if (verdicts[i] != Verdict::Keep || b.kind == BlockKind::Heading) continue;
    ++text_blocks;
    if (i == 0 || verdicts[i - 1] == Verdict::Comment || sel.blocks[i - 1] + 1 != sel.blocks[i]) continue;
    const Block& headline = seg.blocks[sel.blocks[i - 1]];
    if (headline.kind == BlockKind::Heading && features[sel.blocks[i - 1]].link_density >= kHeadlineLinkDensity &&
        b.chars() - b.link_chars <= kTeaserCardMaxText)
      ++summaries;
  }
  if (summaries < kMinTeaserCards || summaries != text_blocks) return false;
  for (Verdict& v : verdicts)
    if (v == Verdict::Keep) v = Verdict::Drop;
  return true;
}

}  // namespace pith::extraction
