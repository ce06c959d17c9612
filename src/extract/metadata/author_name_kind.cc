// Organisation and handle names; see author_name_kind.h.
#include "extract/metadata/author_name_kind.h"

#include "extract/metadata/text_normalize.h"

namespace pith::extraction::metadata {

namespace {

// Legal-form words: a name carrying one is a company or an association.
constexpr std::string_view kLegalForms[] = {
    "gmbh", "ggmbh", "e.v.", "ag", "kg", "ohg", "ug", "mbh", "inc", "inc.", "ltd", "ltd.", "llc",
    "plc", "corp", "corp.", "s.a.", "s.l.", "sarl", "s.r.l.", "b.v.", "n.v."};

// Parts of a word naming an institution; German compounds carry them inside
// ("Landesanstalt", "Caritasverband", "Hanns-Seidel-Stiftung").
constexpr std::string_view kInstitutionParts[] = {
    "anstalt", "verband", "stiftung", "institut", "ministerium", "universität", "gesellschaft",
    "verein", "behörde", "university", "foundation", "association", "society", "ministry",
    "department", "magazin", "zeitung", "verlag"};

// Top-level domains whose presence at the end of a word makes it a domain name.
constexpr std::string_view kTopLevelDomains[] = {
    "com", "de", "at", "ch", "org", "net", "it", "fr", "es", "uk", "eu", "info", "io", "nl", "be"};

template <size_t N>
bool in_list(std::string_view w, const std::string_view (&list)[N]) {
  for (std::string_view x : list)
    if (iequals(w, x)) return true;
  return false;
}

}  // namespace

bool names_organisation(std::string_view name) {
  size_t i = 0;
  while (i < name.size()) {
    while (i < name.size() && (name[i] == ' ' || name[i] == ',')) ++i;
    size_t b = i;
    while (i < name.size() && name[i] != ' ' && name[i] != ',') ++i;
    std::string_view w = name.substr(b, i - b);
    if (w.empty()) break;
    if (in_list(w, kLegalForms)) return true;
    for (std::string_view part : kInstitutionParts)
      if (icontains(w, part)) return true;
    // "e. V." is two words.
    if (iequals(w, "e.") && i + 3 <= name.size() && iequals(name.substr(i, 3), " v.")) return true;
    // A domain: letters, a dot, then a known top-level label ending the word.
    size_t dot = w.rfind('.');
    if (dot != std::string_view::npos && dot > 0 && in_list(w.substr(dot + 1), kTopLevelDomains)) return true;
  }
  return false;
}

bool looks_like_handle(std::string_view name) {
  bool separator = false, capital = false, digit = false, letter = false;
  for (size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    if (c == ' ') return false;
    capital = capital || (c >= 'A' && c <= 'Z');
    digit = digit || (c >= '0' && c <= '9');
    letter = letter || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    if ((c == '.' || c == '_' || c == '-') && i > 0 && i + 1 < name.size()) separator = true;
  }
  // "robert.stitz"; "CC7567": nobody's name has digits.
  return (separator && !capital) || (digit && letter);
}

}  // namespace pith::extraction::metadata
