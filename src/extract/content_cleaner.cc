// Content cleaning (see the header).
#include "extract/content_cleaner.h"

#include <algorithm>

#include "extract/boilerplate_vocabulary.h"
#include "extract/page_notices.h"
#include "extract/teaser_filter.h"

namespace pith::extraction {
namespace {

using dom::TagId;

// Boilerplate flags of the elements from the block's owner up to (and
// excluding) `root`; also reports whether a table lies on that path.
// An element holding most of the root's text is a wrapper of the content, not
// a region in it: only its comment and hidden marks count.
uint16_t path_flags(const Segmentation& seg, uint32_t element, uint32_t root, double content_chars,
                    bool* in_table) {
  uint16_t flags = 0;
  const double wrapper_chars = kContentWrapperShare * seg.subtree_chars(seg.elements[root]);
  const double wrapper_min_chars = kWrapperMinContentShare * content_chars;
  for (uint32_t e = element; e != kNoIndex && e != root; e = seg.elements[e].parent) {
    const ElementInfo& info = seg.elements[e];
    uint16_t own = info.own_flags;
    const uint32_t chars = seg.subtree_chars(info);
    if (own && chars > wrapper_chars && chars >= wrapper_min_chars) own &= kComment | kHidden;
    flags |= own;
    if (info.tag == TagId::Table) *in_table = true;
  }
  // A root joined to the content as a small box of its own (a lead video's box
  // beside the story) keeps its marks; the article's own root holds too much.
  if (root != kNoIndex && element != root && seg.subtree_chars(seg.elements[root]) < wrapper_min_chars)
    flags |= seg.elements[root].own_flags & kCaption;
  return flags;
}

// Digits that read as a date or time: a year (a run of exactly four digits)
// or a digit-separator-digit group ("05:28", "3/4", "15.05", "2019-05").
bool has_dated_digits(std::string_view t) {
  auto digit = [&](size_t i) { return i < t.size() && t[i] >= '0' && t[i] <= '9'; };
  size_t run = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    run = digit(i) ? run + 1 : 0;
    if (run == 4 && !digit(i + 1)) return true;
    const char next = i + 1 < t.size() ? t[i + 1] : '\0';
    if (run > 0 && (next == ':' || next == '/' || next == '.' || next == '-') && digit(i + 2)) return true;
  }
  return false;
}

// A short paragraph or heading without a single letter: a date, a time, a
// counter ("1/50"), a rating.
// Also a date line: a few dated digits with at most kDateMaxWords words of
// letters ("11 Jan 2019", "15. Mai 2019, 05:28 Uhr"). "10 Tilburg, 013 (NL)"
// in a list of tour dates is no date line.
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
  return letter_words == 0 ||
         (digits >= kDateMinDigits && letter_words <= kDateMaxWords && has_dated_digits(t));
}

// Text no reader was meant to see: one run of lowercase names joined by
// hyphens or underscores, no space ("for-phone-onlyfor-tablet-portrait-up", a
// script's breakpoint probes hidden by the stylesheet).
bool machine_token(std::string_view t, BlockKind kind) {
  if (t.size() < kMachineTokenMinChars || (kind != BlockKind::Paragraph && kind != BlockKind::Heading)) return false;
  int joins = 0;
  for (char c : t) {
    if (c == '-' || c == '_') ++joins;
    else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return false;
  }
  return joins >= kMachineTokenMinJoins;
}

bool is_link_list_item(const Segmentation& seg, const Block& b) {
  TagId t = seg.elements[b.element].tag;
  return b.kind == BlockKind::ListItem || t == TagId::Li;
}

