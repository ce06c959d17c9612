// scan_line(): one pass over a line's code points. Letters of the common
// scripts are classified by code-point range (no ICU: text mode has to stay
// fast and self-contained); words are looked up once in word_classes().
#include "textmode/line_stats.h"

#include <array>
#include <functional>

#include "textmode/word_classes.h"

namespace pith::textmode {
namespace {

// A caption word this early in a line reads as a caption's opening.
constexpr int kCaptionStartWords = 4;
// Longest word looked up in the vocabulary; longer ones are never in it.
constexpr size_t kMaxLookupBytes = 24;

enum class Kind { Space, Letter, Ideograph, Digit, Punct };

Kind kind_of(char32_t c) {
  if (c < 0x80) {
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return Kind::Letter;
    if (c >= '0' && c <= '9') return Kind::Digit;
    if (c <= ' ' || c == 0x7F) return Kind::Space;
    return Kind::Punct;
  }
  if (c < 0xC0) return c == 0xAA || c == 0xB5 || c == 0xBA ? Kind::Letter : Kind::Space;
  if (c == 0xD7 || c == 0xF7) return Kind::Punct;
  if (c < 0x2000) return Kind::Letter;  // Latin, Greek, Cyrillic, Hebrew, Arabic, Indic, Thai …
  if (c < 0x3040) return Kind::Space;   // punctuation, symbols, CJK punctuation
  if (c < 0xA000) return Kind::Ideograph;  // kana and CJK ideographs
  if (c >= 0xAC00 && c < 0xD7B0) return Kind::Letter;  // Hangul syllables
  if (c >= 0xFF10 && c <= 0xFF19) return Kind::Digit;
  if ((c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A)) return Kind::Letter;
  return Kind::Space;
}

const std::array<Kind, 128> kAsciiKinds = [] {
  std::array<Kind, 128> kinds{};
  for (char32_t c = 0; c < 128; ++c) kinds[c] = kind_of(c);
  return kinds;
}();

// The bytes the ASCII word loop stays in: letters and digits (none of 0x80
// and above, which end the fast path).
const std::array<bool, 256> kAsciiWordByte = [] {
  std::array<bool, 256> word{};
  for (size_t c = 0; c < 128; ++c) word[c] = kAsciiKinds[c] == Kind::Letter || kAsciiKinds[c] == Kind::Digit;
  return word;
}();

// What a byte of the ASCII word loop adds to its counts: 1 for a capital,
// 1 << 32 for a digit (one add per byte for both).
const std::array<uint64_t, 256> kAsciiRunCounts = [] {
  std::array<uint64_t, 256> counts{};
  for (size_t c = 'A'; c <= 'Z'; ++c) counts[c] = 1;
  for (size_t c = '0'; c <= '9'; ++c) counts[c] = uint64_t(1) << 32;
  return counts;
}();

bool is_upper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  if (c >= 0x100 && c < 0x180) return c % 2 == 0;
  if (c >= 0x391 && c <= 0x3A9) return true;
  return c >= 0x400 && c <= 0x42F;
}

bool is_lower(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  if (c >= 0xDF && c <= 0xFF) return c != 0xF7;
  if (c >= 0x100 && c < 0x180) return c % 2 == 1;
  if (c >= 0x3B1 && c <= 0x3C9) return true;
  return c >= 0x430 && c <= 0x45F;
}

char32_t to_lower(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z' ? c + 0x20 : c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;
  if (c >= 0x410 && c <= 0x42F) return c + 0x20;
  if (c >= 0x400 && c <= 0x40F) return c + 0x50;
  return c;
}

// The word being read, lower-cased, in a fixed buffer, and the hash_word()
// of its bytes kept up to date as they arrive (no second pass over the word);
// longer words are never in the vocabulary and only marked too long.
struct WordBuffer {
  char bytes[kMaxLookupBytes + 4];
  size_t size = 0;
  uint32_t hash = 0;
  bool too_long = false;

