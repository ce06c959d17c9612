// The single walk behind metadata extraction; see page_scan.h.
#include "extract/metadata/page_scan.h"

#include <span>
#include <string_view>

#include "dom/document.h"
#include "extract/metadata/text_normalize.h"

namespace pith::extraction::metadata {

namespace {

// Class/id fragments that mark an author or byline container.
constexpr std::string_view kAuthorWords[] = {"author", "byline", "writer", "autor", "auteur",
                                             "creator", "journalist", "posted-by", "postedby",
                                             "submitted"};
// Fragments that look like author words but are not (author-box bios, avatars …).
constexpr std::string_view kAuthorFalseFriends[] = {"authority", "avatar", "author-bio",
                                                    "authorbio", "author-image", "author-img",
                                                    "author-photo", "author-desc", "comment"};
// Class/id fragments that mark a publication date.
constexpr std::string_view kDateWords[] = {"date", "publish", "posted", "time", "datum",
                                           "fecha", "data-", "meta"};
constexpr std::string_view kDateFalseFriends[] = {"update", "modif", "comment", "timeline",
                                                  "runtime", "reading-time", "readtime"};

// Whole class tokens of a post's category list (WordPress themes' "cat-links"
// and their kin) and of its tag list. Not "category" alone: news sites put it
// on section kickers and menus as often as on the post's own categories.
constexpr std::string_view kCategoryTokens[] = {
    "cat-links", "post-categories", "entry-categories", "post-category", "entry-category",
    "categories-links", "category-links", "post-cats", "meta-category", "meta-categories",
    "posted-in", "postcategories", "entry-cats"};
constexpr std::string_view kTagTokens[] = {
    "tag-links", "tags-links", "post-tags", "entry-tags", "post_tags", "article-tags", "page-tags",
    "tags-list", "tag-list", "meta-tags", "posttags"};

bool has_class_token(std::string_view value, std::span<const std::string_view> tokens) {
  return any_space_word(value, [&](std::string_view token) {
    for (std::string_view w : tokens)
      if (iequals(token, w)) return true;
    return false;
  });
}

// True when a class/id token of `value` starts with one of `words`
// ("comments-list", "sidebar_left"), not when a word only appears inside a
// token ("has-comments" on an article wrapper).
bool token_starts_with_any(std::string_view value, std::initializer_list<std::string_view> words) {
  return any_space_word(value, [&](std::string_view token) {
    for (std::string_view w : words)
      if (istarts_with(token, w)) return true;
    return false;
  });
}

// Subtrees whose author/date hints belong to something else than the article.
bool is_noise_container(const dom::Node* n) {
  if (n->tag == dom::TagId::Html || n->tag == dom::TagId::Body || n->tag == dom::TagId::Head)
    return false;  // page-wide classes ("comments-open") say nothing about the subtree
  if (n->tag == dom::TagId::Nav || n->tag == dom::TagId::Footer || n->tag == dom::TagId::Aside)
    return true;
  return token_starts_with_any(attr(n, "class"), {"comment", "sidebar", "related", "widget"}) ||
         token_starts_with_any(attr(n, "id"), {"comment", "sidebar", "related", "widget"});
}

bool links_to_license(std::string_view href) {
  return href.size() > 30 && href.find("creativecommons.org/") != std::string_view::npos &&
         (href.find("/licenses/") != std::string_view::npos ||
          href.find("/publicdomain/") != std::string_view::npos);
}

void push(std::vector<const dom::Node*>& list, const dom::Node* n) {
  if (list.size() < kMaxScanned) list.push_back(n);
}

// Category and tag lists go to their hint lists.
void push_list_hint(PageScan& scan, const dom::Node* n) {
  std::string_view cls = attr(n, "class");
  if (has_class_token(cls, kCategoryTokens)) push(scan.category_hints, n);
  else if (has_class_token(cls, kTagTokens)) push(scan.tag_hints, n);
}

}  // namespace

bool names_author(std::string_view value) {
  if (value.empty()) return false;
  bool hit = false;
  for (std::string_view w : kAuthorWords)
    if (icontains(value, w)) hit = true;
  if (!hit) return false;
  for (std::string_view w : kAuthorFalseFriends)
    if (icontains(value, w)) return false;
  return true;
}

bool names_date(std::string_view value) {
  if (value.empty()) return false;
  bool hit = false;
  for (std::string_view w : kDateWords)
    if (icontains(value, w)) hit = true;
  if (!hit) return false;
  for (std::string_view w : kDateFalseFriends)
    if (icontains(value, w)) return false;
  return true;
}

PageScan scan_page(const dom::Node* root) {
  PageScan scan;
  if (!root) return scan;
  for (const dom::Node* n = root->first_child; n;) {
    if (!n->is_element()) {
      n = dom::next_in_preorder(n, root);
      continue;
    }
    if (n->ns != dom::Namespace::Html) {  // SVG/MathML titles and metadata are not the page's
      n = dom::next_skipping_children(n, root);
      continue;
    }
    bool skip_children = false;
    switch (n->tag) {
      case dom::TagId::Html:
        if (!scan.html) scan.html = n;
        break;
      case dom::TagId::Title:
        if (!scan.title) scan.title = n;
        break;
      case dom::TagId::Base:
        if (!scan.base && n->attribute("href")) scan.base = n;
        break;
      case dom::TagId::Meta:
        push(scan.metas, n);
        break;
      case dom::TagId::Link:
        push(scan.links, n);
        break;
      case dom::TagId::Script:
        if (icontains(attr(n, "type"), "ld+json")) push(scan.json_ld, n);
        skip_children = true;
        break;
      case dom::TagId::Style:
      case dom::TagId::Template:
        skip_children = true;
        break;
      case dom::TagId::H1:
        push(scan.h1s, n);
        push(scan.headings, n);
        break;
      case dom::TagId::H2:
      case dom::TagId::H3:
        push(scan.headings, n);
        break;
      case dom::TagId::Time:
        push(scan.times, n);
        break;
      default:
        break;
    }
    if (n->tag == dom::TagId::A) {
      if (n->attribute("rel")) push(scan.links, n);
      if (links_to_license(attr(n, "href"))) push(scan.license_links, n);
    }
    if (n->tag != dom::TagId::Meta && n->attribute("itemprop")) push(scan.itemprops, n);

    if (is_noise_container(n)) {
      // Keep walking for JSON-LD/meta/time inside, but do not take hints there:
      // skip the subtree for hints by walking it with a reduced scan.
      const dom::Node* stop = n;
      // A post's own footer (WordPress: <footer class="entry-footer"> in the
      // <article>) holds its category links; a sidebar's or menu's list is not it.
      const bool footer = n->tag == dom::TagId::Footer;
      for (const dom::Node* d = n->first_child; d; d = dom::next_in_preorder(d, stop)) {
        if (!d->is_element()) continue;
        if (footer) push_list_hint(scan, d);
        if (d->tag == dom::TagId::Meta) push(scan.metas, d);
        else if (d->tag == dom::TagId::Link) push(scan.links, d);
        else if (d->tag == dom::TagId::Script && icontains(attr(d, "type"), "ld+json"))
          push(scan.json_ld, d);
        else if (d->tag == dom::TagId::A) {
          if (d->attribute("rel")) push(scan.links, d);
          if (links_to_license(attr(d, "href"))) push(scan.license_links, d);
        }
      }
      skip_children = true;
    } else {
      std::string_view cls = attr(n, "class");
      std::string_view id = attr(n, "id");
      if (names_author(cls) || names_author(id)) push(scan.author_hints, n);
      else if (names_date(cls) || names_date(id)) push(scan.date_hints, n);
      push_list_hint(scan, n);
    }
    n = skip_children ? dom::next_skipping_children(n, root) : dom::next_in_preorder(n, root);
  }
  return scan;
}

}  // namespace pith::extraction::metadata