// A linked table cell beside an unlinked one in the same row is a value in a
// data table ("Founder | Jane Doe" with the name linked), not a menu entry.
bool linked_value_cell(const Segmentation& seg, const std::vector<BlockFeatures>& features,
                       const Selection& sel, size_t i) {
  const Block& b = seg.blocks[sel.blocks[i]];
  if (b.kind != BlockKind::TableCell) return false;
  uint32_t row = seg.elements[b.element].parent;
  auto unlinked_cell_in_row = [&](size_t j) {
    const Block& o = seg.blocks[sel.blocks[j]];
    return o.kind == BlockKind::TableCell && seg.elements[o.element].parent == row &&
           features[sel.blocks[j]].link_density < kLabelCellLinkDensity && o.chars() > 0;
  };
  return (i > 0 && unlinked_cell_in_row(i - 1)) || (i + 1 < sel.blocks.size() && unlinked_cell_in_row(i + 1));
}

// A copyright, script, social or newsletter promo notice, or a short credit
// line ("2/28 photos © Shutterstock") (checked here, on selected
// blocks only, rather than for every block of the page).
// The site's sign-off under the story: a newsletter, app or social-network
// promo, longer than page_notice() allows anywhere else.
bool trailing_promo(std::string_view text) {
  return text.size() < kTrailingPromoMaxChars &&
         (is_newsletter_promo(text) || is_social_promo(text) || is_app_promo(text));
}

bool page_notice(std::string_view text) {
  return (text.size() < kNoticeMaxChars && is_page_notice(text)) ||
         (text.size() < kSocialPromoMaxChars && (is_social_promo(text) || is_newsletter_promo(text))) ||
         (text.size() < kCreditMaxChars && text.find("\xC2\xA9") != std::string_view::npos) ||
         (text.size() < kCreditedCaptionMaxChars && ends_with_credit(text));
}

// A link behind an unlinked label of its own ("Lea más: <a>…</a>", "READ
// MORE: <a>…</a>"): the site pointing to another story, however much it
// looks like an inline related headline. The label is the block's unlinked
// part and holds the colon.
bool labelled_link(std::string_view text, const Block& b) {
  uint32_t unlinked = b.chars() - std::min(b.link_chars, b.chars());
  if (unlinked == 0 || unlinked > kLinkLabelMaxChars) return false;
  size_t colon = text.find(':');
  return colon != std::string_view::npos && colon < unlinked;
}

// The enclosing list (<ul>, <ol>, <dl>) of a list item block, below `root`.
uint32_t enclosing_list(const Segmentation& seg, uint32_t element, uint32_t root) {
  for (uint32_t e = element; e != kNoIndex && e != root; e = seg.elements[e].parent) {
    TagId t = seg.elements[e].tag;
    if (t == TagId::Ul || t == TagId::Ol || t == TagId::Dl) return e;
  }
  return kNoIndex;
}

// A list the content keeps some items of is the text's own; its items that
// are a link with a description after it ("15.6" Toshiba Satellite … at
// ToshibaDirect (normally $779.99)", a reading list's "Title – why read it")
// belong with the rest, though their link density alone would drop them: a
// list of deals links most items end to end, keeping only those whose coupon
// code is unlinked. A bare link in such a list still goes, and so does every
// item of a list the content keeps fewer than kDescribedLinkListKept of (a
// menu, a related-stories list).
void keep_described_links(const Segmentation& seg, const std::vector<BlockFeatures>& features, const Selection& sel,
                          const std::vector<bool>& by_links, std::vector<Verdict>& verdicts) {
  // An item that is a sentence with links in it ("Neil has patches up to <a>improve
  // the tab unloader</a>, and <a>show UI when subframes crash</a>"), inside the
  // story, is the story's, whatever its list: its own words say so.
  size_t first_kept = sel.blocks.size(), last_kept = 0;
  for (size_t i = 0; i < sel.blocks.size(); ++i)
    if (verdicts[i] == Verdict::Keep) first_kept = std::min(first_kept, i), last_kept = i;
  for (size_t i = first_kept + 1; i < last_kept; ++i) {
    const Block& b = seg.blocks[sel.blocks[i]];
    if (by_links[i] && is_link_list_item(seg, b) && b.chars() >= b.link_chars + kProseItemMinUnlinkedChars &&
        features[sel.blocks[i]].stop_words >= kProseItemMinStopWords)
      verdicts[i] = Verdict::Keep;
  }
  for (size_t i = 0; i < sel.blocks.size();) {
    const Block& first = seg.blocks[sel.blocks[i]];
    uint32_t list = is_link_list_item(seg, first) ? enclosing_list(seg, first.element, sel.roots[i]) : kNoIndex;
    if (list == kNoIndex) {
      ++i;
      continue;
    }
    size_t end = i, kept = 0;
    const ElementInfo& l = seg.elements[list];
    while (end < sel.blocks.size() && sel.blocks[end] >= l.first_block && sel.blocks[end] < l.end_block) {
      kept += verdicts[end] == Verdict::Keep;
      ++end;
    }
    if (kept >= kDescribedLinkListKept) {
      for (size_t j = i; j < end; ++j) {
        const Block& b = seg.blocks[sel.blocks[j]];
        if (by_links[j] && b.chars() >= b.link_chars + kDescribedLinkMinChars) verdicts[j] = Verdict::Keep;
      }
    }
    i = end;
  }
}

