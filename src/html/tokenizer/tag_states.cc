// Tag and attribute states (HTML Standard §13.2.5.6–8 and §13.2.5.32–40):
// tag open, end tag open, tag name, the attribute name/value states and the
// self-closing start tag state, plus building and emitting the tag token.
//
// Names and values are views of the input until something has to be rewritten
// (capitals, NUL, a character reference), then copies in AttributeText's blocks. Duplicate attributes are found by a linear scan on small tags
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
  attrs_.clear();
  attr_text_.clear();
  attr_open_ = false;
  attr_hash_count_ = 0;
}

void Tokenizer::begin_attribute() {
  if (attr_open_) commit_attribute();
  attr_open_ = true;
  attr_duplicate_ = false;
  attr_text_.begin_slice();
}

// Leaving the attribute name state: a repeated name is dropped (first wins).
// The value that follows goes into a fresh slice.
void Tokenizer::finish_attribute_name() {
  attr_name_ = attr_text_.slice();
  if (is_duplicate_name(attr_name_)) {
    ++errors_;  // duplicate-attribute
    attr_duplicate_ = true;
  }
  attr_text_.begin_slice();
}

// The attribute's value is complete (another attribute starts or the tag ends).
void Tokenizer::commit_attribute() {
  attr_open_ = false;
  if (attr_duplicate_) return;
  attrs_.push_back({attr_name_, attr_text_.slice(), dom::AttrNamespace::None});
  if (attr_hash_count_ != 0) hash_insert(static_cast<uint32_t>(attrs_.size() - 1));
}

void Tokenizer::hash_insert(uint32_t index) {
  if ((attr_hash_count_ + 1) * 2 > attr_hash_.size()) {  // grow and rehash
    std::vector<uint32_t> old;
    old.swap(attr_hash_);
    attr_hash_.assign(old.size() * 2, 0);
    attr_hash_count_ = 0;
    for (uint32_t v : old)
      if (v != 0) hash_insert(v - 1);
  }
  size_t mask = attr_hash_.size() - 1;
  size_t i = hash_name(attrs_[index].name) & mask;
  while (attr_hash_[i] != 0) i = (i + 1) & mask;
  attr_hash_[i] = index + 1;
  ++attr_hash_count_;
}

// Is `name` already on the tag?
bool Tokenizer::is_duplicate_name(std::string_view name) {
  size_t n = attrs_.size();
  if (n < kLinearDuplicateScan) {
    for (size_t i = 0; i < n; ++i)
      if (attrs_[i].name == name) return true;
    return false;
  }
  if (attr_hash_count_ == 0) {  // first use on this tag: index what came before
    size_t slots = kInitialHashSlots;
    while (slots < 4 * n) slots *= 2;
    attr_hash_.assign(slots, 0);
    for (size_t i = 0; i < n; ++i) hash_insert(static_cast<uint32_t>(i));
  }
  size_t mask = attr_hash_.size() - 1;
  for (size_t i = hash_name(name) & mask; attr_hash_[i] != 0; i = (i + 1) & mask)
    if (attrs_[attr_hash_[i] - 1].name == name) return true;
  return false;
}

// The body of the two quoted attribute value states, which differ only by the
// quote that ends them. Returns true after consuming the closing quote, false
// at the end of the input.
template <char Quote>
bool Tokenizer::consume_quoted_attribute_value() {
  for (;;) {
    const char* p = scan::find_any<Quote, '&', '\0'>(pos_, end_);
    if (p != pos_) attr_text_.append_input(pos_, static_cast<size_t>(p - pos_));
    pos_ = p;
    if (p == end_) return false;
    if (*p == Quote) {
      ++pos_;
      return true;
    }
    if (*p == '&') {
      consume_char_ref_in_attribute();
    } else {
      ++errors_;  // unexpected-null-character
      attr_text_.append_bytes(scan::kReplacementChar, 3);
      ++pos_;
    }
  }
}

void Tokenizer::consume_char_ref_in_attribute() {
  CharRef ref = decode_char_ref(pos_ + 1, end_, /*in_attribute=*/true);
  errors_ += ref.errors;
  if (ref.consumed == 0) {
    attr_text_.append_input(pos_, 1);
    ++pos_;
    return;
  }
  attr_text_.append_bytes(ref.utf8, ref.utf8_length);
  pos_ += 1 + ref.consumed;
}

