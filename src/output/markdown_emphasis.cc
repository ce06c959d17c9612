// resolve_emphasis(): the text is cut into units (a character, or a
// backslash escape with the character it escapes, or a hard break), the
// markers are paired, and each pair is made to flank, innermost first.
#include "output/markdown_emphasis.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace pith::output {
namespace {

// How CommonMark sees a character next to a `*` run. Symbols (Unicode S*)
// count as punctuation in CommonMark 0.31 and not in 0.30: a delimiter has to
// flank under both readings.
enum class CharClass : uint8_t { Space, Punct, Symbol, Other };

struct Token {
  uint32_t begin = 0, end = 0;  // bytes of a text unit
  CharClass lead = CharClass::Other, tail = CharClass::Other;
  bool marker = false;
  bool strong = false;   // markers
  bool open = false;     // markers
  bool movable = false;  // text: a delimiter may step over it
  bool alive = true;
  int partner = -1;  // markers: the token id of the other end
};

CharClass ascii_class(unsigned char c) {
  if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') return CharClass::Space;
  if ((c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~'))
    return CharClass::Punct;
  return CharClass::Other;
}

CharClass unicode_class(UChar32 c) {
  switch (u_charType(c)) {
    case U_SPACE_SEPARATOR:
      return CharClass::Space;
    case U_CONNECTOR_PUNCTUATION:
    case U_DASH_PUNCTUATION:
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
      return CharClass::Punct;
    case U_MATH_SYMBOL:
    case U_CURRENCY_SYMBOL:
    case U_MODIFIER_SYMBOL:
    case U_OTHER_SYMBOL:
      return CharClass::Symbol;
    default:
      return CharClass::Other;
  }
}

bool is_punct(CharClass c, bool symbols_are_punct) {
  return c == CharClass::Punct || (symbols_are_punct && c == CharClass::Symbol);
}

// CommonMark's left- and right-flanking delimiter runs, for `*` (which may
// also open or close inside a word).
bool left_flanking(CharClass prev, CharClass next, bool symbols_are_punct) {
  return next != CharClass::Space &&
         (!is_punct(next, symbols_are_punct) || prev == CharClass::Space || is_punct(prev, symbols_are_punct));
}

bool right_flanking(CharClass prev, CharClass next, bool symbols_are_punct) {
  return prev != CharClass::Space &&
         (!is_punct(prev, symbols_are_punct) || next == CharClass::Space || is_punct(next, symbols_are_punct));
}

class EmphasisResolver {
 public:
  explicit EmphasisResolver(std::string_view text) : text_(text) { tokenize(); }

  std::string resolve() {
    merge_adjacent_runs();
    std::vector<int> closes;
    for (int id : order_)
      if (tokens_[id].marker && tokens_[id].alive && !tokens_[id].open) closes.push_back(id);
    // Empty pairs go before any delimiter looks for its neighbours, and the
    // dead tokens with them: a page's thousands of empty <b></b> between two
    // words would otherwise be scanned again at every step of a delimiter.
    for (int close : closes)
      if (!has_visible_text(tokens_[close].partner, close)) tokens_[close].alive = tokens_[tokens_[close].partner].alive = false;
    compact();
    for (int close : closes) settle(tokens_[close].partner, close);
    std::string out;
    out.reserve(text_.size() + 8);
    for (int id : order_) {
      const Token& t = tokens_[id];
      if (!t.alive) continue;
      if (t.marker) out += t.strong ? "**" : "*";
      else out.append(text_.substr(t.begin, t.end - t.begin));
    }
    return out;
  }

 private:
  void add_text(size_t begin, size_t end, CharClass lead, CharClass tail, bool movable) {
    Token t;
    t.begin = uint32_t(begin);
    t.end = uint32_t(end);
    t.lead = lead;
    t.tail = tail;
    t.movable = movable;
    push(t);
  }

  void push(const Token& t) {
    pos_.push_back(int(order_.size()));
    order_.push_back(int(tokens_.size()));
    tokens_.push_back(t);
  }

  void tokenize() {
    std::vector<int> open;
    for (size_t i = 0; i < text_.size();) {
      const unsigned char c = static_cast<unsigned char>(text_[i]);
      if (is_emphasis_marker(char(c))) {
        Token t;
        t.marker = true;
        t.strong = c == kStrongOpen || c == kStrongClose;
        t.open = c == kEmphasisOpen || c == kStrongOpen;
        const int id = int(tokens_.size());
        push(t);
        if (t.open) {
          open.push_back(id);
        } else if (!open.empty() && tokens_[open.back()].strong == t.strong) {
          tokens_[id].partner = open.back();
          tokens_[open.back()].partner = id;
          open.pop_back();
        } else {
          tokens_[id].alive = false;  // unpaired: never written by the writer, dropped if it is
        }
        ++i;
        continue;
      }
      if (c == '\\' && i + 1 < text_.size()) {
        const unsigned char next = static_cast<unsigned char>(text_[i + 1]);
        if (next == '\n') {  // a hard break: a backslash seen from before, a line end from after
          add_text(i, i + 2, CharClass::Punct, CharClass::Space, true);
          i += 2;
          continue;
        }
        if (ascii_class(next) == CharClass::Punct) {  // an escape: never split from its character
          add_text(i, i + 2, CharClass::Punct, CharClass::Punct, true);
          i += 2;
          continue;
        }
      }
      if (c < 0x80) {
        const CharClass cls = ascii_class(c);
        // Link, image and code-span syntax stays where it is.
        const bool syntax = c == '[' || c == ']' || c == '(' || c == ')' || c == '!' || c == '<' || c == '>' ||
                            c == '`' || c == '\\';
        add_text(i, i + 1, cls, cls, cls != CharClass::Other && !syntax);
        ++i;
        continue;
      }
      const size_t start = i;
      UChar32 cp;
      U8_NEXT(text_.data(), i, text_.size(), cp);  // an invalid sequence gives a negative cp
      const CharClass cls = cp < 0 ? CharClass::Other : unicode_class(cp);
      add_text(start, i, cls, cls, cls != CharClass::Other);
    }
    for (int id : open) tokens_[id].alive = false;
  }

  // `</b><b>` with nothing between: one run.
  void merge_adjacent_runs() {
    std::vector<int> kept;
    for (int id : order_) {
      Token& t = tokens_[id];
      if (!t.alive) continue;
      if (t.marker && t.open && !kept.empty()) {
        Token& last = tokens_[kept.back()];
        if (last.marker && !last.open && last.strong == t.strong) {
          const int first_open = last.partner, second_close = t.partner;
          last.alive = t.alive = false;
          tokens_[first_open].partner = second_close;
          tokens_[second_close].partner = first_open;
          kept.pop_back();
          continue;
        }
      }
      kept.push_back(id);
    }
  }

  void compact() {
    std::vector<int> kept;
    kept.reserve(order_.size());
    for (int id : order_)
      if (tokens_[id].alive) {
        pos_[id] = int(kept.size());
        kept.push_back(id);
      }
    order_ = std::move(kept);
  }

  // The nearest living token before (step -1) or after (+1) a position, a
  // text unit when `text_only` (a delimiter run's neighbours look past the
  // markers beside it), or -1.
  int neighbour(int position, int step, bool text_only) const {
    for (int p = position + step; p >= 0 && p < int(order_.size()); p += step) {
      const Token& t = tokens_[order_[p]];
      if (t.alive && !(text_only && t.marker)) return order_[p];
    }
    return -1;
  }

  bool flanks(int marker) const {
    const int before = neighbour(pos_[marker], -1, true), after = neighbour(pos_[marker], 1, true);
    const CharClass prev = before < 0 ? CharClass::Space : tokens_[before].tail;
    const CharClass next = after < 0 ? CharClass::Space : tokens_[after].lead;
    const auto test = tokens_[marker].open ? left_flanking : right_flanking;
    return test(prev, next, false) && test(prev, next, true);
  }

  void swap_positions(int a, int b) {
    std::swap(order_[pos_[a]], order_[pos_[b]]);
    std::swap(pos_[a], pos_[b]);
  }

  bool has_visible_text(int open, int close) const {
    for (int p = pos_[open] + 1; p < pos_[close]; ++p) {
      const Token& t = tokens_[order_[p]];
      if (t.alive && !t.marker && !(t.lead == CharClass::Space && t.tail == CharClass::Space)) return true;
    }
    return false;
  }

  // Steps `marker` over the spaces and punctuation at its span's edge until it
  // flanks; false when it cannot.
  bool step_until_flanking(int marker, int other_end) {
    const int step = tokens_[marker].open ? 1 : -1;
    while (!flanks(marker)) {
      const int next = neighbour(pos_[marker], step, false);
      if (next < 0 || next == other_end) return false;
      const Token& t = tokens_[next];
      if (t.marker || !t.movable) return false;
      swap_positions(marker, next);
    }
    return true;
  }

  void settle(int open, int close) {
    if (open < 0 || !tokens_[open].alive || !tokens_[close].alive) return;
    if (!step_until_flanking(open, close) || !step_until_flanking(close, open) ||
        !has_visible_text(open, close)) {
      tokens_[open].alive = tokens_[close].alive = false;
    }
  }

  std::string_view text_;
  std::vector<Token> tokens_;
  std::vector<int> order_;  // token ids in text order
  std::vector<int> pos_;    // token id → index in order_
};

}  // namespace

std::string resolve_emphasis(std::string text) {
  if (std::none_of(text.begin(), text.end(), is_emphasis_marker)) return text;
  return EmphasisResolver(text).resolve();
}

}  // namespace pith::output