// The article's opening repeated a few blocks later is one text shown
// twice: a standfirst that is the first paragraph again, or the mobile and
// desktop copies of a lead where the page's CSS hides one. The first copy
// goes; the later one sits in the body. Only the opening is searched (up to
// the first paragraph that is not repeated), and the copies must not be
// siblings: further down or side by side, a repeat is the text's own (a
// refrain, a live blog quoting an earlier post).
void drop_repeated_opening(const Segmentation& seg, const std::vector<BlockFeatures>& features,
                           const Selection& sel, std::vector<Verdict>& verdicts) {
  for (size_t i = 0; i < sel.blocks.size(); ++i) {
    if (verdicts[i] != Verdict::Keep) continue;
    const Block& b = seg.blocks[sel.blocks[i]];
    // A repeated headline is the title's business (the title blocks).
    if (b.chars() < kRepeatMinChars || features[sel.blocks[i]].title) continue;
    size_t seen = 0;
    for (size_t j = i + 1; j < sel.blocks.size() && seen < kRepeatWindowBlocks; ++j) {
      if (verdicts[j] != Verdict::Keep) continue;
      ++seen;
      const Block& o = seg.blocks[sel.blocks[j]];
      if (o.chars() == b.chars() && seg.elements[o.element].parent != seg.elements[b.element].parent &&
          seg.block_text(o) == seg.block_text(b)) {
        verdicts[i] = Verdict::Drop;
        break;
      }
    }
    if (verdicts[i] == Verdict::Keep && b.kind == BlockKind::Paragraph && b.chars() >= kGoodParagraphChars)
      return;
  }
}

// favor=precision: blocks a careful reader would leave out when unsure — short
// linked scraps that do not end like a sentence and the items of lists whose
// text is largely linked (navigation, tag and related lists that no class named).
void drop_doubtful_blocks(const Segmentation& seg, const std::vector<BlockFeatures>& features,
                          const Selection& sel, std::vector<Verdict>& verdicts) {
  for (size_t i = 0; i < sel.blocks.size(); ++i) {
    if (verdicts[i] != Verdict::Keep) continue;
    const Block& b = seg.blocks[sel.blocks[i]];
    const BlockFeatures& f = features[sel.blocks[i]];
    if (b.kind == BlockKind::Heading || b.kind == BlockKind::TableCell) continue;
    bool doubtful = b.link_chars && b.chars() < kGoodParagraphChars && !f.sentence_end;
    if (!doubtful && (b.kind == BlockKind::ListItem || seg.elements[b.element].tag == TagId::Li)) {
      uint32_t list = enclosing_list(seg, b.element, sel.roots[i]);
      if (list != kNoIndex) {
        const ElementInfo& l = seg.elements[list];
        doubtful = seg.subtree_link_chars(l) > kDoubtfulListLinkDensity * seg.subtree_chars(l);
      }
    }
    if (doubtful) verdicts[i] = Verdict::Drop;
  }
}

