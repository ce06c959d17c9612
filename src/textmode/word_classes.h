// Word classes text mode counts per line: function words of many languages
// (running prose has many), the vocabulary of page furniture ("Menu", "Sign
// in", "Share", "Advertisement"), of photo and video captions, and month names.
// Lists are by intent, never by site.
#pragma once

#include <cstdint>
#include <string_view>

namespace pith::textmode {

enum WordClass : uint8_t {
  kStopWord = 1,     // function word: the, der, le, el, il, de, och, и …
  kUiWord = 2,       // navigation, sharing, account, ads, cookies, promos
  kCaptionWord = 4,  // photo, image, credit, getty, reuters …
  kMonthWord = 8,    // month names and abbreviations (dates, datelines)
  kBylineWord = 16,  // "by", "von", "par", "por" … opening a byline
  kCommentWord = 32, // "comments", "responses", "Kommentare" …: heads a reader-comment section
};

// 32-bit FNV-1a of a word's bytes: the key of the word_classes() table and of
// the word overlap features.
inline constexpr uint32_t kWordHashBasis = 2166136261u, kWordHashPrime = 16777619u;
inline uint32_t hash_word(std::string_view w) {
  uint32_t h = kWordHashBasis;
  for (unsigned char c : w) h = (h ^ c) * kWordHashPrime;
  return h;
}

// Classes of one word, already lower-cased (ASCII, Latin-1, Cyrillic
// capitals folded), given with its hash_word(); 0 when unknown.
uint8_t word_classes(std::string_view lowercase_word, uint32_t hash);

}  // namespace pith::textmode
