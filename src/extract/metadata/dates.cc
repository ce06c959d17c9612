// Date parsing with hand-written scanners; see dates.h. The parser tokenises
// once into numbers and words, then tries the patterns from least to most
// ambiguous: ISO, compact, numeric with separators, then month names.
#include "extract/metadata/dates.h"

#include <array>
#include <chrono>
#include <cstdio>
#include <vector>

#include "extract/metadata/text_normalize.h"

namespace pith::extraction::metadata {

namespace {

struct MonthName {
  std::string_view name;
  int month;
};

// Lowercase month names and abbreviations (full forms, genitive forms, common
// abbreviations). Matched against whole words with a trailing '.' removed.
constexpr MonthName kMonthNames[] = {
    // English
    {"january", 1}, {"jan", 1}, {"february", 2}, {"feb", 2}, {"march", 3}, {"mar", 3},
    {"april", 4}, {"apr", 4}, {"may", 5}, {"june", 6}, {"jun", 6}, {"july", 7}, {"jul", 7},
    {"august", 8}, {"aug", 8}, {"september", 9}, {"sep", 9}, {"sept", 9}, {"october", 10},
    {"oct", 10}, {"november", 11}, {"nov", 11}, {"december", 12}, {"dec", 12},
    // German
    {"januar", 1}, {"jänner", 1}, {"jän", 1}, {"februar", 2}, {"märz", 3}, {"maerz", 3},
    {"mär", 3}, {"mai", 5}, {"juni", 6}, {"juli", 7}, {"okt", 10}, {"oktober", 10},
    {"dezember", 12}, {"dez", 12},
    // French
    {"janvier", 1}, {"janv", 1}, {"février", 2}, {"fevrier", 2}, {"févr", 2}, {"fév", 2},
    {"mars", 3}, {"avril", 4}, {"avr", 4}, {"juin", 6}, {"juillet", 7}, {"juil", 7},
    {"août", 8}, {"aout", 8}, {"septembre", 9}, {"octobre", 10}, {"novembre", 11},
    {"décembre", 12}, {"decembre", 12}, {"déc", 12},
    // Spanish
    {"enero", 1}, {"ene", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"abr", 4},
    {"mayo", 5}, {"junio", 6}, {"julio", 7}, {"agosto", 8}, {"ago", 8}, {"septiembre", 9},
    {"setiembre", 9}, {"octubre", 10}, {"noviembre", 11}, {"diciembre", 12}, {"dic", 12},
    // Italian
    {"gennaio", 1}, {"gen", 1}, {"febbraio", 2}, {"aprile", 4}, {"maggio", 5}, {"mag", 5},
    {"giugno", 6}, {"giu", 6}, {"luglio", 7}, {"lug", 7}, {"settembre", 9}, {"set", 9},
    {"ottobre", 10}, {"ott", 10}, {"dicembre", 12},
    // Portuguese
    {"janeiro", 1}, {"fevereiro", 2}, {"fev", 2}, {"março", 3}, {"maio", 5}, {"junho", 6},
    {"julho", 7}, {"setembro", 9}, {"outubro", 10}, {"out", 10}, {"novembro", 11},
    {"dezembro", 12},
    // Dutch
    {"januari", 1}, {"februari", 2}, {"maart", 3}, {"mei", 5}, {"augustus", 8},
    {"oktober", 10},
    // Polish (nominative and genitive)
    {"styczeń", 1}, {"stycznia", 1}, {"luty", 2}, {"lutego", 2}, {"marzec", 3},
    {"marca", 3}, {"kwiecień", 4}, {"kwietnia", 4}, {"maj", 5}, {"maja", 5},
    {"czerwiec", 6}, {"czerwca", 6}, {"lipiec", 7}, {"lipca", 7}, {"sierpień", 8},
    {"sierpnia", 8}, {"wrzesień", 9}, {"września", 9}, {"październik", 10},
    {"października", 10}, {"listopad", 11}, {"listopada", 11}, {"grudzień", 12},
    {"grudnia", 12},
};

}  // namespace

int month_from_name(std::string_view word) {
  while (!word.empty() && (word.back() == '.' || word.back() == ',')) word.remove_suffix(1);
  if (word.empty()) return 0;
  // Every word of a date line is asked: names are bucketed by their first
  // byte, under its ASCII capital too, so a word meets a handful of them.
  // Uppercase non-ASCII first letters are rare in month names (Ä, É); accept the
  // common lowercase spellings only.
  static const std::array<std::vector<MonthName>, 256> by_first = [] {
    std::array<std::vector<MonthName>, 256> buckets;
    for (const MonthName& m : kMonthNames) {
      const unsigned char first = static_cast<unsigned char>(m.name[0]);
      buckets[first].push_back(m);
      if (first >= 'a' && first <= 'z') buckets[first - ('a' - 'A')].push_back(m);
    }
    return buckets;
  }();
  for (const MonthName& m : by_first[static_cast<unsigned char>(word[0])])
    if (iequals(word, m.name)) return m.month;
  return 0;
}

namespace {

int month_from_word(std::string_view word) { return month_from_name(word); }

int max_year() {
  static const int year = [] {
    auto now = std::chrono::system_clock::now();
    auto days = std::chrono::floor<std::chrono::days>(now);
    return int(std::chrono::year_month_day(days).year());
  }();
  return year + 1;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

struct Token {
  enum Kind { Number, Word } kind;
  std::string_view text;
  size_t begin;    // offset in the input
  char sep_after;  // the single punctuation char right after it ('-', '/', '.', ',', ' ' or 0)
  int value = 0;   // Number: value (up to 8 digits)
};

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> tokens;
  size_t i = 0;
  while (i < s.size() && tokens.size() < 64) {
    unsigned char c = s[i];
    if (is_digit(char(c))) {
      size_t b = i;
      int v = 0;
      while (i < s.size() && is_digit(s[i])) {
        if (i - b < 9) v = v * 10 + (s[i] - '0');
        ++i;
      }
      tokens.push_back({Token::Number, s.substr(b, i - b), b, 0, v});
    } else if (is_word_byte(c)) {
      size_t b = i;
      while (i < s.size() && is_word_byte(static_cast<unsigned char>(s[i]))) {
        // Stop at UTF-8 spaces/punctuation (NBSP, en dash …): they start with C2/E2.
        unsigned char d = s[i];
        if (d == 0xC2 || d == 0xE2 || d == 0xE3) break;
        ++i;
      }
      if (i == b) {  // a lone non-letter UTF-8 sequence: skip it
        ++i;
        while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
        continue;
      }
      tokens.push_back({Token::Word, s.substr(b, i - b), b, 0, 0});
    } else {
      if (!tokens.empty() && tokens.back().sep_after == 0 && tokens.back().begin + tokens.back().text.size() == i)
        tokens.back().sep_after = char(c);
      ++i;
    }
  }
  return tokens;
}

bool is_year_token(const Token& t) {
  return t.kind == Token::Number && t.text.size() == 4 && t.value >= kMinYear && t.value <= max_year();
}

bool is_day_token(const Token& t) {
  return t.kind == Token::Number && t.text.size() <= 2 && t.value >= 1 && t.value <= 31;
}

// Ordinal suffixes after a day number ("3rd", "1st", "21er" are tokenised as
// number + word).
bool is_ordinal_suffix(std::string_view w) {
  std::string l = ascii_lower(w);
  return l == "st" || l == "nd" || l == "rd" || l == "th" || l == "er" || l == "de" ||
         l == "e" || l == "º";
}

std::string try_iso(const std::vector<Token>& t, size_t i) {
  // YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD
  if (i + 2 < t.size() && is_year_token(t[i]) && t[i].sep_after != 0 &&
      (t[i].sep_after == '-' || t[i].sep_after == '/' || t[i].sep_after == '.') &&
      t[i + 1].kind == Token::Number && t[i + 1].text.size() <= 2 &&
      t[i + 1].sep_after == t[i].sep_after && t[i + 2].kind == Token::Number &&
      t[i + 2].text.size() <= 2 && plausible_date(t[i].value, t[i + 1].value, t[i + 2].value))
    return format_date(t[i].value, t[i + 1].value, t[i + 2].value);
  // Compact YYYYMMDD, possibly followed by a time (20120531T1200).
  if (t[i].kind == Token::Number && t[i].text.size() == 8) {
    int y = t[i].value / 10000, m = t[i].value / 100 % 100, d = t[i].value % 100;
    if (plausible_date(y, m, d)) return format_date(y, m, d);
  }
  return {};
}

// Two-digit years are read as 2000 + YY: pages with such dates are this century's.
constexpr int kShortYearBase = 2000;

std::string try_numeric(const std::vector<Token>& t, size_t i, DayMonthOrder order, bool short_years) {
  // D.M.YYYY, D/M/YYYY, D-M-YYYY; D.M.YY when short years are allowed
  if (i + 2 >= t.size()) return {};
  const Token& a = t[i];
  const Token& b = t[i + 1];
  const Token& y = t[i + 2];
  if (a.kind != Token::Number || b.kind != Token::Number) return {};
  if (a.text.size() > 2 || b.text.size() > 2) return {};
  char sep = a.sep_after;
  if (sep != '.' && sep != '/' && sep != '-') return {};
  if (b.sep_after != sep) return {};
  // "23.09.22", not part of a longer dotted run ("1.2.3.4", a version).
  const bool short_year = short_years && sep == '.' && y.kind == Token::Number && y.text.size() == 2 &&
                          !(y.sep_after == '.' && i + 3 < t.size() && t[i + 3].kind == Token::Number) &&
                          !(i > 0 && t[i - 1].kind == Token::Number && t[i - 1].sep_after == '.');
  if (!is_year_token(y) && !short_year) return {};
  int first = a.value, second = b.value;
  bool month_first = sep == '/' && order == DayMonthOrder::MonthFirst;
  if (first > 12) month_first = false;
  else if (second > 12) month_first = true;
  int day = month_first ? second : first;
  int month = month_first ? first : second;
  const int year = is_year_token(y) ? y.value : kShortYearBase + y.value;
  if (!plausible_date(year, month, day)) return {};
  return format_date(year, month, day);
}

std::string try_month_name(const std::vector<Token>& t, size_t i) {
  if (t[i].kind != Token::Word) return {};
  int month = month_from_word(t[i].text);
  if (!month) return {};
  // Short names that are also ordinary words need a number right next to them.
  // Day before the month: "3 May 2026", "3. Mai 2026", "3 de mayo de 2026", "3rd May 2026".
  auto find_year_after = [&](size_t k) -> int {
    for (size_t j = k; j < t.size() && j < k + 3; ++j) {
      if (is_year_token(t[j])) return t[j].value;
      if (t[j].kind == Token::Number && !(t[j].text.size() <= 2 && j == k)) return 0;
      if (t[j].kind == Token::Word && !iequals(t[j].text, "de") && !iequals(t[j].text, "del") &&
          !is_ordinal_suffix(t[j].text))
        return 0;
    }
    return 0;
  };
  // "May 3, 2026", "May 3rd 2026"
  if (i + 1 < t.size() && is_day_token(t[i + 1])) {
    size_t k = i + 2;
    if (k < t.size() && t[k].kind == Token::Word && is_ordinal_suffix(t[k].text)) ++k;
    if (k < t.size() && is_year_token(t[k]) && plausible_date(t[k].value, month, t[i + 1].value))
      return format_date(t[k].value, month, t[i + 1].value);
  }
  // "3 May 2026": look back over "de" / ordinal suffix for the day.
  size_t k = i;
  int day = 0;
  for (int steps = 0; k > 0 && steps < 3; ++steps) {
    --k;
    if (is_day_token(t[k])) {
      day = t[k].value;
      break;
    }
    if (t[k].kind == Token::Word && (iequals(t[k].text, "de") || is_ordinal_suffix(t[k].text)))
      continue;
    break;
  }
  int year = find_year_after(i + 1);
  if (day && year && plausible_date(year, month, day)) return format_date(year, month, day);
  // "May 2026" alone is not a publication date to the day.
  return {};
}

}  // namespace

bool plausible_date(int year, int month, int day) {
  if (year < kMinYear || year > max_year() || month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (day > kDays[month - 1]) return false;
  if (month == 2 && day == 29 && !(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))) return false;
  return true;
}

std::string format_date(int year, int month, int day) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::string parse_date(std::string_view text, DayMonthOrder order, bool short_years) {
  if (text.size() > 512) text = text.substr(0, 512);
  std::vector<Token> tokens = tokenize(text);
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (std::string r = try_iso(tokens, i); !r.empty()) return r;
    if (std::string r = try_numeric(tokens, i, order, short_years); !r.empty()) return r;
    if (std::string r = try_month_name(tokens, i); !r.empty()) return r;
  }
  return {};
}