// Headings with no text under them: followed by nothing or by a heading of
// the same or a higher rank (an empty section: a table of contents' title
// whose list went, a rail's heading; a subtitle under the headline has a
// lower rank and stays). Only a section whose blocks all went loses its
// heading: one with no block at all holds what text does not show (formulas,
// images, embeds) and keeps it. Only on a page with real text: a page of
// headings keeps them.
void drop_empty_sections(const Segmentation& seg, const Selection& sel, std::vector<Verdict>& verdicts) {
  uint32_t text_chars = 0;
  for (size_t i = 0; i < sel.blocks.size(); ++i) {
    const Block& b = seg.blocks[sel.blocks[i]];
    if (verdicts[i] == Verdict::Keep && b.kind != BlockKind::Heading) text_chars += b.chars();
  }
  if (text_chars < kEdgeMinContentChars) return;
  bool text_after = false;
  bool dropped_after = false;  // a block went between this heading and the next one kept
  uint8_t next_level = 0;      // level of the next kept heading, 0 when text comes first
  for (size_t i = sel.blocks.size(); i-- > 0;) {
    if (verdicts[i] != Verdict::Keep) {
      dropped_after = true;
      continue;
    }
    const Block& b = seg.blocks[sel.blocks[i]];
    if (b.kind != BlockKind::Heading) {
      text_after = true;
      next_level = 0;
    } else {
      if (next_level && next_level <= b.level) text_after = false;
      next_level = b.level ? b.level : 1;
      if (!text_after && dropped_after) verdicts[i] = Verdict::Drop;
    }
    dropped_after = false;
  }
}

// Label-like scrap: a heading, or a short paragraph that does not end like a sentence.
bool edge_scrap(const Block& b, const BlockFeatures& f) {
  return b.kind == BlockKind::Heading ||
         (b.kind == BlockKind::Paragraph && b.chars() < kEdgeScrapChars && !f.sentence_end);
}

// A short line that leads into what follows ("Dear readers,", "Update:") is
// not a label.
bool leads_on(std::string_view text) {
  return !text.empty() && (text.back() == ',' || text.back() == ':');
}

// The article starts at its title heading: up to `limit` short blocks above it
// (kicker, dateline, breadcrumb, lead-image caption: "Politik", "5 April 2013
// Last updated at 08:43 GMT") and up to `limit` short label-like blocks right
// below it (byline, date, reading time: "By Jane O'Brien BBC, Washington", "8 min
// read") go. Prose above the title stays (an intro set before the h1), and so
// does a longer run of short blocks (a recipe's ingredients) or a subheading.
// Works on the first `w` kept blocks; returns how many to drop at the start and
// removes those below the title from `sel`, updating `w` and `kept`.
size_t trim_around_title(const Segmentation& seg, const std::vector<BlockFeatures>& features,
                         size_t limit, Selection& sel, size_t& w, uint32_t& kept) {
  size_t title = 0;
  while (title < w && !features[sel.blocks[title]].title) ++title;
  if (title == w) return 0;
  auto chars = [&](size_t i) { return seg.blocks[sel.blocks[i]].chars(); };
  // Below: a run of scraps, ending at a real block.
  size_t end = title + 1;
  while (end < w && end - title - 1 < limit) {
    const Block& b = seg.blocks[sel.blocks[end]];
    if (b.kind == BlockKind::Heading || !edge_scrap(b, features[sel.blocks[end]]) ||
        leads_on(seg.block_text(b)))
      break;
    ++end;
  }
  uint32_t below = 0;
  for (size_t i = title + 1; i < end; ++i) below += chars(i);
  if (end > title + 1 && end < w && kept - below >= kEdgeMinContentChars) {
    sel.blocks.erase(sel.blocks.begin() + title + 1, sel.blocks.begin() + end);
    sel.roots.erase(sel.roots.begin() + title + 1, sel.roots.begin() + end);
    w -= end - title - 1;
    kept -= below;
  }
  // Above: all of it short, or none of it goes.
  if (title == 0 || title > limit) return 0;
  for (size_t i = 0; i < title; ++i)
    if (chars(i) >= kGoodParagraphChars && seg.blocks[sel.blocks[i]].kind != BlockKind::Heading) return 0;
  for (size_t i = 0; i < title; ++i) kept -= chars(i);
  return title;
}

