// JSON output of a pith::Document, and the small JSON object builder the CLI
// uses for its records (jsonl lines add "source" and "error").
//
// Strings are escaped per RFC 8259: quote, backslash and every control
// character below U+0020 (as \n \t \r \b \f or \u00XX); U+2028/U+2029 as
// \u2028/\u2029 so the output is also valid JavaScript, and U+0085 as \u0085
// so that a JSONL line stays one line for readers that also end lines at NEL
// (Python's str.splitlines()). Invalid UTF-8 never
// reaches the output: each bad sequence becomes U+FFFD.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pith/extract.h"

namespace pith::output {

// Appends `text` as a quoted JSON string.
void append_json_string(std::string& out, std::string_view text);

// Builds one JSON object on a single line: {"a": "x", "b": 1}.
class JsonObject {
 public:
  JsonObject& field(std::string_view name, std::string_view value);
  JsonObject& field(std::string_view name, const char* value) { return field(name, std::string_view(value)); }
  JsonObject& field(std::string_view name, const std::vector<std::string>& values);
  JsonObject& field(std::string_view name, double value);  // rounded to 4 decimals
  JsonObject& field(std::string_view name, bool value);
  JsonObject& null_field(std::string_view name);
  // The finished object (no trailing newline).
  std::string str() const { return out_.empty() ? "{}" : out_ + "}"; }

 private:
  void key(std::string_view name);
  std::string out_;
};

// Adds every Document field in a fixed order: title, author, date,
// date_modified, sitename, hostname, language, url, description, image,
// categories, tags, license, confidence, text, then comments / markdown / html
// when not empty, then warnings.
void add_document_fields(JsonObject& object, const Document& document);

// One JSON object (one line, no trailing newline) of the whole Document.
std::string write_json(const Document& document);

}  // namespace pith::output
