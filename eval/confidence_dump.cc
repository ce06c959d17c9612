// confidence_dump: MANIFEST.jsonl → one JSON line per page with the extracted
// text and the ConfidenceEvidence the extractor computed confidence from.
// eval/calibrate_confidence.py fits the confidence model to these.
//
//   confidence_dump MANIFEST > evidence.jsonl
//
// Runs what pith::extract runs (parse, metadata title, content extraction,
// text writer) so the evidence is the evidence users' pages get.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

#include <nlohmann/json.hpp>

#include "extract/content_extractor.h"
#include "extract/metadata/metadata.h"
#include "html/parser.h"
#include "output/text_writer.h"

int main(int argc, char** argv) {
  using namespace pith;
  if (argc != 2) {
    std::fprintf(stderr, "usage: confidence_dump MANIFEST.jsonl\n");
    return 2;
  }
  std::string manifest = argv[1];
  std::string dir = manifest.substr(0, manifest.rfind('/') + 1);
  std::ifstream in(manifest);
  if (!in) {
    std::fprintf(stderr, "confidence_dump: cannot read %s\n", manifest.c_str());
    return 1;
  }
  std::string line;
  while (std::getline(in, line)) {
    nlohmann::json m = nlohmann::json::parse(line);
    std::ifstream f(dir + m["html"].get<std::string>(), std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(f)), {});
    std::string url = m["url"].is_string() ? m["url"].get<std::string>() : std::string();

    dom::Document page = html::parse(bytes);
    extraction::Settings settings;
    settings.url = url;
    extraction::Metadata meta = extraction::extract_metadata(page, url);
    extraction::ExtractionResult r = extraction::extract_content(page, settings, meta.title);
    const extraction::ConfidenceEvidence& e = r.evidence;
    nlohmann::json out = {{"id", m["id"]},
                          {"text", output::write_text(r.content)},
                          {"confidence", r.confidence},
                          {"not_article", r.content.empty()},
                          {"readerable", e.readerable},
                          {"chars", e.chars},
                          {"page_chars", e.page_chars},
                          {"blocks", e.blocks},
                          {"container_vouched", e.container_vouched},
                          {"container_link_density", e.container_link_density},
                          {"fallback", e.fallback},
                          {"link_density", e.link_density},
                          {"prose_chars", e.prose_chars},
                          {"outside_prose_chars", e.outside_prose_chars},
                          {"title_found", e.title_found}};
    std::cout << out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  }
  return 0;
}
