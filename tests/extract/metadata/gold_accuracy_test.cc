// Metadata accuracy on the real pages of ../shared/datasets must stay above
// recorded floors (a few points under the values measured when they were set;
// eval/metadata_eval.py prints the full table). Title: exact after whitespace
// collapsing; date: same day; language: primary subtag; URL: ignoring scheme,
// "www." and a trailing slash.
#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "extract/metadata/metadata.h"
#include "extract/metadata/text_normalize.h"
#include "html/parser.h"
#include "test_files.h"

namespace pith::extraction {
namespace {

using nlohmann::json;

using test::read_file;

std::string url_key(std::string s) {
  s = metadata::ascii_lower(metadata::collapse_whitespace(s));
  for (std::string_view p : {"https://", "http://"})
    if (s.compare(0, p.size(), p) == 0) s = s.substr(p.size());
  if (s.compare(0, 4, "www.") == 0) s = s.substr(4);
  while (!s.empty() && s.back() == '/') s.pop_back();
  return s;
}

struct Field {
  std::string gold_path;  // "title" or "meta.x"
  std::function<bool(const std::string& gold, const Metadata&)> same;
  double floor;
};

std::string gold_string(const json& row, const std::string& path) {
  const json* v = &row;
  size_t b = 0;
  while (b <= path.size()) {
    size_t e = path.find('.', b);
    if (e == std::string::npos) e = path.size();
    std::string key = path.substr(b, e - b);
    if (!v->is_object() || !v->contains(key)) return {};
    v = &(*v)[key];
    b = e + 1;
  }
  return v->is_string() ? v->get<std::string>() : std::string();
}

void check_set(const std::string& name, const std::vector<Field>& fields) {
  std::string base = std::string(PITH_SHARED_DIR) + "/datasets/" + name + "/";
  std::ifstream manifest(base + "manifest.jsonl");
  if (!manifest) GTEST_SKIP() << "no dataset at " << base;
  std::vector<int> hits(fields.size()), totals(fields.size());
  std::string line;
  while (std::getline(manifest, line)) {
    json row = json::parse(line, nullptr, false);
    if (row.is_discarded()) continue;
    std::string url = row["url"].is_string() ? row["url"].get<std::string>() : "";
    dom::Document doc = html::parse(read_file(base + row["html"].get<std::string>()));
    Metadata m = extract_metadata(doc, url);
    for (size_t i = 0; i < fields.size(); ++i) {
      std::string gold = gold_string(row, fields[i].gold_path);
      if (metadata::collapse_whitespace(gold).empty()) continue;
      ++totals[i];
      hits[i] += fields[i].same(gold, m);
    }
  }
  for (size_t i = 0; i < fields.size(); ++i) {
    ASSERT_GT(totals[i], 0) << name << " " << fields[i].gold_path;
    double acc = double(hits[i]) / totals[i];
    std::printf("%s %-22s %4d/%-4d %.3f (floor %.2f)\n", name.c_str(), fields[i].gold_path.c_str(),
                hits[i], totals[i], acc, fields[i].floor);
    EXPECT_GE(acc, fields[i].floor) << name << " " << fields[i].gold_path;
  }
}

bool same_text(const std::string& gold, const std::string& got) {
  return metadata::collapse_whitespace(gold) == metadata::collapse_whitespace(got);
}
bool same_day(const std::string& gold, const std::string& got) {
  std::string g = metadata::collapse_whitespace(gold);
  return g.size() >= 10 && got.size() >= 10 && g.compare(0, 10, got, 0, 10) == 0;
}

TEST(GoldAccuracy, Readability) {
  check_set("readability",
            {{"title", [](auto& g, auto& m) { return same_text(g, m.title); }, 0.72},
             {"meta.publishedTime", [](auto& g, auto& m) { return same_day(g, m.date); }, 0.90},
             {"meta.siteName", [](auto& g, auto& m) { return same_text(g, m.sitename); }, 0.90},
             {"meta.lang",
              [](auto& g, auto& m) {
                std::string l = metadata::ascii_lower(g);
                return l.substr(0, l.find('-')) == m.language;
              },
              0.95},
             {"meta.canonical_url", [](auto& g, auto& m) { return url_key(g) == url_key(m.url); }, 0.95}});
}

TEST(GoldAccuracy, Trafilatura) {
  check_set("trafilatura",
            {{"title", [](auto& g, auto& m) { return same_text(g, m.title); }, 0.72},
             {"meta.date", [](auto& g, auto& m) { return same_day(g, m.date); }, 0.83}});
}

}  // namespace
}  // namespace pith::extraction