// A forum thread marks every post as a comment, the opening one too, and an
// article with nothing but comments left is no article. When the comment
// marks leave less than kEdgeMinContentChars, the first marked post is the
// content: its blocks are judged again as if unmarked. (Only as a last resort,
// CleanOptions::thread_opener: a selection that missed the article above its
// comments must still give way to the pass that finds it.)
template <typename Judge>
void promote_thread_opener(const Segmentation& seg, const std::vector<BlockFeatures>& features,
                           const Selection& sel, Judge& judge, std::vector<Verdict>& verdicts) {
  uint32_t kept = 0;
  size_t first = verdicts.size();
  for (size_t i = 0; i < verdicts.size(); ++i) {
    if (verdicts[i] == Verdict::Keep) kept += seg.blocks[sel.blocks[i]].chars();
    else if (verdicts[i] == Verdict::Comment && first == verdicts.size()) first = i;
  }
  if (kept >= kEdgeMinContentChars || first == verdicts.size()) return;
  // The outermost comment-marked element holding that block, below the root.
  uint32_t post = kNoIndex;
  for (uint32_t e = seg.blocks[sel.blocks[first]].element; e != kNoIndex && e != sel.roots[first];
       e = seg.elements[e].parent)
    if (seg.elements[e].own_flags & kComment) post = e;
  if (post == kNoIndex) return;  // under a "Comments" heading: real comments
  const ElementInfo& p = seg.elements[post];
  // A thread's opening post sits right under the page's title heading; the
  // comments under a blog post that was not found do not.
  bool under_title = false;
  for (uint32_t b = p.first_block; b-- > 0 && p.first_block - b <= kOpenerTitleDistance;) {
    if (features[b].title && seg.blocks[b].kind == BlockKind::Heading) under_title = true;
    if (under_title || seg.blocks[b].chars() > kOpenerGapChars) break;
  }
  if (!under_title) return;
  for (size_t i = first; i < verdicts.size(); ++i) {
    uint32_t b = sel.blocks[i];
    if (b < p.first_block || b >= p.end_block) break;
    if (verdicts[i] == Verdict::Comment) verdicts[i] = judge(i, false);
  }
}

}  // namespace

