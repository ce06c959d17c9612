// Title candidates and features; see title_candidates.h.
#include "extract/metadata/title_candidates.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <iterator>

#include "extract/metadata/text_normalize.h"
#include "extract/metadata/title_separators.h"

namespace pith::extraction::metadata {

const char* const kTitleFeatureNames[kTitleFeatureCount] = {
    "from_json_ld",  "from_og_title",    "from_meta_title",   "from_microdata",
    "from_title_element", "from_first_h1", "from_later_h1",   "from_subheading",
    "whole",         "cut_named_site",   "cut_strong",        "cut_dash",
    "cut_colon",     "cut_tight",        "left_side",         "kept_share",
    "kicker_dropped", "kicker_named",  "kicker_kept",      "named_kicker_kept",    "heading_titled",    "heading_in_article",
    "heading_rank",  "heading_in_banner", "heading_links_home", "heading_links_self",
    "heading_text_after", "subheading_no_h1", "many_h1s",          "source_families",
    "metadata_agrees", "heading_agrees", "inside_h1",         "holds_h1",
    "overlap_h1",    "overlap_metadata", "url_words",         "names_site",
    "words",         "one_word",         "many_words",        "has_separator",
    "truncated",     "typographic_quotes", "readability_pick", "separators_left"};

namespace {

// Independent places a title can come from; agreement between them is evidence.
enum Family : unsigned { kLd, kOg, kMeta, kMicro, kTitle, kH1, kSub, kFamilyCount };
constexpr unsigned kMetadataFamilies = (1u << kLd) | (1u << kOg) | (1u << kMeta) | (1u << kMicro) |
                                       (1u << kTitle);
constexpr unsigned kHeadingFamilies = (1u << kH1) | (1u << kSub);

// Separators looked at per source text.
constexpr size_t kMaxSeparators = 6;
// Headings turned into candidates.
constexpr size_t kMaxHeadings = 8;
// Word count where kWords saturates, and above which a title is "many words".
constexpr double kWordsSaturation = 30;
constexpr size_t kManyWordsCount = 25;
// Spaced separators left in a candidate where kSeparatorsLeft saturates: a
// headline may hold one dash, rarely three ("Story - Section / Sub - Site").
constexpr size_t kSeparatorsSaturation = 3;

struct Raw {
  std::string text;
  Family family;
  std::array<float, kTitleFeatureCount> f{};
};

size_t word_count(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool space = c == ' ';
    if (!space && !in) ++n;
    in = !space;
  }
  return n;
}

bool has_typographic_quotes(std::string_view s) {
  for (std::string_view q : {"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x9E", "\xE2\x80\x98",
                             "\xE2\x80\x99", "\xE2\x80\x9A", "\xC2\xAB", "\xC2\xBB"})
    if (s.find(q) != std::string_view::npos) return true;
  return false;
}

bool ends_truncated(std::string_view s) {
  return (s.size() >= 3 && s.substr(s.size() - 3) == "...") ||
         (s.size() >= 3 && s.substr(s.size() - 3) == "\xE2\x80\xA6");
}

// Words of the URL's path (lowercase ASCII runs), sorted.
std::vector<std::string> url_path_words(std::string_view url) {
  size_t scheme = url.find("://");
  size_t path = url.find('/', scheme == std::string_view::npos ? 0 : scheme + 3);
  if (path == std::string_view::npos) return {};
  return title_words(url.substr(path));
}

double shared_share(const std::vector<std::string>& words, const std::vector<std::string>& pool) {
  if (words.empty() || pool.empty()) return 0;
  size_t hits = 0;
  for (const std::string& w : words)
    if (std::binary_search(pool.begin(), pool.end(), w)) ++hits;
  return double(hits) / double(words.size());
}

double jaccard(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return 0;
  size_t common = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    int c = a[i].compare(b[j]);
    if (c == 0) ++common, ++i, ++j;
    else if (c < 0) ++i;
    else ++j;
  }
  return double(common) / double(a.size() + b.size() - common);
}

