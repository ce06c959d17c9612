// JSON-LD reading with nlohmann::json (exceptions off: json::parse(s, nullptr,
// false)); see json_ld.h.
#include "extract/metadata/json_ld.h"

#include <nlohmann/json.hpp>

#include "extract/metadata/text_normalize.h"

namespace pith::extraction::metadata {

namespace {

using nlohmann::json;

// Limits that keep a hostile page from costing much.
constexpr size_t kMaxScriptBytes = 1 << 20;
constexpr size_t kMaxObjects = 512;

std::string_view type_tail(std::string_view t) {
  size_t cut = t.find_last_of("/:");
  return cut == std::string_view::npos ? t : t.substr(cut + 1);
}

bool type_matches(const json& obj, bool (*pred)(std::string_view)) {
  auto it = obj.find("@type");
  if (it == obj.end()) return false;
  if (it->is_string()) return pred(type_tail(it->get_ref<const std::string&>()));
  if (it->is_array())
    for (const json& t : *it)
      if (t.is_string() && pred(type_tail(t.get_ref<const std::string&>()))) return true;
  return false;
}

bool is_article_type(std::string_view t) {
  if (t.size() >= 7 && t.substr(t.size() - 7) == "Article") return true;
  return t == "BlogPosting" || t == "LiveBlogPosting" || t == "SocialMediaPosting" ||
         t == "DiscussionForumPosting" || t == "Report" || t == "Recipe" || t == "Review" ||
         t == "NewsArticle" || t == "CreativeWork" || t == "HowTo" || t == "Blog" ||
         t == "VideoObject" || t == "Question";
}

bool is_page_type(std::string_view t) {
  return t.ends_with("WebPage") || t == "ItemPage" ||
         t == "AboutPage" || t == "CollectionPage" || t == "ProfilePage" || t == "QAPage" ||
         t == "FAQPage" || t == "SearchResultsPage" || t == "ContactPage";
}

bool is_site_type(std::string_view t) {
  return t == "WebSite" || t == "Organization" || t == "NewsMediaOrganization" ||
         t == "Corporation" || t == "OnlineBusiness" || t == "LocalBusiness";
}

std::string string_of(const json& v) {
  if (v.is_string()) return clean_field(v.get_ref<const std::string&>());
  if (v.is_number_integer()) return std::to_string(v.get<long long>());
  return {};
}

// All objects reachable through arrays and @graph, breadth first, flat.
void collect_objects(const json& root, std::vector<const json*>& out) {
  std::vector<const json*> stack{&root};
  while (!stack.empty() && out.size() < kMaxObjects) {
    const json* v = stack.back();
    stack.pop_back();
    if (v->is_array()) {
      for (auto it = v->rbegin(); it != v->rend(); ++it) stack.push_back(&*it);
    } else if (v->is_object()) {
      out.push_back(v);
      auto g = v->find("@graph");
      if (g != v->end()) stack.push_back(&*g);
      auto m = v->find("mainEntity");
      if (m != v->end() && (m->is_object() || m->is_array())) stack.push_back(&*m);
    }
  }
}

const json* find_by_id(const std::vector<const json*>& objects, const std::string& id) {
  for (const json* o : objects) {
    auto it = o->find("@id");
    if (it != o->end() && it->is_string() && it->get_ref<const std::string&>() == id) return o;
  }
  return nullptr;
}

// A person named by a first name alone whose description starts with the
// full name ({"name": "Nils", "description": "Nils Pickert ist freier Autor …"},
// as author boxes fill it): the first name and the capitalised word after it.
std::string with_surname_from_description(const json& person, std::string name) {
  if (name.empty() || name.find(' ') != std::string::npos) return name;
  // An organisation's description starts with its name and goes on ("Greator Academy is …").
  auto type = person.find("@type");
  if (type != person.end() && type->is_string() &&
      icontains(type->get_ref<const std::string&>(), "organization"))
    return name;
  auto d = person.find("description");
  if (d == person.end() || !d->is_string()) return name;
  std::string text = clean_field(d->get_ref<const std::string&>());
  if (text.size() <= name.size() + 2 || text.compare(0, name.size(), name) != 0 || text[name.size()] != ' ')
    return name;
  size_t b = name.size() + 1, e = b;
  while (e < text.size() && text[e] != ' ' && text[e] != ',') ++e;
  unsigned char first = text[b];
  if (!((first >= 'A' && first <= 'Z') || first >= 0x80) || e - b < 2) return name;
  return name + " " + text.substr(b, e - b);
}

// A name for a person/organisation value: string, {name}, {@id} → resolved.
std::string entity_name(const json& v, const std::vector<const json*>& objects) {
  if (v.is_string()) {
    std::string s = clean_field(v.get_ref<const std::string&>());
    // URLs ("https://…/author/jane") are references, not names.
    if (istarts_with(s, "http://") || istarts_with(s, "https://") || istarts_with(s, "/")) return {};
    return s;
  }
  if (!v.is_object()) return {};
  auto n = v.find("name");
  if (n != v.end()) {
    if (n->is_string())
      return with_surname_from_description(v, clean_field(n->get_ref<const std::string&>()));
    if (n->is_object() || n->is_array()) {
      // {"name": {"@value": "…"}} or language-tagged variants
      const json& first = n->is_array() && !n->empty() ? (*n)[0] : *n;
      auto val = first.find("@value");
      if (first.is_object() && val != first.end()) return string_of(*val);
      if (first.is_string()) return clean_field(first.get_ref<const std::string&>());
    }
  }
  auto given = v.find("givenName");
  auto family = v.find("familyName");
  if (given != v.end() && given->is_string()) {
    std::string s = clean_field(given->get_ref<const std::string&>());
    if (family != v.end() && family->is_string())
      s += " " + clean_field(family->get_ref<const std::string&>());
    return s;
  }
  auto id = v.find("@id");
  if (id != v.end() && id->is_string()) {
    const json* target = find_by_id(objects, id->get_ref<const std::string&>());
    if (target && target != &v && target->find("name") != target->end())
      return entity_name(*target, {});  // resolve one level only
  }
  return {};
}

std::string names_of(const json& v, const std::vector<const json*>& objects) {
  std::string out;
  auto add = [&](const json& item) {
    std::string n = entity_name(item, objects);
    if (n.empty() || out.find(n) != std::string::npos) return;
    if (!out.empty()) out += "; ";
    out += n;
  };
  if (v.is_array()) {
    for (const json& item : v) add(item);
  } else {
    add(v);
  }
  return out;
}

// image: a URL string, an ImageObject {url|contentUrl}, or an array of those.
// A loop with a small bound, not recursion: nesting depth comes from the page.
std::string image_of(const json& value) {
  const json* v = &value;
  for (int depth = 0; depth < 8; ++depth) {
    if (v->is_string()) return clean_field(v->get_ref<const std::string&>());
    if (v->is_array() && !v->empty()) {
      v = &(*v)[0];
    } else if (v->is_object()) {
      auto u = v->find("url");
      if (u == v->end()) u = v->find("contentUrl");
      if (u == v->end()) return {};
      v = &*u;
    } else {
      return {};
    }
  }
  return {};
}

// articleSection/keywords: string (comma-separated for keywords), or array.
std::vector<std::string> list_of(const json& v, bool split_commas) {
  std::vector<std::string> out;
  auto add = [&](std::string_view s) {
    std::string c = clean_field(s);
    if (!c.empty() && out.size() < 64) out.push_back(std::move(c));
  };
  auto add_string = [&](const std::string& s) {
    if (!split_commas) return add(s);
    size_t b = 0;
    while (b <= s.size()) {
      size_t e = s.find(',', b);
      if (e == std::string::npos) e = s.size();
      add(std::string_view(s).substr(b, e - b));
      b = e + 1;
    }
  };
  if (v.is_string()) add_string(v.get_ref<const std::string&>());
  else if (v.is_array())
    for (const json& item : v)
      if (item.is_string()) add_string(item.get_ref<const std::string&>());
  return out;
}

const json* field(const json& obj, const char* name) {
  auto it = obj.find(name);
  return it == obj.end() ? nullptr : &*it;
}

// A HowTo's or Recipe's text when it has no articleBody: the description, the
// ingredients, then every step as HTML for the articleBody fallback, which
// parses it into blocks. Script-rendered how-to pages ship their steps only
// here. Steps come as strings, HowToStep {name, text}, HowToSection {name,
// itemListElement: steps} and HowToStep {name, itemListElement: HowToDirection
// or HowToTip}; nesting past kMaxStepLevels is left out (no recursion on page data).
constexpr int kMaxStepLevels = 3;

void append_escaped(std::string& out, std::string_view s) {
  for (char c : s) {
    if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '&') out += "&amp;";
    else out.push_back(c);
  }
}

// A text as a block: markup given as markup, plain text escaped in a <p>.
void append_block(std::string& out, std::string_view text) {
  if (trim(text).empty()) return;
  if (looks_like_markup(text)) {
    out += text;
  } else {
    out += "<p>";
    append_escaped(out, text);
    out += "</p>";
  }
  out += '\n';
}

void append_steps(std::string& out, const json& steps) {
  struct Level {
    const json* items;  // an array, or a single object/string
    size_t next = 0;
  };
  std::vector<Level> stack{{&steps}};
  while (!stack.empty()) {
    Level& level = stack.back();
    const json& items = *level.items;
    const size_t count = items.is_array() ? items.size() : 1;
    if (level.next >= count) {
      stack.pop_back();
      continue;
    }
    const json& item = items.is_array() ? items[level.next] : items;
    ++level.next;
    if (item.is_string()) {
      append_block(out, item.get_ref<const std::string&>());
      continue;
    }
    if (!item.is_object()) continue;
    const json* name = field(item, "name");
    const json* text = field(item, "text");
    const json* children = field(item, "itemListElement");
    const std::string_view text_value =
        text && text->is_string() ? std::string_view(text->get_ref<const std::string&>()) : std::string_view();
    const std::string name_value = name ? string_of(*name) : "";
    // A step's name is a heading over its text unless it only repeats the
    // text's opening (Recipe steps often carry name = text).
    if (!name_value.empty() && (text_value.empty() ? children != nullptr
                                                   : clean_field(text_value).rfind(name_value, 0) != 0)) {
      out += "<h3>";
      append_escaped(out, name_value);
      out += "</h3>\n";
    }
    append_block(out, text_value);
    if (children && stack.size() < kMaxStepLevels) stack.push_back({children});
  }
}

bool is_steps_type(std::string_view t) { return t == "HowTo" || t == "Recipe"; }

std::string steps_body(const json& o) {
  const json* steps = field(o, "step");
  if (!steps) steps = field(o, "recipeInstructions");
  if (!steps) return {};
  std::string out;
  if (const json* d = field(o, "description"); d && d->is_string())
    append_block(out, d->get_ref<const std::string&>());
  if (const json* ingredients = field(o, "recipeIngredient"); ingredients && ingredients->is_array()) {
    out += "<ul>";
    for (const json& i : *ingredients) {
      if (!i.is_string()) continue;
      out += "<li>";
      append_escaped(out, i.get_ref<const std::string&>());
      out += "</li>";
    }
    out += "</ul>\n";
  }
  append_steps(out, *steps);
  return out;
}

void fill_from_object(const json& o, const std::vector<const json*>& objects, JsonLdData& d,
                      bool article) {
  auto set = [](std::string& dst, std::string v) {
    if (dst.empty() && !v.empty()) dst = std::move(v);
  };
  if (article) {
    if (const json* h = field(o, "headline")) set(d.headline, string_of(*h));
    if (const json* n = field(o, "name")) set(d.article_name, string_of(*n));
    if (const json* b = field(o, "articleBody"); b && b->is_string() && d.article_body.empty())
      d.article_body = b->get_ref<const std::string&>();
    if (d.article_body.empty() && type_matches(o, is_steps_type)) d.article_body = steps_body(o);
  } else {
    if (const json* n = field(o, "name")) set(d.page_name, string_of(*n));
    if (const json* h = field(o, "headline")) set(d.page_name, string_of(*h));
  }
  if (const json* a = field(o, "author")) set(d.author, names_of(*a, objects));
  if (d.author.empty())
    if (const json* a = field(o, "creator")) set(d.author, names_of(*a, objects));
  if (const json* v = field(o, "datePublished")) set(d.date_published, string_of(*v));
  if (const json* v = field(o, "dateCreated")) set(d.date_published, string_of(*v));
  if (const json* v = field(o, "dateModified")) set(d.date_modified, string_of(*v));
  if (const json* p = field(o, "publisher")) set(d.publisher, names_of(*p, objects));
  if (const json* v = field(o, "description")) set(d.description, string_of(*v));
  if (const json* v = field(o, "image")) set(d.image, image_of(*v));
  if (const json* v = field(o, "thumbnailUrl")) set(d.image, image_of(*v));
  if (const json* v = field(o, "inLanguage")) {
    if (v->is_object()) {
      if (const json* n = field(*v, "alternateName")) set(d.language, string_of(*n));
    } else {
      set(d.language, string_of(*v));
    }
  }
  if (const json* v = field(o, "url")) set(d.url, string_of(*v));
  if (d.sections.empty())
    if (const json* v = field(o, "articleSection")) d.sections = list_of(*v, false);
  if (d.keywords.empty())
    if (const json* v = field(o, "keywords")) d.keywords = list_of(*v, true);
}

json parse_tolerant(std::string_view text) {
  json j = json::parse(text.begin(), text.end(), nullptr, false);
  if (!j.is_discarded()) return j;
  std::string repaired = repair_json(text);
  j = json::parse(repaired, nullptr, false);
  if (!j.is_discarded()) return j;
  if (text.find('&') != std::string_view::npos) {
    repaired = repair_json(decode_basic_entities(text));
    j = json::parse(repaired, nullptr, false);
  }
  return j;
}

}  // namespace

