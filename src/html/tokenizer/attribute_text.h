// AttributeText: builds the names and values of one tag's attributes. Like
// TextBuilder, a piece of text stays a view into the input until it must be
// rewritten; then it is copied into blocks that never move, so the views of
// attributes finished earlier stay valid while the tag keeps growing (a tag
// may have 300k attributes). The blocks are kept across tags and reused.
#pragma once

#include <cstddef>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

namespace pith::html {

class AttributeText {
 public:
  // Forgets all text of the previous tag; keeps the blocks.
  void clear() {
    block_ = 0;
    used_ = 0;
    begin_slice();
  }

  // Starts the next name or value.
  void begin_slice() {
    data_ = nullptr;
    length_ = 0;
    copied_ = false;
  }

  void append_input(const char* p, size_t n) {
    if (!copied_) {
      if (length_ == 0) {
        data_ = p;
        length_ = n;
        return;
      }
      if (data_ + length_ == p) {
        length_ += n;
        return;
      }
      spill();
    }
    put(p, n);
  }

  void append_bytes(const char* p, size_t n) {
    if (!copied_) spill();
    put(p, n);
  }

  // The current name or value; stays valid until clear().
  std::string_view slice() const { return {data_ == nullptr ? "" : data_, length_}; }

 private:
  // The first block's size; later ones double as needed.
  static constexpr size_t kFirstBlock = 4096;

  struct Block {
    std::unique_ptr<char[]> bytes;
    size_t capacity = 0;
  };

  // Copies the current view into the blocks; it then grows in place.
  void spill() {
    const char* old = data_;
    size_t n = length_;
    reserve_tail(n);
    char* dst = blocks_[block_].bytes.get() + used_;
    if (n != 0) std::memcpy(dst, old, n);
    data_ = dst;
    used_ += n;
    copied_ = true;
  }

  // Appends to the copied slice, which sits at the end of the current block.
  void put(const char* p, size_t n) {
    if (blocks_[block_].capacity - used_ < n) {
      // Move the slice to a fresh block big enough for it to double.
      size_t keep = length_;
      const char* old = data_;
      used_ -= keep;
      next_block(2 * (keep + n));
      char* dst = blocks_[block_].bytes.get();
      if (keep != 0) std::memcpy(dst, old, keep);
      data_ = dst;
      used_ = keep;
    }
    std::memcpy(blocks_[block_].bytes.get() + used_, p, n);
    used_ += n;
    length_ += n;
  }

  // Makes room for `n` bytes at the end of the current block.
  void reserve_tail(size_t n) {
    if (blocks_.empty()) {
      blocks_.push_back({std::make_unique<char[]>(kFirstBlock), kFirstBlock});
      block_ = 0;
      used_ = 0;
    }
    if (blocks_[block_].capacity - used_ < n + 1) next_block(2 * n + 1);
  }

  // Continues in the next block, which has at least `min_capacity` bytes.
  void next_block(size_t min_capacity) {
    ++block_;
    if (block_ < blocks_.size() && blocks_[block_].capacity >= min_capacity) {
      used_ = 0;
      return;
    }
    size_t capacity = kFirstBlock;
    while (capacity < min_capacity) capacity *= 2;
    Block b{std::make_unique<char[]>(capacity), capacity};
    if (block_ < blocks_.size()) blocks_[block_] = std::move(b);
    else blocks_.push_back(std::move(b));
    used_ = 0;
  }

  std::vector<Block> blocks_;
  size_t block_ = 0;  // the block being filled
  size_t used_ = 0;   // bytes used in it

  const char* data_ = nullptr;  // the current slice: input or block bytes
  size_t length_ = 0;
  bool copied_ = false;
};

}  // namespace pith::html
