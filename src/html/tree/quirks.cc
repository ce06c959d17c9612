// Quirks mode from the DOCTYPE token (HTML Standard §13.2.6.4.1, the "initial"
// insertion mode): the public identifier prefix lists that select quirks and
// limited-quirks mode. Comparisons are ASCII case-insensitive.
#include <array>

#include "html/tree/tree_builder_impl.h"

namespace pith::html::tree {
namespace {

bool lower_equals(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != lower[i]) return false;
  }
  return true;
}

bool lower_starts_with(std::string_view s, std::string_view lower_prefix) {
  return s.size() >= lower_prefix.size() && lower_equals(s.substr(0, lower_prefix.size()), lower_prefix);
}

// Public identifiers starting with any of these put the document in quirks
// mode (lowercased).
constexpr std::string_view kQuirksPublicPrefixes[] = {
    "+//silmaril//dtd html pro v0r11 19970101//",
    "-//as//dtd html 3.0 aswedit + extensions//",
    "-//advasoft ltd//dtd html 3.0 aswedit + extensions//",
    "-//ietf//dtd html 2.0 level 1//",
    "-//ietf//dtd html 2.0 level 2//",
    "-//ietf//dtd html 2.0 strict level 1//",
    "-//ietf//dtd html 2.0 strict level 2//",
    "-//ietf//dtd html 2.0 strict//",
    "-//ietf//dtd html 2.0//",
    "-//ietf//dtd html 2.1e//",
    "-//ietf//dtd html 3.0//",
    "-//ietf//dtd html 3.2 final//",
    "-//ietf//dtd html 3.2//",
    "-//ietf//dtd html 3//",
    "-//ietf//dtd html level 0//",
    "-//ietf//dtd html level 1//",
    "-//ietf//dtd html level 2//",
    "-//ietf//dtd html level 3//",
    "-//ietf//dtd html strict level 0//",
    "-//ietf//dtd html strict level 1//",
    "-//ietf//dtd html strict level 2//",
    "-//ietf//dtd html strict level 3//",
    "-//ietf//dtd html strict//",
    "-//ietf//dtd html//",
    "-//metrius//dtd metrius presentational//",
    "-//microsoft//dtd internet explorer 2.0 html strict//",
    "-//microsoft//dtd internet explorer 2.0 html//",
    "-//microsoft//dtd internet explorer 2.0 tables//",
    "-//microsoft//dtd internet explorer 3.0 html strict//",
    "-//microsoft//dtd internet explorer 3.0 html//",
    "-//microsoft//dtd internet explorer 3.0 tables//",
    "-//netscape comm. corp.//dtd html//",
    "-//netscape comm. corp.//dtd strict html//",
    "-//o'reilly and associates//dtd html 2.0//",
    "-//o'reilly and associates//dtd html extended 1.0//",
    "-//o'reilly and associates//dtd html extended relaxed 1.0//",
    "-//sq//dtd html 2.0 hotmetal + extensions//",
    "-//softquad software//dtd hotmetal pro 6.0::19990601::extensions to html 4.0//",
    "-//softquad//dtd hotmetal pro 4.0::19971010::extensions to html 4.0//",
    "-//spyglass//dtd html 2.0 extended//",
    "-//sun microsystems corp.//dtd hotjava html//",
    "-//sun microsystems corp.//dtd hotjava strict html//",
    "-//w3c//dtd html 3 1995-03-24//",
    "-//w3c//dtd html 3.2 draft//",
    "-//w3c//dtd html 3.2 final//",
    "-//w3c//dtd html 3.2//",
    "-//w3c//dtd html 3.2s draft//",
    "-//w3c//dtd html 4.0 frameset//",
    "-//w3c//dtd html 4.0 transitional//",
    "-//w3c//dtd html experimental 19960712//",
    "-//w3c//dtd html experimental 970421//",
    "-//w3c//dtd w3 html//",
    "-//w3o//dtd w3 html 3.0//",
    "-//webtechs//dtd mozilla html 2.0//",
    "-//webtechs//dtd mozilla html//",
};

constexpr std::string_view kHtml401Frameset = "-//w3c//dtd html 4.01 frameset//";
constexpr std::string_view kHtml401Transitional = "-//w3c//dtd html 4.01 transitional//";

}  // namespace

dom::QuirksMode quirks_mode_for(const Token& t) {
  std::string_view pub = t.has_public_id ? t.public_id : std::string_view{};
  if (t.force_quirks || !t.has_name || t.name != "html") return dom::QuirksMode::Quirks;
  if (t.has_public_id) {
    if (lower_equals(pub, "-//w3o//dtd w3 html strict 3.0//en//") ||
        lower_equals(pub, "-/w3c/dtd html 4.0 transitional/en") || lower_equals(pub, "html"))
      return dom::QuirksMode::Quirks;
    for (std::string_view p : kQuirksPublicPrefixes)
      if (lower_starts_with(pub, p)) return dom::QuirksMode::Quirks;
    if (!t.has_system_id &&
        (lower_starts_with(pub, kHtml401Frameset) || lower_starts_with(pub, kHtml401Transitional)))
      return dom::QuirksMode::Quirks;
  }
  if (t.has_system_id &&
      lower_equals(t.system_id, "http://www.ibm.com/data/dtd/v11/ibmxhtml1-transitional.dtd"))
    return dom::QuirksMode::Quirks;
  if (t.has_public_id) {
    if (lower_starts_with(pub, "-//w3c//dtd xhtml 1.0 frameset//") ||
        lower_starts_with(pub, "-//w3c//dtd xhtml 1.0 transitional//"))
      return dom::QuirksMode::LimitedQuirks;
    if (t.has_system_id &&
        (lower_starts_with(pub, kHtml401Frameset) || lower_starts_with(pub, kHtml401Transitional)))
      return dom::QuirksMode::LimitedQuirks;
  }
  return dom::QuirksMode::NoQuirks;
}

}  // namespace pith::html::tree
