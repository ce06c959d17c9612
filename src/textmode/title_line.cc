// find_title(): the page's headline (and in a WET record, the site's name)
// among the lines above the article.
#include "textmode/title_line.h"

#include <algorithm>
#include <string>

#include "textmode/line_stats.h"

namespace pith::textmode {
namespace {

// The title is looked for among this many lines above the article, a part of
// a WET record's <title> line among this many (a Wikipedia article's sits 70
// lines up, under the menus). The bounds keep the matching cheap.
constexpr size_t kTitleSearchLines = 12, kOpeningTitleSearchLines = 200;
// A first line longer than this is no <title>.
constexpr size_t kMaxOpeningBytes = 400;
// A title has this many words at least and at most.
constexpr int kTitleMinWords = 3, kTitleMaxWords = 30;
// A title is words: a line with more digits than this share of its
// characters is a date or a counter ("17/11/2019", "Release: 14.11.2019").
constexpr float kTitleMaxDigitShare = 0.25f;
// A line contained in a WET record's <title> line is the title if it has this
// many bytes (shorter lines match by chance).
constexpr size_t kTitleMinOpeningMatch = 4;
// A site's name beside the headline in a <title> line has at most this many
// words; more are a second headline.
constexpr size_t kMaxSiteNameWords = 6;

constexpr std::string_view kTitleSeparators[] = {"-",      "|",      ":",      "/",     "\u00B7",
                                                 "\u2013", "\u2014", "\u00BB", "\u2022"};

std::string_view trim_spaces(std::string_view s) {
  s.remove_prefix(std::min(s.find_first_not_of(' '), s.size()));
  return s.substr(0, s.find_last_not_of(' ') + 1);  // npos + 1: all spaces, empty
}


// Where the WET title line `opening` holds `line` as one of its parts, or
// npos. A part runs between separators ("Escopete" in "Escopete -
// Wikipedia", "Foo" in "Site | Foo"), compared ASCII-case-insensitively; a
// word inside a part ("Facebook" in "Facebook Is Tracking Me") is no match.
size_t find_opening_part(std::string_view opening, std::string_view line) {
  const auto fold = [](char c) { return c >= 'A' && c <= 'Z' ? char(c + 32) : c; };
  for (auto at = opening.begin();; ++at) {
    at = std::search(at, opening.end(), line.begin(), line.end(),
                     [&](char x, char y) { return fold(x) == fold(y); });
    if (at == opening.end()) return std::string_view::npos;
    const size_t begin = size_t(at - opening.begin());
    const std::string_view before = trim_spaces(opening.substr(0, begin));
    const std::string_view after = trim_spaces(opening.substr(begin + line.size()));
    bool starts = before.empty(), ends = after.empty();
    for (std::string_view separator : kTitleSeparators) {
      starts = starts || before.ends_with(separator);
      ends = ends || after.starts_with(separator);
    }
    if (starts && ends) return begin;
  }
}

// The site's name in a <title> line beside its headline part: the part
// farthest from the headline ("Wikipedia" of "Escopete - Wikipedia", "Site"
// of "Site | News | Headline"). Only separators with spaces around them split
// parts there: "Castilla-La Mancha" is one name.
std::string_view site_beside(std::string_view opening, size_t begin, size_t length) {
  const auto strip_separator = [](std::string_view side, bool leading) {
    side = trim_spaces(side);
    for (std::string_view separator : kTitleSeparators) {
      if (leading && side.starts_with(separator)) return trim_spaces(side.substr(separator.size()));
      if (!leading && side.ends_with(separator)) return trim_spaces(side.substr(0, side.size() - separator.size()));
    }
    return side;
  };
  const std::string_view after = strip_separator(opening.substr(begin + length), true);
  const std::string_view before = strip_separator(opening.substr(0, begin), false);
  const bool from_end = !after.empty();
  std::string_view side = from_end ? after : before;
  constexpr size_t npos = std::string_view::npos;
  // Keep what follows the last spaced separator (a site after the headline)
  // or what precedes the first one (a site before it).
  for (std::string_view separator : kTitleSeparators) {
    const auto spaced = [&](size_t at) {
      const size_t end = at + separator.size();
      return at > 0 && side[at - 1] == ' ' && end < side.size() && side[end] == ' ';
    };
    if (from_end) {
      for (size_t at = side.rfind(separator); at != npos; at = at == 0 ? npos : side.rfind(separator, at - 1))
        if (spaced(at)) {
          side = side.substr(at + separator.size());
          break;
        }
    } else {
      for (size_t at = side.find(separator); at != npos; at = side.find(separator, at + 1))
        if (spaced(at)) {
          side = side.substr(0, at);
          break;
        }
    }
  }
  return trim_spaces(side);
}

}  // namespace

TitleGuess find_title(const TextPage& page, const PageFeatures& features, size_t first) {
  TitleGuess result;
  std::string_view opening = page.lines.empty() ? std::string_view() : page.lines[0].text;
  if (opening.size() > kMaxOpeningBytes) opening = {};
  long best_line = -1, opening_line = -1;
  float best = -1;  // TopicOverlap of a line without content words
  size_t opening_match = kTitleMinOpeningMatch - 1, opening_begin = 0;
  // The decoder may have kept the headline as the article's first line.
  for (size_t k = first + 1; k-- > 0 && first - k <= kOpeningTitleSearchLines;) {
    const LineFacts& f = features.facts[k];
    if (f.role != LineRole::Text || f.byline || f.words < 1 || f.words > kTitleMaxWords) continue;
    const float* row = features.row(k);
    const std::string_view text = page.lines[k].text;
    const float overlap = row[int(Feature::TopicOverlap)];
    const bool near = first - k <= kTitleSearchLines;
    // A line repeating all of the first line far above the article is the
    // site's name twice: a text rendering opens with it, a WET record with a title.
    const bool repeats_opening = text.size() == opening.size();
    if (k > 0 && overlap > 0 && text.size() > opening_match && (near || !repeats_opening)) {
      if (const size_t at = find_opening_part(opening, text); at != std::string_view::npos) {
        opening_match = text.size();
        opening_begin = at;
        opening_line = long(k);
      }
    }
    // A question or an exclamation can be a headline; a statement is prose.
    const bool statement = f.ends_sentence && !text.ends_with('?') && !text.ends_with('!');
    if (k == first || !near || f.words < kTitleMinWords || statement) continue;
    // No datelines: a month and a number; a month word alone is often a verb
    // or a name ("… Early May Avoid Allergy", "March for Our Lives").
    const bool dateline = row[int(Feature::MonthWords)] > 0 && row[int(Feature::DigitRate)] > 0;
    // No list items as text browsers print menus ("• Allergies in the
    // Workplace"); numbered lines stay ("15. Zukunftsforum Ländliche
    // Entwicklung" is a German headline).
    if (row[int(Feature::ClockTime)] > 0 || dateline || row[int(Feature::DigitRate)] > kTitleMaxDigitShare ||
        opens_with_bullet(trim_spaces(text)))
      continue;
    if (overlap > best) {
      best = overlap;
      best_line = long(k);
    }
  }
  result.line = opening_line >= 0 ? opening_line : best_line;
  if (opening_line < 0) return result;
  const std::string_view site = site_beside(opening, opening_begin, opening_match);
  if (size_t(std::count(site.begin(), site.end(), ' ')) < kMaxSiteNameWords) result.site_name = std::string(site);
  return result;
}


}  // namespace pith::textmode
