// Microdata reading; see microdata.h.
#include "extract/metadata/microdata.h"

#include "dom/document.h"
#include "extract/metadata/text_normalize.h"

namespace pith::extraction::metadata {

namespace {

// Longest text kept from an itemprop element: a name or a date, not a paragraph.
constexpr size_t kMaxValueBytes = 300;

bool has_token(std::string_view list, std::string_view token) {
  return any_space_word(list, [&](std::string_view t) {
    // itemprop may be a full URL (http://schema.org/author), an RDFa property a CURIE (schema:author)
    size_t slash = t.find_last_of("/:");
    if (slash != std::string_view::npos) t = t.substr(slash + 1);
    return iequals(t, token);
  });
}

// Text of a nested itemprop="name" under `scope`, else empty.
std::string nested_name(const dom::Node* scope) {
  for (const dom::Node* n = scope->first_child; n; n = dom::next_in_preorder(n, scope)) {
    if (!n->is_element()) continue;
    if (has_token(attr(n, "itemprop"), "name")) return itemprop_value(n);
  }
  return {};
}

void append_name(std::string& out, const std::string& name) {
  if (name.empty() || name.size() > kMaxValueBytes || out.find(name) != std::string::npos) return;
  if (!out.empty()) out += "; ";
  out += name;
}

}  // namespace

std::string itemprop_value(const dom::Node* e) {
  std::string_view v = attr(e, "content");
  if (v.empty()) v = attr(e, "datetime");
  if (!v.empty()) return clean_field(v);
  std::string text = collapse_whitespace(node_text(e, kMaxValueBytes * 2));
  return text.size() > kMaxValueBytes ? std::string() : text;
}

Microdata read_microdata(const PageScan& scan) {
  Microdata d;
  for (const dom::Node* e : scan.itemprops) {
    std::string_view prop = attr(e, "itemprop");
    if (prop.empty()) prop = attr(e, "property");
    if (has_token(prop, "author") || has_token(prop, "creator")) {
      std::string name = e->attribute("itemscope") ? nested_name(e) : std::string();
      if (name.empty()) name = itemprop_value(e);
      append_name(d.author, name);
    } else if (has_token(prop, "headline") && d.headline.empty()) {
      d.headline = itemprop_value(e);
    } else if (has_token(prop, "datePublished") && d.date_published.empty()) {
      d.date_published = itemprop_value(e);
    } else if (has_token(prop, "dateCreated") && d.date_published.empty()) {
      d.date_published = itemprop_value(e);
    } else if (has_token(prop, "dateModified") && d.date_modified.empty()) {
      d.date_modified = itemprop_value(e);
    } else if (has_token(prop, "publisher") && d.publisher.empty()) {
      d.publisher = e->attribute("itemscope") ? nested_name(e) : itemprop_value(e);
    }
  }
  return d;
}

}  // namespace pith::extraction::metadata
