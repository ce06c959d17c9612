// Word classes text mode counts per line: function words of many languages
// (running prose has many), the vocabulary of page furniture ("Menu", "Sign
// in", "Share", "Advertisement"), of photo and video captions, and month names.
// Lists are by intent, never by site.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
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

// Open addressing over hash_word(): the word lists fit at under half load.
// A slot is 8 bytes (the word itself lives in a pool) so that the table stays
// in the L1 cache: it is probed for every word of every page.
struct WordClassTable {
  static constexpr size_t kSlots = 2048;
  struct Slot {
    uint32_t hash = 0;
    uint8_t classes = 0;  // 0: an empty slot
    uint8_t size = 0;
    uint16_t offset = 0;  // of the word in pool
  };
  std::array<Slot, kSlots> slots{};
  std::string pool;

  // The word's slot, or the empty slot where it would go.
  size_t index_of(std::string_view word, uint32_t hash) const {
    for (size_t k = hash & (kSlots - 1);; k = (k + 1) & (kSlots - 1)) {
      const Slot& slot = slots[k];
      if (slot.classes == 0 || (slot.hash == hash && slot.size == word.size() && same_bytes(slot, word))) return k;
    }
  }
  bool same_bytes(const Slot& slot, std::string_view word) const {
    for (size_t k = 0; k < word.size(); ++k)
      if (pool[slot.offset + k] != word[k]) return false;
    return true;
  }
};

// The table of the lists in word_classes.cc.
extern const WordClassTable kWordClassTable;

// Classes of one word, already lower-cased (ASCII, Latin-1, Cyrillic
// capitals folded), given with its hash_word(); 0 when unknown. Inline: it
// runs once per word of every page, and as a call it made the line scan keep
// its state in memory.
inline uint8_t word_classes(std::string_view lowercase_word, uint32_t hash) {
  return kWordClassTable.slots[kWordClassTable.index_of(lowercase_word, hash)].classes;
}

}  // namespace pith::textmode
