// extract_driver: MANIFEST.jsonl → predictions JSONL ({"id","text"}) using the
// main-content extractor alone (no metadata, no output layer), with timing.
//
//   extract_driver MANIFEST [--out PRED] [--repeat N] [--favor precision|recall]
//                  [--set name=value,...]   (ScoringParams overrides)
//                  [--ids id1,id2]          (only these pages)
//                  [--rich 1]               (links, images, formatting, comments on)
//
// Title: the page's <title> text. Text: output::write_text.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "dom/traversal.h"
#include "extract/content_extractor.h"
#include "html/parser.h"
#include "output/text_writer.h"

namespace {

using namespace pith;

// Value of a top-level string field in one JSON line (handles escapes).
std::string json_field(const std::string& line, const std::string& key) {
  std::string pat = "\"" + key + "\": ";
  size_t p = line.find(pat);
  if (p == std::string::npos) {
    pat = "\"" + key + "\":";
    p = line.find(pat);
    if (p == std::string::npos) return {};
  }
  p += pat.size();
  while (p < line.size() && line[p] == ' ') ++p;
  if (p >= line.size() || line[p] != '"') return {};
  std::string out;
  for (++p; p < line.size() && line[p] != '"'; ++p) {
    if (line[p] == '\\' && p + 1 < line.size()) {
      char c = line[++p];
      switch (c) {
        case 'n': out.push_back('\n'); break;
        case 't': out.push_back('\t'); break;
        case 'u': {
          unsigned cp = std::strtoul(line.substr(p + 1, 4).c_str(), nullptr, 16);
          p += 4;
          if (cp < 0x80) out.push_back(char(cp));
          else if (cp < 0x800) out.push_back(char(0xc0 | cp >> 6)), out.push_back(char(0x80 | (cp & 63)));
          else out.push_back(char(0xe0 | cp >> 12)), out.push_back(char(0x80 | ((cp >> 6) & 63))),
               out.push_back(char(0x80 | (cp & 63)));
          break;
        }
        default: out.push_back(c);
      }
    } else {
      out.push_back(line[p]);
    }
  }
  return out;
}

void json_escape(const std::string& s, std::string& out) {
  out.push_back('"');
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out.push_back(char(c));
        }
    }
  }
  out.push_back('"');
}

std::string title_of(const dom::Document& doc) {
  for (dom::Node* n : dom::descendants(doc.root())) {
    if (n->is_html(dom::TagId::Title)) {
      std::string s;
      for (dom::Node* c : dom::children(n))
        if (c->is_text()) s.append(c->data);
      return s;
    }
    if (n->is_html(dom::TagId::Body)) break;
  }
  return {};
}

bool set_param(extraction::ScoringParams& p, const std::string& name, double v) {
#define PITH_PARAM(field) \
  if (name == #field) { p.field = v; return true; }
  PITH_PARAM(min_scoring_chars) PITH_PARAM(length_bonus_per_100) PITH_PARAM(max_length_bonus)
  PITH_PARAM(class_weight) PITH_PARAM(rival_prose_ratio) PITH_PARAM(title_twin_fraction) PITH_PARAM(grandparent_share) PITH_PARAM(sibling_score_fraction)
  PITH_PARAM(max_link_density) PITH_PARAM(max_container_link_density)
  PITH_PARAM(min_article_chars) PITH_PARAM(short_block_chars)
  PITH_PARAM(precision_scale) PITH_PARAM(include_title) PITH_PARAM(trim_edges) PITH_PARAM(title_scraps) PITH_PARAM(trailing_scraps) PITH_PARAM(table_article_prose) PITH_PARAM(expand_siblings) PITH_PARAM(expand_article) PITH_PARAM(cousin_levels) PITH_PARAM(recall_scale)
#undef PITH_PARAM
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: extract_driver MANIFEST [--out PRED] [--repeat N] [--set k=v,...]\n");
    return 2;
  }
  std::string manifest = argv[1], out_path, ids;
  int repeat = 1;
  extraction::ScoringParams params;
  extraction::Settings options;
  for (int i = 2; i + 1 < argc; i += 2) {
    std::string a = argv[i], v = argv[i + 1];
    if (a == "--out") out_path = v;
    else if (a == "--repeat") repeat = std::atoi(v.c_str());
    else if (a == "--ids") ids = "," + v + ",";
    else if (a == "--rich" && v == "1")
      options.links = options.images = options.formatting = options.comments = true;
    else if (a == "--favor") options.favor = v == "precision" ? extraction::Favor::Precision : extraction::Favor::Recall;
    else if (a == "--set") {
      std::stringstream ss(v);
      std::string kv;
      while (std::getline(ss, kv, ',')) {
        size_t eq = kv.find('=');
        if (eq == std::string::npos || !set_param(params, kv.substr(0, eq), std::atof(kv.c_str() + eq + 1))) {
          std::fprintf(stderr, "unknown parameter %s\n", kv.c_str());
          return 2;
        }
      }
    }
  }
  std::string dir = manifest.substr(0, manifest.rfind('/') + 1);
  std::ifstream in(manifest);
  std::string line, out;
  double parse_s = 0, extract_s = 0;
  size_t bytes = 0, pages = 0;
  using clock = std::chrono::steady_clock;
  while (std::getline(in, line)) {
    std::string id = json_field(line, "id");
    if (!ids.empty() && ids.find("," + id + ",") == std::string::npos) continue;
    std::ifstream f(dir + json_field(line, "html"), std::ios::binary);
    std::string html((std::istreambuf_iterator<char>(f)), {});
    std::string text;
    for (int r = 0; r < repeat; ++r) {
      auto t0 = clock::now();
      dom::Document doc = html::parse(html);
      auto t1 = clock::now();
      extraction::ExtractionResult res = extraction::extract_content(doc, options, title_of(doc), params);
      text = output::write_text(res.content);
      auto t2 = clock::now();
      parse_s += std::chrono::duration<double>(t1 - t0).count();
      extract_s += std::chrono::duration<double>(t2 - t1).count();
      bytes += html.size();
    }
    ++pages;
    while (!text.empty() && text.back() == '\n') text.pop_back();
    out += "{\"id\": ";
    json_escape(id, out);
    out += ", \"text\": ";
    json_escape(text, out);
    out += "}\n";
  }
  if (out_path.empty()) {
    std::fwrite(out.data(), 1, out.size(), stdout);
  } else {
    std::ofstream o(out_path, std::ios::binary);
    o << out;
  }
  double mb = bytes / 1e6;
  std::fprintf(stderr, "%zu pages, %.1f MB: parse %.1f MB/s, extract %.1f MB/s, total %.1f MB/s\n",
               pages, mb, mb / parse_s, mb / extract_s, mb / (parse_s + extract_s));
  return 0;
}
