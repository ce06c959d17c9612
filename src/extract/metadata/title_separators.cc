// Title separators; see title_separators.h.
#include "extract/metadata/title_separators.h"

namespace pith::extraction::metadata {

namespace {

struct Spaced {
  std::string_view text;
  SeparatorKind kind;
};

// Each with its surrounding spaces.
constexpr Spaced kSpaced[] = {
    {" | ", SeparatorKind::Strong},           {" :: ", SeparatorKind::Strong},
    {" \xC2\xBB ", SeparatorKind::Strong},    {" \xC2\xAB ", SeparatorKind::Strong},
    {" \xC2\xB7 ", SeparatorKind::Strong},    {" \xE2\x80\xA2 ", SeparatorKind::Strong},
    {" \xEF\xBD\x9C ", SeparatorKind::Strong}, {" \xE2\x94\x82 ", SeparatorKind::Strong},
    {" - ", SeparatorKind::Dash},             {" \xE2\x80\x93 ", SeparatorKind::Dash},
    {" \xE2\x80\x94 ", SeparatorKind::Dash},  {" // ", SeparatorKind::Dash},
    {" / ", SeparatorKind::Dash},             {" ~ ", SeparatorKind::Dash},
    {" : ", SeparatorKind::Dash},             {" > ", SeparatorKind::Dash},
    {" \xE2\x80\xBA ", SeparatorKind::Dash},  {" * ", SeparatorKind::Dash},
    {" \xE2\x81\x84 ", SeparatorKind::Dash},  {" \xE2\x8B\x86 ", SeparatorKind::Dash},
    {" \xE3\x83\xBB ", SeparatorKind::Dash},  {" _ ", SeparatorKind::Dash},
};

// Separators written without spaces; "-" and "_" only next to CJK text, where
// words are not spaced and a hyphen is not part of a compound.
constexpr std::string_view kTight[] = {"|", "\xEF\xBD\x9C", "\xE2\x94\x82"};
constexpr std::string_view kTightCjk[] = {"-", "_", "\xE2\x80\x94", "\xE2\x80\x93"};

// A CJK character (or fullwidth punctuation) ends just before `i` / starts at `i`.
bool cjk_before(std::string_view t, size_t i) {
  return i >= 3 && (unsigned char)t[i - 3] >= 0xE3 && (unsigned char)t[i - 3] <= 0xEF;
}
bool cjk_at(std::string_view t, size_t i) {
  return i < t.size() && (unsigned char)t[i] >= 0xE3 && (unsigned char)t[i] <= 0xEF;
}

}  // namespace

std::vector<TitleSeparator> find_title_separators(std::string_view t, size_t limit) {
  std::vector<TitleSeparator> out;
  for (size_t i = 0; i < t.size() && out.size() < limit; ++i) {
    if (t[i] == ' ') {
      // Every spaced separator's second byte is one of these: skip other spaces fast.
      unsigned char next = i + 1 < t.size() ? t[i + 1] : 0;
      if (next != '|' && next != ':' && next != '-' && next != '/' && next != '~' && next != '>' &&
          next != '*' && next != '_' && next != 0xC2 && next != 0xE2 && next != 0xE3 && next != 0xEF)
        continue;
      for (const Spaced& s : kSpaced) {
        if (t.substr(i, s.text.size()) == s.text) {
          out.push_back({i, s.text.size(), s.kind});
          i += s.text.size() - 2;  // the loop steps onto the closing space
          break;
        }
      }
      continue;
    }
    unsigned char c = t[i];
    // Every unspaced separator starts with one of these bytes: skip the rest fast.
    if (c != ':' && c != '|' && c != '-' && c != '_' && c != 0xE2 && c != 0xEF) continue;
    if (c == ':' && i > 0 && t[i - 1] != ' ' && t.substr(i + 1, 1) == " ") {
      out.push_back({i, 2, SeparatorKind::Colon});
      ++i;
      continue;
    }
    bool found = false;
    for (std::string_view s : kTight) {
      if (t.substr(i, s.size()) == s && t.substr(i + s.size(), 1) != " ") {
        out.push_back({i, s.size(), SeparatorKind::Tight});
        i += s.size() - 1;
        found = true;
        break;
      }
    }
    if (found) continue;
    for (std::string_view s : kTightCjk) {
      if (t.substr(i, s.size()) == s && (cjk_before(t, i) || cjk_at(t, i + s.size()))) {
        out.push_back({i, s.size(), SeparatorKind::Tight});
        i += s.size() - 1;
        break;
      }
    }
  }
  return out;
}

}  // namespace pith::extraction::metadata
