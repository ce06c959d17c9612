// CommonMark escaping, conservative where the spec is subtle: a backslash
// before any ASCII punctuation is always a valid escape, so when in doubt the
// writer escapes.
#include "output/markdown_escape.h"

#include "output/whitespace.h"

namespace pith::output {
namespace {

void append_space(std::string& out) {
  if (!out.empty() && out.back() != ' ' && out.back() != '\n') out += ' ';
}

bool is_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         static_cast<unsigned char>(c) >= 0x80;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "&name;" or "&#123;" would be read as a character reference.
bool starts_entity(std::string_view text, size_t amp) {
  size_t i = amp + 1;
  if (i < text.size() && text[i] == '#') ++i;
  size_t start = i;
  while (i < text.size() && is_alnum(text[i]) && static_cast<unsigned char>(text[i]) < 0x80) ++i;
  return i > start && i < text.size() && text[i] == ';';
}

}  // namespace

void append_url(std::string& out, std::string_view url) {
  static const char kHex[] = "0123456789ABCDEF";
  for (char c : url) {
    auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u == 0x7F || c == '<' || c == '>' || c == '|' || c == '\\') {
      out += '%';
      out += kHex[u >> 4];
      out += kHex[u & 15];
    } else if (c == '(' || c == ')') {
      out += '\\';
      out += c;
    } else {
      out += c;
    }
  }
}

// The longest run of `c` in `text`.
size_t longest_run(std::string_view text, char c) {
  size_t best = 0, run = 0;
  for (char x : text) {
    run = x == c ? run + 1 : 0;
    best = std::max(best, run);
  }
  return best;
}

// Escapes what would start a block at the beginning of a paragraph line:
// ATX headings, list markers, setext underlines, block quotes, "1." lists.
std::string escape_line_start(std::string_view line) {
  std::string out;
  if (line.empty()) return out;
  char c = line[0];
  if (c == '#' || c == '-' || c == '+' || c == '=' || c == '>') {
    out += '\\';
    out += line;
    return out;
  }
  size_t digits = 0;
  while (digits < line.size() && digits < 10 && is_digit(line[digits])) ++digits;
  if (digits > 0 && digits <= 9 && digits < line.size() && (line[digits] == '.' || line[digits] == ')')) {
    out.append(line.substr(0, digits));
    out += '\\';
    out.append(line.substr(digits));
    return out;
  }
  out += line;
  return out;
}


void append_markdown_text(std::string& out, std::string_view text, bool code, bool in_table) {
  if (code) {
    for (char c : text) {
      if (is_invisible_control(c)) continue;
      if (is_ascii_space(c)) {
        append_space(out);
      } else if (c == '|' && in_table) {
        out += "\\|";
      } else {
        out += c;
      }
    }
    return;
  }
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (is_invisible_control(c)) continue;
    if (is_ascii_space(c)) {
      append_space(out);
      continue;
    }
    if (c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') {
      append_space(out);
      ++i;
      continue;
    }
    switch (c) {
      case '\\': case '`': case '*': case '[': case ']': case '<': case '~':
        out += '\\';
        break;
      case '|':
        if (in_table) out += '\\';
        break;
      case '_': {
        bool inside_word = i > 0 && i + 1 < text.size() && is_alnum(text[i - 1]) && is_alnum(text[i + 1]);
        if (!inside_word) out += '\\';
        break;
      }
      case '&':
        if (starts_entity(text, i)) out += '\\';
        break;
      default:
        break;
    }
    out += c;
  }
}

}  // namespace pith::output
