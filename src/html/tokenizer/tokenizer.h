// Tokenizer: the WHATWG HTML tokenizer (HTML Standard §13.2.5) over UTF-8 text
// that has already been decoded and had its newlines normalised (CR LF and lone
// CR become LF; see InputStream). It is pulled by the tree builder one token at
// a time; the tree builder switches its state for RCDATA/RAWTEXT/script/PLAINTEXT
// elements and tells it whether CDATA sections are allowed (foreign content).
//
// The class has no pimpl so that the hot state loops see the members directly;
// everything below `private:` is an implementation detail (see tokenizer.cc).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dom/node.h"
#include "html/tokenizer/attribute_text.h"
#include "html/tokenizer/text_builder.h"
#include "html/tokenizer/token.h"

namespace pith::html {

// The tokenizer states a tree builder or a test may start or switch into.
// The many internal states are private to the implementation.
enum class TokenizerState : uint8_t { Data, Rcdata, Rawtext, ScriptData, Plaintext, CdataSection };

class Tokenizer {
 public:
  // `input` must outlive the tokenizer and be valid UTF-8 with newlines already
  // normalised.
  explicit Tokenizer(std::string_view input);
  ~Tokenizer();
  Tokenizer(const Tokenizer&) = delete;
  Tokenizer& operator=(const Tokenizer&) = delete;

  // Produces the next token. After EndOfFile it keeps returning EndOfFile.
  // Adjacent character data is returned as one or more Characters tokens; a run
  // is never split inside a UTF-8 sequence.
  const Token& next();

  void set_state(TokenizerState state);
  // The name of the last start tag emitted, for "appropriate end tag" checks
  // when a test starts the tokenizer in RCDATA/RAWTEXT/script state.
  void set_last_start_tag(std::string_view name);
  // True while the adjusted current node is a foreign (SVG/MathML) element:
  // then "<![CDATA[" opens a CDATA section instead of a bogus comment.
  void set_cdata_allowed(bool allowed);

  // Parse errors seen so far (counted, never reported one by one).
  uint32_t parse_errors() const { return errors_; }

 private:
  // Every state of §13.2.5 that is not resolved by look-ahead. The script data
  // escape states live in `ScriptMode` instead (script_data.cc), and the
  // RCDATA/RAWTEXT/script "end tag open/name" states are a look-ahead
  // (`at_appropriate_end_tag`), as is the character reference state (char_ref.h).
  enum class State : uint8_t {
    // Text states (tokenizer.cc, script_data.cc).
    Data, Rcdata, Rawtext, ScriptData, Plaintext, CdataSection,
    // Tags and attributes (tag_states.cc).
    TagOpen, EndTagOpen, TagName, BeforeAttributeName, AttributeName, AfterAttributeName,
    BeforeAttributeValue, AttributeValueDoubleQuoted, AttributeValueSingleQuoted,
    AttributeValueUnquoted, AfterAttributeValueQuoted, SelfClosingStartTag,
    // Markup declarations and comments (comment_states.cc).
    MarkupDeclarationOpen, BogusComment, CommentStart, CommentStartDash, Comment,
    CommentLessThanSign, CommentLessThanSignBang, CommentLessThanSignBangDash,
    CommentLessThanSignBangDashDash, CommentEndDash, CommentEnd, CommentEndBang,
    // DOCTYPE (doctype_states.cc).
    Doctype, BeforeDoctypeName, DoctypeName, AfterDoctypeName, AfterDoctypePublicKeyword,
    BeforeDoctypePublicIdentifier, DoctypePublicIdentifierDoubleQuoted,
    DoctypePublicIdentifierSingleQuoted, AfterDoctypePublicIdentifier,
    BetweenDoctypePublicAndSystemIdentifiers, AfterDoctypeSystemKeyword,
    BeforeDoctypeSystemIdentifier, DoctypeSystemIdentifierDoubleQuoted,
    DoctypeSystemIdentifierSingleQuoted, AfterDoctypeSystemIdentifier, BogusDoctype,
  };

  // Where we are inside script data: the spec's script data (escaped, double
  // escaped) states that consume characters, all of which emit what they read.
  enum class ScriptMode : uint8_t {
    Normal, Escaped, EscapedDash, EscapedDashDash,
    DoubleEscaped, DoubleEscapedDash, DoubleEscapedDashDash,
  };

  // The group runners: each loops over its states until a token is ready
  // (returns true) or the state leaves its group (returns false).
  bool run_data_state();      // tokenizer.cc
  bool run_text_states();     // tokenizer.cc
  bool run_script_data();     // script_data.cc
  // `at_tag_open` skips the dispatch on state_ when it is known to be TagOpen.
  bool run_tag_states(bool at_tag_open);  // tag_states.cc
  bool run_comment_states();  // comment_states.cc
  bool run_doctype_states();  // doctype_states.cc

  // Token emission (tokenizer.cc / tag_states.cc).
  bool emit_characters();
  bool emit_eof();
  bool emit_comment();
  bool emit_doctype();
  bool emit_tag();
  void clear_tag_fields();

  // Text helpers (tokenizer.cc).
  bool at_appropriate_end_tag(const char* p) const;
  void consume_char_ref_in_text();
  void append_replacement_char(TextBuilder& b);

  // Tag helpers (tag_states.cc).
  void begin_tag(bool end_tag);
  void begin_attribute();
  void finish_attribute_name();
  void commit_attribute();
  void consume_char_ref_in_attribute();
  template <char Quote>
  bool consume_quoted_attribute_value();
  bool is_duplicate_name(std::string_view name);
  void hash_insert(uint32_t index);

  // The input and our place in it.
  const char* begin_;
  const char* pos_;
  const char* end_;

  State state_ = State::Data;
  ScriptMode script_mode_ = ScriptMode::Normal;
  bool cdata_allowed_ = false;
  uint32_t errors_ = 0;
  Token token_;

  // Characters run and comment data.
  TextBuilder text_;
  TextBuilder comment_;

  // The tag under construction.
  bool tag_is_end_ = false;
  bool self_closing_ = false;
  TextBuilder tag_name_;
  // Finished attributes (duplicates already dropped), and the one being read:
  // its name once the attribute name state is left, its text in attr_text_.
  std::vector<dom::Attribute> attrs_;
  AttributeText attr_text_;
  bool attr_open_ = false;
  bool attr_duplicate_ = false;
  std::string_view attr_name_;
  // Open-addressed set of indices into attrs_ (plus one) for duplicate
  // detection on tags with many attributes; in use while attr_hash_count_ > 0.
  std::vector<uint32_t> attr_hash_;
  size_t attr_hash_count_ = 0;
  std::string last_start_tag_;

  // The DOCTYPE under construction.
  std::string doctype_name_;
  std::string public_id_;
  std::string system_id_;
  bool doctype_has_name_ = false;
  bool doctype_has_public_ = false;
  bool doctype_has_system_ = false;
  bool force_quirks_ = false;
};

}  // namespace pith::html
