// Publication dates: parsing the many ways pages write a date (ISO 8601,
// RFC 2822, "May 3, 2026", "3. Mai 2026", "03/05/2026", dates in URL paths)
// into one form, YYYY-MM-DD. Day precision on purpose: the evaluation gold
// (trafilatura's meta.date) is day-precise and a time of day in metadata is
// often the crawler's or the CMS's, not the author's.
#pragma once

#include <string>
#include <string_view>

namespace pith::extraction::metadata {

// Numeric dates like 03/05/2026 are ambiguous; the page language settles it.
enum class DayMonthOrder { DayFirst, MonthFirst };

// The first plausible date in `text`, as "YYYY-MM-DD", or empty. Accepts ISO
// forms (with or without time), compact YYYYMMDD, D.M.YYYY, D/M/YYYY (order
// from `order` unless one field is > 12), and month names in English, German,
// French, Spanish, Italian, Portuguese, Dutch and Polish.
// With `short_years` true, D.M.YY counts too ("23.09.22" → 2022-09-23): only
// where the text is known to hold a date (an element named for one), as in
// running text two-digit groups are scores, versions and times as often.
std::string parse_date(std::string_view text, DayMonthOrder order = DayMonthOrder::DayFirst,
                       bool short_years = false);

// 1–12 for a month name or abbreviation in one of the supported languages
// ("Mai", "sept.", "grudnia"), else 0.
int month_from_name(std::string_view word);

// A date in the URL path: /2012/05/31/, /2012-05-31-, /20120531/. Empty when none.
std::string date_from_url(std::string_view url);

// Year range taken as plausible for a web page: kMinYear to next year.
inline constexpr int kMinYear = 1993;
bool plausible_date(int year, int month, int day);

// True for timestamps given in UTC: a trailing Z, "GMT", "UTC", +00:00 or +0000.
bool is_utc_timestamp(std::string_view raw);
// True when `raw` carries a time of day (hh:mm).
bool has_time_of_day(std::string_view raw);
// |a - b| in days for two "YYYY-MM-DD" strings; -1 when either is malformed.
int days_apart(std::string_view a, std::string_view b);

// "YYYY-MM-DD" of valid fields.
std::string format_date(int year, int month, int day);

}  // namespace pith::extraction::metadata
