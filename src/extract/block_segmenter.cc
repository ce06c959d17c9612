// Block segmentation (see the header): an explicit enter/leave walk over the DOM
// with a stack of open block-level elements; text goes to the block owned by the
// innermost one, and entering or leaving a block-level element ends the block.
#include "extract/block_segmenter.h"

#include <array>

#include "extract/block_tags.h"
#include "extract/echoed_image_text.h"
#include "extract/grid_row.h"
#include "extract/metadata/text_normalize.h"
#include "extract/scoring_constants.h"

namespace pith::extraction {
namespace {

using dom::Node;
using dom::TagId;



BlockKind kind_of(TagId tag, uint8_t* level) {
  switch (tag) {
    case TagId::H1: *level = 1; return BlockKind::Heading;
    case TagId::H2: *level = 2; return BlockKind::Heading;
    case TagId::H3: *level = 3; return BlockKind::Heading;
    case TagId::H4: *level = 4; return BlockKind::Heading;
    case TagId::H5: *level = 5; return BlockKind::Heading;
    case TagId::H6: *level = 6; return BlockKind::Heading;
    case TagId::Li: case TagId::Dd: case TagId::Dt: return BlockKind::ListItem;
    case TagId::Td: case TagId::Th: return BlockKind::TableCell;
    case TagId::Pre: case TagId::Listing: case TagId::Xmp: case TagId::Plaintext:
      return BlockKind::Code;
    case TagId::Blockquote: return BlockKind::Quote;
    case TagId::Figcaption: case TagId::Caption: return BlockKind::Caption;
    default: return BlockKind::Paragraph;
  }
}

// Paragraphs inside a heading element read as the heading: at most this many
// blocks in it, of at most this many bytes together (a long headline with its kicker).
constexpr size_t kMaxHeadingParagraphs = 3;
constexpr uint32_t kMaxHeadingParagraphChars = 200;

bool is_heading_tag(TagId t) {
  uint8_t level = 0;
  return kind_of(t, &level) == BlockKind::Heading;
}

// A <div role=heading aria-level=N> is a heading to a screen reader, and so
// to us (a box's "Keep Reading", a widget's title); no level means 2, as
// ARIA says.
void aria_heading(const Node* n, Block& b) {
  const dom::Attribute* role = n ? n->attribute("role") : nullptr;
  if (!role || !metadata::iequals(metadata::trim(role->value), "heading")) return;
  b.kind = BlockKind::Heading;
  b.level = 2;
  if (const dom::Attribute* level = n->attribute("aria-level")) {
    std::string_view v = metadata::trim(level->value);
    if (v.size() == 1 && v[0] >= '1' && v[0] <= '6') b.level = uint8_t(v[0] - '0');
  }
}

bool inline_kind(TagId tag, ContentKind* kind) {
  switch (tag) {
    case TagId::A: *kind = ContentKind::Link; return true;
    case TagId::Em: case TagId::I: *kind = ContentKind::Emphasis; return true;
    case TagId::Strong: case TagId::B: *kind = ContentKind::Strong; return true;
    case TagId::Code: case TagId::Kbd: case TagId::Samp: case TagId::Tt:
      *kind = ContentKind::InlineCode; return true;
    default: return false;
  }
}

// True when the text below `n` is longer than `limit` bytes (stops counting there).
bool text_exceeds(const Node* n, size_t limit) {
  size_t total = 0;
  for (const Node* d = n->first_child; d; d = dom::next_in_preorder(d, n))
    if (d->is_text() && (total += d->data.size()) > limit) return true;
  return false;
}

// A link to a place on the same page whose text is only a mark: a heading's
// permalink ("Setting up<a href="#setting-up">¶</a>", Sphinx, static site
// generators), a footnote's way back ("S. 13 <a href="#fnref-1">↩</a>"), a
// photo's anchor. A browser shows it as an icon on hover; in text it is a
// stray symbol glued to the word before it ("Setting up¶").
constexpr std::string_view kAnchorMarks[] = {"\u00b6", "\u00a7", "#", "\u21a9", "\u2191",
                                             "\u2693", "\U0001f517", "\u204b", "\ufe0e", "\ufe0f"};
// Text below such a link looked at before it counts as words (bounds the check).
constexpr size_t kAnchorMarkMaxBytes = 16;

bool is_anchor_mark_link(const Node* a) {
  const dom::Attribute* href = a->attribute("href");
  if (!href || !href->value.starts_with('#')) return false;
  if (text_exceeds(a, kAnchorMarkMaxBytes)) return false;
  bool mark = false;
  for (const Node* d = a->first_child; d; d = dom::next_in_preorder(d, a)) {
    if (!d->is_text()) continue;
    std::string_view t = d->data;
    while (!t.empty()) {
      if (t[0] == ' ' || t[0] == '\n' || t[0] == '\t' || t[0] == '\r') {
        t.remove_prefix(1);
        continue;
      }
      bool known = false;
      for (std::string_view m : kAnchorMarks)
        if (t.starts_with(m)) {
          t.remove_prefix(m.size());
          known = mark = true;
          break;
        }
      if (!known) return false;
    }
  }
  return mark;
}

class Segmenter {
 public:
  Segmenter(const SegmentOptions& o, Segmentation& out) : opt_(o), out_(out) {}

