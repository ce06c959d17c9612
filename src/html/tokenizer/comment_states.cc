// Markup declaration open, bogus comment and comment states (HTML Standard
// §13.2.5.41–52). Comment data is almost always a verbatim slice of the input,
// even the "--" and "--!" the end states give back (TextBuilder::append_literal
// recognises them), so a comment is usually a view and only NUL forces a copy.
#include "html/tokenizer/scan.h"
#include "html/tokenizer/tokenizer.h"

namespace pith::html {

bool Tokenizer::emit_comment() {
  token_.type = TokenType::Comment;
  token_.data = comment_.view();
  clear_tag_fields();
  state_ = State::Data;
  return true;
}

bool Tokenizer::run_comment_states() {
  for (;;) {
    // Every comment state but the first two ends the comment at EOF
    // (eof-in-comment): emit it; the data state then emits end-of-file.
    if (pos_ == end_ && state_ != State::MarkupDeclarationOpen) {
      if (state_ != State::BogusComment) ++errors_;
      return emit_comment();
    }
    switch (state_) {
      // §13.2.5.42 Markup declaration open state (pos_ is after "<!").
      case State::MarkupDeclarationOpen: {
        size_t left = static_cast<size_t>(end_ - pos_);
        if (left >= 2 && pos_[0] == '-' && pos_[1] == '-') {
          pos_ += 2;
          comment_.start_at(pos_);
          state_ = State::CommentStart;
        } else if (scan::starts_with_ignoring_ascii_case(pos_, end_, "doctype")) {
          pos_ += 7;
          state_ = State::Doctype;
          return false;
        } else if (left >= 7 && std::string_view(pos_, 7) == "[CDATA[" && cdata_allowed_) {
          pos_ += 7;
          state_ = State::CdataSection;
          return false;
        } else {
          // incorrectly-opened-comment (or cdata-in-html-content, whose
          // comment data "[CDATA[" is then simply the start of the view).
          ++errors_;
          comment_.start_at(pos_);
          state_ = State::BogusComment;
        }
        break;
      }

      // §13.2.5.41 Bogus comment state.
      case State::BogusComment: {
        for (;;) {
          const char* p = scan::find_any<'>', '\0'>(pos_, end_);
          if (p != pos_) comment_.append_input(pos_, static_cast<size_t>(p - pos_));
          pos_ = p;
          if (p == end_) return emit_comment();
          ++pos_;
          if (*p == '>') return emit_comment();
          ++errors_;
          comment_.append_bytes(scan::kReplacementChar, 3);
        }
      }

      // §13.2.5.43 Comment start state.
      case State::CommentStart:
        if (*pos_ == '-') {
          ++pos_;
          state_ = State::CommentStartDash;
        } else if (*pos_ == '>') {  // abrupt-closing-of-empty-comment
          ++errors_;
          ++pos_;
          return emit_comment();
        } else {
          state_ = State::Comment;
        }
        break;

      // §13.2.5.44 Comment start dash state.
      case State::CommentStartDash:
        if (*pos_ == '-') {
          ++pos_;
          state_ = State::CommentEnd;
        } else if (*pos_ == '>') {
          ++errors_;
          ++pos_;
          return emit_comment();
        } else {
          comment_.append_literal("-", end_);
          state_ = State::Comment;
        }
        break;

      // §13.2.5.45 Comment state.
      case State::Comment: {
        for (;;) {
          const char* p = scan::find_any<'<', '-', '\0'>(pos_, end_);
          if (p != pos_) comment_.append_input(pos_, static_cast<size_t>(p - pos_));
          pos_ = p;
          if (p == end_) break;  // eof-in-comment, handled above
          ++pos_;
          if (*p == '<') {
            comment_.append_input(p, 1);
            state_ = State::CommentLessThanSign;
            break;
          }
          if (*p == '-') {
            state_ = State::CommentEndDash;
            break;
          }
          ++errors_;
          comment_.append_bytes(scan::kReplacementChar, 3);
        }
        break;
      }

      // §13.2.5.46–49 Comment less-than sign (bang, bang dash, bang dash dash)
      // states: they only detect nested "<!--" for an error.
      case State::CommentLessThanSign:
        if (*pos_ == '!') {
          comment_.append_input(pos_, 1);
          ++pos_;
          state_ = State::CommentLessThanSignBang;
        } else if (*pos_ == '<') {
          comment_.append_input(pos_, 1);
          ++pos_;
        } else {
          state_ = State::Comment;
        }
        break;
      case State::CommentLessThanSignBang:
        if (*pos_ == '-') {
          ++pos_;
          state_ = State::CommentLessThanSignBangDash;
        } else {
          state_ = State::Comment;
        }
        break;
      case State::CommentLessThanSignBangDash:
        if (*pos_ == '-') {
          ++pos_;
          state_ = State::CommentLessThanSignBangDashDash;
        } else {
          state_ = State::CommentEndDash;
        }
        break;
      case State::CommentLessThanSignBangDashDash:
        if (*pos_ != '>') ++errors_;  // nested-comment
        state_ = State::CommentEnd;
        break;

      // §13.2.5.50 Comment end dash state.
      case State::CommentEndDash:
        if (*pos_ == '-') {
          ++pos_;
          state_ = State::CommentEnd;
        } else {
          comment_.append_literal("-", end_);
          state_ = State::Comment;
        }
        break;

      // §13.2.5.51 Comment end state.
      case State::CommentEnd:
        if (*pos_ == '>') {
          ++pos_;
          return emit_comment();
        } else if (*pos_ == '!') {
          ++pos_;
          state_ = State::CommentEndBang;
        } else if (*pos_ == '-') {
          ++pos_;
          comment_.append_literal("-", end_);
        } else {
          comment_.append_literal("--", end_);
          state_ = State::Comment;
        }
        break;

      // §13.2.5.52 Comment end bang state.
      case State::CommentEndBang:
        if (*pos_ == '-') {
          ++pos_;
          comment_.append_literal("--!", end_);
          state_ = State::CommentEndDash;
        } else if (*pos_ == '>') {  // incorrectly-closed-comment
          ++errors_;
          ++pos_;
          return emit_comment();
        } else {
          comment_.append_literal("--!", end_);
          state_ = State::Comment;
        }
        break;

      default:
        return false;
    }
  }
}

}  // namespace pith::html