  void start() {
    size = 0;
    hash = kWordHashBasis;
    too_long = false;
  }
  void push(unsigned char b) {
    bytes[size++] = char(b);
    hash = (hash ^ b) * kWordHashPrime;
  }
  void append(char32_t c) {
    if (size >= kMaxLookupBytes) {
      too_long = true;
    } else if (c < 0x80) {
      push(static_cast<unsigned char>(c));
    } else if (c < 0x800) {
      push(0xC0 | (c >> 6));
      push(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      push(0xE0 | (c >> 12));
      push(0x80 | ((c >> 6) & 0x3F));
      push(0x80 | (c & 0x3F));
    } else {
      push(0xF0 | (c >> 18));
      push(0x80 | ((c >> 12) & 0x3F));
      push(0x80 | ((c >> 6) & 0x3F));
      push(0x80 | (c & 0x3F));
    }
  }
  std::string_view view() const { return {bytes, size}; }
};

// Invisible characters: they separate words but are never a line's first or last mark.
bool is_blank(char32_t c) {
  return c <= ' ' || c == 0x7F || c == 0xA0 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F ||
         c == 0x3000 || c == 0xFEFF;
}

bool is_sentence_end(char32_t c) {
  return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x3002 || c == 0xFF01 || c == 0xFF1F;
}

bool is_closing_quote(char32_t c) {
  return c == '"' || c == '\'' || c == 0x201D || c == 0x2019 || c == 0xBB || c == 0x300D;
}

bool is_bullet(char32_t c) {
  return c == 0x2022 || c == '-' || c == '*' || c == 0x2013 || c == 0xB7 || c == 0x25BA || c == 0x25B6 ||
         c == 0x25AA || c == 0x2192;
}

}  // namespace

CodePoint decode_utf8(std::string_view s, size_t i) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  if (c < 0x80) return {c, 1};
  const auto cont = [&](size_t k) { return i + k < s.size() && (b(i + k) & 0xC0) == 0x80; };
  if (c >= 0xC2 && c < 0xE0 && cont(1)) return {char32_t((c & 0x1F) << 6 | (b(i + 1) & 0x3F)), 2};
  if (c >= 0xE0 && c < 0xF0 && cont(1) && cont(2))
    return {char32_t((c & 0x0F) << 12 | (b(i + 1) & 0x3F) << 6 | (b(i + 2) & 0x3F)), 3};
  if (c >= 0xF0 && c < 0xF5 && cont(1) && cont(2) && cont(3))
    return {char32_t((c & 0x07) << 18 | (b(i + 1) & 0x3F) << 12 | (b(i + 2) & 0x3F) << 6 | (b(i + 3) & 0x3F)), 4};
  return {0xFFFD, 1};
}

