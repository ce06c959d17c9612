// Meta tag reading; see meta_tags.h. The vocabulary is a table of
// (lowercased key, field, rank): lower rank wins.
#include "extract/metadata/meta_tags.h"

#include "dom/traversal.h"
#include "extract/metadata/text_normalize.h"

namespace pith::extraction::metadata {

namespace {

enum class Field {
  OgTitle, MetaTitle, Author, Published, Modified, Site, Description, Image, Url,
  Language, License, Section, Tag, Count
};

struct Key {
  std::string_view name;
  Field field;
  int rank;
};

constexpr Key kKeys[] = {
    {"og:title", Field::OgTitle, 0},
    {"twitter:title", Field::MetaTitle, 1},
    {"dc.title", Field::MetaTitle, 2},
    {"dcterms.title", Field::MetaTitle, 2},
    {"citation_title", Field::MetaTitle, 3},
    {"parsely-title", Field::MetaTitle, 4},
    {"sailthru.title", Field::MetaTitle, 5},
    {"headline", Field::MetaTitle, 6},
    {"title", Field::MetaTitle, 7},

    {"dc.creator", Field::Author, 0},
    {"dcterms.creator", Field::Author, 0},
    {"author", Field::Author, 1},
    {"article:author", Field::Author, 2},
    {"citation_author", Field::Author, 3},
    {"parsely-author", Field::Author, 4},
    {"sailthru.author", Field::Author, 5},
    {"byl", Field::Author, 6},
    {"twitter:creator", Field::Author, 9},
    {"book:author", Field::Author, 7},
    {"og:article:author", Field::Author, 1},
    {"dc.contributor", Field::Author, 8},

    {"article:published_time", Field::Published, 0},
    {"og:article:published_time", Field::Published, 0},
    {"article:published", Field::Published, 1},
    {"datepublished", Field::Published, 1},
    {"og:published_time", Field::Published, 1},
    {"article.published", Field::Published, 2},
    {"published_time", Field::Published, 2},
    {"publication_date", Field::Published, 2},
    {"publish-date", Field::Published, 2},
    {"publish_date", Field::Published, 2},
    {"publishdate", Field::Published, 3},
    {"pubdate", Field::Published, 3},
    {"date", Field::Published, 4},
    {"dc.date", Field::Published, 4},
    {"dc.date.issued", Field::Published, 4},
    {"dc.date.created", Field::Published, 5},
    {"dcterms.date", Field::Published, 4},
    {"dcterms.issued", Field::Published, 4},
    {"dcterms.created", Field::Published, 5},
    {"citation_publication_date", Field::Published, 4},
    {"citation_date", Field::Published, 5},
    {"citation_online_date", Field::Published, 5},
    {"parsely-pub-date", Field::Published, 4},
    {"sailthru.date", Field::Published, 5},
    {"article.created", Field::Published, 5},
    {"created", Field::Published, 6},
    {"datecreated", Field::Published, 6},
    {"originalpublicationdate", Field::Published, 3},
    {"release_date", Field::Published, 6},
    {"og:updated_time", Field::Modified, 2},
    {"article:modified_time", Field::Modified, 0},
    {"og:article:modified_time", Field::Modified, 0},
    {"datemodified", Field::Modified, 1},
    {"dcterms.modified", Field::Modified, 2},
    {"last-modified", Field::Modified, 3},
    {"lastmod", Field::Modified, 3},

    {"og:site_name", Field::Site, 0},
    {"application-name", Field::Site, 2},
    {"apple-mobile-web-app-title", Field::Site, 3},
    {"dc.publisher", Field::Site, 1},
    {"dcterms.publisher", Field::Site, 1},
    {"citation_journal_title", Field::Site, 2},
    {"publisher", Field::Site, 2},

    {"og:description", Field::Description, 0},
    {"description", Field::Description, 1},
    {"twitter:description", Field::Description, 2},
    {"dc.description", Field::Description, 3},
    {"dcterms.abstract", Field::Description, 4},
    {"dcterms.description", Field::Description, 3},

    {"og:image", Field::Image, 0},
    {"og:image:url", Field::Image, 0},
    {"og:image:secure_url", Field::Image, 1},
    {"twitter:image", Field::Image, 2},
    {"twitter:image:src", Field::Image, 2},
    {"thumbnail", Field::Image, 3},

    {"og:url", Field::Url, 1},
    {"twitter:url", Field::Url, 2},

    {"content-language", Field::Language, 1},
    {"dc.language", Field::Language, 2},
    {"dcterms.language", Field::Language, 2},
    {"language", Field::Language, 3},
    {"og:locale", Field::Language, 4},

    {"license", Field::License, 1},
    {"dc.rights", Field::License, 2},
    {"dcterms.license", Field::License, 1},

    {"article:section", Field::Section, 0},
    {"og:article:section", Field::Section, 0},
    {"parsely-section", Field::Section, 1},
    {"sailthru.section", Field::Section, 2},
    {"article.section", Field::Section, 2},

    {"article:tag", Field::Tag, 0},
    {"og:article:tag", Field::Tag, 0},
    {"news_keywords", Field::Tag, 1},
    {"parsely-tags", Field::Tag, 2},
    {"keywords", Field::Tag, 3},
    {"sailthru.tags", Field::Tag, 4},
    {"dc.subject", Field::Tag, 5},
    {"citation_keywords", Field::Tag, 5},
};

const Key* find_key(std::string_view lowered) {
  for (const Key& k : kKeys)
    if (k.name == lowered) return &k;
  return nullptr;
}

struct Slot {
  std::string value;
  int rank = 1 << 30;
};

bool looks_like_url(std::string_view s) {
  return istarts_with(s, "http://") || istarts_with(s, "https://") || istarts_with(s, "//") ||
         istarts_with(s, "www.");
}

// Splits tag lists ("a, b; c") into trimmed items.
void append_list(std::vector<std::string>& out, std::string_view s, bool split) {
  if (!split) {
    std::string c = clean_field(s);
    bool dup = false;
    for (const std::string& o : out) dup = dup || o == c;
    if (!c.empty() && !dup && out.size() < 64) out.push_back(std::move(c));
    return;
  }
  size_t b = 0;
  while (b <= s.size()) {
    size_t e = s.find_first_of(",;", b);
    if (e == std::string_view::npos) e = s.size();
    std::string c = clean_field(s.substr(b, e - b));
    if (!c.empty() && out.size() < 64) {
      bool dup = false;
      for (const std::string& o : out) dup = dup || o == c;
      if (!dup) out.push_back(std::move(c));
    }
    b = e + 1;
  }
}

bool has_rel_token(std::string_view rel, std::string_view token) {
  return any_space_word(rel, [&](std::string_view word) { return iequals(word, token); });
}

}  // namespace

std::string creative_commons_label(std::string_view href) {
  size_t at = href.find("creativecommons.org/");
  if (at == std::string_view::npos) return {};
  std::string_view rest = href.substr(at + 20);
  bool publicdomain = rest.substr(0, 13) == "publicdomain/";
  if (rest.substr(0, 9) == "licenses/") rest = rest.substr(9);
  else if (publicdomain) rest = rest.substr(13);
  else return {};
  std::string out = publicdomain ? "" : "CC";
  size_t b = 0;
  int parts = 0;
  while (b < rest.size() && parts < 3) {
    size_t e = rest.find_first_of("/?#", b);
    if (e == std::string_view::npos) e = rest.size();
    std::string_view part = rest.substr(b, e - b);
    if (!part.empty() && part != "deed.de" && part.substr(0, 5) != "deed.") {
      std::string up;
      for (char c : part) up.push_back((c >= 'a' && c <= 'z') ? char(c - 32) : c);
      if (!out.empty()) out.push_back(' ');
      out += up;
      ++parts;
    }
    if (e >= rest.size() || rest[e] != '/') break;
    b = e + 1;
  }
  return out;
}

// A post's categories (tags) from the first element whose class names them:
// the texts of its links, or, without links, its text after a label
// ("Kategorien: Allgemein, Reisen"). An element with many links is a menu.
constexpr size_t kMaxCategoryLinks = 12;
// A label before the values is a word or two ("Filed under:", "Kategorien:").
constexpr size_t kMaxLabelBytes = 24;

std::vector<std::string> class_list(const std::vector<const dom::Node*>& hints) {
  std::vector<std::string> out;
  for (const dom::Node* hint : hints) {
    std::vector<const dom::Node*> links;
    for (const dom::Node* d : dom::descendants(hint)) {
      if (d->is_html(dom::TagId::A)) links.push_back(d);
      if (links.size() > kMaxCategoryLinks) break;  // a menu: no need to walk the rest
    }
    if (links.size() > kMaxCategoryLinks) continue;
    if (!links.empty()) {
      for (const dom::Node* a : links) append_list(out, node_text(a, 256), false);
    } else {
      std::string text = clean_field(node_text(hint, 512));
      size_t colon = text.find(':');
      std::string_view values = colon != std::string::npos && colon <= kMaxLabelBytes
                                    ? std::string_view(text).substr(colon + 1)
                                    : std::string_view(text);
      append_list(out, values, true);
    }
    if (!out.empty()) break;
  }
  return out;
}

MetaTags read_meta_tags(const PageScan& scan) {
  Slot slots[static_cast<int>(Field::Count)];
  MetaTags m;
  std::vector<std::string> tag_lists[2];  // rank-0 article:tag items, other keyword items
  std::vector<std::string> section_list;
  int best_tag_rank = 1 << 30;
  int best_section_rank = 1 << 30;

  for (const dom::Node* meta : scan.metas) {
    std::string_view content = attr(meta, "content");
    if (content.empty()) content = attr(meta, "value");
    if (trim(content).empty()) continue;
    std::string_view keys[] = {attr(meta, "property"), attr(meta, "name"), attr(meta, "itemprop"),
                               attr(meta, "http-equiv")};
    for (std::string_view raw_key : keys) {
      if (raw_key.empty() || raw_key.size() > 64) continue;
      // "og:title twitter:title" style space-separated keys: try each.
      size_t b = 0;
      while (b < raw_key.size()) {
        size_t e = raw_key.find(' ', b);
        if (e == std::string_view::npos) e = raw_key.size();
        std::string key = ascii_lower(raw_key.substr(b, e - b));
        b = e + 1;
        if (key.empty()) continue;
        if (key.compare(0, 3, "dc:") == 0) key = "dc." + key.substr(3);
        if (key.compare(0, 8, "dcterms:") == 0) key = "dcterms." + key.substr(8);
        const Key* k = find_key(key);
        if (!k) continue;
        if (k->field == Field::Author && looks_like_url(content)) continue;  // profile links
        if (k->field == Field::Author && trim(content).substr(0, 1) == "@") continue;  // handles
        if (k->field == Field::Tag) {
          if (k->rank < best_tag_rank) {
            best_tag_rank = k->rank;
            tag_lists[0].clear();
          }
          if (k->rank == best_tag_rank) append_list(tag_lists[0], content, k->rank != 0);
          continue;
        }
        if (k->field == Field::Section) {
          if (k->rank < best_section_rank) {
            best_section_rank = k->rank;
            section_list.clear();
          }
          if (k->rank == best_section_rank) append_list(section_list, content, k->rank != 0);
          continue;
        }
        Slot& s = slots[static_cast<int>(k->field)];
        if (k->rank < s.rank) {
          s.rank = k->rank;
          s.value = clean_field(content);
        } else if (k->rank == s.rank && k->field == Field::Author) {
          // Several author metas: keep them all.
          std::string more = clean_field(content);
          if (!more.empty() && s.value.find(more) == std::string::npos) s.value += "; " + more;
        }
      }
    }
  }

  auto take = [&](Field f) { return std::move(slots[static_cast<int>(f)].value); };
  m.og_title = take(Field::OgTitle);
  m.meta_title = take(Field::MetaTitle);
  m.author = take(Field::Author);
  m.date_published = take(Field::Published);
  m.date_modified = take(Field::Modified);
  m.sitename = take(Field::Site);
  m.description = take(Field::Description);
  m.image = take(Field::Image);
  m.language = take(Field::Language);
  m.license = take(Field::License);
  std::string og_url = take(Field::Url);

  if (scan.title) m.html_title = collapse_whitespace(node_text(scan.title, 2048));

  std::vector<std::string> rel_tags, rel_categories;
  for (const dom::Node* link : scan.links) {
    std::string_view rel = attr(link, "rel");
    std::string_view href = attr(link, "href");
    if (link->tag == dom::TagId::Link) {
      if (has_rel_token(rel, "canonical") && m.canonical_url.empty() && !trim(href).empty())
        m.canonical_url = std::string(trim(href));
      else if (has_rel_token(rel, "license") && m.license.empty()) {
        std::string cc = creative_commons_label(href);
        m.license = cc.empty() ? std::string(trim(href)) : cc;
      }
      continue;
    }
    // <a rel=…>
    if (has_rel_token(rel, "license")) {
      std::string cc = creative_commons_label(href);
      std::string text = clean_field(node_text(link, 256));
      std::string value = !cc.empty() ? cc : text;
      if (!value.empty() && (m.license.empty() || !cc.empty())) m.license = value;
    } else if (has_rel_token(rel, "category")) {
      append_list(rel_categories, node_text(link, 256), false);
    } else if (has_rel_token(rel, "tag")) {
      append_list(rel_tags, node_text(link, 256), false);
    }
  }
  if (m.canonical_url.empty()) m.canonical_url = og_url;
  // No declared license: the last Creative Commons link of the page (the
  // site-wide footer notice comes last; image credits come earlier).
  if (m.license.empty() && !scan.license_links.empty())
    m.license = creative_commons_label(attr(scan.license_links.back(), "href"));

  // Tag links in the page are the article's own tags; keyword metas are often SEO lists.
  if (rel_tags.empty()) rel_tags = class_list(scan.tag_hints);
  m.tags = !rel_tags.empty() ? std::move(rel_tags) : std::move(tag_lists[0]);
  if (rel_categories.empty()) rel_categories = class_list(scan.category_hints);
  m.sections = !rel_categories.empty() ? std::move(rel_categories) : std::move(section_list);

  std::string_view lang = scan.html ? trim(attr(scan.html, "lang")) : std::string_view();
  if (lang.empty() && scan.html) lang = trim(attr(scan.html, "xml:lang"));
  if (!lang.empty()) m.language = std::string(lang);
  return m;
}

}  // namespace pith::extraction::metadata
