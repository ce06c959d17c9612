// Arena: bump allocation in large chunks. Every node, attribute array and string
// of a parsed document lives in one Arena, so destroying a document frees a
// handful of chunks instead of walking the tree (which could be 300k levels deep)
// and calling a destructor per node. Objects placed here must be trivially
// destructible; nothing ever runs their destructors.
#pragma once

#include <cstddef>
#include <cstring>
#include <memory>
#include <new>
#include <string_view>
#include <type_traits>
#include <vector>

namespace pith::dom {

class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  Arena(Arena&&) noexcept = default;
  Arena& operator=(Arena&&) noexcept = default;

  void* allocate(size_t size, size_t align = alignof(std::max_align_t)) {
    size_t p = (used_ + align - 1) & ~(align - 1);
    if (p + size > capacity_) {
      grow(size + align);
      p = (used_ + align - 1) & ~(align - 1);
    }
    used_ = p + size;
    return current_ + p;
  }

  template <typename T, typename... Args>
  T* make(Args&&... args) {
    static_assert(std::is_trivially_destructible_v<T>, "arena objects are never destroyed");
    return new (allocate(sizeof(T), alignof(T))) T(std::forward<Args>(args)...);
  }

  template <typename T>
  T* make_array(size_t n) {
    static_assert(std::is_trivially_destructible_v<T>, "arena objects are never destroyed");
    T* p = static_cast<T*>(allocate(sizeof(T) * (n ? n : 1), alignof(T)));
    for (size_t i = 0; i < n; ++i) new (p + i) T();
    return p;
  }

  // Copies s into the arena; the view stays valid as long as the arena.
  std::string_view copy(std::string_view s) {
    if (s.empty()) return {};
    char* p = static_cast<char*>(allocate(s.size(), 1));
    std::memcpy(p, s.data(), s.size());
    return {p, s.size()};
  }

  // Extends the most recent allocation in place when it ends at `end` and room
  // remains; lets text nodes grow without copying when nothing was allocated
  // since. Returns false when the caller must reallocate.
  bool try_extend(const char* end, size_t extra) {
    if (end != current_ + used_ || used_ + extra > capacity_) return false;
    used_ += extra;
    return true;
  }

  size_t bytes_reserved() const { return reserved_; }

 private:
  static constexpr size_t kMinChunk = 64 * 1024;
  static constexpr size_t kMaxChunk = 4 * 1024 * 1024;

  void grow(size_t need) {
    size_t size = next_chunk_;
    if (next_chunk_ < kMaxChunk) next_chunk_ *= 2;
    if (size < need) size = need;
    chunks_.emplace_back(new char[size]);
    current_ = chunks_.back().get();
    capacity_ = size;
    used_ = 0;
    reserved_ += size;
  }

  std::vector<std::unique_ptr<char[]>> chunks_;
  char* current_ = nullptr;
  size_t used_ = 0;
  size_t capacity_ = 0;
  size_t next_chunk_ = kMinChunk;
  size_t reserved_ = 0;
};

}  // namespace pith::dom
