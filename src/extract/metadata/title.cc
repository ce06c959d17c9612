// Title choice; see title.h.
#include "extract/metadata/title.h"

#include <algorithm>
#include <iterator>

#include "extract/metadata/text_normalize.h"

namespace pith::extraction::metadata {

namespace {

// Separators between a title and the site name, each with its surrounding spaces.
constexpr std::string_view kSeparators[] = {
    " | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xBB ", " \xC2\xAB ",
    " \xC2\xB7 ", " \xE2\x80\xA2 ", " // ", " / ", " ~ ", " : ", " > ", " \xE2\x80\xBA ", " * ",
    " \xE2\x81\x84 ", " \xE2\x8B\x86 ", " \xE3\x83\xBB ", " _ ", " \xEF\xBD\x9C "};

struct Split {
  size_t pos;
  size_t len;
};

// All separator occurrences, left to right.
std::vector<Split> find_separators(std::string_view t) {
  std::vector<Split> out;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i] != ' ') continue;
    for (std::string_view sep : kSeparators) {
      if (t.substr(i, sep.size()) == sep) {
        out.push_back({i, sep.size()});
        break;
      }
    }
  }
  return out;
}

bool names_site(std::string_view segment, std::string_view sitename, std::string_view label) {
  std::string seg = comparison_key(segment);
  if (seg.empty()) return false;
  std::string site = comparison_key(sitename);
  if (!site.empty() && (seg == site || (site.size() >= 4 && seg.find(site) != std::string::npos &&
                                        seg.size() <= site.size() + 12) ||
                        (seg.size() >= 4 && site.find(seg) != std::string::npos)))
    return true;
  std::string lab = comparison_key(label);
  if (lab.size() >= 3 && (seg == lab || (seg.find(lab) != std::string::npos && seg.size() <= lab.size() + 12)))
    return true;
  return false;
}

}  // namespace

std::string host_label(std::string_view hostname) {
  std::string_view h = hostname;
  if (istarts_with(h, "www.")) h.remove_prefix(4);
  // Drop the public suffix: last label, and a second-level one for ccTLD pairs (co.uk, com.au).
  size_t last = h.rfind('.');
  if (last == std::string_view::npos) return std::string(h);
  h = h.substr(0, last);
  size_t prev = h.rfind('.');
  std::string_view tail = prev == std::string_view::npos ? h : h.substr(prev + 1);
  if (prev != std::string_view::npos &&
      (tail == "co" || tail == "com" || tail == "org" || tail == "net" || tail == "gov" ||
       tail == "ac" || tail == "edu" || tail == "gv" || tail == "or")) {
    h = h.substr(0, prev);
    prev = h.rfind('.');
    tail = prev == std::string_view::npos ? h : h.substr(prev + 1);
  }
  return std::string(tail);
}

std::string strip_site_name(std::string_view title, std::string_view sitename,
                            std::string_view hostname) {
  std::string label = host_label(hostname);
  std::string t(title);
  for (int round = 0; round < 2; ++round) {
    std::vector<Split> seps = find_separators(t);
    if (seps.empty()) break;
    std::string_view tv = t;
    // Trailing segment
    const Split& last = seps.back();
    std::string_view tail = tv.substr(last.pos + last.len);
    std::string_view before_tail = tv.substr(0, last.pos);
    if (names_site(tail, sitename, label) && !trim(before_tail).empty()) {
      t = std::string(trim(before_tail));
      continue;
    }
    const Split& first = seps.front();
    std::string_view head = tv.substr(0, first.pos);
    std::string_view after_head = tv.substr(first.pos + first.len);
    if (names_site(head, sitename, label) && !trim(after_head).empty()) {
      t = std::string(trim(after_head));
      continue;
    }
    break;
  }
  return t;
}

double word_overlap(std::string_view a, std::string_view b) {
  auto words = [](std::string_view s) {
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
  };
  std::vector<std::string> wa = words(a), wb = words(b);
  if (wa.empty() || wb.empty()) return 0;
  std::vector<std::string> common;
  std::set_intersection(wa.begin(), wa.end(), wb.begin(), wb.end(), std::back_inserter(common));
  size_t uni = wa.size() + wb.size() - common.size();
  return double(common.size()) / double(uni);
}

