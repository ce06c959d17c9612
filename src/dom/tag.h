// TagId: a small integer for every tag name the parser and the extractor treat
// specially, so that hot paths compare integers instead of strings. Names that are
// not in scripts/tag_names.txt map to TagId::Unknown and keep their string name on
// the node. A TagId says nothing about namespace: <title> in SVG and in HTML share
// TagId::Title and differ by Node::ns.
#pragma once

#include <cstdint>
#include <string_view>

namespace pith::dom {

enum class TagId : uint8_t {
  Unknown = 0,
#define PITH_TAG(id, name) id,
#include "dom/tag_names.inc"
#undef PITH_TAG
  Count
};

inline constexpr int kTagCount = static_cast<int>(TagId::Count);

// Maps an already-lowercased tag name to its id; Unknown when not listed.
TagId tag_id_from_name(std::string_view lowercase_name) noexcept;

// The canonical lowercase name of a known tag; empty for Unknown.
std::string_view tag_name(TagId id) noexcept;

// A set of TagIds as a 256-bit mask, usable in constexpr tables such as the
// tree builder's "special" category or the scope boundaries.
class TagSet {
 public:
  constexpr TagSet() = default;
  constexpr TagSet(std::initializer_list<TagId> ids) {
    for (TagId id : ids) add(id);
  }
  constexpr void add(TagId id) {
    auto v = static_cast<unsigned>(id);
    bits_[v >> 6] |= uint64_t{1} << (v & 63);
  }
  constexpr bool contains(TagId id) const {
    auto v = static_cast<unsigned>(id);
    return (bits_[v >> 6] >> (v & 63)) & 1;
  }
  constexpr TagSet operator|(const TagSet& o) const {
    TagSet r;
    for (int i = 0; i < 4; ++i) r.bits_[i] = bits_[i] | o.bits_[i];
    return r;
  }

 private:
  uint64_t bits_[4] = {0, 0, 0, 0};
};

}  // namespace pith::dom
