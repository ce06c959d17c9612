// The class/id/role vocabulary and its matcher (see the header); the
// phrases of boilerplate text are in boilerplate_phrases.cc. Terms are
// grouped by meaning; a term marked whole-only matches a complete class token
// ("tags", "hidden") but not a piece of one ("tag-foo" on a WordPress <article>,
// "hidden-xs" on Bootstrap columns).
#include "extract/boilerplate_vocabulary.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <vector>

#include "dom/inline_style.h"
#include "extract/vocabulary_hash.h"

namespace pith::extraction {
namespace {

using vocabulary::hash_word;

struct Term {
  std::string_view word;
  uint16_t flags;     // Boilerplate bits; 0 with positive = article marker
  int8_t polarity;    // -1 boilerplate, +1 article body
  bool whole_only;    // match whole class tokens only
};

constexpr int8_t N = -1, P = 1;
constexpr bool W = true, S = false;

// clang-format off
constexpr Term kTerms[] = {
  // Article bodies.
  {"article", 0, P, S}, {"articlebody", 0, P, S}, {"articlecontent", 0, P, S},
  {"body", 0, P, S}, {"content", 0, P, S}, {"entry", 0, P, S}, {"hentry", 0, P, S},
  {"main", 0, P, S}, {"post", 0, P, S}, {"story", 0, P, S}, {"text", 0, P, S},
  {"blog", 0, P, S}, {"prose", 0, P, S}, {"richtext", 0, P, S}, {"storybody", 0, P, S},
  {"postbody", 0, P, S}, {"entrycontent", 0, P, S}, {"postcontent", 0, P, S},
  {"page", 0, P, S}, {"single", 0, P, S}, {"artikel", 0, P, S}, {"inhalt", 0, P, S},
  {"texto", 0, P, S}, {"contenido", 0, P, S}, {"contenu", 0, P, S}, {"corpo", 0, P, S},
  {"testo", 0, P, S}, {"conteudo", 0, P, S}, {"noticia", 0, P, S}, {"nota", 0, P, S},
  // Navigation.
  {"nav", kNav, N, S}, {"navbar", kNav, N, S}, {"navigation", kNav, N, S},
  {"menu", kNav, N, S}, {"menubar", kNav, N, S}, {"submenu", kNav, N, S},
  {"breadcrumb", kNav, N, S}, {"breadcrumbs", kNav, N, S}, {"crumbs", kNav, N, S},
  {"pagination", kNav, N, S}, {"pager", kNav, N, S}, {"paging", kNav, N, S},
  {"skip", kNav, N, S}, {"skiplink", kNav, N, S}, {"topbar", kNav, N, S},
  {"toolbar", kNav, N, S}, {"dropdown", kNav, N, S}, {"megamenu", kNav, N, S},
  {"sitemap", kNav, N, S}, {"jump", kNav, N, S}, {"prevnext", kNav, N, S},
  {"postnav", kNav, N, S}, {"hamburger", kNav, N, S}, {"offcanvas", kNav, N, S},
  {"editsection", kNav, N, S}, {"edit-link", kNav, N, W}, {"post-edit-link", kNav, N, W},
  {"search", kNav, N, W}, {"searchform", kNav, N, S}, {"login", kNav, N, S},
  {"signin", kNav, N, S}, {"lang", kNav, N, W}, {"language", kNav, N, W},
  {"navegacion", kNav, N, S}, {"navigazione", kNav, N, S}, {"menue", kNav, N, S},
  // Footers.
  {"footer", kFooter, N, S}, {"foot", kFooter, N, S}, {"copyright", kFooter, N, S},
  {"colophon", kFooter, N, S}, {"disclaimer", kFooter, N, S}, {"legal", kFooter, N, S},
  {"imprint", kFooter, N, S}, {"impressum", kFooter, N, S}, {"piedepagina", kFooter, N, S},
  // Sidebars and widgets.
  {"sidebar", kSidebar, N, S}, {"aside", kSidebar, N, S}, {"widget", kSidebar, N, S},
  {"widgets", kSidebar, N, S}, {"rail", kSidebar, N, S}, {"sidebox", kSidebar, N, S},
  {"side", kSidebar, N, W}, {"sidecol", kSidebar, N, S}, {"rightcol", kSidebar, N, S},
  {"leftcol", kSidebar, N, S}, {"skyscraper", kSidebar, N, S}, {"marginalia", kSidebar, N, S},
  {"supplemental", kSidebar, N, S}, {"complementary", kSidebar, N, S},
  // Share bars and tools.
  {"share", kShare, N, S}, {"shares", kShare, N, S}, {"sharing", kShare, N, S},
  {"sharebar", kShare, N, S}, {"sharer", kShare, N, S}, {"social", kShare, N, S}, {"socials", kShare, N, S},
  {"addthis", kShare, N, S}, {"shareaholic", kShare, N, S}, {"sharethis", kShare, N, S},
  {"facebook", kShare, N, S}, {"twitter", kShare, N, S}, {"pinterest", kShare, N, S},
  {"whatsapp", kShare, N, S}, {"linkedin", kShare, N, S}, {"tweet", kShare, N, S},
  {"print", kShare, N, W}, {"email", kShare, N, W}, {"mail", kShare, N, W},
  {"tools", kShare, N, W}, {"tool", kShare, N, W}, {"follow", kShare, N, S},
  {"compartir", kShare, N, S}, {"partage", kShare, N, S}, {"partager", kShare, N, S},
  {"teilen", kShare, N, S}, {"condividi", kShare, N, S}, {"compartilhar", kShare, N, S},
  {"likes", kShare, N, W}, {"reactions", kShare, N, S}, {"rating", kShare, N, W},
  // Comments.
  {"comment", kComment, N, S}, {"comments", kComment, N, S}, {"commentlist", kComment, N, S},
  {"disqus", kComment, N, S}, {"respond", kComment, N, S}, {"reply", kComment, N, S},
  {"replies", kComment, N, S}, {"discussion", kComment, N, S}, {"discuss", kComment, N, S},
  {"kommentar", kComment, N, S}, {"kommentare", kComment, N, S}, {"commentaires", kComment, N, S},
  {"comentarios", kComment, N, S}, {"commenti", kComment, N, S}, {"remark", kComment, N, S},
  {"shoutbox", kComment, N, S}, {"guestbook", kComment, N, S}, {"forum", kComment, N, W},
  // Related / recommended stories, taxonomy lists.
  {"related", kRelated, N, S}, {"relatedposts", kRelated, N, S}, {"recommended", kRelated, N, S},
  {"recommendations", kRelated, N, S}, {"recirculation", kRelated, N, S},
  {"popular", kRelated, N, S}, {"trending", kRelated, N, S}, {"mostread", kRelated, N, S},
  {"mostpopular", kRelated, N, S}, {"outbrain", kRelated, N, S}, {"taboola", kRelated, N, S},
  {"teaser-list", kRelated, N, W}, {"teasers", kRelated, N, S}, {"more", kRelated, N, W},
  {"readmore", kRelated, N, S}, {"morestories", kRelated, N, S}, {"also", kRelated, N, W},
  {"tags", kRelated, N, W}, {"tag-list", kRelated, N, W}, {"taglist", kRelated, N, S},
  {"tagcloud", kRelated, N, S}, {"tag-cloud", kRelated, N, W}, {"post-tags", kRelated, N, W},
  {"entry-tags", kRelated, N, W}, {"tags-links", kRelated, N, W}, {"cat-links", kRelated, N, W},
  {"categories", kRelated, N, W}, {"post-categories", kRelated, N, W}, {"keywords", kRelated, N, S},
  {"relacionados", kRelated, N, S}, {"relacionadas", kRelated, N, S}, {"correlati", kRelated, N, S},
  {"verwandte", kRelated, N, S}, {"empfehlungen", kRelated, N, S}, {"similar", kRelated, N, S},
  {"next-post", kRelated, N, W}, {"prev-post", kRelated, N, W}, {"post-navigation", kNav, N, W},
  {"newsfeed", kRelated, N, S}, {"feed", kRelated, N, W}, {"rss", kRelated, N, S},
  {"archive", kRelated, N, W}, {"archives", kRelated, N, W}, {"blogroll", kRelated, N, S},
  // Ads and promotions.
  {"ad", kAd, N, S}, {"ads", kAd, N, S}, {"adv", kAd, N, S}, {"advert", kAd, N, S},
  {"advertisement", kAd, N, S}, {"advertising", kAd, N, S}, {"adsense", kAd, N, S},
  {"adslot", kAd, N, S}, {"adunit", kAd, N, S}, {"adwrapper", kAd, N, S}, {"dfp", kAd, N, S},
  {"gpt", kAd, N, S}, {"sponsor", kAd, N, S}, {"sponsored", kAd, N, S}, {"promo", kAd, N, S},
  {"promoted", kAd, N, S}, {"promotion", kAd, N, S}, {"banner", kAd, N, S},
  {"commercial", kAd, N, S}, {"affiliate", kAd, N, S}, {"werbung", kAd, N, S},
  {"anzeige", kAd, N, S}, {"publicidad", kAd, N, S}, {"publicite", kAd, N, S},
  {"pub", kAd, N, W}, {"pubblicita", kAd, N, S}, {"publicidade", kAd, N, S},
  {"reklama", kAd, N, S}, {"native-ad", kAd, N, W}, {"partner", kAd, N, W},
  {"shopping", kAd, N, S}, {"offer", kAd, N, W}, {"deals", kAd, N, W},
  // Cookie and consent notices.
  {"cookie", kCookie, N, S}, {"cookies", kCookie, N, S}, {"consent", kCookie, N, S},
  {"gdpr", kCookie, N, S}, {"cmp", kCookie, N, S}, {"privacy", kCookie, N, W},
  {"notice", kCookie, N, W}, {"agegate", kCookie, N, S},
  // Newsletter, subscription, app promos, paywalls.
  {"newsletter", kNewsletter, N, S}, {"subscribe", kNewsletter, N, S},
  {"subscription", kNewsletter, N, S}, {"signup", kNewsletter, N, S},
  {"paywall", kNewsletter, N, S}, {"registration", kNewsletter, N, S},
  {"app-promo", kNewsletter, N, W}, {"download-app", kNewsletter, N, W},
  {"abonnement", kNewsletter, N, S}, {"abo", kNewsletter, N, W}, {"suscripcion", kNewsletter, N, S},
  {"donate", kNewsletter, N, S}, {"donation", kNewsletter, N, S}, {"membership", kNewsletter, N, W},
  {"cta", kNewsletter, N, S}, {"optin", kNewsletter, N, S},
  // Bylines, author boxes, dates, post meta.
  {"byline", kByline, N, S}, {"author", kByline, N, S}, {"authors", kByline, N, S},
  {"meta", kByline, N, S}, {"postmeta", kByline, N, S}, {"entry-meta", kByline, N, W},
  {"dateline", kByline, N, S}, {"date", kByline, N, S}, {"time", kByline, N, W},
  {"timestamp", kByline, N, S}, {"published", kByline, N, W}, {"posted", kByline, N, W},
  {"bio", kByline, N, W}, {"postmetadata", kByline, N, S}, {"metadata", kByline, N, S},
  {"briefing", kNewsletter, N, W}, {"autor", kByline, N, S}, {"auteur", kByline, N, S},
  {"about-author", kByline, N, W}, {"author-box", kByline, N, W}, {"credits", kByline, N, W},
  // A CMS field's label ("Episode Description:", "Tags:") names the field beside it.
  {"field-label", kByline, N, W}, {"field-label-inline", kByline, N, W},
  // Captions and credits.
  {"caption", kCaption, N, S}, {"captions", kCaption, N, S}, {"figcaption", kCaption, N, S},
  {"credit", kCaption, N, S}, {"photocredit", kCaption, N, S}, {"legend", kCaption, N, S},
  {"wp-caption-text", kCaption, N, W}, {"bildunterschrift", kCaption, N, S},
  {"legends", kCaption, N, S}, {"slideshow", kCaption, N, S}, {"carousel", kCaption, N, S},
  {"slider", kCaption, N, W},
  // "Caption" in the other languages of the evaluation sets and their neighbours.
  {"legende", kCaption, N, S}, {"legenda", kCaption, N, S}, {"leyenda", kCaption, N, S},
  {"didascalia", kCaption, N, S}, {"bildtext", kCaption, N, S}, {"bijschrift", kCaption, N, S},
  {"piefoto", kCaption, N, S}, {"pie-foto", kCaption, N, W}, {"foto-pie", kCaption, N, W},
  // Visually hidden (whole tokens only: "hidden-xs" hides on phones only).
  {"hidden", kHidden, N, W}, {"hide", kHidden, N, W}, {"sr-only", kHidden, N, W},
  {"visually-hidden", kHidden, N, W}, {"visuallyhidden", kHidden, N, W},
  {"screen-reader-text", kHidden, N, W}, {"screenreader", kHidden, N, S},
  {"offscreen", kHidden, N, W}, {"invisible", kHidden, N, W}, {"d-none", kHidden, N, W},
  {"is-hidden", kHidden, N, W}, {"u-hidden", kHidden, N, W}, {"element-invisible", kHidden, N, W},
  // Page headers and mastheads (weak: article headers hold the title).
  {"header", kHeaderish, N, S}, {"masthead", kHeaderish, N, S}, {"branding", kHeaderish, N, S},
  {"logo", kHeaderish, N, S}, {"site-header", kHeaderish | kNav, N, W},
  {"global-header", kHeaderish | kNav, N, W}, {"page-header", kHeaderish, N, W},
  // Popups and overlays.
  {"modal", kModal, N, S}, {"popup", kModal, N, S}, {"overlay", kModal, N, S},
  {"lightbox", kModal, N, S}, {"dialog", kModal, N, W}, {"interstitial", kModal, N, S},
  {"flyout", kModal, N, S},
  // Media player chrome: quality, caption and font settings menus. Not "player" on
  // its own: video pages put the clip's description in the player box.
  {"settings", kModal, N, S}, {"videoplayer", kModal, N, S},
};

// Stems looked for inside long tokens that missed the table ("relatedposts",
// "commentlist", "socialicons").
constexpr Term kStems[] = {
  {"comment", kComment, N, S}, {"share", kShare, N, S}, {"social", kShare, N, S},
  {"sidebar", kSidebar, N, S}, {"related", kRelated, N, S}, {"footer", kFooter, N, S},
  {"cookie", kCookie, N, S}, {"newsletter", kNewsletter, N, S}, {"advert", kAd, N, S},
  {"sponsor", kAd, N, S}, {"breadcrumb", kNav, N, S}, {"navigation", kNav, N, S},
  {"widget", kSidebar, N, S}, {"promo", kAd, N, S}, {"byline", kByline, N, S},
  {"caption", kCaption, N, S}, {"subscri", kNewsletter, N, S}, {"popular", kRelated, N, S},
  {"recommend", kRelated, N, S}, {"navbar", kNav, N, S}, {"menu", kNav, N, S},
  {"tools", kShare, N, S},
  {"article", 0, P, S}, {"content", 0, P, S}, {"story", 0, P, S},
};

// clang-format on

// An open-addressing hash set over the term table: one hash and usually one
// comparison per lookup (class tokens are looked up for every element, so
// this is on the hot path).
struct Table {
  static constexpr uint32_t kTermSlots = 1024;  // power of two, > 2 × terms
  const Term* term_slots[kTermSlots] = {};
  size_t shortest_term = 99, longest_term = 0;

