// Whitespace collapsing and trimming; see whitespace.h.
#include "output/whitespace.h"

namespace pith::output {

void append_collapsed(std::string& out, std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    bool space = is_ascii_space(c);
    if (!space && c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') {
      space = true;
      ++i;
    }
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
}

void trim_trailing_spaces(std::string& s) {
  while (!s.empty() && s.back() == ' ') s.pop_back();
}

std::string collapse_whitespace(std::string_view text) {
  std::string out;
  append_collapsed(out, text);
  trim_trailing_spaces(out);
  return out;
}

}  // namespace pith::output
