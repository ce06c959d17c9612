// Tokenizer: the WHATWG HTML tokenizer (HTML Standard §13.2.5) over UTF-8 text
// that has already been decoded and had its newlines normalised (CR LF and lone
// CR become LF; see InputStream). It is pulled by the tree builder one token at
// a time; the tree builder switches its state for RCDATA/RAWTEXT/script/PLAINTEXT
// elements and tells it whether CDATA sections are allowed (foreign content).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dom/node.h"
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

  uint32_t parse_errors() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace pith::html
