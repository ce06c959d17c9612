// Schema.org metadata from <script type="application/ld+json"> blocks: the
// most reliable source on news sites, and the most often broken (HTML entities,
// trailing commas, raw newlines in strings). Every block is parsed, repaired
// once when it does not parse, and its objects (top level, arrays, @graph) are
// ranked: article types first, then web pages; people and organisations
// referenced by @id are resolved.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dom/node.h"

namespace pith::extraction::metadata {

struct JsonLdData {
  std::string headline;        // article headline
  std::string article_name;    // article name (often equal to the headline, or the page title)
  std::string page_name;       // WebPage name/headline
  std::string author;          // "; "-joined names
  std::string date_published;  // raw strings, parsed by the caller
  std::string date_modified;
  std::string publisher;       // publisher.name, else WebSite/Organization name
  std::string description;
  std::string image;
  std::string language;
  std::string url;
  std::vector<std::string> sections;  // articleSection
  std::vector<std::string> keywords;
  // The article's articleBody as given (plain text, lines, or HTML), or for a
  // HowTo or Recipe without one its description, ingredients and steps as
  // HTML: on script-rendered pages the only copy of the text in the bytes.
  std::string article_body;
};

// Reads every JSON-LD script in `scripts` (as collected by scan_page).
JsonLdData read_json_ld(const std::vector<const dom::Node*>& scripts);

// Same from raw JSON texts (tests).
JsonLdData read_json_ld_texts(const std::vector<std::string_view>& texts);

// The repair pass on its own: strips comment/CDATA wrappers, trailing commas,
// raw control characters inside strings and invalid escapes.
std::string repair_json(std::string_view text);

}  // namespace pith::extraction::metadata
