// Script data states (HTML Standard §13.2.5.4 and §13.2.5.15–32). Every one of
// them emits what it consumes except the end tag states, so script data is a
// character run with a small mode (ScriptMode) that tracks "<!--", "-->",
// "<script" and "</script" to know whether a "</script>" closes the element.
// The less-than sign, escape start and double escape start/end states are
// resolved by look-ahead: when they fail they re-emit exactly what they read.
#include "html/tokenizer/scan.h"
#include "html/tokenizer/tokenizer.h"

namespace pith::html {
namespace {

// Does [p, end) start with "script" (ASCII case-insensitively) followed by
// whitespace, '/' or '>'? That is the double escape start/end test.
bool at_script_word(const char* p, const char* end) {
  constexpr std::string_view kScript = "script";
  if (static_cast<size_t>(end - p) < kScript.size() + 1 || !scan::starts_with_ignoring_ascii_case(p, end, kScript))
    return false;
  char after = p[kScript.size()];
  return scan::is_tokenizer_space(after) || after == '/' || after == '>';
}

}  // namespace

bool Tokenizer::run_script_data() {
  for (;;) {
    // Fast path: skip to the next byte that matters in this mode.
    const char* p = script_mode_ == ScriptMode::Normal ? scan::find_any<'<', '\0'>(pos_, end_)
                                                       : scan::find_any<'<', '-', '>', '\0'>(pos_, end_);
    if (p != pos_) {
      text_.append_input(pos_, static_cast<size_t>(p - pos_));
      // Any ordinary character drops the dash states back to their base mode.
      if (script_mode_ == ScriptMode::EscapedDash || script_mode_ == ScriptMode::EscapedDashDash)
        script_mode_ = ScriptMode::Escaped;
      else if (script_mode_ == ScriptMode::DoubleEscapedDash ||
               script_mode_ == ScriptMode::DoubleEscapedDashDash)
        script_mode_ = ScriptMode::DoubleEscaped;
    }
    pos_ = p;
    if (p == end_) {
      if (script_mode_ != ScriptMode::Normal) {
        ++errors_;  // eof-in-script-html-comment-like-text
        script_mode_ = ScriptMode::Normal;
      }
      return text_.empty() ? emit_eof() : emit_characters();
    }

    char c = *p;
    if (c == '\0') {
      ++errors_;
      append_replacement_char(text_);
      ++pos_;
      if (script_mode_ == ScriptMode::EscapedDash || script_mode_ == ScriptMode::EscapedDashDash)
        script_mode_ = ScriptMode::Escaped;
      else if (script_mode_ == ScriptMode::DoubleEscapedDash ||
               script_mode_ == ScriptMode::DoubleEscapedDashDash)
        script_mode_ = ScriptMode::DoubleEscaped;
      continue;
    }

    switch (script_mode_) {
      case ScriptMode::Normal:
        // Script data less-than sign state: "</name" ends, "<!--" escapes.
        if (at_appropriate_end_tag(p)) {
          if (!text_.empty()) return emit_characters();
          begin_tag(/*end_tag=*/true);
          pos_ = p + 2;
          state_ = State::TagName;
          return false;
        }
        if (end_ - p >= 4 && p[1] == '!' && p[2] == '-' && p[3] == '-') {
          text_.append_input(p, 4);
          pos_ = p + 4;
          script_mode_ = ScriptMode::EscapedDashDash;
        } else {
          text_.append_input(p, 1);
          ++pos_;
        }
        break;

      case ScriptMode::Escaped:
      case ScriptMode::EscapedDash:
      case ScriptMode::EscapedDashDash:
        if (c == '-') {
          script_mode_ = script_mode_ == ScriptMode::Escaped ? ScriptMode::EscapedDash : ScriptMode::EscapedDashDash;
          text_.append_input(p, 1);
          ++pos_;
        } else if (c == '>') {
          if (script_mode_ == ScriptMode::EscapedDashDash) script_mode_ = ScriptMode::Normal;
          else script_mode_ = ScriptMode::Escaped;
          text_.append_input(p, 1);
          ++pos_;
        } else {
          // Script data escaped less-than sign state.
          if (at_appropriate_end_tag(p)) {
            if (!text_.empty()) return emit_characters();
            begin_tag(/*end_tag=*/true);
            pos_ = p + 2;
            state_ = State::TagName;
            return false;
          }
          if (at_script_word(p + 1, end_)) {  // double escape start: "<script" + terminator
            text_.append_input(p, 8);
            pos_ = p + 8;
            script_mode_ = ScriptMode::DoubleEscaped;
          } else {
            text_.append_input(p, 1);
            ++pos_;
            script_mode_ = ScriptMode::Escaped;
          }
        }
        break;

      case ScriptMode::DoubleEscaped:
      case ScriptMode::DoubleEscapedDash:
      case ScriptMode::DoubleEscapedDashDash:
        if (c == '-') {
          script_mode_ = script_mode_ == ScriptMode::DoubleEscaped ? ScriptMode::DoubleEscapedDash
                                                                    : ScriptMode::DoubleEscapedDashDash;
          text_.append_input(p, 1);
          ++pos_;
        } else if (c == '>') {
          script_mode_ = script_mode_ == ScriptMode::DoubleEscapedDashDash ? ScriptMode::Normal
                                                                           : ScriptMode::DoubleEscaped;
          text_.append_input(p, 1);
          ++pos_;
        } else if (end_ - p >= 2 && p[1] == '/' && at_script_word(p + 2, end_)) {
          // Double escaped less-than sign + double escape end: "</script" + terminator.
          text_.append_input(p, 9);
          pos_ = p + 9;
          script_mode_ = ScriptMode::Escaped;
        } else {
          text_.append_input(p, 1);
          ++pos_;
          script_mode_ = ScriptMode::DoubleEscaped;
        }
        break;
    }
  }
}

}  // namespace pith::html