  Table() {
    for (const Term& t : kTerms) {
      uint32_t i = hash_word(t.word) & (kTermSlots - 1);
      while (term_slots[i]) i = (i + 1) & (kTermSlots - 1);
      term_slots[i] = &t;
      shortest_term = std::min(shortest_term, t.word.size());
      longest_term = std::max(longest_term, t.word.size());
    }
  }
  const Term* find(std::string_view w) const {
    if (w.size() < shortest_term || w.size() > longest_term) return nullptr;
    for (uint32_t i = hash_word(w) & (kTermSlots - 1); term_slots[i]; i = (i + 1) & (kTermSlots - 1))
      if (term_slots[i]->word == w) return term_slots[i];
    return nullptr;
  }
};

const Table& table() {
  static const Table t;
  return t;
}

using vocabulary::lower;

struct Hits {
  uint16_t flags = 0;
  bool negative = false, positive = false;
  void add(const Term& t) {
    flags |= t.flags;
    if (t.polarity < 0) negative = true;
    if (t.polarity > 0) positive = true;
  }
};

// An id of four or more words is a heading slug ("sharing-with-a-single-
// developer"), not a component name: only its whole value counts.
constexpr int kSlugPieces = 4;

int count_pieces(std::string_view token) {
  int pieces = 0;
  bool in = false;
  for (char c : token) {
    bool letter = c >= 'a' && c <= 'z';
    if (letter && !in) ++pieces;
    in = letter;
  }
  return pieces;
}

// Pieces whose usual meaning a token's prefix overrides: a namespace that
// names the page's own blocks.
//   Page builders call every block of a page a widget: Elementor (a WordPress
// builder on millions of sites) wraps the article's paragraphs in
// "elementor-widget elementor-widget-text-editor" and names its sidebars as
// such (trafilatura novalanalove 0/3 → 2/3, shabka 1/3 → 3/3).
//   A script hook ("js-", "js_") names what a script does to the element:
// "js_readmore" folds a long text behind a "read more" toggle, the text is
// the page's; a "read more" link is named plainly ("read-more", "readmore")
// (travanto 1/3 → 3/3).
//   Adobe Experience Manager's core components (enterprise and news sites)
// are "cmp-text", "cmp-container", "cmp-image": "cmp" is their namespace, not
// a consent-management platform's ("qc-cmp2-container"); the other pieces
// still count ("cmp-popup") (heizung.de 1/3 → 2/3).
// Nothing else of the 1366 pages moves with any of them.
struct PrefixedPiece {
  std::string_view piece;
  std::string_view prefix;
};
constexpr PrefixedPiece kNeutralUnderPrefix[] = {
    {"widget", "elementor-"}, {"readmore", "js-"}, {"readmore", "js_"}, {"cmp", "cmp-"}};

bool neutral_under_prefix(std::string_view token, const Term& piece) {
  for (const PrefixedPiece& p : kNeutralUnderPrefix)
    if (piece.word == p.piece && token.starts_with(p.prefix)) return true;
  return false;
}

// Whole-only terms that also count as the last piece of a compound, where
// they name what the compound is ("story_tools", "share-tools", "article-tool":
// a toolbar) and not what it is about ("tools-review"). "has-tools" says
// what an element holds, not what it is.
constexpr std::string_view kCompoundHeads[] = {"tools", "tool"};

bool names_compound(std::string_view token, std::string_view piece, size_t piece_end) {
  if (token.starts_with("has-") || token.starts_with("has_")) return false;
  for (size_t k = piece_end; k < token.size(); ++k)
    if (token[k] >= 'a' && token[k] <= 'z') return false;
  return std::find(std::begin(kCompoundHeads), std::end(kCompoundHeads), piece) != std::end(kCompoundHeads);
}

// Looks up the pieces of one whitespace-free, lowercased class token.
void match_token(std::string_view token, Hits& hits, bool is_id) {
  const Table& tab = table();
  if (const Term* t = tab.find(token)) {
    hits.add(*t);
    if (token.find_first_of("-_") == std::string_view::npos) return;
  }
  if (is_id && count_pieces(token) >= kSlugPieces) return;
  size_t i = 0;
  while (i < token.size()) {
    while (i < token.size() && !(token[i] >= 'a' && token[i] <= 'z')) ++i;
    size_t j = i;
    while (j < token.size() && token[j] >= 'a' && token[j] <= 'z') ++j;
    if (j > i) {
      std::string_view piece = token.substr(i, j - i);
      const Term* t = piece.size() == token.size() ? nullptr : tab.find(piece);
      if (t && neutral_under_prefix(token, *t)) t = nullptr;
      if (t && (!t->whole_only || names_compound(token, piece, j))) {
        hits.add(*t);
      } else if (!t && piece.size() >= 7) {
        for (const Term& stem : kStems)
          if (piece.find(stem.word) != std::string_view::npos) hits.add(stem);
      }
    }
    i = j;
  }
}

// Classifies one class or id attribute value into `v`.
// Pages repeat the same class strings hundreds of times ("item", "col-md-4"):
// a small direct-mapped cache of recent attribute values skips the matching.
struct CacheEntry {
  std::string value;
  Hits hits;
  bool is_id = false;
  bool used = false;
};
constexpr uint32_t kCacheSlots = 256;

void match_attribute_uncached(std::string_view value, Hits& hits, bool is_id);

void match_attribute(std::string_view value, ClassVerdict& v, bool is_id) {
  thread_local std::vector<CacheEntry> cache(kCacheSlots);
  Hits hits;
  if (value.size() <= 64) {
    CacheEntry& e = cache[(hash_word(value) + is_id) & (kCacheSlots - 1)];
    if (e.used && e.is_id == is_id && e.value == value) {
      hits = e.hits;
    } else {
      match_attribute_uncached(value, hits, is_id);
      e.value.assign(value);
      e.hits = hits;
      e.is_id = is_id;
      e.used = true;
    }
  } else {
    match_attribute_uncached(value, hits, is_id);
  }
  v.flags |= hits.flags;
  if (hits.negative) ++v.negative;
  if (hits.positive) ++v.positive;
}

// Responsive utility classes (Tailwind: "hidden md:block", "lg:hidden") say
// what a desktop browser shows, the view pith extracts: pages render a phone
// copy and a desktop copy of the same caption or menu and hide one of them.
enum class DesktopDisplay { Unsaid, Shown, Hidden };
constexpr Term kHiddenOnDesktop = {"lg:hidden", kHidden, N, W};

// What `token` says from its breakpoint up; `width` gets the breakpoint's rank.
DesktopDisplay desktop_display(std::string_view token, int* width) {
  size_t colon = token.find(':');
  if (colon == std::string_view::npos) return DesktopDisplay::Unsaid;
  std::string_view prefix = token.substr(0, colon), display = token.substr(colon + 1);
  // Breakpoints up to 1280 px: a desktop window is at least that wide.
  constexpr std::string_view kBreakpoints[] = {"sm", "md", "lg", "xl"};
  *width = 0;
  for (int i = 0; i < 4; ++i)
    if (prefix == kBreakpoints[i]) *width = i + 1;
  if (*width == 0) return DesktopDisplay::Unsaid;
  if (display == "hidden") return DesktopDisplay::Hidden;
  bool shown = display == "block" || display == "flex" || display == "inline" || display == "inline-block" ||
               display == "inline-flex" || display == "grid" || display == "table" || display == "contents";
  return shown ? DesktopDisplay::Shown : DesktopDisplay::Unsaid;
}

template <typename Fn>
void for_each_token(std::string_view s, Fn&& fn) {
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n')) ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '\t' && s[j] != '\n') ++j;
    if (j > i) fn(s.substr(i, j - i));
    i = j;
  }
}

void match_attribute_uncached(std::string_view value, Hits& hits, bool is_id) {
  char buf[256];
  size_t n = std::min(value.size(), sizeof buf);
  for (size_t i = 0; i < n; ++i) buf[i] = lower(value[i]);
  std::string_view s(buf, n);
  // The widest breakpoint that says something decides ("hidden md:block lg:hidden").
  DesktopDisplay desktop = DesktopDisplay::Unsaid;
  if (!is_id && s.find(':') != std::string_view::npos) {
    int widest = 0;
    for_each_token(s, [&](std::string_view t) {
      int width;
      DesktopDisplay d = desktop_display(t, &width);
      if (d != DesktopDisplay::Unsaid && width >= widest) desktop = d, widest = width;
    });
  }
  if (desktop == DesktopDisplay::Hidden) hits.add(kHiddenOnDesktop);
  for_each_token(s, [&](std::string_view t) {
    if (!(desktop == DesktopDisplay::Shown && t == "hidden")) match_token(t, hits, is_id);
  });
}

bool equals_lower(std::string_view a, std::string_view lower_b) {
  if (a.size() != lower_b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower_b[i]) return false;
  return true;
}

}  // namespace

