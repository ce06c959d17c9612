// The tokenizer's driver and its text states (HTML Standard §13.2.5.1–5:
// data, RCDATA, RAWTEXT, PLAINTEXT; CDATA section §13.2.5.69–71).
//
// Design. The spec describes a machine that consumes one code point at a time
// and emits one token per character. We keep its states and transitions but
// change the granularity:
//
//  * Text is scanned, not stepped. In the data state the only bytes that end
//    plain text are '<', '&' and NUL, so we jump to the next one with SSE2
//    (scan.h) and append the whole run at once. Only ASCII bytes are ever
//    special, so runs never end inside a UTF-8 sequence and non-ASCII input
//    needs no decoding at all.
//  * Token text is a view into the input whenever it is a verbatim slice of it
//    (TextBuilder, AttributeText): character runs without references, tag and
//    attribute names without capitals, attribute values without '&', comment
//    bodies. Only text that must be rewritten is copied, into scratch buffers
//    that keep their capacity, so steady-state tokenizing does not allocate.
//    Attributes are built directly as dom::Attribute, the type the token hands
//    out; duplicates are dropped as soon as their name is complete.
//  * Character runs are flushed at a '<' that may open markup (before it is
//    read) and at EOF. Then a tag token can be returned the moment its '>' is
//    seen, the tree builder can switch our state (or allow CDATA) before the
//    following text is read, and no token ever has to be queued.
//  * Several spec states are look-ahead here because whatever they consume is
//    re-emitted verbatim when they fail: the character reference states
//    (char_ref.h), the RCDATA/RAWTEXT/script "less-than sign", "end tag open"
//    and "end tag name" states (at_appropriate_end_tag), and the script data
//    escape start/double escape states (script_data.cc).
//  * The remaining states form one switch-based loop per spec section, in its
//    own file: tags and attributes (tag_states.cc), comments (comment_states.cc),
//    DOCTYPE (doctype_states.cc), script data (script_data.cc). next() hops
//    between the groups, which costs one switch per group change.
//
// Parse errors are counted in errors_, never reported individually. The input
// stream's own errors (controls, noncharacters, surrogates in the text) are
// left to decoding. On the trafilatura pages the tokenizer alone runs at about
// 1 GB/s; the budget for the whole parser is 150 MB/s.
#include "html/tokenizer/tokenizer.h"

#include "html/tokenizer/char_ref.h"
#include "html/tokenizer/scan.h"