  void run(const Node* root) {
    const Node* n = root->first_child;
    while (n) {
      bool descend = enter(n);
      if (descend && n->first_child) {
        n = n->first_child;
        continue;
      }
      if (descend && n->is_element()) leave(n);
      while (n != root && !n->next_sibling) {
        n = n->parent;
        if (n == root) break;
        leave(n);
      }
      n = n == root ? nullptr : n->next_sibling;
    }
    flush();
    if (out_.body == kNoIndex && !out_.elements.empty()) out_.body = 0;
  }

 private:
  struct Open {
    uint32_t element;
    bool block;
    bool inline_open;  // pushed to open_inlines_
    bool grid_row;     // a short row of grid columns (is_short_grid_row)
    bool column;       // one of its columns, read as inline content
  };

  bool enter(const Node* n) {
    if (n->is_text()) {
      // <noscript> is parsed as markup (scripting off) and often holds the real
      // content of script-rendered pages; markup that stayed text inside it
      // (a <noscript> in <head>) is ad code, not content.
      if (noscript_depth_ == 0 || n->data.find('<') == std::string_view::npos) add_text(n->data);
      return false;
    }
    if (!n->is_element()) return false;
    if (n->ns != dom::Namespace::Html) return false;
    TagId tag = n->tag;
    if (kSkipTags.contains(tag)) return false;
    if (tag == TagId::Br) {
      if (pre_depth_ > 0) {
        add_text("\n");
      } else if (cur_ != kNoIndex && in_paragraph_ > 0) {
        if (opt_.inline_structure) out_.events.push_back({InlineOp::Break, ContentKind::LineBreak});
        pending_space_ = true;
      } else {
        flush();
        after_break_ = true;
      }
      return false;
    }
    if (tag == TagId::Img || tag == TagId::Image) {
      image_texts_.note_image(*n);
      if (opt_.images) add_image(n);
      return false;
    }
    if (tag == TagId::Hr || tag == TagId::Wbr) {
      if (tag == TagId::Hr) flush();
      return false;
    }
    if (tag == TagId::A && is_anchor_mark_link(n)) {
      drop_mark_brackets(n);
      return false;
    }
    ClassVerdict verdict = classify_element(*n);
    if (verdict.flags & kHidden) return false;
    // A caption or credit set inline in a paragraph ("<a><img><span class=legend>
    // …</span></a>Text …") would be glued to the sentence after it: the
    // cleaner can only drop whole blocks, so it never enters the paragraph.
    // (Long text under such a class is prose styled as a caption: kept.)
    if ((verdict.flags & kCaption) && in_paragraph_ > 0 && !kBlockTags.contains(tag) &&
        !text_exceeds(n, kMaxBylineChars))
      return false;
    // So is a heading's own tool link after its name ("<h2>Plot<span class=mw-editsection>[<a>edit</a>]
    // </span></h2>", a share button beside a subhead): the heading is its name alone. (A heading
    // that is nothing but such a link keeps it: its text is all it has.)
    if ((verdict.flags & (kNav | kShare)) && in_heading_ > 0 && !kBlockTags.contains(tag) && cur_ != kNoIndex &&
        out_.text.size() > out_.blocks[cur_].text_begin && !text_exceeds(n, kMaxBylineChars))
      return false;

    ElementInfo info;
    info.node = n;
    info.tag = tag;
    info.verdict = verdict;
    info.parent = stack_.empty() ? kNoIndex : stack_.back().element;
    info.depth = static_cast<uint16_t>(stack_.size());
    // <html>/<body> classes describe the page type ("comments-open"), not a region.
    if (tag == TagId::Body || tag == TagId::Html) info.verdict.flags &= kHidden;
    bool block = kBlockTags.contains(tag);
    // A column of a short grid row is inline: the row is one block, its
    // columns' texts set apart by a space.
    const bool column = block && !stack_.empty() && stack_.back().grid_row;
    if (column) {
      block = false;
      pending_space_ = true;
    }
    const bool grid_row = block && tag == TagId::Div && is_short_grid_row(n);
    if (block) flush();
    info.first_block = static_cast<uint32_t>(out_.blocks.size());
    uint32_t index = static_cast<uint32_t>(out_.elements.size());
    out_.elements.push_back(info);
    if (tag == TagId::Body && out_.body == kNoIndex) out_.body = index;

    Open open{index, block, false, grid_row, column};
    if (block) block_stack_.push_back(index);
    if (tag == TagId::Pre || tag == TagId::Listing || tag == TagId::Xmp || tag == TagId::Plaintext)
      ++pre_depth_;
    if (tag == TagId::P) ++in_paragraph_;
    if (is_heading_tag(tag)) ++in_heading_;
    if (tag == TagId::A) ++link_depth_;
    if (tag == TagId::Noscript) ++noscript_depth_;
    ContentKind kind;
    if (opt_.inline_structure && !block && inline_kind(tag, &kind) &&
        !(kind == ContentKind::InlineCode && pre_depth_ > 0)) {
      open_inlines_.push_back({kind, n});
      open.inline_open = true;
      if (cur_ != kNoIndex) {
        flush_pending_space();  // "word <a>link</a>": the space stays outside the link
        out_.events.push_back({InlineOp::Open, kind, 0, 0, n});
      }
    }
    stack_.push_back(open);
    return true;
  }

