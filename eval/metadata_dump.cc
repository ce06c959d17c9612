// pith_metadata_dump: prints one JSON line of extraction::Metadata per page, for
// eval/metadata_eval.py. Input lines on stdin: "<id>\t<html path>\t<url or empty>".
#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "extract/metadata/json_ld.h"
#include "extract/metadata/meta_tags.h"
#include "extract/metadata/metadata.h"
#include "extract/metadata/microdata.h"
#include "extract/metadata/page_scan.h"
#include "extract/metadata/text_normalize.h"
#include "extract/metadata/title_candidates.h"
#include "html/parser.h"

// --candidates adds the raw per-source values, for tuning the merge priorities.
static nlohmann::json candidates(const pith::dom::Document& doc) {
  using namespace pith::extraction::metadata;
  PageScan scan = scan_page(doc.root());
  MetaTags meta = read_meta_tags(scan);
  JsonLdData ld = read_json_ld(scan.json_ld);
  Microdata micro = read_microdata(scan);
  nlohmann::json h1s = nlohmann::json::array();
  for (const pith::dom::Node* h : scan.h1s) h1s.push_back(collapse_whitespace(node_text(h, 1024)));
  return {{"og_title", meta.og_title},     {"meta_title", meta.meta_title},
          {"html_title", meta.html_title}, {"ld_headline", ld.headline},
          {"ld_page_name", ld.page_name},  {"micro_headline", micro.headline},
          {"h1s", h1s},                    {"ld_author", ld.author},
          {"meta_author", meta.author},    {"micro_author", micro.author},
          {"ld_date", ld.date_published},  {"meta_date", meta.date_published},
          {"micro_date", micro.date_published}, {"ld_publisher", ld.publisher},
          {"meta_site", meta.sitename}};
}

// --title-candidates adds every title candidate with its features, for eval/tune_title.py.
static nlohmann::json title_candidate_json(const pith::extraction::metadata::TitleSources& sources) {
  using namespace pith::extraction::metadata;
  nlohmann::json out = nlohmann::json::array();
  for (const TitleCandidate& c : pith::extraction::metadata::title_candidates(sources))
    out.push_back({{"text", c.text}, {"f", c.features}});
  return out;
}

int main(int argc, char** argv) {
  std::string mode = argc > 1 ? argv[1] : "";
  bool with_candidates = mode == "--candidates";
  bool with_title_candidates = mode == "--title-candidates";
  if (mode == "--title-features") {
    for (const char* name : pith::extraction::metadata::kTitleFeatureNames) std::cout << name << '\n';
    return 0;
  }
  std::string line;
  double metadata_seconds = 0;
  size_t bytes = 0;
  while (std::getline(std::cin, line)) {
    size_t t1 = line.find('\t');
    size_t t2 = line.find('\t', t1 == std::string::npos ? line.size() : t1 + 1);
    if (t1 == std::string::npos || t2 == std::string::npos) continue;
    std::string id = line.substr(0, t1);
    std::string path = line.substr(t1 + 1, t2 - t1 - 1);
    std::string url = line.substr(t2 + 1);
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    std::string html = ss.str();
    bytes += html.size();
    pith::dom::Document doc = pith::html::parse(html);
    auto start = std::chrono::steady_clock::now();
    pith::extraction::metadata::TitleSources title_sources;
    pith::extraction::Metadata m = pith::extraction::extract_metadata(doc, url, &title_sources);
    metadata_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    nlohmann::json j = {{"id", id},
                        {"title", m.title},
                        {"author", m.author},
                        {"date", m.date},
                        {"date_modified", m.date_modified},
                        {"sitename", m.sitename},
                        {"hostname", m.hostname},
                        {"language", m.language},
                        {"url", m.url},
                        {"description", m.description},
                        {"image", m.image},
                        {"categories", m.categories},
                        {"tags", m.tags},
                        {"license", m.license}};
    if (with_candidates) j["candidates"] = candidates(doc);
    if (with_title_candidates) j["title_candidates"] = title_candidate_json(title_sources);
    std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  }
  std::cerr << "metadata: " << metadata_seconds * 1e3 << " ms for " << bytes / 1e6
            << " MB of HTML (" << (metadata_seconds > 0 ? bytes / 1e6 / metadata_seconds : 0)
            << " MB/s)\n";
  return 0;
}