namespace {

// <h1> texts longer than this are not headlines.
constexpr size_t kMaxHeadlineBytes = 300;
// Word overlap above which an <h1> counts as the same title written differently.
constexpr double kSameTitleOverlap = 0.7;
// An <h1> found inside the metadata title must be at least this share of it
// (a site name inside the title is not the headline).
constexpr double kMinContainedShare = 0.3;
// A segment at most this share of the other side's length is dropped as a
// site or section name.
constexpr double kShortSegmentShare = 0.6;

// The metadata title before any <h1> check: the JSON-LD headline (or name,
// whichever is closer to <title>), then og:title (often a social-media variant),
// then other meta titles, then <title>; with the site name cut off.
std::string metadata_title(const TitleSources& s) {
  std::string ld = s.json_ld_headline;
  if (ld.empty() || (!s.json_ld_name.empty() && s.json_ld_name != ld &&
                     word_overlap(s.json_ld_name, s.html_title) > word_overlap(ld, s.html_title)))
    ld = s.json_ld_name;
  for (const std::string* c : {static_cast<const std::string*>(&ld), &s.og_title, &s.meta_title}) {
    if (c->empty()) continue;
    return strip_site_name(*c, s.sitename, s.hostname);
  }
  std::string t = strip_site_name(s.html_title, s.sitename, s.hostname);
  if (t.empty()) return s.microdata_headline;
  // When a separator is left and one side equals an <h1>, that side is the title.
  std::vector<Split> seps = find_separators(t);
  for (const std::string& h : s.h1s) {
    std::string hs = comparison_key(h);
    if (hs.empty()) continue;
    std::string_view tv = t;
    for (const Split& sp : seps) {
      std::string_view left = trim(tv.substr(0, sp.pos));
      std::string_view right = trim(tv.substr(sp.pos + sp.len));
      if (comparison_key(left) == hs) return std::string(left);
      if (comparison_key(right) == hs) return std::string(right);
    }
  }
  return t;
}

// A title still holding a separator after the site name was cut is usually
// "Headline | Section or site we did not recognise" (or the reverse): keep
// the longer side of the last separator when the shorter is much shorter.
std::string drop_short_segment(const std::string& title) {
  std::vector<Split> seps = find_separators(title);
  std::string_view tv = title;
  // Only separators that rarely occur inside a headline: "|", "»", "::", "·", "•".
  while (!seps.empty()) {
    std::string_view sep = tv.substr(seps.back().pos, seps.back().len);
    if (sep == " | " || sep == " \xC2\xBB " || sep == " :: " || sep == " \xC2\xB7 " ||
        sep == " \xE2\x80\xA2 ")
      break;
    seps.pop_back();
  }
  if (seps.empty()) return title;
  const Split& last = seps.back();
  std::string_view left = trim(tv.substr(0, last.pos));
  std::string_view right = trim(tv.substr(last.pos + last.len));
  if (left.empty() || right.empty()) return title;
  double l = double(utf8_length(left)), r = double(utf8_length(right));
  if (r <= kShortSegmentShare * l) return std::string(left);
  if (l <= kShortSegmentShare * r) return std::string(right);
  return title;
}

}  // namespace

std::string choose_title(const TitleSources& s) {
  // An <h1> that some metadata title repeats word for word is the title: two
  // sources agree on it (og:title is often an SEO variant of the headline).
  for (const std::string& h : s.h1s) {
    std::string a = comparison_key(h);
    if (a.empty() || h.size() > kMaxHeadlineBytes) continue;
    for (const std::string* c : {&s.json_ld_headline, &s.json_ld_name, &s.microdata_headline,
                                 &s.meta_title, &s.og_title})
      if (comparison_key(*c) == a) return h;
  }
  std::string base = drop_short_segment(metadata_title(s));
  std::string b = comparison_key(base);
  for (const std::string& h : s.h1s) {
    if (h.empty() || h.size() > kMaxHeadlineBytes) continue;
    std::string a = comparison_key(h);
    if (a.empty()) continue;
    if (b.empty() || a == b) return h;
    if (b.find(a) != std::string::npos && double(a.size()) >= kMinContainedShare * double(b.size()))
      return h;
    if (a.find(b) != std::string::npos) return base;  // the <h1> adds a kicker
    if (word_overlap(h, base) >= kSameTitleOverlap) return h;
  }
  return base;
}

}  // namespace pith::extraction::metadata