  void leave(const Node* n) {
    Open open = stack_.back();
    stack_.pop_back();
    TagId tag = n->tag;
    if (open.block) {
      flush();
      block_stack_.pop_back();
    }
    if (open.column) pending_space_ = true;
    if (open.inline_open) {
      if (cur_ != kNoIndex)
        out_.events.push_back({InlineOp::Close, open_inlines_.back().kind, 0, 0, nullptr});
      open_inlines_.pop_back();
    }
    if (tag == TagId::Pre || tag == TagId::Listing || tag == TagId::Xmp || tag == TagId::Plaintext)
      --pre_depth_;
    if (tag == TagId::P) --in_paragraph_;
    if (is_heading_tag(tag)) {
      --in_heading_;
      // Paragraphs set inside a heading ("<h1><p>Title</p></h1>", "<h1>Kicker:<p>Title
      // </p></h1>") are that heading, when all of it is a headline's length (an
      // <h1> left open over the article holds its paragraphs).
      const size_t first = out_.elements[open.element].first_block, end = out_.blocks.size();
      uint32_t chars = 0;
      bool headline = end > first && end - first <= kMaxHeadingParagraphs;
      for (size_t k = first; k < end && headline; ++k) {
        const BlockKind kind = out_.blocks[k].kind;
        headline = kind == BlockKind::Paragraph || kind == BlockKind::Heading;
        chars += out_.blocks[k].chars();
      }
      if (headline && chars <= kMaxHeadingParagraphChars)
        for (size_t k = first; k < end; ++k)
          if (out_.blocks[k].kind == BlockKind::Paragraph) out_.blocks[k].kind = kind_of(tag, &out_.blocks[k].level);
    }
    if (tag == TagId::A) --link_depth_;
    if (tag == TagId::Noscript) --noscript_depth_;
    out_.elements[open.element].end_block = static_cast<uint32_t>(out_.blocks.size());
    out_.elements[open.element].end_element = static_cast<uint32_t>(out_.elements.size());
  }