bool Tokenizer::emit_tag() {
  if (attr_open_) commit_attribute();
  std::string_view name = tag_name_.view();
  token_.type = tag_is_end_ ? TokenType::EndTag : TokenType::StartTag;
  token_.name = name;
  token_.tag = dom::tag_id_from_name(name);
  token_.data = {};
  token_.self_closing = self_closing_;
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

// The states jump to each other with goto: a transition is a direct branch,
// where a switch in a loop would be one hard-to-predict indirect jump per
// state change (several per attribute). state_ is kept current at every label
// so that returning from anywhere leaves the tokenizer resumable.
bool Tokenizer::run_tag_states(bool at_tag_open) {
  if (at_tag_open) goto tag_open;
  switch (state_) {
    case State::TagOpen: goto tag_open;
    case State::EndTagOpen: goto end_tag_open;
    case State::TagName: goto tag_name;
    case State::BeforeAttributeName: goto before_attribute_name;
    case State::AttributeName: goto attribute_name;
    case State::AfterAttributeName: goto after_attribute_name;
    case State::BeforeAttributeValue: goto before_attribute_value;
    case State::AttributeValueDoubleQuoted: goto attribute_value_double_quoted;
    case State::AttributeValueSingleQuoted: goto attribute_value_single_quoted;
    case State::AttributeValueUnquoted: goto attribute_value_unquoted;
    case State::AfterAttributeValueQuoted: goto after_attribute_value_quoted;
    case State::SelfClosingStartTag: goto self_closing_start_tag;
    default: return false;
  }

// §13.2.5.6 Tag open state (pos_ is just after '<').
tag_open: {
  state_ = State::TagOpen;
  if (pos_ == end_) {  // eof-before-tag-name: '<' is text
    ++errors_;
    text_.append_input(pos_ - 1, 1);
    state_ = State::Data;
    return false;
  }
  char c = *pos_;
  if (scan::is_ascii_alpha(c)) {
    begin_tag(false);
    goto tag_name;
  }
  if (c == '!') {
    ++pos_;
    state_ = State::MarkupDeclarationOpen;
    return false;
  }
  if (c == '/') {
    ++pos_;
    goto end_tag_open;
  }
  ++errors_;
  if (c == '?') {  // unexpected-question-mark-instead-of-tag-name
    comment_.start_at(pos_);
    state_ = State::BogusComment;
    return false;
  }
  // invalid-first-character-of-tag-name: '<' is text
  text_.append_input(pos_ - 1, 1);
  state_ = State::Data;
  return false;
}

// §13.2.5.7 End tag open state (pos_ is just after "</").
end_tag_open: {
  state_ = State::EndTagOpen;
  if (pos_ == end_) {  // eof-before-tag-name: "</" is text
    ++errors_;
    text_.append_input(pos_ - 2, 2);
    state_ = State::Data;
    return false;
  }
  char c = *pos_;
  if (scan::is_ascii_alpha(c)) {
    begin_tag(true);
    goto tag_name;
  }
  ++errors_;
  if (c == '>') {  // missing-end-tag-name: "</>" vanishes
    ++pos_;
    state_ = State::Data;
    return false;
  }
  // invalid-first-character-of-tag-name
  comment_.start_at(pos_);
  state_ = State::BogusComment;
  return false;
}

// §13.2.5.8 Tag name state.
tag_name:
  state_ = State::TagName;
  for (;;) {
    const char* p = scan::find_in_table(pos_, end_, kTagNameStop.stop);
    if (p != pos_) tag_name_.append_input(pos_, static_cast<size_t>(p - pos_));
    pos_ = p;
    if (p == end_) goto eof_in_tag;
    char c = *pos_++;
    if (scan::is_tokenizer_space(c)) goto before_attribute_name;
    if (c == '/') goto self_closing_start_tag;
    if (c == '>') return emit_tag();
    if (c == '\0') {
      ++errors_;
      tag_name_.append_bytes(scan::kReplacementChar, 3);
    } else {
      tag_name_.push_back(scan::to_ascii_lower(c));
    }
  }

// §13.2.5.32 Before attribute name state.
before_attribute_name:
  state_ = State::BeforeAttributeName;
  while (pos_ < end_ && scan::is_tokenizer_space(*pos_)) ++pos_;
  if (pos_ == end_ || *pos_ == '/' || *pos_ == '>') goto after_attribute_name;
  begin_attribute();
  if (*pos_ == '=') {  // unexpected-equals-sign-before-attribute-name
    ++errors_;
    attr_text_.append_input(pos_, 1);
    ++pos_;
  }
  goto attribute_name;

// §13.2.5.33 Attribute name state.
attribute_name:
  state_ = State::AttributeName;
  for (;;) {
    const char* p = scan::find_in_table(pos_, end_, kAttrNameStop.stop);
    if (p != pos_) attr_text_.append_input(pos_, static_cast<size_t>(p - pos_));
    pos_ = p;
    if (p == end_) {
      finish_attribute_name();
      goto after_attribute_name;
    }
    char c = *p;
    if (scan::is_tokenizer_space(c) || c == '/' || c == '>') {
      finish_attribute_name();
      goto after_attribute_name;
    }
    ++pos_;
    if (c == '=') {
      finish_attribute_name();
      goto before_attribute_value;
    }
    if (scan::is_ascii_upper(c)) {
      char lower = scan::to_ascii_lower(c);
      attr_text_.append_bytes(&lower, 1);
    } else if (c == '\0') {
      ++errors_;
      attr_text_.append_bytes(scan::kReplacementChar, 3);
    } else {  // '"', '\'' or '<': unexpected-character-in-attribute-name
      ++errors_;
      attr_text_.append_input(p, 1);
    }
  }

// §13.2.5.34 After attribute name state.
after_attribute_name: {
  state_ = State::AfterAttributeName;
  while (pos_ < end_ && scan::is_tokenizer_space(*pos_)) ++pos_;
  if (pos_ == end_) goto eof_in_tag;
  char c = *pos_;
  if (c == '/') {
    ++pos_;
    goto self_closing_start_tag;
  }
  if (c == '=') {
    ++pos_;
    goto before_attribute_value;
  }
  if (c == '>') {
    ++pos_;
    return emit_tag();
  }
  begin_attribute();
  goto attribute_name;
}

// §13.2.5.35 Before attribute value state.
before_attribute_value:
  state_ = State::BeforeAttributeValue;
  while (pos_ < end_ && scan::is_tokenizer_space(*pos_)) ++pos_;
  if (pos_ != end_) {
    char c = *pos_;
    if (c == '"') {
      ++pos_;
      goto attribute_value_double_quoted;
    }
    if (c == '\'') {
      ++pos_;
      goto attribute_value_single_quoted;
    }
    if (c == '>') {  // missing-attribute-value
      ++errors_;
      ++pos_;
      return emit_tag();
    }
  }
  goto attribute_value_unquoted;

// §13.2.5.36 Attribute value (double-quoted) state.
attribute_value_double_quoted:
  state_ = State::AttributeValueDoubleQuoted;
  if (!consume_quoted_attribute_value<'"'>()) goto eof_in_tag;
  goto after_attribute_value_quoted;

// §13.2.5.37 Attribute value (single-quoted) state.
attribute_value_single_quoted:
  state_ = State::AttributeValueSingleQuoted;
  if (!consume_quoted_attribute_value<'\''>()) goto eof_in_tag;
  goto after_attribute_value_quoted;

// §13.2.5.38 Attribute value (unquoted) state.
attribute_value_unquoted:
  state_ = State::AttributeValueUnquoted;
  for (;;) {
    const char* p = scan::find_in_table(pos_, end_, kUnquotedValueStop.stop);
    if (p != pos_) attr_text_.append_input(pos_, static_cast<size_t>(p - pos_));
    pos_ = p;
    if (p == end_) goto eof_in_tag;
    char c = *p;
    if (scan::is_tokenizer_space(c)) {
      ++pos_;
      goto before_attribute_name;
    }
    if (c == '>') {
      ++pos_;
      return emit_tag();
    }
    if (c == '&') {
      consume_char_ref_in_attribute();
    } else if (c == '\0') {
      ++errors_;
      attr_text_.append_bytes(scan::kReplacementChar, 3);
      ++pos_;
    } else {  // unexpected-character-in-unquoted-attribute-value
      ++errors_;
      attr_text_.append_input(p, 1);
      ++pos_;
    }
  }

// §13.2.5.39 After attribute value (quoted) state.
after_attribute_value_quoted: {
  state_ = State::AfterAttributeValueQuoted;
  if (pos_ == end_) goto eof_in_tag;
  char c = *pos_;
  if (scan::is_tokenizer_space(c)) {
    ++pos_;
    goto before_attribute_name;
  }
  if (c == '/') {
    ++pos_;
    goto self_closing_start_tag;
  }
  if (c == '>') {
    ++pos_;
    return emit_tag();
  }
  ++errors_;  // missing-whitespace-between-attributes
  goto before_attribute_name;
}

// §13.2.5.40 Self-closing start tag state.
self_closing_start_tag:
  state_ = State::SelfClosingStartTag;
  if (pos_ == end_) goto eof_in_tag;
  if (*pos_ == '>') {
    ++pos_;
    self_closing_ = true;
    return emit_tag();
  }
  ++errors_;  // unexpected-solidus-in-tag
  goto before_attribute_name;

// eof-in-tag, from any state that reads a tag: the tag is dropped and the
// data state emits end-of-file.
eof_in_tag:
  ++errors_;
  state_ = State::Data;
  return false;
}

}  // namespace pith::html
