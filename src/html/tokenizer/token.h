// Tokens passed from the Tokenizer to the TreeBuilder. Views point into the
// tokenizer's input or its scratch buffers and stay valid only until the next
// call to Tokenizer::next(); the tree builder copies what it keeps into the
// document arena.
#pragma once

#include <span>
#include <string_view>

#include "dom/node.h"
#include "dom/tag.h"

namespace pith::html {

enum class TokenType : uint8_t { Doctype, StartTag, EndTag, Comment, Characters, EndOfFile };

struct Token {
  TokenType type = TokenType::EndOfFile;

  // StartTag/EndTag: lowercased name and its id (Unknown when not listed).
  // Doctype: the name (lowercased), `has_name` false when it was missing.
  dom::TagId tag = dom::TagId::Unknown;
  std::string_view name;

  // Characters: a run of decoded text (may contain U+0000 as the byte 0, and
  // whitespace mixed with other text: the tree builder splits as it needs).
  // Comment: the comment data.
  std::string_view data;

  // StartTag: attributes in source order with duplicates already dropped
  // (first one wins, as the spec says). EndTag: whatever the source had.
  std::span<const dom::Attribute> attributes;
  bool self_closing = false;

  // Doctype only.
  bool has_name = false;
  bool force_quirks = false;
  bool has_public_id = false;
  bool has_system_id = false;
  std::string_view public_id;
  std::string_view system_id;
};

}  // namespace pith::html