  void start_block() {
    Block b;
    b.element = block_stack_.empty() ? (stack_.empty() ? kNoIndex : stack_.front().element)
                                     : block_stack_.back();
    if (b.element == kNoIndex) return;
    b.kind = kind_of(out_.elements[b.element].tag, &b.level);
    if (b.kind == BlockKind::Paragraph) aria_heading(out_.elements[b.element].node, b);
    b.text_begin = static_cast<uint32_t>(out_.text.size());
    b.events_begin = static_cast<uint32_t>(out_.events.size());
    b.after_break = after_break_;
    after_break_ = false;
    cur_ = static_cast<uint32_t>(out_.blocks.size());
    out_.blocks.push_back(b);
    pending_space_ = false;
    image_event_ = kNoIndex;
    if (opt_.inline_structure)
      for (const auto& o : open_inlines_)
        out_.events.push_back({InlineOp::Open, o.kind, 0, 0, o.node});
  }

  void flush() {
    if (cur_ == kNoIndex) return;
    Block& b = out_.blocks[cur_];
    b.text_end = static_cast<uint32_t>(out_.text.size());
    if (b.kind == BlockKind::Code) {
      while (b.text_end > b.text_begin &&
             (out_.text[b.text_end - 1] == '\n' || out_.text[b.text_end - 1] == ' '))
        --b.text_end;
      out_.text.resize(b.text_end);
    }
    if (b.text_end == b.text_begin && b.images == 0) {
      out_.events.resize(b.events_begin);
      out_.blocks.pop_back();
    } else {
      b.events_end = static_cast<uint32_t>(out_.events.size());
      if (b.kind == BlockKind::Paragraph && image_texts_.echoed_by(out_.block_text(b))) b.kind = BlockKind::Caption;
      if (b.text_end > b.text_begin) image_texts_.clear();
    }
    cur_ = kNoIndex;
  }

  void add_image(const Node* n) {
    if (cur_ == kNoIndex) start_block();
    if (cur_ == kNoIndex) return;
    out_.blocks[cur_].images++;
    if (opt_.inline_structure) {
      flush_pending_space();
      image_event_ = static_cast<uint32_t>(out_.events.size());
      out_.events.push_back({InlineOp::Image, ContentKind::Image, 0, 0, n});
    }
  }

  // A collapsed space the block's text does not take (at its start, after a
  // space) still belongs after an inline image that sits just before it: "an
  // <img> inside" keeps a space on both sides of the image in Markdown and
  // HTML, while the text, which has no image, keeps one.
  void space_dropped() {
    if (image_event_ != kNoIndex) out_.events[image_event_].space_after = true;
  }

  // Writes a collapsed space that is still pending as text of its own, so that
  // an inline element opening next does not swallow it and it is not lost
  // between two inline runs.
  void flush_pending_space() {
    if (!pending_space_ || cur_ == kNoIndex) return;
    std::string& t = out_.text;
    if (t.size() > out_.blocks[cur_].text_begin && t.back() != ' ' && t.back() != '\n') {
      t.push_back(' ');
      if (opt_.inline_structure)
        out_.events.push_back({InlineOp::Text, ContentKind::Text, static_cast<uint32_t>(t.size() - 1),
                               static_cast<uint32_t>(t.size()), nullptr});
    } else {
      space_dropped();
    }
    pending_space_ = false;
    image_event_ = kNoIndex;
  }

  // A mark link in brackets ("[<a href=#ref>↩</a>]") leaves its brackets
  // behind: the opening one goes now, the closing one with the next text.
  void drop_mark_brackets(const Node* a) {
    if (cur_ == kNoIndex || pending_space_ || pre_depth_ > 0) return;
    const Node* next = a->next_sibling;
    std::string& t = out_.text;
    if (!next || !next->is_text() || t.size() <= out_.blocks[cur_].text_begin) return;
    char close = t.back() == '[' ? ']' : t.back() == '(' ? ')' : 0;
    if (!close || !next->data.starts_with(close)) return;
    if (opt_.inline_structure) {
      if (out_.events.empty() || out_.events.back().op != InlineOp::Text || out_.events.back().end != t.size())
        return;
      if (--out_.events.back().end == out_.events.back().begin) out_.events.pop_back();
    }
    if (link_depth_ > 0 && out_.blocks[cur_].link_chars > 0) --out_.blocks[cur_].link_chars;
    t.pop_back();
    drop_close_ = close;
  }

