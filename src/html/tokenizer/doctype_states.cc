// DOCTYPE states (HTML Standard §13.2.5.53–68): the name, the PUBLIC/SYSTEM
// keywords, the quoted identifiers and force-quirks. A page has at most one
// DOCTYPE, so this code favours plainness over speed and copies into strings.
#include "html/tokenizer/scan.h"
#include "html/tokenizer/tokenizer.h"

namespace pith::html {

bool Tokenizer::emit_doctype() {
  token_.type = TokenType::Doctype;
  token_.name = doctype_name_;
  token_.tag = dom::TagId::Unknown;
  token_.data = {};
  token_.attributes = {};
  token_.self_closing = false;
  token_.has_name = doctype_has_name_;
  token_.force_quirks = force_quirks_;
  token_.has_public_id = doctype_has_public_;
  token_.has_system_id = doctype_has_system_;
  token_.public_id = public_id_;
  token_.system_id = system_id_;
  state_ = State::Data;
  return true;
}

bool Tokenizer::run_doctype_states() {
  // Shorthands for the spec's most common steps.
  auto quirky = [this]() {  // parse error, set force-quirks, emit
    ++errors_;
    force_quirks_ = true;
    return emit_doctype();
  };
  auto to_bogus = [this](bool force_quirks) {  // parse error, reconsume in bogus DOCTYPE
    ++errors_;
    if (force_quirks) force_quirks_ = true;
    state_ = State::BogusDoctype;
  };

  for (;;) {
    if (pos_ == end_) {  // eof-in-doctype everywhere but the bogus state
      if (state_ == State::BogusDoctype) return emit_doctype();
      if (state_ == State::Doctype) {
        doctype_name_.clear(), public_id_.clear(), system_id_.clear();
        doctype_has_name_ = doctype_has_public_ = doctype_has_system_ = false;
      }
      return quirky();
    }
    char c = *pos_;
    switch (state_) {
      // §13.2.5.53 DOCTYPE state (pos_ is after "<!DOCTYPE").
      case State::Doctype:
        doctype_name_.clear(), public_id_.clear(), system_id_.clear();
        doctype_has_name_ = doctype_has_public_ = doctype_has_system_ = force_quirks_ = false;
        if (scan::is_tokenizer_space(c)) ++pos_;
        else if (c != '>') ++errors_;  // missing-whitespace-before-doctype-name
        state_ = State::BeforeDoctypeName;
        break;

      // §13.2.5.54 Before DOCTYPE name state.
      case State::BeforeDoctypeName:
        if (scan::is_tokenizer_space(c)) {
          ++pos_;
        } else if (c == '>') {  // missing-doctype-name
          ++pos_;
          return quirky();
        } else {
          doctype_has_name_ = true;
          state_ = State::DoctypeName;
        }
        break;

      // §13.2.5.55 DOCTYPE name state.
      case State::DoctypeName:
        ++pos_;
        if (scan::is_tokenizer_space(c)) {
          state_ = State::AfterDoctypeName;
        } else if (c == '>') {
          return emit_doctype();
        } else if (c == '\0') {
          ++errors_;
          doctype_name_.append(scan::kReplacementChar);
        } else {
          doctype_name_.push_back(scan::to_ascii_lower(c));
        }
        break;

      // §13.2.5.56 After DOCTYPE name state.
      case State::AfterDoctypeName:
        if (scan::is_tokenizer_space(c)) {
          ++pos_;
        } else if (c == '>') {
          ++pos_;
          return emit_doctype();
        } else if (scan::starts_with_ignoring_ascii_case(pos_, end_, "public")) {
          pos_ += 6;
          state_ = State::AfterDoctypePublicKeyword;
        } else if (scan::starts_with_ignoring_ascii_case(pos_, end_, "system")) {
          pos_ += 6;
          state_ = State::AfterDoctypeSystemKeyword;
        } else {  // invalid-character-sequence-after-doctype-name
          to_bogus(true);
        }
        break;

      // §13.2.5.57 After DOCTYPE public keyword state and §13.2.5.58 before
      // DOCTYPE public identifier state (which differ only in the error for a
      // quote straight after the keyword).
      case State::AfterDoctypePublicKeyword:
      case State::BeforeDoctypePublicIdentifier:
        if (scan::is_tokenizer_space(c)) {
          ++pos_;
          state_ = State::BeforeDoctypePublicIdentifier;
        } else if (c == '"' || c == '\'') {
          if (state_ == State::AfterDoctypePublicKeyword) ++errors_;
          ++pos_;
          doctype_has_public_ = true;
          public_id_.clear();
          state_ = c == '"' ? State::DoctypePublicIdentifierDoubleQuoted
                            : State::DoctypePublicIdentifierSingleQuoted;
        } else if (c == '>') {  // missing-doctype-public-identifier
          ++pos_;
          return quirky();
        } else {
          to_bogus(true);
        }
        break;

      // §13.2.5.59–60 DOCTYPE public identifier (double-/single-quoted) states,
      // and §13.2.5.65–66 the same for the system identifier.
      case State::DoctypePublicIdentifierDoubleQuoted:
      case State::DoctypePublicIdentifierSingleQuoted:
      case State::DoctypeSystemIdentifierDoubleQuoted:
      case State::DoctypeSystemIdentifierSingleQuoted: {
        bool is_public = state_ == State::DoctypePublicIdentifierDoubleQuoted ||
                         state_ == State::DoctypePublicIdentifierSingleQuoted;
        char quote = state_ == State::DoctypePublicIdentifierDoubleQuoted ||
                             state_ == State::DoctypeSystemIdentifierDoubleQuoted
                         ? '"'
                         : '\'';
        std::string& id = is_public ? public_id_ : system_id_;
        ++pos_;
        if (c == quote) {
          state_ = is_public ? State::AfterDoctypePublicIdentifier : State::AfterDoctypeSystemIdentifier;
        } else if (c == '>') {  // abrupt-doctype-public/system-identifier
          return quirky();
        } else if (c == '\0') {
          ++errors_;
          id.append(scan::kReplacementChar);
        } else {
          id.push_back(c);
        }
        break;
      }

      // §13.2.5.61 After DOCTYPE public identifier state and §13.2.5.62 between
      // DOCTYPE public and system identifiers state.
      case State::AfterDoctypePublicIdentifier:
      case State::BetweenDoctypePublicAndSystemIdentifiers:
        if (scan::is_tokenizer_space(c)) {
          ++pos_;
          state_ = State::BetweenDoctypePublicAndSystemIdentifiers;
        } else if (c == '>') {
          ++pos_;
          return emit_doctype();
        } else if (c == '"' || c == '\'') {
          if (state_ == State::AfterDoctypePublicIdentifier) ++errors_;
          ++pos_;
          doctype_has_system_ = true;
          system_id_.clear();
          state_ = c == '"' ? State::DoctypeSystemIdentifierDoubleQuoted
                            : State::DoctypeSystemIdentifierSingleQuoted;
        } else {  // missing-quote-before-doctype-system-identifier
          to_bogus(true);
        }
        break;

      // §13.2.5.63 After DOCTYPE system keyword state and §13.2.5.64 before
      // DOCTYPE system identifier state.
      case State::AfterDoctypeSystemKeyword:
      case State::BeforeDoctypeSystemIdentifier:
        if (scan::is_tokenizer_space(c)) {
          ++pos_;
          state_ = State::BeforeDoctypeSystemIdentifier;
        } else if (c == '"' || c == '\'') {
          if (state_ == State::AfterDoctypeSystemKeyword) ++errors_;
          ++pos_;
          doctype_has_system_ = true;
          system_id_.clear();
          state_ = c == '"' ? State::DoctypeSystemIdentifierDoubleQuoted
                            : State::DoctypeSystemIdentifierSingleQuoted;
        } else if (c == '>') {  // missing-doctype-system-identifier
          ++pos_;
          return quirky();
        } else {
          to_bogus(true);
        }
        break;

      // §13.2.5.67 After DOCTYPE system identifier state.
      case State::AfterDoctypeSystemIdentifier:
        if (scan::is_tokenizer_space(c)) {
          ++pos_;
        } else if (c == '>') {
          ++pos_;
          return emit_doctype();
        } else {  // unexpected-character-after-doctype-system-identifier
          to_bogus(false);
        }
        break;

      // §13.2.5.68 Bogus DOCTYPE state.
      case State::BogusDoctype: {
        const char* p = scan::find_any<'>', '\0'>(pos_, end_);
        if (p == end_) {
          pos_ = p;
          break;
        }
        pos_ = p + 1;
        if (*p == '>') return emit_doctype();
        ++errors_;  // unexpected-null-character, ignored
        break;
      }

      default:
        return false;
    }
  }
}

}  // namespace pith::html
