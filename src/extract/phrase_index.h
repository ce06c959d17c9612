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

  // A phrase occurs anywhere in `text`.
  bool found_in(std::string_view text) const {
    for (size_t i = 0; i < text.size(); ++i)
      if (match_at(text, i)) return true;
    return false;
  }

 private:
  std::vector<std::string_view> by_first_[256];
};

}  // namespace pith::extraction
