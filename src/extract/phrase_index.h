// Phrases bucketed by their first byte, so that a text is compared only with
// the handful that can start at a given byte. The boilerplate phrases (matched
// at a block's start) and the page-notice phrases (matched anywhere in a short
// block) are looked up this way for every block the content keeps.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace pith::extraction {

class PhraseIndex {
 public:
  // `phrases` are non-empty and outlive the index.
  template <size_t N>
  explicit PhraseIndex(const std::string_view (&phrases)[N]) {
    for (std::string_view p : phrases) by_first_[static_cast<unsigned char>(p[0])].push_back(p);
  }

  // Some phrase begins with byte `c`.
  bool may_start_with(char c) const { return !by_first_[static_cast<unsigned char>(c)].empty(); }

  // A phrase starts at text[at] (at < text.size()).
  bool match_at(std::string_view text, size_t at) const {
    for (std::string_view p : by_first_[static_cast<unsigned char>(text[at])])
      if (p.size() <= text.size() - at && (p.size() < 2 || p[1] == text[at + 1]) &&
          text.compare(at, p.size(), p) == 0)
        return true;
    return false;
  }

  // A phrase starts at text[at] and does not run on into a longer word: "print"
  // matches "Print" and "Print this", not "Printers are cheap"; "email" not "Emails show".
  bool match_words_at(std::string_view text, size_t at) const {
    for (std::string_view p : by_first_[static_cast<unsigned char>(text[at])])
      if (p.size() <= text.size() - at && (p.size() < 2 || p[1] == text[at + 1]) &&
          text.compare(at, p.size(), p) == 0 &&
          (at + p.size() == text.size() || !letter_or_digit(last_code_point_lead(p)) ||
           !letter_or_digit(text[at + p.size()])))
        return true;
    return false;
  }
  // A phrase occurs anywhere in `text`.
  bool found_in(std::string_view text) const {
    for (size_t i = 0; i < text.size(); ++i)
      if (match_at(text, i)) return true;
    return false;
  }

 private:
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
  std::vector<std::string_view> by_first_[256];
};

}  // namespace pith::extraction
