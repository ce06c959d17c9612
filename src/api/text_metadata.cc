#include "api/text_metadata.h"

#include <vector>

#include "extract/metadata/byline.h"
#include "extract/metadata/dates.h"
#include "extract/metadata/text_normalize.h"

namespace pith::api {
namespace {

using namespace extraction::metadata;

// The header's lines, nearest to the article first: upward from the line
// above it, then its own first lines.
std::vector<size_t> header_lines(const textmode::MainText& main, size_t above, size_t inside) {
  std::vector<size_t> lines;
  if (main.lines.empty()) return lines;
  const size_t first = main.lines.front();
  for (size_t k = first; k-- > 0 && first - k <= above;) lines.push_back(k);
  for (size_t n = 0; n < main.lines.size() && n < inside; ++n) lines.push_back(main.lines[n]);
  return lines;
}

// A byline separator token or a word ending in one: "·", "|", "News,".
bool ends_with_separator(std::string_view word) {
  for (std::string_view s : {"\u00B7", "|", "-", "\u2013", "\u2014", "\u2022", ",", ":"})
    if (word.ends_with(s)) return true;
  return false;
}

// The name after the line's first byline word, or empty. A name of
// capitalised words may follow any word ("Veröffentlicht am 17. Dezember 2019
// von Simon Dückert"); a one-word lowercase handle ("freeman1984") only a line
// start or a separator, since "by default" or "von der Natur" in a sentence are
// no bylines.
std::string name_in_byline(std::string_view line) {
  if (line.size() > kBylineLineMaxBytes) return {};
  const std::vector<std::string_view> words = space_words(line);
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    bool opener = false;
    for (std::string_view o : kBylineOpeners) opener = opener || iequals(words[i], o);
    if (!opener) continue;
    const std::string name = clean_author(line.substr(size_t(words[i].data() - line.data())));
    const std::vector<std::string_view> name_words = space_words(name);
    if (name.empty() || name_words.size() > kBylineNameMaxWords) return {};
    bool all_capitalised = true;
    for (std::string_view w : name_words) all_capitalised = all_capitalised && capitalised(w);
    const bool set_apart = i == 0 || ends_with_separator(words[i - 1]);
    if ((all_capitalised && name_words.size() >= 2) || (set_apart && name_words.size() == 1)) return name;
    return {};
  }
  return {};
}

}  // namespace

std::string text_page_date(const textmode::TextPage& page, const textmode::MainText& main, std::string_view language,
                           std::string_view url) {
  if (std::string date = date_from_url(url); !date.empty()) return date;
  const DayMonthOrder order = language == "en" ? DayMonthOrder::MonthFirst : DayMonthOrder::DayFirst;
  for (size_t k : header_lines(main, kHeaderLinesAbove, kHeaderLinesInside)) {
    const std::string_view line = page.lines[k].text;
    if (line.size() > kDatelineMaxBytes) continue;
    if (std::string date = parse_date(line, order); !date.empty()) return date;
  }
  return {};
}

std::string text_page_author(const textmode::TextPage& page, const textmode::MainText& main) {
  if (main.byline_line >= 0 && static_cast<size_t>(main.byline_line) < page.lines.size())
    if (std::string name = clean_author(page.lines[main.byline_line].text); !name.empty()) return name;
  for (size_t k : header_lines(main, textmode::kBylineLinesAbove, textmode::kBylineLinesInside))
    if (std::string name = name_in_byline(page.lines[k].text); !name.empty()) return name;
  return {};
}

std::string text_page_description(const textmode::TextPage& page, const textmode::MainText& main) {
  if (main.lines.empty()) return {};
  const long line = main.standfirst_line >= 0 ? main.standfirst_line : long(main.lines.front());
  return std::string(trim(page.lines[size_t(line)].text));
}

}  // namespace pith::api
