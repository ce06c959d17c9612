// TextBuilder: a run of token text that stays a view into the input for as long
// as the text is a verbatim slice of it, and is copied into a reusable scratch
// string the first time it needs rewriting (a character reference, U+FFFD for
// NUL, a lowercased letter). The scratch string keeps its capacity across
// tokens, so steady-state tokenizing allocates nothing.
#pragma once

#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

namespace pith::html {

class TextBuilder {
 public:
  // Forgets the text but keeps the scratch capacity.
  void clear() {
    begin_ = nullptr;
    length_ = 0;
    copied_ = false;
    buffer_.clear();
  }

  // Starts an empty run whose view, if it stays one, begins at `p`; lets later
  // append_literal() calls recognise text that is still verbatim input.
  void start_at(const char* p) {
    clear();
    begin_ = p;
  }

  bool empty() const { return copied_ ? buffer_.empty() : length_ == 0; }

  // Appends `n` input bytes starting at `p`.
  void append_input(const char* p, size_t n) {
    if (!copied_) {
      if (length_ == 0) {
        begin_ = p;
        length_ = n;
        return;
      }
      if (begin_ + length_ == p) {
        length_ += n;
        return;
      }
      spill();
    }
    buffer_.append(p, n);
  }

  // Appends text that did not come from the input verbatim at this place.
  // When the input right after the current view holds exactly `s` (e.g. the
  // "--" a comment end state gives back) the view just grows; `limit` is the
  // end of the input.
  void append_literal(std::string_view s, const char* limit) {
    if (!copied_ && begin_ != nullptr && static_cast<size_t>(limit - (begin_ + length_)) >= s.size() &&
        std::memcmp(begin_ + length_, s.data(), s.size()) == 0) {
      length_ += s.size();
      return;
    }
    append_bytes(s.data(), s.size());
  }

  // Appends rewritten bytes (always copies).
  void append_bytes(const char* p, size_t n) {
    if (!copied_) spill();
    buffer_.append(p, n);
  }
  void push_back(char c) {
    if (!copied_) spill();
    buffer_.push_back(c);
  }

  std::string_view view() const {
    return copied_ ? std::string_view(buffer_) : std::string_view(begin_, length_);
  }

 private:
  void spill() {
    buffer_.assign(begin_ == nullptr ? "" : begin_, length_);
    copied_ = true;
  }

  const char* begin_ = nullptr;
  size_t length_ = 0;
  bool copied_ = false;
  std::string buffer_;
};

}  // namespace pith::html
