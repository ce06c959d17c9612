#include "extract/rail_heading.h"

#include "extract/metadata/text_normalize.h"

namespace pith::extraction {
namespace {

// Lowercase (matched ASCII-case-insensitively), whole headings after trailing
// punctuation is stripped. Only phrases that announce other stories: a label
// that can head the article's own next section ("More information", "See
// also" over the sources) is not here.
constexpr std::string_view kRailHeadings[] = {
  "don't miss", "don\xe2\x80\x99t miss", "related", "related articles", "related stories",
  "related posts", "related content", "related news", "more stories", "more news", "top stories",
  "you may also like", "you might also like", "recommended", "recommended for you",
  "recommended stories", "most read", "most popular", "trending", "trending now", "popular posts",
  "lesen sie auch", "auch interessant", "das könnte sie auch interessieren", "meistgelesen",
  "meistgelesene artikel", "mehr zum thema", "lire aussi", "à lire aussi", "sur le même sujet",
  "leggi anche", "lee también", "noticias relacionadas", "te puede interesar", "leia também",
  "читайте также", "keep reading", "read next", "related coverage", "more coverage", "up next",
};
// Prefixes that end in a source's name ("More from Reuters", "Mehr aus Bayern").
constexpr std::string_view kRailPrefixes[] = {"more from ", "more in ", "mehr aus ", "mehr von ", "plus de "};

// "More <section> stories": a prefix and one of these suffixes.
constexpr std::string_view kRailSuffixes[] = {" stories", " news", " articles", " headlines", " videos"};

constexpr size_t kMaxRailHeadingBytes = 64;

}  // namespace

bool is_rail_heading(std::string_view text) {
  while (!text.empty() && (text.back() == ':' || text.back() == ' ' || text.back() == '.')) text.remove_suffix(1);
  if (text.empty() || text.size() > kMaxRailHeadingBytes) return false;
  for (std::string_view h : kRailHeadings)
    if (metadata::iequals(text, h)) return true;
  for (std::string_view p : kRailPrefixes)
    if (text.size() > p.size() && metadata::iequals(text.substr(0, p.size()), p)) return true;
  if (text.size() > 5 && metadata::iequals(text.substr(0, 5), "more "))
    for (std::string_view x : kRailSuffixes)
      if (text.size() >= 5 + x.size() && metadata::iequals(text.substr(text.size() - x.size()), x)) return true;
  return false;
}

}  // namespace pith::extraction
