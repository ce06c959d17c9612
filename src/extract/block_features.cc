// Block features (see the header).
#include "extract/block_features.h"

#include <algorithm>

#include "extract/boilerplate_vocabulary.h"

namespace pith::extraction {
namespace {

bool word_char(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

char fold(char c) { return (c >= 'A' && c <= 'Z') ? char(c + 32) : c; }

bool prose_punctuation(std::string_view t) {
  if (t.empty()) return false;
  char last = t.back();
  if (last == '.' || last == '!' || last == '?' || last == ':' || last == '"' || last == ')')
    return true;
  // 。 ！ ？ (CJK full stops) at the end.
  if (t.size() >= 3) {
    std::string_view tail = t.substr(t.size() - 3);
    if (tail == "\xe3\x80\x82" || tail == "\xef\xbc\x81" || tail == "\xef\xbc\x9f") return true;
    // A quotation or an ellipsis closes the sentence: ” “ (German) ’ … 」
    if (tail == "\xe2\x80\x9d" || tail == "\xe2\x80\x9c" || tail == "\xe2\x80\x99" ||
        tail == "\xe2\x80\xa6" || tail == "\xe3\x80\x8d")
      return true;
  }
  if (t.size() >= 2) {
    std::string_view tail = t.substr(t.size() - 2);
    if (tail == "\xc2\xbb" || tail == "\xc2\xab") return true;  // » « (guillemets close either way)
  }
  return t.find(". ") != std::string_view::npos;
}

// Lowercased word characters only ("Ex-US officials" → "exusofficials").
// General punctuation (U+2000–U+207F: ’ “ ” – — …) is dropped too, so "Chad’s"
// in a heading equals "Chads" in a title that lost the apostrophe.
void squeeze(std::string_view s, std::string& out) {
  out.clear();
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0xe2 && i + 2 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xfe) == 0x80) {
      i += 2;
      continue;
    }
    if (word_char(c)) out.push_back(fold(char(c)));
  }
}

// matches_title on squeezed texts: `a` the heading's, `b` the title's.
bool squeezed_title_match(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return false;
  if (a.size() * 10 >= b.size() * kTitleShareTenths && b.find(a) != std::string_view::npos) return true;
  // A title cut short ("Dishonored video shows off plenty of creative - Site")
  // still opens with most of the heading.
  size_t common = 0;
  while (common < a.size() && common < b.size() && a[common] == b[common]) ++common;
  return common >= kTitlePrefixMinChars && common * 10 >= a.size() * kTitlePrefixShareTenths;
}

}  // namespace

bool matches_title(std::string_view text, std::string_view title) {
  if (title.empty() || text.size() > title.size() + 16) return false;
  std::string a, b;
  squeeze(text, a);
  squeeze(title, b);
  return squeezed_title_match(a, b);
}

bool same_words(std::string_view a, std::string_view b) {
  size_t i = 0, j = 0;
  for (;;) {
    while (i < a.size() && !word_char(a[i])) ++i;
    while (j < b.size() && !word_char(b[j])) ++j;
    if (i == a.size() || j == b.size()) return i == a.size() && j == b.size();
    if (fold(a[i]) != fold(b[j])) return false;
    ++i, ++j;
  }
}

void compute_block_features(const Segmentation& seg, std::string_view title,
                            std::string_view other_title, double short_block_chars,
                            std::vector<BlockFeatures>& out) {
  out.assign(seg.blocks.size(), BlockFeatures{});
  // Titles squeezed once per page, headings into one reused buffer.
  std::string title_words, other_words, heading_words;
  squeeze(title, title_words);
  squeeze(other_title, other_words);
  const size_t longest_title = std::max(title.size(), other_title.size());
  for (size_t i = 0; i < seg.blocks.size(); ++i) {
    const Block& b = seg.blocks[i];
    BlockFeatures& f = out[i];
    std::string_view t = seg.block_text(b);
    uint32_t chars = b.chars();
    f.link_density = chars ? float(b.link_chars) / float(chars) : 0.f;
    if (chars < kStopWordBlockChars) f.words = count_words(t, &f.stop_words);
    f.sentence_end = prose_punctuation(t);
    if (chars < short_block_chars) {
      f.boilerplate_text = is_boilerplate_text(t);
      f.comment_heading = b.kind == BlockKind::Heading && is_comment_heading(t);
    }
    if (b.kind == BlockKind::Heading && longest_title && t.size() <= longest_title + 16) {
      squeeze(t, heading_words);
      f.title = (t.size() <= title.size() + 16 && squeezed_title_match(heading_words, title_words)) ||
                (t.size() <= other_title.size() + 16 && squeezed_title_match(heading_words, other_words));
    }
  }
}

}  // namespace pith::extraction