bool is_utc_timestamp(std::string_view raw) {
  std::string_view t = trim(raw);
  if (!has_time_of_day(t)) return false;
  if (!t.empty() && (t.back() == 'Z' || t.back() == 'z')) return true;
  return icontains(t, "GMT") || icontains(t, "UTC") || icontains(t, "+00:00") ||
         icontains(t, "+0000");
}

bool has_time_of_day(std::string_view raw) {
  for (size_t i = 1; i + 2 < raw.size(); ++i)
    if (raw[i] == ':' && is_digit(raw[i - 1]) && is_digit(raw[i + 1]) && is_digit(raw[i + 2])) return true;
  return false;
}

int days_apart(std::string_view a, std::string_view b) {
  auto days = [](std::string_view s) -> long {
    if (s.size() < 10) return -1;
    int y = 0, m = 0, d = 0;
    for (int i = 0; i < 4; ++i) y = y * 10 + (s[i] - '0');
    m = (s[5] - '0') * 10 + (s[6] - '0');
    d = (s[8] - '0') * 10 + (s[9] - '0');
    if (!plausible_date(y, m, d)) return -1;
    std::chrono::year_month_day ymd{std::chrono::year(y), std::chrono::month(unsigned(m)),
                                    std::chrono::day(unsigned(d))};
    return std::chrono::sys_days(ymd).time_since_epoch().count();
  };
  long da = days(a), db = days(b);
  if (da < 0 || db < 0) return -1;
  return int(da > db ? da - db : db - da);
}