LineStats scan_line(std::string_view line, WordHashes& hashes) {
  LineStats st;
  st.content_begin = st.content_end = uint32_t(hashes.content.size());
  st.capitalised_begin = st.capitalised_end = uint32_t(hashes.capitalised.size());
  WordBuffer word;
  bool word_open = false, word_capitalised = false;
  int word_index = 0;
  bool first_word_byline = false;
  char32_t previous = 0;
  char32_t first_visible = 0;
  uint64_t opening = 1469598103934665603ull;
  bool name_run = false;  // still inside the capitalised run after a byline word
  int paren_depth = 0;
  bool caption_in_paren = false, last_paren_caption = false;
  bool colon_after_digit = false;  // the last ':' followed a digit: "9:" of "9:01"

  // Called at the end of an open word. Inlined at its four call sites: as a
  // call it cost a tenth of the scan (its state went through memory).
  const auto close_word = [&]() __attribute__((always_inline)) {
    word_open = false;
    ++st.words;
    const uint32_t h = word.hash;  // hash_word() of the buffered bytes, shared with the word_classes() table
    const uint8_t cls = word.too_long ? 0 : word_classes(word.view(), h);
    if (cls & kStopWord) ++st.stop_words;
    if (cls & kUiWord) ++st.ui_words;
    if (cls & kCaptionWord) {
      ++st.caption_words;
      if (paren_depth > 0) caption_in_paren = true;
      if (word_index < kCaptionStartWords) st.caption_start = true;
    }
    if (cls & kMonthWord) ++st.month_words;
    if (cls & kCommentWord) ++st.comment_words;
    if (word_capitalised && st.leading_capitalised == word_index) ++st.leading_capitalised;
    if (word_capitalised) {
      ++st.capitalised;
      hashes.capitalised.push_back(h);
    }
    if (!(cls & kStopWord) && word.size >= 4) hashes.content.push_back(h);
    if (word_index == 0) first_word_byline = (cls & kBylineWord) != 0;
    if (word_index == 1 && first_word_byline && word_capitalised) {
      st.byline_start = name_run = true;
      st.byline_names_begin = uint32_t(hashes.capitalised.size() - 1);
    }
    if (name_run) {
      if (word_capitalised) st.byline_names_end = uint32_t(hashes.capitalised.size());
      else name_run = false;
    }
    if (word_index < kOpeningWords) opening = (opening ^ h) * 1099511628211ull;
    if (word_index == kOpeningWords - 1) st.opening_hash = opening;
    ++word_index;
  };

  // Per-character counts stay in registers, out of reach of close_word().
  int chars = 0, letters = 0, upper = 0, lower = 0, digits = 0, word_bytes = 0;
  const size_t size = line.size();
  for (size_t i = 0; i < size;) {
    const unsigned char byte = static_cast<unsigned char>(line[i]);
    char32_t c;
    Kind kind;
    if (byte < 0x80) {
      // ASCII, most of most pages: letters, digits and spaces take a short path.
      ++i;
      c = byte;
      ++chars;
      kind = kAsciiKinds[byte];
      if (kind == Kind::Letter || kind == Kind::Digit) {
        const bool capital = byte <= 'Z' && kind == Kind::Letter;
        if (first_visible == 0) {
          first_visible = c;
          st.starts_upper = capital;
        }
        if (!word_open) {
          word_open = true;
          word.start();
          word_capitalised = capital;
        }
        if (kind == Kind::Digit && previous == ':' && colon_after_digit) st.clock_time = true;
        // The whole run of ASCII letters and digits, its state in registers.
        // Folding with 0x20 lower-cases a capital and leaves digits and
        // small letters as they are; counts come from the byte's flags, so
        // the loop's only unpredictable branch is the run's end.
        const size_t run_start = i - 1;
        size_t word_size = word.size;
        uint32_t word_hash = word.hash;
        bool too_long = word.too_long;
        unsigned char b = byte;
        uint64_t run_counts = 0;  // capitals in the low half, digits in the high half
        for (;;) {
          run_counts += kAsciiRunCounts[b];
          const unsigned char folded = b | 0x20;
          if (word_size < kMaxLookupBytes) {
            word.bytes[word_size++] = char(folded);
            word_hash = (word_hash ^ folded) * kWordHashPrime;
          } else {
            too_long = true;
          }
          if (i == size) break;
          const unsigned char next = static_cast<unsigned char>(line[i]);
          if (!kAsciiWordByte[next]) break;
          ++i;
          b = next;
        }
        const int run = int(i - run_start);
        const int run_capitals = int(run_counts & 0xFFFFFFFF), run_digits = int(run_counts >> 32);
        chars += run - 1;  // the run's first byte is already counted
        word_bytes += run;
        digits += run_digits;
        letters += run - run_digits;
        upper += run_capitals;
        lower += run - run_digits - run_capitals;
        word.size = word_size;
        word.hash = word_hash;
        word.too_long = too_long;
        previous = b;
        continue;
      }
      if (byte == ' ') {
        if (word_open) close_word();
        if (is_sentence_end(previous)) ++st.sentence_breaks;
        previous = c;
        continue;
      }
    } else {
      const CodePoint cp = decode_utf8(line, i);
      i += cp.length;
      c = cp.value;
      ++chars;
      kind = kind_of(c);
      if (kind == Kind::Letter || kind == Kind::Digit || kind == Kind::Ideograph) {
        if (first_visible == 0) {
          first_visible = c;
          st.starts_upper = is_upper(c);
        }
        if (kind == Kind::Ideograph) {
          if (word_open) close_word();
          ++letters;
          ++st.words;
          ++word_index;
          previous = c;
          continue;
        }
        if (!word_open) {
          word_open = true;
          word.start();
          word_capitalised = is_upper(c);
        }
        if (kind == Kind::Digit) {
          ++digits;
        } else {
          ++letters;
          if (is_upper(c)) ++upper;
          else if (is_lower(c)) ++lower;
        }
        word_bytes += int(cp.length);
        word.append(to_lower(c));
        previous = c;
        continue;
      }
    }
    // Anything else ends a word: spaces, punctuation, symbols.
    if (word_open) close_word();
    if (c == '@' || (c == ':' && line.substr(i, 2) == "//")) st.url_like = true;
    if (first_visible == 0 && !is_blank(c)) {
      first_visible = c;
      st.starts_bullet = is_bullet(c);
      st.quote_start = c == '"' || c == 0x201C || c == 0xAB || c == 0x201E || c == '\'';
    }
    if (kind == Kind::Punct) ++st.punct;
    if (c != ' ' && c != '.' && c != '-' && c != 0xA0) name_run = false;
    if (c == ',') ++st.commas;
    if (c == '(') {
      ++paren_depth;
      caption_in_paren = false;
    } else if (c == ')' && paren_depth > 0) {
      --paren_depth;
      last_paren_caption = caption_in_paren;
    }
    if (c == 0xA9) st.copyright = true;
    if (c == ':') colon_after_digit = previous >= '0' && previous <= '9';
    if (c == '|' || c == 0x2022 || c == 0xBB || c == 0xB7 || c == 0x203A) ++st.separators;
    if ((c == ' ' || c == 0xA0) && is_sentence_end(previous)) ++st.sentence_breaks;
    previous = c;
  }
  if (word_open) close_word();
  st.content_end = uint32_t(hashes.content.size());
  st.capitalised_end = uint32_t(hashes.capitalised.size());
  st.chars = chars;
  st.letters = letters;
  st.upper = upper;
  st.lower = lower;
  st.digits = digits;
  st.word_bytes = word_bytes;
  // Exact repeats compare bytes; the hash is 0 only by an accident made harmless.
  st.text_hash = std::hash<std::string_view>{}(line) | 1;

  // The line's last visible character, looking through closing quotes.
  size_t end = line.size();
  char32_t last = 0, before_last = 0;
  while (end > 0) {
    size_t start = end - 1;
    while (start > 0 && (static_cast<unsigned char>(line[start]) & 0xC0) == 0x80) --start;
    const char32_t c = decode_utf8(line, start).value;
    end = start;
    if (is_blank(c)) continue;
    if (last == 0) {
      last = c;
      if (!is_closing_quote(c)) break;
    } else {
      before_last = c;
      break;
    }
  }
  st.ends_sentence = is_sentence_end(last) || (is_closing_quote(last) && is_sentence_end(before_last));
  st.ends_colon = last == ':';
  st.ends_paren = last == ')';
  st.credit_paren = st.ends_paren && last_paren_caption;
  if (!st.starts_bullet && st.digits > 0 && first_visible >= '0' && first_visible <= '9') {
    const size_t dot = line.substr(0, 4).find_first_of(".)");  // "1. ", "12) ": only the first bytes count
    st.starts_bullet = dot != std::string_view::npos && dot < 4 && dot + 1 < line.size() && line[dot + 1] == ' ';
  }
  return st;
}

bool opens_with_bullet(std::string_view text) {
  for (std::string_view bullet : {"\u2022 ", "\u00B7 ", "* ", "- ", "+ ", "\u25CB ", "\u25A1 ", "\u25A0 ", "\u25AA ",
                                  "\u25BA ", "\u25B6 ", "\u2192 "})
    if (text.starts_with(bullet)) return true;
  return false;
}

}  // namespace pith::textmode
