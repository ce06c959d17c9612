// Real-page regression: the first 20 pages of the readability set (in manifest
// order), scored with the article-extraction-benchmark metric of
// ../shared/tools/score.py (4-token shingles, mean precision/recall, F1),
// re-implemented here. Fails below a recorded floor.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "extract_test_util.h"

namespace pith::extraction {
namespace {

constexpr double kF1Floor = 0.96;  // measured 0.974 when recorded
constexpr int kPages = 20;

std::string json_string_field(const std::string& line, const std::string& key) {
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
std::vector<std::string> tokens(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '_' || c >= 0x80) {
      cur.push_back(char(c));
    } else if (!cur.empty()) {
      out.push_back(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

std::map<std::string, int> shingles(const std::string& s) {
  std::vector<std::string> t = tokens(s);
  std::map<std::string, int> m;
  size_t n = t.size() < 4 ? (t.empty() ? 0 : 1) : t.size() - 3;
  for (size_t i = 0; i < n; ++i) {
    std::string key;
    for (size_t j = i; j < std::min(i + 4, t.size()); ++j) key += t[j] + "\x1f";
    ++m[key];
  }
  return m;
}

TEST(ReadabilityRegression, F1AboveFloor) {
  std::string dir = std::string(PITH_SHARED_DIR) + "/datasets/readability/";
  std::ifstream manifest(dir + "manifest.jsonl");
  ASSERT_TRUE(manifest) << "missing " << dir;
  std::string line;
  double psum = 0, rsum = 0;
  int pn = 0, rn = 0, pages = 0;
  while (pages < kPages && std::getline(manifest, line)) {
    std::string gold = json_string_field(line, "text");
    std::ifstream f(dir + json_string_field(line, "html"), std::ios::binary);
    std::string html((std::istreambuf_iterator<char>(f)), {});
    dom::Document doc = html::parse(html);
    ExtractionResult r = extract_content(doc, extraction::Settings{}, {});
    std::string text = output::write_text(r.content);
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
  ASSERT_EQ(pages, kPages);
  double P = pn ? psum / pn : 0, R = rn ? rsum / rn : 0;
  double F1 = P + R > 0 ? 2 * P * R / (P + R) : 0;
  std::cout << "readability[0:" << kPages << "] P=" << P << " R=" << R << " F1=" << F1 << "\n";
  EXPECT_GE(F1, kF1Floor);
}

}  // namespace
}  // namespace pith::extraction