ClassVerdict classify_element(const dom::Node& el) {
  ClassVerdict v;
  using dom::TagId;
  switch (el.tag) {
    case TagId::Nav: v.flags |= kNav; ++v.negative; break;
    case TagId::Aside: v.flags |= kSidebar; ++v.negative; break;
    case TagId::Footer: v.flags |= kFooter; ++v.negative; break;
    case TagId::Figcaption: v.flags |= kCaption; break;
    case TagId::Dialog: v.flags |= kModal; break;
    // Sign-up, login and search forms (a form wrapping the whole page, as
    // ASP.NET pages have, is exempt by the wrapper rule).
    case TagId::Form: v.flags |= kNewsletter; break;
    case TagId::Article: ++v.positive; break;
    case TagId::Main: ++v.positive; v.strong_positive = true; break;
    default: break;
  }
  for (uint32_t a = 0; a < el.attr_count; ++a) {
    const dom::Attribute& at = el.attrs[a];
    if (at.ns != dom::AttrNamespace::None) continue;
    std::string_view name = at.name;
    if (name == "hidden") {
      v.flags |= kHidden;
      continue;
    }
    if (at.value.empty()) continue;
    // Dispatch on length first: most attributes (href, src, data-*) leave at once.
    switch (name.size()) {
      case 2: case 4: case 5: case 6: case 8: case 11: break;
      default: continue;
    }
    if (name == "class" || name == "id") {
      match_attribute(at.value, v, name == "id");
    } else if (name == "role") {
      std::string_view r = at.value;
      if (equals_lower(r, "navigation") || equals_lower(r, "menu") || equals_lower(r, "menubar"))
        v.flags |= kNav, ++v.negative;
      else if (equals_lower(r, "complementary")) v.flags |= kSidebar, ++v.negative;
      else if (equals_lower(r, "contentinfo")) v.flags |= kFooter, ++v.negative;
      else if (equals_lower(r, "banner")) v.flags |= kHeaderish, ++v.negative;
      else if (equals_lower(r, "dialog") || equals_lower(r, "alertdialog")) v.flags |= kModal;
      // Status toasts ("Saved to your list!"), alerts and tooltips: the page's
      // messages about itself, hidden until a script shows them for a moment.
      else if (equals_lower(r, "status") || equals_lower(r, "alert") || equals_lower(r, "tooltip")) v.flags |= kHidden;
      else if (equals_lower(r, "main") || equals_lower(r, "article"))
        ++v.positive, v.strong_positive = true;
    } else if (name == "itemprop") {
      std::string_view r = at.value;
      if (equals_lower(r, "articlebody") || equals_lower(r, "reviewbody") ||
          equals_lower(r, "text") || equals_lower(r, "description articlebody"))
        ++v.positive, v.strong_positive = true;
      else if (equals_lower(r, "author") || equals_lower(r, "datepublished") ||
               equals_lower(r, "datemodified"))
        v.flags |= kByline;
      else if (equals_lower(r, "comment")) v.flags |= kComment;
    } else if (name == "itemtype") {
      // A video's or a recording's own microdata box (its title, description and
      // transcript beside the player) is the medium's caption, not the article.
      std::string_view t = at.value;
      if (t.ends_with("/VideoObject") || t.ends_with("/AudioObject")) v.flags |= kCaption;
    } else if (name == "aria-hidden") {
      if (equals_lower(at.value, "true")) v.flags |= kHidden;
    } else if (name == "style") {
      if (dom::style_hides(at.value)) v.flags |= kHidden;
      else if (dom::style_pins_to_percent(at.value)) v.flags |= kCaption;
    }
  }
  return v;
}

}  // namespace pith::extraction