// A word of decoration alone before the title ("[> Jens Weber", "» Blog"):
// separators and arrows only, no letter, digit or quotation mark.
size_t decoration_prefix(std::string_view t) {
  const size_t space = t.find(' ');
  if (space == std::string_view::npos || space == 0) return 0;
  constexpr std::string_view kAsciiMarks = "[]<>|-:/\\*~=+#";
  constexpr std::string_view kMarks[] = {"\xC2\xBB", "\xE2\x80\xBA", "\xE2\x80\x93", "\xE2\x80\x94",
                                         "\xC2\xB7", "\xE2\x80\xA2", "\xE2\x86\x92"};  // » › – — · • →
  for (size_t i = 0; i < space;) {
    if (static_cast<unsigned char>(t[i]) < 0x80) {
      if (kAsciiMarks.find(t[i]) == std::string_view::npos) return 0;
      ++i;
      continue;
    }
    size_t len = 0;
    for (std::string_view mark : kMarks)
      if (t.substr(i, mark.size()) == mark) len = mark.size();
    if (len == 0) return 0;
    i += len;
  }
  return space + 1;
}

// A separator left dangling at the end ("National Rail Enquiries -": the
// template's page name was empty) is not part of the title.
std::string clean(std::string_view s) {
  std::string t = collapse_whitespace(remove_invisible_marks(s));
  for (bool cut = true; cut;) {
    cut = false;
    for (std::string_view sep : {" -", " |", " \xE2\x80\x93", " \xE2\x80\x94", " :", " \xC2\xB7", " \xC2\xBB"})
      if (t.size() > sep.size() + 1 && std::string_view(t).ends_with(sep) &&
          !(sep == " \xC2\xBB" && t.find("\xC2\xAB") != std::string::npos)) {  // "« quoted »" closes
        t.resize(t.size() - sep.size());
        cut = true;
      }
  }
  return t;
}