std::string repair_json(std::string_view text) {
  std::string_view t = trim(text);
  // Wrappers some CMSs put around scripts.
  for (std::string_view open : {std::string_view("<!--"), std::string_view("//<![CDATA["),
                                std::string_view("<![CDATA[")})
    if (t.substr(0, open.size()) == open) t = trim(t.substr(open.size()));
  for (std::string_view close : {std::string_view("-->"), std::string_view("//]]>"),
                                 std::string_view("]]>")})
    if (t.size() >= close.size() && t.substr(t.size() - close.size()) == close)
      t = trim(t.substr(0, t.size() - close.size()));
  if (!t.empty() && t.back() == ';') t.remove_suffix(1);

  std::string out;
  out.reserve(t.size());
  bool in_string = false;
  for (size_t i = 0; i < t.size(); ++i) {
    char c = t[i];
    if (in_string) {
      if (c == '\\') {
        char next = i + 1 < t.size() ? t[i + 1] : '\0';
        if (next == '"' || next == '\\' || next == '/' || next == 'b' || next == 'f' ||
            next == 'n' || next == 'r' || next == 't' || next == 'u') {
          out.push_back(c);
          out.push_back(next);
          ++i;
        } else if (next == '\'') {
          out.push_back('\'');
          ++i;
        }
        // any other escape: drop the backslash
        continue;
      }
      if (c == '"') in_string = false;
      if (static_cast<unsigned char>(c) < 0x20) c = ' ';
      out.push_back(c);
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == ',') {
      size_t k = i + 1;
      while (k < t.size() && (t[k] == ' ' || t[k] == '\n' || t[k] == '\r' || t[k] == '\t')) ++k;
      if (k < t.size() && (t[k] == '}' || t[k] == ']')) continue;  // trailing comma
      if (k == t.size()) continue;
    }
    out.push_back(c);
  }
  return out;
}

