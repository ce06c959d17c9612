// Tag name lookup: an open-addressed table built once, keyed by a cheap hash of
// the name's length and characters. Tag names are short, so hashing all bytes
// costs less than the branchy length switch it replaces.
#include "dom/tag.h"

#include <array>
#include <cstring>

namespace pith::dom {
namespace {

constexpr std::array<std::string_view, kTagCount> kNames = {
    std::string_view{},
#define PITH_TAG(id, name) std::string_view{name},
#include "dom/tag_names.inc"
#undef PITH_TAG
};

constexpr unsigned kTableBits = 10;
constexpr unsigned kTableSize = 1u << kTableBits;

constexpr uint32_t hash_name(std::string_view s) {
  uint32_t h = 2166136261u ^ static_cast<uint32_t>(s.size());
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h ^ (h >> 15);
}

struct Table {
  std::array<uint8_t, kTableSize> slots{};  // 0 = empty, else TagId value
  constexpr Table() {
    for (int id = 1; id < kTagCount; ++id) {
      uint32_t i = hash_name(kNames[id]) & (kTableSize - 1);
      while (slots[i] != 0) i = (i + 1) & (kTableSize - 1);
      slots[i] = static_cast<uint8_t>(id);
    }
  }
};

constexpr Table kTable{};

}  // namespace

TagId tag_id_from_name(std::string_view name) noexcept {
  if (name.empty() || name.size() > 14) return TagId::Unknown;  // longest: annotation-xml
  uint32_t i = hash_name(name) & (kTableSize - 1);
  while (uint8_t id = kTable.slots[i]) {
    if (kNames[id] == name) return static_cast<TagId>(id);
    i = (i + 1) & (kTableSize - 1);
  }
  return TagId::Unknown;
}

std::string_view tag_name(TagId id) noexcept {
  return kNames[static_cast<unsigned>(id)];
}

}  // namespace pith::dom
