// Phrases bucketed by their first byte, so that a text is compared only with
// the handful that can start at a given byte, and a bit per hashed opening
// (four bytes; two for shorter phrases), so that a search through a text
// skips almost every position with one load: common letter pairs ("re", "en")
// open phrases, common four-byte runs rarely do. The boilerplate phrases
// (matched at a block's start) and the page-notice phrases (matched anywhere
// in a short block) are looked up this way for every block the content keeps,
// and for every line of a text page.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace pith::extraction {

class PhraseIndex {
 public:
  // `phrases` are non-empty and outlive the index.
  template <size_t N>
  explicit PhraseIndex(const std::string_view (&phrases)[N]) {
    for (std::string_view p : phrases) {
      by_first_[static_cast<unsigned char>(p[0])].push_back(p);
      longest_ = std::max(longest_, p.size());
      mark_opening(open_pairs_, p);
      if (p.size() >= 4) {
        set_bit(quad_bits_, quad_slot(p.data()));
      } else {
        mark_opening(pair_bits_, p);
        short_phrases_ = true;
        one_byte_ = one_byte_ || p.size() == 1;
      }
    }
  }

  // Some phrase begins with byte `c`, or with bytes `a`, `b` (`b` = 0 past a text's end).
  bool may_start_with(char c) const { return !by_first_[static_cast<unsigned char>(c)].empty(); }
  bool may_start_with(char a, char b) const { return bit(open_pairs_, pair_slot(a, b)); }
  // Some phrase may begin a text that begins with `opening`: the text's first
  // four bytes, or all of it when shorter (a phrase of four bytes or more is
  // told by their hashed bit, a shorter one by its first two bytes). No
  // phrase that the text starts with is ever refused.
  bool may_open(std::string_view opening) const {
    if (opening.size() >= 4 && bit(quad_bits_, quad_slot(opening.data()))) return true;
    if (!short_phrases_ || opening.empty()) return false;
    return bit(pair_bits_, pair_slot(opening[0], opening.size() >= 2 ? opening[1] : '\0'));
  }
  // Bytes in the longest phrase.
  size_t longest() const { return longest_; }

  // A phrase starts at text[at] (at < text.size()).
  bool match_at(std::string_view text, size_t at) const { return match<false>(text, at); }
  // …and does not run on into a longer word: "print" matches "Print" and
  // "Print this", not "Printers are cheap"; "email" not "Emails show".
  bool match_words_at(std::string_view text, size_t at) const { return match<true>(text, at); }

  // A phrase occurs anywhere in `text`.
  bool found_in(std::string_view text) const {
    const size_t n = text.size();
    for (size_t i = 0; i + 1 < n; ++i)
      if (((i + 4 <= n && bit(quad_bits_, quad_slot(text.data() + i))) ||
           (short_phrases_ && bit(pair_bits_, pair_slot(text[i], text[i + 1])))) &&
          match_at(text, i))
        return true;
    return one_byte_ && n > 0 && match_at(text, n - 1);
  }

 private:
  template <bool kWholeWords>
  bool match(std::string_view text, size_t at) const {
    for (std::string_view p : by_first_[static_cast<unsigned char>(text[at])])
      if (p.size() <= text.size() - at && (p.size() < 2 || p[1] == text[at + 1]) &&
          text.compare(at, p.size(), p) == 0 &&
          (!kWholeWords || at + p.size() == text.size() || !letter_or_digit(last_code_point_lead(p)) ||
           !letter_or_digit(text[at + p.size()])))
        return true;
    return false;
  }

  // Whether a UTF-8 lead byte starts a letter or digit of an alphabet that
  // spaces its words: ASCII, or U+00C0–U+07FF (Latin-1's letters on, Latin
  // Extended, Greek, Cyrillic …). U+0080–U+00BF (NBSP, », ·) and three-byte
  // characters (punctuation, and CJK, which has no word breaks) end no word.
  static bool letter_or_digit(char c) {
    unsigned char u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || (u >= 0xC3 && u <= 0xDF);
  }
  static char last_code_point_lead(std::string_view p) {
    size_t i = p.size() - 1;
    while (i > 0 && (static_cast<unsigned char>(p[i]) & 0xC0) == 0x80) --i;
    return p[i];
  }
  using Bits = std::array<uint64_t, 65536 / 64>;
  static size_t pair_slot(char a, char b) {
    return size_t(static_cast<unsigned char>(a)) << 8 | static_cast<unsigned char>(b);
  }
  static size_t quad_slot(const char* p) {
    uint32_t v;
    std::memcpy(&v, p, 4);
    return (v * 0x9E3779B1u) >> 16;  // Fibonacci hashing: the top 16 bits of the product
  }
  static void set_bit(Bits& bits, size_t slot) { bits[slot >> 6] |= uint64_t(1) << (slot & 63); }
  // The byte pair opening `p`; a one-byte phrase opens every pair it starts.
  static void mark_opening(Bits& bits, std::string_view p) {
    if (p.size() >= 2) set_bit(bits, pair_slot(p[0], p[1]));
    else for (size_t next = 0; next < 256; ++next) set_bit(bits, pair_slot(p[0], char(next)));
  }
  static bool bit(const Bits& bits, size_t slot) { return bits[slot >> 6] >> (slot & 63) & 1; }

  std::vector<std::string_view> by_first_[256];
  Bits quad_bits_{};  // hashed four-byte openings of the phrases of four bytes or more
  Bits pair_bits_{};  // two-byte openings of the shorter phrases
  Bits open_pairs_{};  // two-byte openings of all phrases
  size_t longest_ = 0;
  bool short_phrases_ = false, one_byte_ = false;
};

}  // namespace pith::extraction
