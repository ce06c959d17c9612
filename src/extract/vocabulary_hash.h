// What the vocabulary files (boilerplate_vocabulary.cc, boilerplate_phrases.cc,
// page_notices.cc) share: the hash of their open-addressing word tables and
// ASCII lowercasing.
#pragma once

#include <cstdint>
#include <string_view>

namespace pith::extraction::vocabulary {

inline uint32_t hash_word(std::string_view w) {
  uint32_t h = 2166136261u;  // FNV-1a
  for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

inline char lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c + 32) : c; }

}  // namespace pith::extraction::vocabulary
