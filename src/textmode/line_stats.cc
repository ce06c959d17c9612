// scan_line(): one pass over a line's code points. Letters of the common
// scripts are classified by code-point range (no ICU: text mode has to stay
// fast and self-contained); words are looked up once in word_classes().
#include "textmode/line_stats.h"

#include <array>

#include "textmode/word_classes.h"

namespace pith::textmode {
namespace {

// A caption word this early in a line reads as a caption's opening.
constexpr int kCaptionStartWords = 4;
// Longest word looked up in the vocabulary; longer ones are never in it.
constexpr size_t kMaxLookupBytes = 24;

enum class Kind { Space, Letter, Ideograph, Digit, Punct };

struct CodePoint {
  char32_t value;
  size_t length;
};

CodePoint decode(std::string_view s, size_t i) {
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

// The word being read, lower-cased, in a fixed buffer; longer words are
// never in the vocabulary and only marked too long.
struct WordBuffer {
  char bytes[kMaxLookupBytes + 4];
  size_t size = 0;
  bool too_long = false;

  void append(char32_t c) {
    if (size >= kMaxLookupBytes) {
      too_long = true;
    } else if (c < 0x80) {
      bytes[size++] = char(c);
    } else if (c < 0x800) {
      bytes[size++] = char(0xC0 | (c >> 6));
      bytes[size++] = char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      bytes[size++] = char(0xE0 | (c >> 12));
      bytes[size++] = char(0x80 | ((c >> 6) & 0x3F));
      bytes[size++] = char(0x80 | (c & 0x3F));
    } else {
      bytes[size++] = char(0xF0 | (c >> 18));
      bytes[size++] = char(0x80 | ((c >> 12) & 0x3F));
      bytes[size++] = char(0x80 | ((c >> 6) & 0x3F));
      bytes[size++] = char(0x80 | (c & 0x3F));
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

LineStats scan_line(std::string_view line, WordHashes& hashes) {
  LineStats st;
  st.content_begin = st.content_end = uint32_t(hashes.content.size());
  st.capitalised_begin = st.capitalised_end = uint32_t(hashes.capitalised.size());
  uint64_t text_hash = 1469598103934665603ull;
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

  const auto close_word = [&]() {
    if (!word_open) return;
    word_open = false;
    ++st.words;
    const uint32_t h = hash_word(word.view());  // FNV-1a, shared with the word_classes() table
    const uint8_t cls = word.too_long ? 0 : word_classes(word.view(), h);
    if (cls & kStopWord) ++st.stop_words;
    if (cls & kUiWord) ++st.ui_words;
    if (cls & kCaptionWord) {
      ++st.caption_words;
      if (paren_depth > 0) caption_in_paren = true;
      if (word_index < kCaptionStartWords) st.caption_start = true;
    }
    if (cls & kMonthWord) ++st.month_words;
    if (word_capitalised && st.leading_capitalised == word_index) ++st.leading_capitalised;
    if (word_capitalised) {
      ++st.capitalised;
      hashes.capitalised.push_back(h);
    }
    if (!(cls & kStopWord) && word.size >= 4) hashes.content.push_back(h);
    if (word_index == 0) first_word_byline = (cls & kBylineWord) != 0;
    if (word_index == 1 && first_word_byline && word_capitalised) st.byline_start = name_run = true;
    if (name_run) {
      if (word_capitalised) st.byline_names.push_back(h);
      else name_run = false;
    }
    if (word_index < kOpeningWords) opening = (opening ^ h) * 1099511628211ull;
    if (word_index == kOpeningWords - 1) st.opening_hash = opening;
    ++word_index;
  };

  for (size_t i = 0; i < line.size();) {
    const unsigned char byte = static_cast<unsigned char>(line[i]);
    const CodePoint cp = byte < 0x80 ? CodePoint{byte, 1} : decode(line, i);
    i += cp.length;
    const char32_t c = cp.value;
    text_hash = (text_hash ^ c) * 1099511628211ull;
    ++st.chars;
    const Kind kind = c < 0x80 ? kAsciiKinds[c] : kind_of(c);
    if (c == '@' || (c == ':' && line.substr(i, 2) == "//")) st.url_like = true;
    if (kind == Kind::Letter || kind == Kind::Digit || kind == Kind::Ideograph) {
      if (first_visible == 0) {
        first_visible = c;
        st.starts_upper = is_upper(c);
      }
      if (kind == Kind::Ideograph) {
        close_word();
        ++st.letters;
        ++st.words;
        ++word_index;
        previous = c;
        continue;
      }
      if (!word_open) {
        word_open = true;
        word.size = 0;
        word.too_long = false;
        word_capitalised = is_upper(c);
      }
      if (kind == Kind::Digit) {
        ++st.digits;
      } else {
        ++st.letters;
        if (is_upper(c)) ++st.upper;
        else if (is_lower(c)) ++st.lower;
      }
      st.word_bytes += int(cp.length);
      word.append(to_lower(c));
    } else {
      close_word();
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
      if (c == '|' || c == 0x2022 || c == 0xBB || c == 0xB7 || c == 0x203A) ++st.separators;
      if ((c == ' ' || c == 0xA0) && is_sentence_end(previous)) ++st.sentence_breaks;
    }
    previous = c;
  }
  close_word();
  st.content_end = uint32_t(hashes.content.size());
  st.capitalised_end = uint32_t(hashes.capitalised.size());
  st.text_hash = text_hash;

  // The line's last visible character, looking through closing quotes.
  size_t end = line.size();
  char32_t last = 0, before_last = 0;
  while (end > 0) {
    size_t start = end - 1;
    while (start > 0 && (static_cast<unsigned char>(line[start]) & 0xC0) == 0x80) --start;
    const char32_t c = decode(line, start).value;
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
    const size_t dot = line.find_first_of(".)");
    st.starts_bullet = dot != std::string_view::npos && dot < 4 && dot + 1 < line.size() && line[dot + 1] == ' ';
  }
  return st;
}

}  // namespace pith::textmode
