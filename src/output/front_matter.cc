// Field order follows a reader's interest: what, who, when, where.
#include "output/front_matter.h"

#include "output/json_writer.h"

namespace pith::output {
namespace {

void scalar(std::string& out, const char* name, const std::string& value) {
  if (value.empty()) return;
  out += name;
  out += ": ";
  append_json_string(out, value);
  out += '\n';
}

void sequence(std::string& out, const char* name, const std::vector<std::string>& values) {
  if (values.empty()) return;
  out += name;
  out += ": [";
  for (size_t i = 0; i < values.size(); ++i) {
    if (i) out += ", ";
    append_json_string(out, values[i]);
  }
  out += "]\n";
}

}  // namespace

std::string write_front_matter(const Document& d) {
  std::string out = "---\n";
  scalar(out, "title", d.title);
  scalar(out, "author", d.author);
  scalar(out, "date", d.date);
  scalar(out, "date_modified", d.date_modified);
  scalar(out, "sitename", d.sitename);
  scalar(out, "hostname", d.hostname);
  scalar(out, "url", d.url);
  scalar(out, "language", d.language);
  scalar(out, "description", d.description);
  scalar(out, "image", d.image);
  sequence(out, "categories", d.categories);
  sequence(out, "tags", d.tags);
  scalar(out, "license", d.license);
  out += "---\n";
  return out;
}

}  // namespace pith::output