namespace pith::html {

namespace {
}  // namespace

Tokenizer::Tokenizer(std::string_view input)
    : begin_(input.data()), pos_(input.data()), end_(input.data() + input.size()) {}

Tokenizer::~Tokenizer() = default;

void Tokenizer::set_state(TokenizerState state) {
  switch (state) {
    case TokenizerState::Data: state_ = State::Data; break;
    case TokenizerState::Rcdata: state_ = State::Rcdata; break;
    case TokenizerState::Rawtext: state_ = State::Rawtext; break;
    case TokenizerState::ScriptData:
      state_ = State::ScriptData;
      script_mode_ = ScriptMode::Normal;
      break;
    case TokenizerState::Plaintext: state_ = State::Plaintext; break;
    case TokenizerState::CdataSection: state_ = State::CdataSection; break;
  }
}

void Tokenizer::set_last_start_tag(std::string_view name) { last_start_tag_.assign(name); }

void Tokenizer::set_cdata_allowed(bool allowed) { cdata_allowed_ = allowed; }

const Token& Tokenizer::next() {
  text_.clear();
  if (state_ == State::Data && run_data_state()) return token_;
  for (;;) {
    bool ready;
    switch (state_) {
      case State::Data:
      case State::Rcdata:
      case State::Rawtext:
      case State::Plaintext:
      case State::CdataSection:
        ready = run_text_states();
        break;
      case State::ScriptData:
        ready = run_script_data();
        break;
      case State::TagOpen:
      case State::EndTagOpen:
      case State::TagName:
      case State::BeforeAttributeName:
      case State::AttributeName:
      case State::AfterAttributeName:
      case State::BeforeAttributeValue:
      case State::AttributeValueDoubleQuoted:
      case State::AttributeValueSingleQuoted:
      case State::AttributeValueUnquoted:
      case State::AfterAttributeValueQuoted:
      case State::SelfClosingStartTag:
        ready = run_tag_states(/*at_tag_open=*/false);
        break;
      case State::MarkupDeclarationOpen:
      case State::BogusComment:
      case State::CommentStart:
      case State::CommentStartDash:
      case State::Comment:
      case State::CommentLessThanSign:
      case State::CommentLessThanSignBang:
      case State::CommentLessThanSignBangDash:
      case State::CommentLessThanSignBangDashDash:
      case State::CommentEndDash:
      case State::CommentEnd:
      case State::CommentEndBang:
        ready = run_comment_states();
        break;
      default:
        ready = run_doctype_states();
        break;
    }
    if (ready) return token_;
  }
}

// Fields that do not belong to a token's type are emptied, so that no view of
// an earlier token's scratch text survives into a later token.
void Tokenizer::clear_tag_fields() {
  token_.tag = dom::TagId::Unknown;
  token_.name = {};
  token_.attributes = {};
  token_.self_closing = false;
}

bool Tokenizer::emit_characters() {
  token_.type = TokenType::Characters;
  token_.data = text_.view();
  clear_tag_fields();
  return true;
}

bool Tokenizer::emit_eof() {
  token_.type = TokenType::EndOfFile;
  token_.data = {};
  clear_tag_fields();
  return true;
}

void Tokenizer::append_replacement_char(TextBuilder& b) { b.append_bytes(scan::kReplacementChar, 3); }

// The RCDATA/RAWTEXT/script data less-than sign, end tag open and end tag name
// states in one look-ahead: does `p` (at '<') start "</" + the last start tag's
// name (ASCII case-insensitively) + whitespace, '/' or '>'? If not, everything
// those states would have consumed is emitted as text, which is what the caller
// does with the '<'.
bool Tokenizer::at_appropriate_end_tag(const char* p) const {
  size_t n = last_start_tag_.size();
  if (n == 0 || static_cast<size_t>(end_ - p) < n + 3 || p[1] != '/') return false;
  const char* q = p + 2;
  for (size_t i = 0; i < n; ++i) {
    char c = q[i];
    if (!scan::is_ascii_alpha(c) || scan::to_ascii_lower(c) != last_start_tag_[i]) return false;
  }
  char after = q[n];
  return scan::is_tokenizer_space(after) || after == '/' || after == '>';
}

// At '&' in the data or RCDATA state: the character reference state with a
// return state that appends to the character run.
void Tokenizer::consume_char_ref_in_text() {
  CharRef ref = decode_char_ref(pos_ + 1, end_, /*in_attribute=*/false);
  errors_ += ref.errors;
  if (ref.consumed == 0) {
    text_.append_input(pos_, 1);
    ++pos_;
    return;
  }
  text_.append_bytes(ref.utf8, ref.utf8_length);
  pos_ += 1 + ref.consumed;
}

// §13.2.5.1 Data state: the hot path, entered directly from next(). A '<'
// that may open markup goes straight on to the tag open state.
bool Tokenizer::run_data_state() {
  for (;;) {
    const char* p = scan::find_any<'<', '&', '\0'>(pos_, end_);
    if (p != pos_) text_.append_input(pos_, static_cast<size_t>(p - pos_));
    pos_ = p;
    if (p == end_) return text_.empty() ? emit_eof() : emit_characters();
    if (*p == '<') {
      // Tag open state's "anything else" (and EOF) keeps the '<' as text;
      // deciding it here keeps "a < b" in one run instead of flushing.
      char next = p + 1 < end_ ? p[1] : ' ';
      if (!scan::is_ascii_alpha(next) && next != '!' && next != '/' && next != '?') {
        ++errors_;  // invalid-first-character-of-tag-name / eof-before-tag-name
        text_.append_input(p, 1);
        ++pos_;
        continue;
      }
      if (!text_.empty()) return emit_characters();
      ++pos_;
      state_ = State::TagOpen;
      return run_tag_states(/*at_tag_open=*/true);
    }
    if (*p == '&') {
      consume_char_ref_in_text();
    } else {  // NUL: unexpected-null-character, emitted as is
      ++errors_;
      text_.append_input(p, 1);
      ++pos_;
    }
  }
}

bool Tokenizer::run_text_states() {
  for (;;) {
    switch (state_) {
      case State::Data:
        return run_data_state();

      // §13.2.5.2 RCDATA state and §13.2.5.3 RAWTEXT state.
      case State::Rcdata:
      case State::Rawtext: {
        bool rcdata = state_ == State::Rcdata;
        for (;;) {
          const char* p = rcdata ? scan::find_any<'<', '&', '\0'>(pos_, end_)
                                 : scan::find_any<'<', '\0'>(pos_, end_);
          if (p != pos_) text_.append_input(pos_, static_cast<size_t>(p - pos_));
          pos_ = p;
          if (p == end_) return text_.empty() ? emit_eof() : emit_characters();
          if (*p == '<') {
            if (at_appropriate_end_tag(p)) {
              if (!text_.empty()) return emit_characters();
              begin_tag(/*end_tag=*/true);
              pos_ = p + 2;
              state_ = State::TagName;
              return false;
            }
            text_.append_input(p, 1);
            ++pos_;
          } else if (*p == '&') {
            consume_char_ref_in_text();
          } else {
            ++errors_;
            append_replacement_char(text_);
            ++pos_;
          }
        }
      }

      // §13.2.5.5 PLAINTEXT state.
      case State::Plaintext: {
        for (;;) {
          const char* p = static_cast<const char*>(std::memchr(pos_, '\0', static_cast<size_t>(end_ - pos_)));
          if (p == nullptr) p = end_;
          if (p != pos_) text_.append_input(pos_, static_cast<size_t>(p - pos_));
          pos_ = p;
          if (p == end_) return text_.empty() ? emit_eof() : emit_characters();
          ++errors_;
          append_replacement_char(text_);
          ++pos_;
        }
      }

      // §13.2.5.69–71 CDATA section, bracket and end states: everything up to
      // "]]>" is text, NUL included.
      case State::CdataSection: {
        std::string_view rest(pos_, static_cast<size_t>(end_ - pos_));
        size_t close = rest.find("]]>");
        if (close == std::string_view::npos) {
          ++errors_;  // eof-in-cdata
          if (!rest.empty()) text_.append_input(pos_, rest.size());
          pos_ = end_;
          state_ = State::Data;
        } else {
          if (close != 0) text_.append_input(pos_, close);
          pos_ += close + 3;
          state_ = State::Data;
        }
        if (!text_.empty()) return emit_characters();
        return false;
      }

      default:
        return false;
    }
  }
}

}  // namespace pith::html