std::string date_from_url(std::string_view url) {
  // Only the path: skip scheme and host.
  size_t start = url.find("://");
  start = start == std::string_view::npos ? 0 : url.find('/', start + 3);
  if (start == std::string_view::npos) return {};
  std::string_view path = url.substr(start);
  size_t q = path.find_first_of("?#");
  if (q != std::string_view::npos) path = path.substr(0, q);
  for (size_t i = 0; i + 8 <= path.size(); ++i) {
    if (!is_digit(path[i]) || (i > 0 && is_digit(path[i - 1]))) continue;
    // YYYY/MM/DD or YYYY-MM-DD or YYYY_MM_DD
    auto num = [&](size_t at, size_t len) {
      int v = 0;
      for (size_t k = at; k < at + len; ++k) {
        if (k >= path.size() || !is_digit(path[k])) return -1;
        v = v * 10 + (path[k] - '0');
      }
      return v;
    };
    int y = num(i, 4);
    if (y < kMinYear) continue;
    size_t p = i + 4;
    if (p < path.size() && (path[p] == '/' || path[p] == '-' || path[p] == '_')) {
      char sep = path[p];
      size_t mlen = (p + 2 < path.size() && is_digit(path[p + 2])) ? 2 : 1;
      int m = num(p + 1, mlen);
      size_t q2 = p + 1 + mlen;
      if (m < 0 || q2 >= path.size() || path[q2] != sep) continue;
      size_t dlen = (q2 + 2 < path.size() && is_digit(path[q2 + 2])) ? 2 : 1;
      int d = num(q2 + 1, dlen);
      size_t end = q2 + 1 + dlen;
      if (d < 0 || (end < path.size() && is_digit(path[end]))) continue;
      if (plausible_date(y, m, d)) return format_date(y, m, d);
    } else if (p + 4 <= path.size()) {
      int m = num(p, 2), d = num(p + 2, 2);
      size_t end = p + 4;
      if (m < 0 || d < 0 || (end < path.size() && is_digit(path[end]))) continue;
      if (plausible_date(y, m, d)) return format_date(y, m, d);
    }
  }
  return {};
}

}  // namespace pith::extraction::metadata