  void add_text(std::string_view data) {
    if (drop_close_) {
      if (data.starts_with(drop_close_)) data.remove_prefix(1);
      drop_close_ = 0;
    }
    if (pre_depth_ > 0) {
      if (cur_ == kNoIndex) {
        size_t k = 0;
        while (k < data.size() && data[k] == '\n') ++k;
        data.remove_prefix(k);
        if (data.empty()) return;
        start_block();
        if (cur_ == kNoIndex) return;
      }
      append(data, /*collapse=*/false);
      return;
    }
    if (cur_ == kNoIndex) {
      // Skip leading whitespace; start a block at the first visible character.
      size_t k = 0;
      while (k < data.size() && is_space(data, k)) k += space_len(data, k);
      if (k == data.size()) return;
      data.remove_prefix(k);
      start_block();
      if (cur_ == kNoIndex) return;
    }
    append(data, /*collapse=*/true);
  }

  static bool is_space(std::string_view s, size_t i) {
    char c = s[i];
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') return true;
    return c == '\xc2' && i + 1 < s.size() && s[i + 1] == '\xa0';
  }
  static size_t space_len(std::string_view s, size_t i) { return s[i] == '\xc2' ? 2 : 1; }
  // Bytes the run copy in append() looks at: white space and the lead byte
  // of NBSP end a run; commas count; the lead bytes of the invisible format
  // characters are checked. One table lookup per byte for all of them.
  static constexpr std::array<bool, 256> kRunStops = [] {
    std::array<bool, 256> t{};
    for (unsigned char c : {' ', '\n', '\t', '\r', '\f', ',', ';'}) t[c] = true;
    for (unsigned char c : {0xc2, 0xe2, 0xef}) t[c] = true;
    return t;
  }();
  // U+200B, U+2060, U+FEFF at `i`: their UTF-8 length, else 0.
  static size_t invisible_format_char(std::string_view s, size_t i) {
    if (i + 3 > s.size()) return 0;
    std::string_view c = s.substr(i, 3);
    return (c == "\xe2\x80\x8b" || c == "\xe2\x81\xa0" || c == "\xef\xbb\xbf") ? 3 : 0;
  }

  void append(std::string_view data, bool collapse) {
    Block& b = out_.blocks[cur_];
    std::string& t = out_.text;
    size_t before = t.size();
    size_t text_start = before;
    bool wrote = false;
    size_t i = 0;
    const size_t n = data.size();
    while (i < n) {
      char c = data[i];
      if (collapse && is_space(data, i)) {
        pending_space_ = true;
        i += space_len(data, i);
        continue;
      }
      // A soft hyphen (U+00AD) only marks where a browser may break a word:
      // invisible, and kept it splits words for everyone who tokenises the
      // text ("Ita\u00adli\u00adens" is three words to \w+).
      if (c == '\xc2' && i + 1 < n && data[i + 1] == '\xad') {
        i += 2;
        continue;
      }
      // So are a zero-width space, a word joiner and a byte-order mark left
      // mid-page (a "\u00ef\u00bb\u00bf" line of its own under a story).
      if (size_t len = invisible_format_char(data, i); len && collapse) {
        i += len;
        continue;
      }
      if (pending_space_) {
        if (t.size() > b.text_begin && t.back() != ' ' && t.back() != '\n') t.push_back(' ');
        else space_dropped();
        pending_space_ = false;
      }
      image_event_ = kNoIndex;
      // Copy a run of ordinary characters at once.
      size_t j = i;
      if (collapse) {
        while (j < n) {
          const char d = data[j];
          if (kRunStops[static_cast<unsigned char>(d)]) {
            if (d == ',' || d == ';') {
              ++b.commas;
            } else if ((d != '\xe2' && d != '\xef') || invisible_format_char(data, j)) {
              break;
            }
          }
          ++j;
        }
        if (j == i) {  // a \xc2 that is not NBSP
          t.push_back(c);
          ++j;
        } else {
          t.append(data.data() + i, j - i);
        }
      } else {
        j = n;
        for (size_t k = i; k < n; ++k)
          if (data[k] == ',') ++b.commas;
        t.append(data.data() + i, j - i);
      }
      wrote = true;
      i = j;
    }
    if (!wrote) return;
    // CJK commas (， and 、) count like ASCII ones.
    for (size_t k = text_start; k + 2 < t.size(); ++k) {
      unsigned char c0 = t[k];
      if (c0 == 0xef && (unsigned char)t[k + 1] == 0xbc && (unsigned char)t[k + 2] == 0x8c) ++b.commas;
      if (c0 == 0xe3 && (unsigned char)t[k + 1] == 0x80 && (unsigned char)t[k + 2] == 0x81) ++b.commas;
    }
    if (link_depth_ > 0) b.link_chars += static_cast<uint32_t>(t.size() - text_start);
    if (opt_.inline_structure)
      out_.events.push_back({InlineOp::Text, ContentKind::Text, static_cast<uint32_t>(text_start),
                             static_cast<uint32_t>(t.size()), nullptr});
  }