JsonLdData read_json_ld_texts(const std::vector<std::string_view>& texts) {
  std::vector<json> docs;
  docs.reserve(texts.size());
  for (std::string_view t : texts) {
    if (t.size() > kMaxScriptBytes) continue;
    json j = parse_tolerant(t);
    if (!j.is_discarded()) docs.push_back(std::move(j));
  }
  std::vector<const json*> objects;
  for (const json& d : docs) collect_objects(d, objects);

  JsonLdData d;
  for (const json* o : objects)
    if (type_matches(*o, is_article_type)) fill_from_object(*o, objects, d, true);
  for (const json* o : objects)
    if (type_matches(*o, is_page_type)) fill_from_object(*o, objects, d, false);
  if (d.publisher.empty()) {
    for (const json* o : objects) {
      if (type_matches(*o, is_site_type)) {
        if (const json* n = field(*o, "name")) d.publisher = string_of(*n);
        if (!d.publisher.empty()) break;
      }
    }
  }
  return d;
}

JsonLdData read_json_ld(const std::vector<const dom::Node*>& scripts) {
  std::vector<std::string> texts;
  for (const dom::Node* s : scripts) {
    std::string t;
    for (const dom::Node* c = s->first_child; c; c = c->next_sibling)
      if (c->is_text()) t.append(c->data);
    texts.push_back(std::move(t));
  }
  std::vector<std::string_view> views(texts.begin(), texts.end());
  return read_json_ld_texts(views);
}

}  // namespace pith::extraction::metadata