// Readability.js's word tokens: lowercase runs of ASCII letters, digits and
// "_" (JavaScript's \w), in order.
std::vector<std::string> ascii_tokens(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    bool word = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    if (word) {
      cur.push_back((c >= 'A' && c <= 'Z') ? char(c + 32) : c);
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

// Readability.js's text similarity: the share of b's token text that a's
// tokens cover (1 − length of b's tokens missing from a / length of b's tokens).
double readability_similarity(std::string_view a, std::string_view b) {
  std::vector<std::string> ta = ascii_tokens(a), tb = ascii_tokens(b);
  if (ta.empty() || tb.empty()) return 0;
  std::sort(ta.begin(), ta.end());
  size_t all = 0, missing = 0;
  for (const std::string& t : tb) {
    all += t.size() + 1;
    if (!std::binary_search(ta.begin(), ta.end(), t)) missing += t.size() + 1;
  }
  // Joined with spaces: one fewer separator than tokens.
  return 1.0 - double(missing ? missing - 1 : 0) / double(all - 1);
}

// Readability.js's cut of <title>: at its last spaced " | ", " - ", " – ",
// " — ", " / ", " > ", " » " (or after the first when fewer than three words
// are left), or after a colon; kept whole when the cut leaves four words or fewer.
std::string readability_title_element(const TitleSources& s) {
  std::string whole = clean(s.html_title);
  std::string_view t = whole;
  // Separator at i: its byte length, 0 if none.
  auto sep_at = [&](size_t i) -> size_t {
    char c = t[i];
    if (c == '|' || c == '-' || c == '\\' || c == '/' || c == '>') return 1;
    if (t.substr(i, 2) == "\xC2\xBB") return 2;
    if (t.substr(i, 3) == "\xE2\x80\x93" || t.substr(i, 3) == "\xE2\x80\x94") return 3;
    return 0;
  };
  auto hierarchical_at = [&](size_t i) { return t[i] == '\\' || t[i] == '/' || t[i] == '>' || t[i] == '\xC2'; };
  size_t last = std::string_view::npos, first = std::string_view::npos, first_len = 0;
  bool hierarchical = false;
  for (size_t i = 0; i < t.size(); ++i) {
    size_t len = sep_at(i);
    if (!len) continue;
    if (first == std::string_view::npos) first = i, first_len = len;
    if (i > 0 && t[i - 1] == ' ' && i + len < t.size() && t[i + len] == ' ') {
      last = i;
      if (hierarchical_at(i)) hierarchical = true;
    }
    i += len - 1;
  }
  std::string cur = whole;
  if (last != std::string_view::npos) {
    cur = std::string(trim(t.substr(0, last)));
    if (word_count(cur) < 3) cur = std::string(trim(t.substr(first + first_len)));
  } else if (t.find(": ") != std::string_view::npos) {
    bool heading_is_title = false;
    for (const TitleHeading& h : s.headings)
      if (h.level <= 2 && h.text == whole) heading_is_title = true;
    if (!heading_is_title) {
      cur = std::string(trim(t.substr(t.rfind(':') + 1)));
      if (word_count(cur) < 3) cur = std::string(trim(t.substr(t.find(':') + 1)));
      else if (word_count(t.substr(0, t.find(':'))) > 5) cur = whole;
    }
  } else if (t.size() > 150 || t.size() < 15) {
    const TitleHeading* only = nullptr;
    size_t h1s = 0;
    for (const TitleHeading& h : s.headings)
      if (h.level == 1) ++h1s, only = &h;
    if (h1s == 1) cur = only->text;
  }
  size_t words = word_count(cur);
  if (words <= 4) {
    std::string bare;
    for (size_t i = 0; i < whole.size(); ++i) {
      size_t len = sep_at(i);
      if (len) i += len - 1;
      else bare.push_back(whole[i]);
    }
    if (!hierarchical || words != word_count(collapse_whitespace(bare)) - 1) cur = whole;
  }
  return cur;
}

// Readability.js's title: the first metadata title as given, else its cut of
// <title>. Of a JSON-LD object with a name and a different headline it takes
// the headline only when that, not the name, resembles the <title> cut.
// Readability's output is one of the two golds the model learns from, and a
// reasonable title in its own right.
std::string readability_title(const TitleSources& s) {
  std::string name = clean(s.json_ld_name), headline = clean(s.json_ld_headline);
  constexpr double kSimilar = 0.75;  // Readability's own threshold
  if (!comparison_key(name).empty() && !comparison_key(headline).empty() && name != headline) {
    std::string cut = readability_title_element(s);
    bool headline_matches = readability_similarity(headline, cut) > kSimilar;
    bool name_matches = readability_similarity(name, cut) > kSimilar;
    return headline_matches && !name_matches ? headline : name;
  }
  const std::string* metadata_titles[] = {&name, &headline, &s.og_title, &s.meta_title};
  for (const std::string* m : metadata_titles) {
    std::string t = clean(*m);
    if (!comparison_key(t).empty()) return t;
  }
  return readability_title_element(s);
}

}  // namespace

std::vector<std::string> title_words(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    size_t punct = c >= 0x80 ? unicode_punctuation_length(s, i) : 0;
    if (punct) i += punct - 1;
    bool word = !punct && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
                           (c >= 'A' && c <= 'Z') || c >= 0x80);
    if (word) {
      cur.push_back((c >= 'A' && c <= 'Z') ? char(c + 32) : char(c));
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<TitleCandidate> title_candidates(const TitleSources& s) {
  std::string label = host_label(s.hostname);
  std::vector<Raw> raws;
  auto add = [&](std::string_view text, Family family, TitleFeature from) -> Raw* {
    text = trim(text);
    for (size_t cut; (cut = decoration_prefix(text)) > 0 && cut < text.size();) text = trim(text.substr(cut));
    if (comparison_key(text).empty()) return nullptr;
    raws.push_back({std::string(text), family, {}});
    raws.back().f[from] = 1;
    return &raws.back();
  };

  // Metadata titles: whole, site name cut, and each side of each separator.
  struct MetaSource {
    const std::string* text;
    Family family;
    TitleFeature from;
  };
  const MetaSource metas[] = {{&s.json_ld_headline, kLd, kFromJsonLd},
                              {&s.json_ld_name, kLd, kFromJsonLd},
                              {&s.og_title, kOg, kFromOgTitle},
                              {&s.meta_title, kMeta, kFromMetaTitle},
                              {&s.microdata_headline, kMicro, kFromMicrodata},
                              {&s.html_title, kTitle, kFromTitleElement}};
  std::vector<std::pair<Family, std::vector<std::string>>> metadata_words;
  for (const MetaSource& m : metas) {
    std::string whole = clean(*m.text);
    if (Raw* r = add(whole, m.family, m.from)) {
      r->f[kWhole] = 1;
      r->f[kKeptShare] = 1;
      metadata_words.emplace_back(m.family, title_words(whole));
    } else {
      continue;
    }
    double length = double(utf8_length(whole));
    std::string stripped = strip_site_name(whole, s.sitename, s.hostname);
    if (stripped != whole) {
      if (Raw* r = add(stripped, m.family, m.from)) {
        r->f[kCutNamedSite] = 1;
        r->f[kKeptShare] = float(double(utf8_length(stripped)) / length);
      }
    }
    std::string_view w = whole;
    for (const TitleSeparator& sep : find_title_separators(whole, kMaxSeparators)) {
      std::string_view left = w.substr(0, sep.pos), right = w.substr(sep.pos + sep.len);
      for (int side = 0; side < 2; ++side) {
        std::string_view kept = side == 0 ? left : right, cut = side == 0 ? right : left;
        Raw* r = add(kept, m.family, m.from);
        if (!r) continue;
        r->f[kLeftSide] = side == 0;
        r->f[kKeptShare] = float(double(utf8_length(r->text)) / length);
        if (names_site(cut, s.sitename, label)) r->f[kCutNamedSite] = 1;
        else if (sep.kind == SeparatorKind::Strong) r->f[kCutStrong] = 1;
        else if (sep.kind == SeparatorKind::Dash) r->f[kCutDash] = 1;
        else if (sep.kind == SeparatorKind::Colon) r->f[kCutColon] = 1;
        else r->f[kCutTight] = 1;
      }
    }
  }

  // Readability's pick is already a candidate unless it cut <title> its own way.
  std::string readability_pick = readability_title(s);
  if (std::none_of(raws.begin(), raws.end(), [&](const Raw& r) { return r.text == readability_pick; }))
    add(readability_pick, kTitle, kFromTitleElement);

  // Headings, whole and without their kicker.
  size_t h1_count = 0;
  for (const TitleHeading& h : s.headings) h1_count += h.level == 1;
  const TitleHeading* first_h1 = nullptr;
  for (size_t i = 0; i < s.headings.size() && i < kMaxHeadings; ++i) {
    const TitleHeading& h = s.headings[i];
    bool h1 = h.level == 1;
    TitleFeature from = !h1 ? kFromSubheading : first_h1 ? kFromLaterH1 : kFromFirstH1;
    if (h1 && !first_h1) first_h1 = &h;
    auto describe = [&](Raw* r) {
      r->f[kHeadingTitled] = h.titled;
      r->f[kHeadingInArticle] = h.in_article;
      r->f[kHeadingRank] = float(1.0 / double(1 + i));
      r->f[kHeadingInBanner] = h.in_banner;
      r->f[kHeadingLinksHome] = h.links_home;
      r->f[kHeadingLinksSelf] = h.links_self;
      r->f[kHeadingTextAfter] = float(h.text_after);
      r->f[kSubheadingNoH1] = !h1 && h1_count == 0;
      r->f[kManyH1s] = h1 && h1_count > 1;
    };
    if (Raw* r = add(h.text, h1 ? kH1 : kSub, from)) {
      r->f[kWhole] = 1;
      r->f[kKeptShare] = 1;
      r->f[kKickerKept] = !h.without_kicker.empty();
      r->f[kNamedKickerKept] = !h.without_kicker.empty() && h.kicker_named;
      describe(r);
    }
    if (!h.without_kicker.empty()) {
      if (Raw* r = add(h.without_kicker, h1 ? kH1 : kSub, from)) {
        r->f[kKickerDropped] = 1;
        r->f[kKickerNamed] = h.kicker_named;
        r->f[kKeptShare] = float(double(utf8_length(r->text)) / double(utf8_length(h.text)));
        describe(r);
      }
    }
  }

  // Agreement and shape.
  std::vector<std::string> keys;
  keys.reserve(raws.size());
  for (const Raw& r : raws) keys.push_back(comparison_key(r.text));
  std::string h1_key = first_h1 ? comparison_key(first_h1->text) : std::string();
  std::vector<std::string> h1_words = first_h1 ? title_words(first_h1->text) : std::vector<std::string>();
  std::vector<std::string> url_words = url_path_words(s.url);
  std::string site_key = comparison_key(s.sitename), label_key = comparison_key(label);
  std::vector<TitleCandidate> out;
  for (size_t i = 0; i < raws.size(); ++i) {
    Raw& r = raws[i];
    unsigned families = 0;
    for (size_t j = 0; j < raws.size(); ++j)
      if (keys[j] == keys[i]) families |= 1u << raws[j].family;
    unsigned others = families & ~(1u << r.family);
    r.f[kSourceFamilies] = float(std::popcount(families)) / float(kFamilyCount);
    r.f[kMetadataAgrees] = (others & kMetadataFamilies) != 0;
    r.f[kHeadingAgrees] = (others & kHeadingFamilies) != 0;
    if (!h1_key.empty() && keys[i] != h1_key) {
      r.f[kInsideH1] = h1_key.find(keys[i]) != std::string::npos;
      r.f[kHoldsH1] = keys[i].find(h1_key) != std::string::npos;
    }
    std::vector<std::string> words = title_words(r.text);
    r.f[kOverlapH1] = float(jaccard(words, h1_words));
    double best = 0;
    for (const auto& [family, mw] : metadata_words)
      if (family != r.family) best = std::max(best, jaccard(words, mw));
    r.f[kOverlapMetadata] = float(best);
    r.f[kUrlWords] = float(shared_share(words, url_words));
    r.f[kNamesSite] = keys[i] == site_key || keys[i] == label_key;
    size_t n = word_count(r.text);
    r.f[kWords] = float(std::min(1.0, std::log1p(double(n)) / std::log1p(kWordsSaturation)));
    r.f[kOneWord] = n <= 1;
    r.f[kManyWords] = n > kManyWordsCount;
    size_t separators = 0;
    for (const TitleSeparator& sep : find_title_separators(r.text, kMaxSeparators)) {
      if (sep.kind == SeparatorKind::Strong) r.f[kHasSeparator] = 1;
      if (sep.kind == SeparatorKind::Strong || sep.kind == SeparatorKind::Dash) ++separators;
    }
    r.f[kSeparatorsLeft] = float(std::min<size_t>(separators, kSeparatorsSaturation)) /
                           float(kSeparatorsSaturation);
    r.f[kTruncated] = ends_truncated(r.text);
    r.f[kTypographicQuotes] = has_typographic_quotes(r.text);
    if (r.text == readability_pick) r.f[kReadabilityPick] = 1;

    auto same = std::find_if(out.begin(), out.end(), [&](const TitleCandidate& c) { return c.text == r.text; });
    if (same == out.end()) {
      out.push_back({std::move(r.text), r.f});
    } else {
      for (size_t f = 0; f < kTitleFeatureCount; ++f) same->features[f] = std::max(same->features[f], r.f[f]);
    }
  }
  return out;
}

}  // namespace pith::extraction::metadata
