// The article-extraction-benchmark metric of ../shared/tools/score.py (4-token
// shingles, per-page precision and recall, means over the pages, F1 of the
// means), re-implemented for tests that score the extractor on dataset pages.
#pragma once

#include <algorithm>
#include <fstream>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "test_files.h"

namespace pith::extraction::testing {

// A top-level string field of one manifest line ("" when absent or null).
inline std::string json_string_field(const std::string& line, const std::string& key) {
  size_t p = line.find("\"" + key + "\": \"");
  if (p == std::string::npos) return {};
  p += key.size() + 5;
  std::string out;
  for (; p < line.size() && line[p] != '"'; ++p) {
    if (line[p] != '\\') {
      out.push_back(line[p]);
      continue;
    }
    char c = line[++p];
    if (c == 'n') out.push_back('\n');
    else if (c == 'u') {
      unsigned cp = std::stoul(line.substr(p + 1, 4), nullptr, 16);
      p += 4;
      if (cp < 0x80) out.push_back(char(cp));
      else if (cp < 0x800) out += {char(0xc0 | cp >> 6), char(0x80 | (cp & 63))};
      else out += {char(0xe0 | cp >> 12), char(0x80 | ((cp >> 6) & 63)), char(0x80 | (cp & 63))};
    } else {
      out.push_back(c);
    }
  }
  return out;
}

// Python's \w+ over UTF-8, approximately: ASCII alphanumerics, '_' and any
// non-ASCII byte (letters of other scripts).
inline std::vector<std::string> word_tokens(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (unsigned char c : s) {
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
        c >= 0x80) {
      cur.push_back(char(c));
    } else if (!cur.empty()) {
      out.push_back(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

inline std::map<std::string, int> shingles(const std::string& s) {
  std::vector<std::string> t = word_tokens(s);
  std::map<std::string, int> m;
  size_t n = t.size() < 4 ? (t.empty() ? 0 : 1) : t.size() - 3;
  for (size_t i = 0; i < n; ++i) {
    std::string key;
    for (size_t j = i; j < std::min(i + 4, t.size()); ++j) key += t[j] + "\x1f";
    ++m[key];
  }
  return m;
}

// Mean precision and recall over pages, as score.py counts them: a page
// counts for precision when something was extracted, for recall when it has
// gold text.
struct SetScore {
  double psum = 0, rsum = 0;
  int pn = 0, rn = 0, pages = 0;

  void add(const std::string& gold, const std::string& text) {
    auto g = shingles(gold), p = shingles(text);
    double tp = 0, fp = 0, fn = 0;
    for (auto& [k, c] : p) {
      auto it = g.find(k);
      int gc = it == g.end() ? 0 : it->second;
      tp += std::min(c, gc);
      fp += std::max(0, c - gc);
    }
    for (auto& [k, c] : g) {
      auto it = p.find(k);
      fn += std::max(0, c - (it == p.end() ? 0 : it->second));
    }
    double s = tp + fp + fn;
    if (s > 0) tp /= s, fp /= s, fn /= s;
    double prec = (fp == 0 && fn == 0) ? 1 : (tp == 0 && fp == 0) ? 0 : tp / (tp + fp);
    double rec = (fp == 0 && fn == 0) ? 1 : (tp == 0 && fn == 0) ? 0 : tp / (tp + fn);
    if (tp + fp > 0) psum += prec, ++pn;
    if (tp + fn > 0) rsum += rec, ++rn;
    ++pages;
  }
  double precision() const { return pn ? psum / pn : 0; }
  double recall() const { return rn ? rsum / rn : 0; }
  double f1() const {
    double P = precision(), R = recall();
    return P + R > 0 ? 2 * P * R / (P + R) : 0;
  }
};

// Calls visit(html, gold_text) for the first `limit` pages of a dataset with
// gold text; returns how many were visited (0 when the set is missing).
inline int for_each_page(const std::string& set_dir, int limit,
                         const std::function<void(const std::string&, const std::string&)>& visit) {
  std::ifstream manifest(set_dir + "manifest.jsonl");
  std::string line;
  int pages = 0;
  while (pages < limit && std::getline(manifest, line)) {
    std::string gold = json_string_field(line, "text");
    if (gold.empty()) continue;
    visit(pith::test::read_file(set_dir + json_string_field(line, "html")), gold);
    ++pages;
  }
  return pages;
}

}  // namespace pith::extraction::testing