void clean_content(const Segmentation& seg, const std::vector<BlockFeatures>& features,
                   const CleanOptions& options, Selection& sel) {
  const uint16_t page_meta = options.keep_page_meta ? 0 : uint16_t(kByline | kCaption);
  const uint16_t remove = options.use_classes ? uint16_t(kRemoveInContentFlags | page_meta)
                                              : uint16_t(kRemoveFlags);
  std::vector<Verdict> verdicts(sel.blocks.size(), Verdict::Keep);
  std::vector<bool> by_links(sel.blocks.size(), false);  // dropped for link density alone
  bool in_comments = false;  // after a "Comments" heading
  // What the content holds in all, for path_flags' wrappers.
  double content_chars = 0;
  for (size_t i = 0; i < sel.roots.size(); ++i)
    if (i == 0 || sel.roots[i] != sel.roots[i - 1]) content_chars += seg.subtree_chars(seg.elements[sel.roots[i]]);
  // The verdict on block i; `comments` false judges a comment-marked block as
  // if it had no comment mark (a thread's opening post, below).
  auto judge = [&](size_t i, bool comments) {
    uint32_t bi = sel.blocks[i];
    const Block& b = seg.blocks[bi];
    const BlockFeatures& f = features[bi];
    bool in_table = false;
    uint16_t flags = path_flags(seg, b.element, sel.roots[i], content_chars, &in_table);
    // Structural tags are boilerplate whatever the class says.
    uint16_t tag_flags = 0;
    bool in_figure = false;
    for (uint32_t e = b.element; e != kNoIndex && e != sel.roots[i]; e = seg.elements[e].parent) {
      TagId t = seg.elements[e].tag;
      if (t == TagId::Nav) tag_flags |= kNav;
      else if (t == TagId::Aside) tag_flags |= kSidebar;
      else if (t == TagId::Footer) tag_flags |= kFooter;
      else if (t == TagId::Figure) in_figure = true;
    }
    Verdict v = Verdict::Keep;
    if (comments && f.comment_heading) in_comments = true;
    if (!comments) flags &= uint16_t(~kComment);
    if (flags & kComment) {
      v = Verdict::Comment;
    } else if (comments && in_comments) {
      v = Verdict::Comment;
    } else if ((flags & remove) || tag_flags) {
      v = Verdict::Drop;
    } else if (!options.keep_page_meta &&
               (b.kind == BlockKind::Caption ||
                (b.kind == BlockKind::Paragraph && b.chars() < kLabelledCaptionMaxChars &&
                 is_labelled_caption(seg.block_text(b))) ||
                (b.chars() < kCreditLineMaxChars && is_credit_line(seg.block_text(b))))) {
      v = Verdict::Drop;
    } else if (!options.keep_page_meta && in_figure && !in_table && b.images == 0 && b.kind != BlockKind::Code &&
               b.chars() <= kFigureLabelMaxChars) {
      // A word or two of a picture's own besides its caption: a screen reader's
      // "Image", a counter, "Enlarge". (A table or a listing set as a figure is text.)
      v = Verdict::Drop;
    } else if (!options.tables && in_table) {
      v = Verdict::Drop;
    } else if ((!options.keep_page_meta && letterless(seg.block_text(b), b.kind)) ||
               machine_token(seg.block_text(b), b.kind)) {
      v = Verdict::Drop;
    } else if ((f.boilerplate_text && b.chars() < options.short_block_chars) ||
               page_notice(seg.block_text(b)) || (!in_table && is_interface_label(seg.block_text(b)))) {
      v = Verdict::Drop;
    } else if (f.link_density > options.max_link_density && !linked_value_cell(seg, features, sel, i)) {
      v = Verdict::Drop;
      by_links[i] = true;
      // An inline related headline: a fully linked <p> inside body text; or a
      // subhead linking to what its section is about ("<h3><a>Rez Infinite
      // ($30)</a></h3>" in a list of games), between paragraphs. A subhead
      // with an unlinked label ("MIRA: <a>…</a>") is a teaser. A linked
      // sentence after body text ("<a>This week's show is a silly party
      // game</a>.") is the text's own, whatever follows it.
      // A linked passage longer than any headline beside body text is a
      // quote linked to its source.
      const bool subhead = b.kind == BlockKind::Heading && b.link_chars >= b.chars();
      const bool paragraph = seg.elements[b.element].tag == TagId::P;
      auto good = [&](size_t j) {
        const Block& o = seg.blocks[sel.blocks[j]];
        const BlockFeatures& of = features[sel.blocks[j]];
        return o.chars() >= kGoodParagraphChars && of.link_density < 0.2;
      };
      // A short sentence linking many of its words but not all of them beside
      // prose (an encyclopedia's lead, "<b>Escopete</b> is a <a>municipality</a>
      // of the <a>province of …</a>") is the text's own too; the prose beside
      // it may link as much as the limit allows. (j = size_t(-1) is no block.)
      auto prose = [&](size_t j) {
        if (j >= sel.blocks.size()) return false;
        const Block& o = seg.blocks[sel.blocks[j]];
        const BlockFeatures& of = features[sel.blocks[j]];
        return seg.elements[o.element].tag == TagId::P && o.chars() >= kGoodParagraphChars &&
               of.link_density <= options.max_link_density && of.sentence_end;
      };
      const bool has_next = i + 1 < sel.blocks.size();
      const bool after_text = i > 0 && good(i - 1), before_text = has_next && good(i + 1);
      const bool text_block = !is_link_list_item(seg, b);  // a link list's items keep their verdict
      if (text_block && b.chars() <= kHeadlineMaxChars) {
        if (labelled_link(seg.block_text(b), b)) return v;
        if ((paragraph || subhead) && f.link_density >= kHeadlineLinkDensity && after_text &&
            (before_text || (has_next && f.sentence_end && b.chars() >= kGoodParagraphChars)))
          v = Verdict::Keep;
        else if (!options.drop_doubtful && paragraph && f.link_density < kHeadlineLinkDensity && f.sentence_end &&
                 !is_boilerplate_text(seg.block_text(b)) && (prose(i - 1) || prose(i + 1)))
          v = Verdict::Keep;
      } else if (text_block && paragraph && f.sentence_end && (after_text || before_text)) {
        v = Verdict::Keep;
      }
    }
    return v;
  };
  for (size_t i = 0; i < sel.blocks.size(); ++i) verdicts[i] = judge(i, true);
  if (options.thread_opener) promote_thread_opener(seg, features, sel, judge, verdicts);
  keep_described_links(seg, features, sel, by_links, verdicts);
  drop_teaser_items(seg, sel, verdicts);
  drop_lone_teasers(seg, sel, verdicts);
  drop_teaser_cards(seg, features, sel, verdicts);
  drop_boxed_rails(seg, sel, verdicts);
  drop_trailing_rail(seg, sel, verdicts);
  sel.index_page = drop_teaser_index(seg, features, sel, verdicts);
  drop_repeated_opening(seg, features, sel, verdicts);
  if (options.drop_doubtful) drop_doubtful_blocks(seg, features, sel, verdicts);
  drop_empty_sections(seg, sel, verdicts);
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
  // Only where there is real content left to end on, and not a run longer
  // than `trailing_scraps`: that is the article's own lines (tour dates).
  uint32_t kept = 0;
  for (size_t i = 0; i < w; ++i) kept += seg.blocks[sel.blocks[i]].chars();
  // favor=precision: a short label leading into what follows ("Related
  // post:") leads into nothing at the end, what it introduced went. (The
  // trafilatura gold keeps such labels, "Das Konzeptpapier finden Sie hier:",
  // dragnet's drops them.)
  auto trailing_scrap = [&](size_t i) {
    const Block& b = seg.blocks[sel.blocks[i]];
    std::string_view t = seg.block_text(b);
    return edge_scrap(b, features[sel.blocks[i]]) || trailing_promo(t) ||
           (options.drop_doubtful && b.chars() < kEdgeScrapChars && !t.empty() && t.back() == ':');
  };
  size_t scraps = 0;
  while (scraps < w && trailing_scrap(w - 1 - scraps)) ++scraps;
  while (options.trim_edges && w > 1 && scraps <= options.trailing_scraps) {
    const Block& b = seg.blocks[sel.blocks[w - 1]];
    if (!trailing_scrap(w - 1) || kept - b.chars() < kEdgeMinContentChars) break;
    kept -= b.chars();
    --w;
  }
  size_t start = 0;
  if (options.trim_edges && options.title_scraps > 0)
    start = trim_around_title(seg, features, options.title_scraps, sel, w, kept);
  // favor=precision: the same at the start, except a heading (the headline).
  while (options.drop_doubtful && w - start > 1) {
    const Block& b = seg.blocks[sel.blocks[start]];
    if (b.kind == BlockKind::Heading || !edge_scrap(b, features[sel.blocks[start]]) ||
        kept - b.chars() < kEdgeMinContentChars)
      break;
    kept -= b.chars();
    ++start;
  }
  sel.blocks.erase(sel.blocks.begin() + w, sel.blocks.end());
  sel.roots.erase(sel.roots.begin() + w, sel.roots.end());
  sel.blocks.erase(sel.blocks.begin(), sel.blocks.begin() + start);
  sel.roots.erase(sel.roots.begin(), sel.roots.begin() + start);
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
