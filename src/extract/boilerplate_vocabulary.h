// All the words the extractor recognises: class/id/role/itemprop tokens that mark
// navigation, share bars, comments, ads, cookie banners … (and the few that mark
// article bodies), and the short phrases of boilerplate text ("Read more",
// "Advertisement", "Lesen Sie auch" …), in many languages. Everything language- or
// site-vocabulary-shaped lives in boilerplate_vocabulary.cc (class/id/role
// tokens) and boilerplate_phrases.cc (text; declared in boilerplate_phrases.h,
// included here) and nowhere else.
//
// Matching is token based: an attribute value is lowercased, split on whitespace
// (whole tokens: "sr-only") and again on '-', '_' and digits ("post-comments" →
// "post", "comments"); each token is looked up in one sorted table. Long tokens
// that miss ("relatedposts") are scanned for a short list of strong stems.
#pragma once

#include <cstdint>
#include <string_view>

#include "dom/node.h"
#include "extract/boilerplate_phrases.h"

namespace pith::extraction {

// What an element's class/id/role/itemprop says it is. Several can be set.
enum Boilerplate : uint16_t {
  kNav = 1 << 0,         // menus, breadcrumbs, pagination, skip links
  kFooter = 1 << 1,      // page/site footers, copyright
  kSidebar = 1 << 2,     // sidebars, widgets, rails
  kShare = 1 << 3,       // share bars, social buttons, print/email tools
  kComment = 1 << 4,     // reader comments
  kRelated = 1 << 5,     // related/recommended/popular stories, tag lists
  kAd = 1 << 6,          // ads, sponsors, promos
  kCookie = 1 << 7,      // cookie/consent banners
  kNewsletter = 1 << 8,  // newsletter/subscription/app promos, paywalls
  kByline = 1 << 9,      // bylines, author boxes, dates, post meta
  kCaption = 1 << 10,    // captions, credits
  kHidden = 1 << 11,     // visually hidden / screen-reader-only
  kHeaderish = 1 << 12,  // page headers, mastheads, banners (weak)
  kModal = 1 << 13,      // popups, overlays, modals
};

// Bits that remove an element from the content wherever it appears.
inline constexpr uint16_t kRemoveFlags =
    kNav | kShare | kComment | kRelated | kAd | kCookie | kNewsletter | kHidden | kModal;
// Bits that remove an element below the chosen container (a footer or sidebar
// can be the whole page's frame, but never part of an article).
inline constexpr uint16_t kRemoveInContentFlags = kRemoveFlags | kFooter | kSidebar;

struct ClassVerdict {
  uint16_t flags = 0;     // Boilerplate bits
  int8_t negative = 0;    // attributes (class, id …) with a boilerplate hit
  int8_t positive = 0;    // attributes with an article-body hit
  bool strong_positive = false;  // itemprop=articleBody, role=main/article …
};

// Classifies an element by its class, id, role, itemprop and aria attributes and
// its tag (<nav>, <aside>, <footer> …).
ClassVerdict classify_element(const dom::Node& element);

}  // namespace pith::extraction
