#include "dom/inline_style.h"

#include <array>

namespace pith::dom {
namespace {

bool is_style_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

}  // namespace

bool style_hides(std::string_view style) {
  // One pass over the value with whitespace dropped and letters lowered; a
  // match restarted at every position, as the declarations are short.
  constexpr std::array<std::string_view, 2> kHiding = {"display:none", "visibility:hidden"};
  std::array<size_t, 2> matched{};  // length of the longest prefix of each ending here
  for (char raw : style) {
    if (is_style_space(raw)) continue;
    const char c = lower(raw);
    for (size_t k = 0; k < kHiding.size(); ++k) {
      const std::string_view needle = kHiding[k];
      // The needles repeat no prefix inside themselves, so a mismatch only
      // restarts the match (at this character, when it begins the needle).
      if (needle[matched[k]] == c) {
        if (++matched[k] == needle.size()) return true;
      } else {
        matched[k] = needle[0] == c ? 1 : 0;
      }
    }
  }
  return false;
}

bool style_pins_to_percent(std::string_view style) {
  bool vertical = false, horizontal = false;
  while (!style.empty()) {
    size_t end = style.find(';');
    std::string_view decl = style.substr(0, end);
    style.remove_prefix(end == std::string_view::npos ? style.size() : end + 1);
    size_t colon = decl.find(':');
    if (colon == std::string_view::npos || decl.find('%', colon) == std::string_view::npos) continue;
    std::string_view name = decl.substr(0, colon);
    while (!name.empty() && is_style_space(name.front())) name.remove_prefix(1);
    while (!name.empty() && is_style_space(name.back())) name.remove_suffix(1);
    if (name.size() > 6) continue;
    char n[7] = {};
    for (size_t i = 0; i < name.size(); ++i) n[i] = lower(name[i]);
    std::string_view lowered(n, name.size());
    if (lowered == "top" || lowered == "bottom") vertical = true;
    if (lowered == "left" || lowered == "right") horizontal = true;
  }
  return vertical && horizontal;
}

}  // namespace pith::dom
