// Tag and attribute states (HTML Standard §13.2.5.6–8 and §13.2.5.32–40):
// tag open, end tag open, tag name, the attribute name/value states and the
// self-closing start tag state, plus building and emitting the tag token.
//
// Names and values are AttrSlices: views of the input until something has to
// be rewritten (capitals, NUL, a character reference), then copies in
// attr_storage_. Duplicate attributes are found by a linear scan on small tags
// and through an open-addressed hash set once a tag has many attributes, so a
// tag with 300k attributes stays linear.
#include "html/tokenizer/char_ref.h"
#include "html/tokenizer/scan.h"
#include "html/tokenizer/tokenizer.h"

namespace pith::html {
namespace {

// Tags with up to this many attributes check duplicates by linear scan; the
// hash set pays off only beyond that.
constexpr size_t kLinearDuplicateScan = 16;
// The hash set's initial number of slots (a power of two).
constexpr size_t kInitialHashSlots = 64;

constexpr char kReplacementChar[] = "\xEF\xBF\xBD";

struct StopTable {
  uint8_t stop[256] = {};
  constexpr StopTable(std::string_view bytes, bool upper) {
    for (char c : bytes) stop[static_cast<uint8_t>(c)] = 1;
    if (upper)
      for (int c = 'A'; c <= 'Z'; ++c) stop[c] = 1;
  }
};

// Bytes that end a plain run in the tag name, attribute name and unquoted
// attribute value states.
constexpr StopTable kTagNameStop{std::string_view("\t\n\f />\0", 7), true};
constexpr StopTable kAttrNameStop{std::string_view("\t\n\f />=\0\"'<", 11), true};
constexpr StopTable kUnquotedValueStop{std::string_view("\t\n\f &>\0\"'<=`", 12), false};

uint32_t hash_name(std::string_view s) {
  uint32_t h = 2166136261u;
  for (char c : s) h = (h ^ static_cast<uint8_t>(c)) * 16777619u;
  return h ^ (h >> 16);
}

}  // namespace

void Tokenizer::begin_tag(bool end_tag) {
  tag_is_end_ = end_tag;
  self_closing_ = false;
  tag_name_.clear();
  pending_attrs_.clear();
  attr_storage_.clear();
  attr_hash_count_ = 0;
}

void Tokenizer::begin_attribute() { pending_attrs_.emplace_back(); }

void Tokenizer::slice_spill(AttrSlice& s) {
  size_t start = attr_storage_.size();
  attr_storage_.append(begin_ + s.offset, s.length);
  s.offset = start;
  s.in_storage = true;
}

void Tokenizer::slice_append_input(AttrSlice& s, const char* p, size_t n) {
  if (!s.in_storage) {
    size_t offset = static_cast<size_t>(p - begin_);
    if (s.length == 0) {
      s.offset = offset;
      s.length = n;
      return;
    }
    if (s.offset + s.length == offset) {
      s.length += n;
      return;
    }
    slice_spill(s);
  }
  attr_storage_.append(p, n);
  s.length += n;
}

void Tokenizer::slice_append_bytes(AttrSlice& s, const char* p, size_t n) {
  if (!s.in_storage) slice_spill(s);
  attr_storage_.append(p, n);
  s.length += n;
}

std::string_view Tokenizer::slice_view(const AttrSlice& s) const {
  return s.in_storage ? std::string_view(attr_storage_.data() + s.offset, s.length)
                      : std::string_view(begin_ + s.offset, s.length);
}

// Is the name of pending_attrs_[index] already on the tag? Adds it to the hash
// set when the set is in use.
bool Tokenizer::is_duplicate_name(size_t index) {
  std::string_view name = slice_view(pending_attrs_[index].name);
  if (index < kLinearDuplicateScan) {
    for (size_t i = 0; i < index; ++i)
      if (!pending_attrs_[i].duplicate && slice_view(pending_attrs_[i].name) == name) return true;
    return false;
  }
  auto insert = [this](uint32_t slot_value, std::string_view key) {
    size_t mask = attr_hash_.size() - 1;
    for (size_t i = hash_name(key) & mask;; i = (i + 1) & mask) {
      if (attr_hash_[i] == 0) {
        attr_hash_[i] = slot_value;
        ++attr_hash_count_;
        return;
      }
    }
  };
  if (attr_hash_count_ == 0) {  // first use on this tag: index what came before
    size_t slots = kInitialHashSlots;
    while (slots < 2 * (index + 1)) slots *= 2;
    attr_hash_.assign(slots, 0);
    for (size_t i = 0; i < index; ++i)
      if (!pending_attrs_[i].duplicate) insert(static_cast<uint32_t>(i + 1), slice_view(pending_attrs_[i].name));
  }
  size_t mask = attr_hash_.size() - 1;
  for (size_t i = hash_name(name) & mask; attr_hash_[i] != 0; i = (i + 1) & mask)
    if (slice_view(pending_attrs_[attr_hash_[i] - 1].name) == name) return true;
  if ((attr_hash_count_ + 1) * 2 > attr_hash_.size()) {  // grow and rehash
    std::vector<uint32_t> old;
    old.swap(attr_hash_);
    attr_hash_.assign(old.size() * 2, 0);
    attr_hash_count_ = 0;
    for (uint32_t v : old)
      if (v != 0) insert(v, slice_view(pending_attrs_[v - 1].name));
  }
  insert(static_cast<uint32_t>(index + 1), name);
  return false;
}

// Leaving the attribute name state: a repeated name is dropped (first wins).
void Tokenizer::finish_attribute_name() {
  size_t index = pending_attrs_.size() - 1;
  if (is_duplicate_name(index)) {
    ++errors_;  // duplicate-attribute
    pending_attrs_[index].duplicate = true;
  }
}

void Tokenizer::consume_char_ref_in_attribute() {
  AttrSlice& value = pending_attrs_.back().value;
  CharRef ref = decode_char_ref(pos_ + 1, end_, /*in_attribute=*/true);
  errors_ += ref.errors;
  if (ref.consumed == 0) {
    slice_append_input(value, pos_, 1);
    ++pos_;
    return;
  }
  slice_append_bytes(value, ref.utf8, ref.utf8_length);
  pos_ += 1 + ref.consumed;
}

bool Tokenizer::emit_tag() {
  std::string_view name = tag_name_.view();
  token_.type = tag_is_end_ ? TokenType::EndTag : TokenType::StartTag;
  token_.name = name;
  token_.tag = dom::tag_id_from_name(name);
  token_.data = {};
  token_.self_closing = self_closing_;
  attrs_.clear();
  for (const PendingAttribute& a : pending_attrs_)
    if (!a.duplicate) attrs_.push_back({slice_view(a.name), slice_view(a.value), dom::AttrNamespace::None});
  token_.attributes = std::span<const dom::Attribute>(attrs_.data(), attrs_.size());
  if (tag_is_end_) {
    if (!attrs_.empty()) ++errors_;  // end-tag-with-attributes
    if (self_closing_) ++errors_;    // end-tag-with-trailing-solidus
  } else {
    last_start_tag_.assign(name);
  }
  state_ = State::Data;
  return true;
}

bool Tokenizer::run_tag_states() {
  for (;;) {
    switch (state_) {
      // §13.2.5.6 Tag open state (pos_ is just after '<').
      case State::TagOpen: {
        if (pos_ == end_) {  // eof-before-tag-name: '<' is text
          ++errors_;
          text_.append_input(pos_ - 1, 1);
          state_ = State::Data;
          return false;
        }
        char c = *pos_;
        if (scan::is_ascii_alpha(c)) {
          begin_tag(false);
          state_ = State::TagName;
        } else if (c == '!') {
          ++pos_;
          state_ = State::MarkupDeclarationOpen;
          return false;
        } else if (c == '/') {
          ++pos_;
          state_ = State::EndTagOpen;
        } else if (c == '?') {  // unexpected-question-mark-instead-of-tag-name
          ++errors_;
          comment_.start_at(pos_);
          state_ = State::BogusComment;
          return false;
        } else {  // invalid-first-character-of-tag-name: '<' is text
          ++errors_;
          text_.append_input(pos_ - 1, 1);
          state_ = State::Data;
          return false;
        }
        break;
      }

      // §13.2.5.7 End tag open state (pos_ is just after "</").
      case State::EndTagOpen: {
        if (pos_ == end_) {  // eof-before-tag-name: "</" is text
          ++errors_;
          text_.append_input(pos_ - 2, 2);
          state_ = State::Data;
          return false;
        }
        char c = *pos_;
        if (scan::is_ascii_alpha(c)) {
          begin_tag(true);
          state_ = State::TagName;
        } else if (c == '>') {  // missing-end-tag-name: "</>" vanishes
          ++errors_;
          ++pos_;
          state_ = State::Data;
          return false;
        } else {  // invalid-first-character-of-tag-name
          ++errors_;
          comment_.start_at(pos_);
          state_ = State::BogusComment;
          return false;
        }
        break;
      }

      // §13.2.5.8 Tag name state.
      case State::TagName: {
        for (;;) {
          const char* p = scan::find_in_table(pos_, end_, kTagNameStop.stop);
          if (p != pos_) tag_name_.append_input(pos_, static_cast<size_t>(p - pos_));
          pos_ = p;
          if (p == end_) {  // eof-in-tag: the tag is dropped
            ++errors_;
            state_ = State::Data;
            return false;
          }
          char c = *pos_++;
          if (scan::is_tokenizer_space(c)) {
            state_ = State::BeforeAttributeName;
            break;
          }
          if (c == '/') {
            state_ = State::SelfClosingStartTag;
            break;
          }
          if (c == '>') return emit_tag();
          if (c == '\0') {
            ++errors_;
            tag_name_.append_bytes(kReplacementChar, 3);
          } else {
            tag_name_.push_back(scan::to_ascii_lower(c));
          }
        }
        break;
      }

      // §13.2.5.32 Before attribute name state.
      case State::BeforeAttributeName: {
        while (pos_ < end_ && scan::is_tokenizer_space(*pos_)) ++pos_;
        if (pos_ == end_ || *pos_ == '/' || *pos_ == '>') {
          state_ = State::AfterAttributeName;
        } else {
          begin_attribute();
          if (*pos_ == '=') {  // unexpected-equals-sign-before-attribute-name
            ++errors_;
            slice_append_input(pending_attrs_.back().name, pos_, 1);
            ++pos_;
          }
          state_ = State::AttributeName;
        }
        break;
      }

      // §13.2.5.33 Attribute name state.
      case State::AttributeName: {
        for (;;) {
          const char* p = scan::find_in_table(pos_, end_, kAttrNameStop.stop);
          AttrSlice& name = pending_attrs_.back().name;
          if (p != pos_) slice_append_input(name, pos_, static_cast<size_t>(p - pos_));
          pos_ = p;
          char c = p == end_ ? '\0' : *p;
          if (p == end_ || scan::is_tokenizer_space(c) || c == '/' || c == '>') {
            finish_attribute_name();
            state_ = State::AfterAttributeName;
            break;
          }
          ++pos_;
          if (c == '=') {
            finish_attribute_name();
            state_ = State::BeforeAttributeValue;
            break;
          }
          if (scan::is_ascii_upper(c)) {
            char lower = scan::to_ascii_lower(c);
            slice_append_bytes(name, &lower, 1);
          } else if (c == '\0') {
            ++errors_;
            slice_append_bytes(name, kReplacementChar, 3);
          } else {  // '"', '\'' or '<': unexpected-character-in-attribute-name
            ++errors_;
            slice_append_input(name, p, 1);
          }
        }
        break;
      }

      // §13.2.5.34 After attribute name state.
      case State::AfterAttributeName: {
        while (pos_ < end_ && scan::is_tokenizer_space(*pos_)) ++pos_;
        if (pos_ == end_) {  // eof-in-tag
          ++errors_;
          state_ = State::Data;
          return false;
        }
        char c = *pos_;
        if (c == '/') {
          ++pos_;
          state_ = State::SelfClosingStartTag;
        } else if (c == '=') {
          ++pos_;
          state_ = State::BeforeAttributeValue;
        } else if (c == '>') {
          ++pos_;
          return emit_tag();
        } else {
          begin_attribute();
          state_ = State::AttributeName;
        }
        break;
      }

      // §13.2.5.35 Before attribute value state.
      case State::BeforeAttributeValue: {
        while (pos_ < end_ && scan::is_tokenizer_space(*pos_)) ++pos_;
        char c = pos_ == end_ ? '\0' : *pos_;
        if (pos_ != end_ && c == '"') {
          ++pos_;
          state_ = State::AttributeValueDoubleQuoted;
        } else if (pos_ != end_ && c == '\'') {
          ++pos_;
          state_ = State::AttributeValueSingleQuoted;
        } else if (pos_ != end_ && c == '>') {  // missing-attribute-value
          ++errors_;
          ++pos_;
          return emit_tag();
        } else {
          state_ = State::AttributeValueUnquoted;
        }
        break;
      }

      // §13.2.5.36–37 Attribute value (double-/single-quoted) states.
      case State::AttributeValueDoubleQuoted:
      case State::AttributeValueSingleQuoted: {
        bool double_quoted = state_ == State::AttributeValueDoubleQuoted;
        for (;;) {
          const char* p = double_quoted ? scan::find_any<'"', '&', '\0'>(pos_, end_)
                                        : scan::find_any<'\'', '&', '\0'>(pos_, end_);
          if (p != pos_) slice_append_input(pending_attrs_.back().value, pos_, static_cast<size_t>(p - pos_));
          pos_ = p;
          if (p == end_) {  // eof-in-tag
            ++errors_;
            state_ = State::Data;
            return false;
          }
          if (*p == '&') {
            consume_char_ref_in_attribute();
          } else if (*p == '\0') {
            ++errors_;
            slice_append_bytes(pending_attrs_.back().value, kReplacementChar, 3);
            ++pos_;
          } else {
            ++pos_;
            state_ = State::AfterAttributeValueQuoted;
            break;
          }
        }
        break;
      }

      // §13.2.5.38 Attribute value (unquoted) state.
      case State::AttributeValueUnquoted: {
        for (;;) {
          const char* p = scan::find_in_table(pos_, end_, kUnquotedValueStop.stop);
          AttrSlice& value = pending_attrs_.back().value;
          if (p != pos_) slice_append_input(value, pos_, static_cast<size_t>(p - pos_));
          pos_ = p;
          if (p == end_) {  // eof-in-tag
            ++errors_;
            state_ = State::Data;
            return false;
          }
          char c = *p;
          if (scan::is_tokenizer_space(c)) {
            ++pos_;
            state_ = State::BeforeAttributeName;
            break;
          }
          if (c == '>') {
            ++pos_;
            return emit_tag();
          }
          if (c == '&') {
            consume_char_ref_in_attribute();
          } else if (c == '\0') {
            ++errors_;
            slice_append_bytes(value, kReplacementChar, 3);
            ++pos_;
          } else {  // unexpected-character-in-unquoted-attribute-value
            ++errors_;
            slice_append_input(value, p, 1);
            ++pos_;
          }
        }
        break;
      }

      // §13.2.5.39 After attribute value (quoted) state.
      case State::AfterAttributeValueQuoted: {
        if (pos_ == end_) {  // eof-in-tag
          ++errors_;
          state_ = State::Data;
          return false;
        }
        char c = *pos_;
        if (scan::is_tokenizer_space(c)) {
          ++pos_;
          state_ = State::BeforeAttributeName;
        } else if (c == '/') {
          ++pos_;
          state_ = State::SelfClosingStartTag;
        } else if (c == '>') {
          ++pos_;
          return emit_tag();
        } else {  // missing-whitespace-between-attributes
          ++errors_;
          state_ = State::BeforeAttributeName;
        }
        break;
      }

      // §13.2.5.40 Self-closing start tag state.
      case State::SelfClosingStartTag: {
        if (pos_ == end_) {  // eof-in-tag
          ++errors_;
          state_ = State::Data;
          return false;
        }
        if (*pos_ == '>') {
          ++pos_;
          self_closing_ = true;
          return emit_tag();
        }
        ++errors_;  // unexpected-solidus-in-tag
        state_ = State::BeforeAttributeName;
        break;
      }

      default:
        return false;
    }
  }
}

}  // namespace pith::html
