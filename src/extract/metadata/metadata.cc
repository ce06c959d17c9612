// extract_metadata: runs the source readers over one page scan and merges their
// answers field by field. Priorities were measured on the trafilatura (human)
// and readability gold with eval/metadata_eval.py:
//   title   candidates from every title source and heading, ranked by title_model.h
//   author  JSON-LD > author metas > microdata > byline elements > "By …" near the <h1>;
//           a site, organisation or handle only when none names a person; then
//           a label and a name anywhere ("Autor: …"), then "date - name" near the <h1>
//   date    URL path > JSON-LD > date metas > microdata > <time> > date-class
//           elements > text near the <h1> (a UTC stamp yields to the local day)
//   site    og:site_name > JSON-LD publisher; description og > meta > JSON-LD
// Body heuristics run only when no metadata names a value.
#include "extract/metadata/metadata.h"

#include <optional>

#include "extract/metadata/author_name_kind.h"
#include "extract/metadata/byline.h"
#include "extract/metadata/dates.h"
#include "extract/metadata/heading_neighbourhood.h"
#include "extract/metadata/json_ld.h"
#include "extract/metadata/labelled_byline.h"
#include "extract/metadata/meta_tags.h"
#include "extract/metadata/microdata.h"
#include "extract/metadata/page_scan.h"
#include "extract/metadata/text_normalize.h"
#include "extract/metadata/title.h"
#include "extract/metadata/url_parts.h"
#include "html/encoding/encoding_labels.h"

