// The single walk behind metadata extraction; see page_scan.h.
#include "extract/metadata/page_scan.h"

#include <algorithm>
#include <cstdint>
#include <span>
#include <string>
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

// The vocabularies are matched against lowercased values.
constexpr bool all_lowercase(std::span<const std::string_view> words) {
  for (std::string_view w : words)
    for (char c : w)
      if (c >= 'A' && c <= 'Z') return false;
  return true;
}
static_assert(all_lowercase(kAuthorWords) && all_lowercase(kAuthorFalseFriends) && all_lowercase(kDateWords) &&
              all_lowercase(kDateFalseFriends));

// Fragments of a class or id that name a kind of element, and look-alikes that do not.
struct HintVocabulary {
  std::span<const std::string_view> words, false_friends;
};
constexpr HintVocabulary kAuthorHint = {kAuthorWords, kAuthorFalseFriends};
constexpr HintVocabulary kDateHint = {kDateWords, kDateFalseFriends};

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

// The shortest and longest of both lists: a class token of another length
// ("row", "col-md-4", most of a page's) is neither, without a compare.
constexpr size_t list_token_length(bool longest) {
  size_t n = longest ? 0 : SIZE_MAX;
  for (std::span<const std::string_view> list : {std::span<const std::string_view>(kCategoryTokens),
                                                 std::span<const std::string_view>(kTagTokens)})
    for (std::string_view w : list) n = longest ? std::max(n, w.size()) : std::min(n, w.size());
  return n;
}
constexpr size_t kListTokenMin = list_token_length(false), kListTokenMax = list_token_length(true);

bool is_one_of(std::string_view token, std::span<const std::string_view> words) {
  for (std::string_view w : words)
    if (iequals(token, w)) return true;
  return false;
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

// Category and tag lists go to their hint lists (a category token wins).
void push_list_hint(PageScan& scan, const dom::Node* n) {
  bool category = false, tag = false;
  any_space_word(attr(n, "class"), [&](std::string_view token) {
    if (token.size() < kListTokenMin || token.size() > kListTokenMax) return false;
    if (is_one_of(token, kCategoryTokens)) return category = true;
    tag = tag || is_one_of(token, kTagTokens);
    return false;
  });
  if (category) push(scan.category_hints, n);
  else if (tag) push(scan.tag_hints, n);
}

// Microdata (itemprop) elements, and their RDFa twins that name a schema.org
// property ("<span property=schema:dateCreated content=…>", Drupal's node
// markup); a <meta itemprop> goes with the metas.
void push_itemprop(PageScan& scan, const dom::Node* n) {
  if (n->tag == dom::TagId::Meta) return;
  const dom::Attribute* rdfa = n->attribute("property");
  if (n->attribute("itemprop") || (rdfa && rdfa->value.starts_with("schema:"))) push(scan.itemprops, n);
}

// A class or id value ASCII-lowercased once, so that each vocabulary word is a
// plain find() (memchr and memcmp underneath): these words are tried on the
// class and id of every element of the page, and a case-folding search per
// word was the metadata walk's hottest loop. Values up to kInline bytes (nearly
// all) stay on the stack.
class LoweredValue {
 public:
  explicit LoweredValue(std::string_view value) {
    char* out = value.size() <= kInline ? inline_ : (heap_.resize(value.size()), heap_.data());
    for (size_t i = 0; i < value.size(); ++i) {
      const char c = value[i];
      out[i] = (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
    }
    view_ = {out, value.size()};
  }
  LoweredValue(const LoweredValue&) = delete;
  LoweredValue& operator=(const LoweredValue&) = delete;

  // One of `kind.words` appears in the value and none of its false friends do.
  bool names(const HintVocabulary& kind) const {
    return !view_.empty() && contains_any(kind.words) && !contains_any(kind.false_friends);
  }

 private:
  bool contains_any(std::span<const std::string_view> words) const {
    for (std::string_view w : words)
      if (view_.find(w) != std::string_view::npos) return true;
    return false;
  }

  static constexpr size_t kInline = 256;
  char inline_[kInline];
  std::string heap_;
  std::string_view view_;
};

}  // namespace

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
    push_itemprop(scan, n);

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
        // …and its structured data: the author as itemprop=author (an <address> in a
        // post's <footer>).
        if (footer) push_itemprop(scan, d);
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
      const LoweredValue cls(attr(n, "class")), id(attr(n, "id"));
      if (cls.names(kAuthorHint) || id.names(kAuthorHint)) push(scan.author_hints, n);
      else if (cls.names(kDateHint) || id.names(kDateHint)) push(scan.date_hints, n);
      push_list_hint(scan, n);
    }
    n = skip_children ? dom::next_skipping_children(n, root) : dom::next_in_preorder(n, root);
  }
  return scan;
}

}  // namespace pith::extraction::metadata
