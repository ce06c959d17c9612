// The page's headings as title candidates: text of each <h1>–<h3> and, when
// the heading opens with a kicker (a topic line in its own child element:
// <span class="dachzeile">, <small>, <div class="topic-label"> …), the text
// without it. Readers call "Bohren, bis es heiß wird" the title of
// <h1><span>Klimaschutz</span><span>: </span><span>Bohren, bis es heiß wird</span></h1>.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dom/node.h"

namespace pith::extraction::metadata {

struct TitleHeading {
  std::string text;         // whole heading, whitespace collapsed
  std::string without_kicker;  // empty when the heading has no leading child part
  int level = 1;            // 1–3
  bool titled = false;      // class, id or itemprop names a title/headline
  bool kicker_named = false;  // the dropped part's class names a kicker/overline
  bool in_article = false;  // inside <article> or <main>
  bool in_banner = false;   // inside <header>/<nav> or a logo/branding/masthead box
  bool links_home = false;  // holds a link to the site's front page (a logo)
  bool links_self = false;  // holds a link to this page (a blog's permalink title)
  double text_after = 0;    // text following the heading in its grandparent, 0–1 of kTextAfterBytes
};

// Text after a heading (in its grandparent) that counts as "a story follows".
inline constexpr size_t kTextAfterBytes = 1500;

// Headings longer than this are not headlines.
inline constexpr size_t kMaxHeadingBytes = 400;

// `nodes`: <h1>–<h3> in document order; at most `limit` non-empty ones are read.
// Headings hidden from view (hidden attribute, display:none, a screen-reader-only
// class on the heading or a near ancestor) are skipped.
std::vector<TitleHeading> read_title_headings(const std::vector<const dom::Node*>& nodes,
                                              size_t limit, std::string_view page_url);

}  // namespace pith::extraction::metadata