namespace pith::extraction {

namespace {

using namespace metadata;

// How many headings (<h1>–<h3>, document order) become title candidates.
constexpr size_t kMaxTitleHeadings = 8;

// "en-US" → "en", "pt_BR" → "pt"; empty unless it starts with 2–3 letters.
// A charset is no language: templates put "UTF-8" in content-language, and
// "utf" would pass for a three-letter code.
std::string primary_language(std::string_view tag) {
  tag = trim(tag);
  if (html::encoding::encoding_for_label(tag)) return {};
  size_t n = 0;
  while (n < tag.size() && ((tag[n] >= 'a' && tag[n] <= 'z') || (tag[n] >= 'A' && tag[n] <= 'Z'))) ++n;
  if (n < 2 || n > 3 || (n < tag.size() && tag[n] != '-' && tag[n] != '_')) return {};
  return ascii_lower(tag.substr(0, n));
}

DayMonthOrder order_for(std::string_view language_tag) {
  std::string l = ascii_lower(trim(language_tag));
  if (l == "en-us" || l == "en") return DayMonthOrder::MonthFirst;
  return DayMonthOrder::DayFirst;
}

// Date of a <time> element list: one marked as the publication date first
// (pubdate attribute, class naming publication), then the first with a
// parseable datetime.
std::string date_from_time_elements(const PageScan& scan, DayMonthOrder order) {
  std::string first;
  for (const dom::Node* t : scan.times) {
    std::string_view dt = attr(t, "datetime");
    std::string d = parse_date(dt.empty() ? std::string_view(node_text(t, 128)) : dt, order);
    if (d.empty()) continue;
    std::string_view cls = attr(t, "class");
    if (t->attribute("pubdate") || icontains(cls, "publish") || icontains(cls, "entry-date") ||
        icontains(cls, "post-date"))
      return d;
    if (icontains(cls, "update") || icontains(cls, "modif")) continue;
    if (first.empty()) first = d;
  }
  return first;
}

std::string date_from_hints(const PageScan& scan, DayMonthOrder order) {
  for (const dom::Node* e : scan.date_hints) {
    std::string text = node_text(e, 256);
    if (text.size() > 200) continue;
    std::string d = parse_date(text, order, /*short_years=*/true);
    if (!d.empty()) return d;
  }
  return {};
}

}  // namespace

Metadata extract_metadata(const dom::Document& page, std::string_view page_url) {
  return extract_metadata(page, page_url, nullptr);
}

Metadata extract_metadata(const dom::Document& page, std::string_view page_url,
                          TitleSources* title_sources) {
  PageScan scan = scan_page(page.root());
  MetaTags meta = read_meta_tags(scan);
  JsonLdData ld = read_json_ld(scan.json_ld);
  Microdata micro = read_microdata(scan);
  Metadata m;
  // Text around the main heading, read only when a field needs it.
  std::optional<HeadingNeighbourhood> neighbourhood;
  auto near_heading = [&]() -> const HeadingNeighbourhood& {
    if (!neighbourhood)
      neighbourhood = read_heading_neighbourhood(page.root(), scan.h1s.empty() ? nullptr : scan.h1s.front());
    return *neighbourhood;
  };

  // URL and hostname.
  std::string canonical = !meta.canonical_url.empty() ? meta.canonical_url : ld.url;
  m.url = resolve_url(page_url, canonical);
  if (m.url.empty()) m.url = std::string(trim(page_url));
  m.hostname = hostname_of(m.url);
  if (m.hostname.empty()) m.hostname = hostname_of(page_url);
  std::string_view document_url = !trim(page_url).empty() ? trim(page_url) : std::string_view(m.url);
  m.link_base = scan.base ? resolve_url(document_url, attr(scan.base, "href")) : std::string(document_url);

  // Language.
  std::string lang_tag = meta.language;
  m.language = primary_language(lang_tag);
  if (m.language.empty()) {
    lang_tag = ld.language;
    m.language = primary_language(lang_tag);
  }
  DayMonthOrder order = order_for(lang_tag);

  // Site name.
  // og:site_name names the site; a JSON-LD publisher is often the company behind it.
  m.sitename = !meta.sitename.empty() ? meta.sitename : ld.publisher;
  if (m.sitename.empty()) m.sitename = micro.publisher;

  // Title.
  TitleSources ts;
  ts.og_title = meta.og_title;
  ts.json_ld_headline = ld.headline;
  ts.json_ld_name = ld.article_name;
  ts.meta_title = meta.meta_title;
  ts.microdata_headline = micro.headline;
  ts.html_title = meta.html_title;
  ts.headings = read_title_headings(scan.headings, kMaxTitleHeadings,
                                    !page_url.empty() ? page_url : std::string_view(m.url));
  ts.sitename = m.sitename;
  ts.hostname = m.hostname;
  ts.url = !page_url.empty() ? std::string(page_url) : m.url;
  m.title = choose_title(ts);
  if (title_sources) *title_sources = std::move(ts);

  // Author: the first source naming a person; a name that is the site's
  // (publisher as author, "Example News") only when no source names a person.
  std::string site_key = comparison_key(m.sitename);
  std::string host_key = comparison_key(host_label(m.hostname));
  auto names_site = [&](const std::string& name) {
    std::string k = comparison_key(name);
    return !k.empty() && (k == site_key || (host_key.size() >= 3 && k.find(host_key) != std::string::npos));
  };
  std::string site_author;
  for (int source = 0; source < 5 && m.author.empty(); ++source) {
    std::string name = source == 0   ? clean_author(ld.author)
                       : source == 1 ? clean_author(meta.author)
                       : source == 2 ? clean_author(micro.author)
                       : source == 3 ? body_byline(scan)
                                     : byline_near_heading(near_heading());
    if (name.empty()) continue;
    if (names_site(name) || names_organisation(name) || looks_like_handle(name)) {
      if (site_author.empty()) site_author = name;
      continue;
    }
    m.author = std::move(name);
  }
  if (m.author.empty()) m.author = site_author;
  if (m.author.empty()) m.author = labelled_byline(near_heading());
  if (m.author.empty()) m.author = dated_byline(near_heading());
  // A first name alone in the metadata ("Stefanus") grows into the full name
  // the byline prints ("Stefanus Stahl").
  if (!m.author.empty() && m.author.find(' ') == std::string::npos) {
    for (const std::string& longer : {body_byline(scan), byline_near_heading(near_heading())}) {
      if (longer.size() > m.author.size() + 1 && istarts_with(longer, m.author) &&
          longer[m.author.size()] == ' ' && longer.find(';') == std::string::npos) {
        m.author = longer;
        break;
      }
    }
  }

  // Dates.
  m.date = date_from_url(m.url);
  if (m.date.empty() && m.url != page_url) m.date = date_from_url(page_url);
  if (m.date.empty()) {
    // The first source with a date wins, except that a UTC timestamp yields to
    // a later source giving the same moment in local time (the publication
    // day is the publisher's day, not Greenwich's).
    bool utc = false;
    for (const std::string* raw : {&ld.date_published, &meta.date_published, &micro.date_published}) {
      if (raw->empty()) continue;
      std::string d = parse_date(*raw, order);
      if (d.empty()) continue;
      if (m.date.empty()) {
        m.date = d;
        utc = is_utc_timestamp(*raw);
        if (!utc) break;
      } else if (!is_utc_timestamp(*raw) && has_time_of_day(*raw) && days_apart(m.date, d) == 1) {
        m.date = d;
        utc = false;
        break;
      }
    }
    if (utc) {
      // A visible date next to the headline one day off is the local day.
      std::string shown = date_near_heading(near_heading(), order);
      if (!shown.empty() && days_apart(m.date, shown) == 1) m.date = shown;
    }
  }
  if (m.date.empty()) m.date = date_from_time_elements(scan, order);
  if (m.date.empty()) m.date = date_from_url(m.url);
  if (m.date.empty() && m.url != page_url) m.date = date_from_url(page_url);
  if (m.date.empty()) m.date = date_from_hints(scan, order);
  if (m.date.empty()) m.date = date_near_heading(near_heading(), order);
  for (const std::string* raw : {&ld.date_modified, &meta.date_modified, &micro.date_modified}) {
    if (raw->empty()) continue;
    m.date_modified = parse_date(*raw, order);
    if (!m.date_modified.empty()) break;
  }

  m.description = strip_markup(!meta.description.empty() ? meta.description : ld.description);
  std::string image = !meta.image.empty() ? meta.image : ld.image;
  m.image = resolve_url(!m.url.empty() ? std::string_view(m.url) : page_url, image);
  m.categories = !meta.sections.empty() ? meta.sections : ld.sections;
  m.tags = !meta.tags.empty() ? meta.tags : ld.keywords;
  m.license = meta.license;
  m.article_body = std::move(ld.article_body);
  return m;
}

}  // namespace pith::extraction