  struct OpenInline {
    ContentKind kind;
    const Node* node;
  };

  const SegmentOptions& opt_;
  Segmentation& out_;
  std::vector<Open> stack_;
  std::vector<uint32_t> block_stack_;
  std::vector<OpenInline> open_inlines_;
  uint32_t cur_ = kNoIndex;
  int pre_depth_ = 0;
  int in_paragraph_ = 0;
  int in_heading_ = 0;
  int link_depth_ = 0;
  int noscript_depth_ = 0;
  bool pending_space_ = false;
  char drop_close_ = 0;  // the closing bracket of a dropped mark link's pair (drop_mark_brackets)
  bool after_break_ = false;  // the next block starts after a <br> that ended one
  uint32_t image_event_ = kNoIndex;  // the last inline event, when it is an image
  EchoedImageText image_texts_;  // alt/title of the images since the last block with text
};

}  // namespace

void segment_blocks(const dom::Document& page, const SegmentOptions& options, Segmentation& out) {
  out.elements.clear();
  out.blocks.clear();
  out.text.clear();
  out.events.clear();
  out.body = kNoIndex;
  Segmenter(options, out).run(page.root());
  out.chars_before.assign(out.blocks.size() + 1, 0);
  out.links_before.assign(out.blocks.size() + 1, 0);
  for (size_t i = 0; i < out.blocks.size(); ++i) {
    out.chars_before[i + 1] = out.chars_before[i] + out.blocks[i].chars();
    out.links_before[i + 1] = out.links_before[i] + out.blocks[i].link_chars;
  }
  // Effective boilerplate flags. For voting, an element holding most of the
  // page's text is a page wrapper whatever its class says ("l-outer--nav"):
  // only the comment and hidden marks count on it. (The cleaner looks only
  // below the chosen container, so wrappers never reach it.) Elements come in
  // pre-order, parents first.
  const double page_chars = out.chars_before.back();
  for (ElementInfo& e : out.elements) {
    // An ad holds a teaser, not an essay: a section of unlinked prose under an
    // "ads" mark is an article section that carries ad slots
    // ("TestReport__Section--Ads"), for scoring as for cleaning.
    if ((e.verdict.flags & kAd) && out.subtree_chars(e) - out.subtree_link_chars(e) > kMaxAdProseChars) {
      e.verdict.flags &= uint16_t(~kAd);
      if (e.verdict.flags == 0) e.verdict.negative = 0;
    }
    uint16_t own = e.verdict.flags;
    if (e.tag == TagId::Main) own &= kComment | kHidden;
    // Bylines and captions are short: an element with a long text under such
    // a mark is a post carrying its metadata as classes ("entry-author-jane").
    if ((own & (kByline | kCaption)) && out.subtree_chars(e) > kMaxBylineChars)
      own &= uint16_t(~(kByline | kCaption));
    e.own_flags = own;
    if (own && out.subtree_chars(e) > kWrapperShare * page_chars) own &= kComment | kHidden;
    // Voting is stricter: an element that also names itself article/content
    // ("article-teaser", "post-body-share") keeps its blocks' votes.
    uint16_t vote_own = e.verdict.positive || e.tag == TagId::Article ? 0 : own;
    e.inherited = (e.parent == kNoIndex ? 0 : out.elements[e.parent].inherited) | vote_own;
  }
  for (Block& b : out.blocks) b.flags = out.elements[b.element].inherited;
}

std::string_view first_class_token(const ElementInfo& e) {
  const dom::Attribute* a = e.node->attribute("class");
  if (!a) return {};
  std::string_view v = a->value;
  size_t begin = v.find_first_not_of(" \t\n\f\r");
  if (begin == std::string_view::npos) return {};
  v.remove_prefix(begin);
  return v.substr(0, v.find_first_of(" \t\n\f\r"));
}

}  // namespace pith::extraction
