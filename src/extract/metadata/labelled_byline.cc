// Author label followed by a name, and a name after the date; see labelled_byline.h.
#include "extract/metadata/labelled_byline.h"

#include <algorithm>

#include "dom/tag.h"
#include "extract/metadata/byline.h"
#include "extract/metadata/dates.h"
#include "extract/metadata/text_normalize.h"

namespace pith::extraction::metadata {

namespace {

// How many elements above the label the name may sit (label's parent = 1).
constexpr size_t kMaxLabelLevels = 3;

// Labels that name the author even without a colon ("<h4>Autor</h4>").
constexpr std::string_view kBareLabels[] = {
    "autor", "autorin", "autoren", "author", "authors", "auteur", "autore", "autori", "verfasser",
    "verfasserin", "written by", "posted by", "geschrieben von", "verfasst von", "eingestellt von",
    "veröffentlicht von", "gepostet von", "text von", "escrito por", "publicado por", "publié par"};
// Labels that need a colon: alone, these words head other things ("Text",
// "Redaktion" as a menu entry).
constexpr std::string_view kColonLabels[] = {"text", "texte", "redaktion", "reporter", "reporterin"};

// Punctuation templates put before a label ("05.02.2020 - Redaktion:").
std::string_view skip_lead(std::string_view t) {
  for (;;) {
    t = trim(t);
    if (!t.empty() && (t[0] == '-' || t[0] == '|' || t[0] == '/')) {
      t.remove_prefix(1);
      continue;
    }
    if (t.size() >= 3 && (t.substr(0, 3) == "\xE2\x80\x93" || t.substr(0, 3) == "\xE2\x80\x94" ||
                          t.substr(0, 3) == "\xE2\x80\xA2")) {
      t.remove_prefix(3);
      continue;
    }
    if (t.size() >= 2 && t.substr(0, 2) == "\xC2\xB7") {
      t.remove_prefix(2);
      continue;
    }
    return t;
  }
}

// The text after `label` when t starts with it as a whole word; `colon` tells
// whether a ':' followed. Empty optional-like result: npos in `ok`.
bool after_label(std::string_view t, std::string_view label, std::string_view& rest, bool& colon) {
  if (!istarts_with(t, label)) return false;
  std::string_view r = t.substr(label.size());
  if (!r.empty() && r[0] != ' ' && r[0] != ':') return false;
  r = trim(r);
  colon = !r.empty() && r[0] == ':';
  if (colon) r = trim(r.substr(1));
  rest = r;
  return true;
}

// A label inside a link, button, form label or <nav> heads a menu entry or a
// field ("<a>Autoren</a>", "<span>Von:</span><input>"), not a byline.
bool in_control(const dom::Node* text) {
  for (const dom::Node* p = text->parent; p; p = p->parent) {
    if (!p->is_element()) continue;
    if (p->tag == dom::TagId::A || p->tag == dom::TagId::Button || p->tag == dom::TagId::Label ||
        p->tag == dom::TagId::Option || p->tag == dom::TagId::Nav)
      return true;
  }
  return false;
}

// Whether `name` lies within kMaxLabelLevels elements above `label`: a byline's
// label and name share a small container ("<div><h4>Autor</h4><p>…</p></div>").
bool near_in_tree(const dom::Node* label, const dom::Node* name) {
  const dom::Node* box = label->parent;
  for (size_t up = 1; up < kMaxLabelLevels && box && box->parent; ++up) box = box->parent;
  for (const dom::Node* p = name->parent; p; p = p->parent)
    if (p == box) return true;
  return false;
}

// Nothing but white space before the text in its element.
bool first_in_element(const dom::Node* text) {
  for (const dom::Node* p = text->prev_sibling; p; p = p->prev_sibling)
    if (!p->is_text() || !trim(p->data).empty()) return false;
  return true;
}

// The text is all its element holds ("<i>von Daniela Obers</i>").
bool alone_in_element(const dom::Node* text) {
  return !text->prev_sibling && !text->next_sibling && text->parent && text->parent->is_element();
}

}  // namespace

std::string labelled_byline(const HeadingNeighbourhood& texts) {
  for (size_t i = 0; i < texts.all.size(); ++i) {
    std::string t = collapse_whitespace(texts.all[i]->data);
    if (t.size() > kMaxLabelledBylineBytes) continue;
    std::string_view s = skip_lead(t);
    std::string_view rest;
    bool colon = false, found = false, short_introducer = false;
    for (std::string_view label : kBareLabels)
      if (after_label(s, label, rest, colon)) {
        found = true;
        break;
      }
    if (!found) {
      // A byline opener introduces a name only alone in its text node ("| By
      // <span>Cara Stiles</span>", "von <em>Klaus Stanjek</em>"); followed by
      // more text it is part of a sentence.
      for (std::string_view label : kBylineOpeners)
        if (after_label(s, label, rest, colon)) {
          found = short_introducer = true;
          break;
        }
    }
    if (!found) {
      for (std::string_view label : kColonLabels)
        if (after_label(s, label, rest, colon) && colon) {
          found = true;
          break;
        }
    }
    if (!found || in_control(texts.all[i])) continue;
    // A bare "by" after a link runs on a sentence ("… codebase</a> by <a>Dave
    // Hyatt</a>"); a byline's "By" opens its element.
    if (short_introducer && rest.empty() && !first_in_element(texts.all[i])) continue;
    std::string next;
    if (rest.empty()) {
      // The name is the next text of the page ("<h4>Autor</h4><p>Name</p>").
      if (i + 1 >= texts.all.size()) break;
      if (!near_in_tree(texts.all[i], texts.all[i + 1])) continue;
      next = collapse_whitespace(texts.all[i + 1]->data);
      if (next.size() > kMaxLabelledBylineBytes) continue;
      rest = next;
    } else if (short_introducer && !alone_in_element(texts.all[i])) {
      // "Graphy by Themegraphy", "von Firmenwägen": a sentence going on, not a
      // label; "<i>von Daniela Obers</i>" is a byline of its own.
      continue;
    }
    if (!capitalised(rest)) continue;
    std::string name = clean_author(rest);
    if (!name.empty()) return name;
  }
  return {};
}

namespace {

// Separators between the date and the name, with their spaces.
constexpr std::string_view kDateNameSeparators[] = {
    " - ", " | ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " \xC2\xB7 ", " \xE2\x80\xA2 ",
    " von ", " by ", " par ", " por ", " door "};

// Capitalised words (particles and initials allowed), no digits, at most
// kMaxDatedBylineWords of them.
bool looks_like_name(std::string_view s) {
  size_t words = 0, capitalised_words = 0;
  for (std::string_view w : space_words(s)) {
    for (char c : w)
      if ((c >= '0' && c <= '9') || c == ':' || c == '/') return false;
    ++words;
    if (capitalised(w)) ++capitalised_words;
  }
  return words >= 1 && words <= kMaxDatedBylineWords && capitalised_words * 2 > words;
}

// Only a date and a time: every word has a digit, is a month name, a
// separator or a clock word ("04.02.2022 | 13:10 Uhr"); "02.11.2022 - Placebo"
// (an event list's line) is not.
bool only_date(std::string_view s) {
  for (std::string_view w : space_words(s)) {
    bool digit = false;
    for (char c : w) digit = digit || (c >= '0' && c <= '9');
    if (digit || month_from_name(w) || utf8_length(w) == 1) continue;
    bool clock = false;
    for (std::string_view c : {"uhr", "am", "um", "at", "h", "pm", "a.m.", "p.m."})
      clock = clock || iequals(w, c);
    if (!clock) return false;
  }
  return true;
}

// The name of a "date, separator, name" text node, cleaned; empty otherwise.
std::string dated_name(const dom::Node* node) {
  std::string t = collapse_whitespace(node->data);
  if (t.empty() || t.size() > kMaxDatedBylineBytes || t[0] < '0' || t[0] > '9') return {};
  // The name follows the last separator; everything before it is the date.
  size_t cut = std::string::npos, cut_len = 0;
  for (std::string_view sep : kDateNameSeparators) {
    size_t at = t.rfind(sep);
    if (at != std::string::npos && (cut == std::string::npos || at > cut)) {
      cut = at;
      cut_len = sep.size();
    }
  }
  if (cut == std::string::npos) return {};
  std::string_view name = trim(std::string_view(t).substr(cut + cut_len));
  std::string_view date = std::string_view(t).substr(0, cut);
  if (!looks_like_name(name) || !only_date(date) || parse_date(date).empty()) return {};
  return clean_author(name);
}

}  // namespace

std::string dated_byline(const HeadingNeighbourhood& texts) {
  std::string found;
  for (const dom::Node* node : texts.near)
    if (found = dated_name(node); !found.empty()) break;
  if (found.empty()) return {};
  // Another dated line not naming the same person, or many naming it: a list
  // of events or posts ("02.11.2022 - Placebo - Stadthalle", "02.02.2022 -
  // Weiterlesen" under every teaser), not a byline.
  size_t dated_lines = 0;
  for (const dom::Node* node : texts.all) {
    std::string t = collapse_whitespace(node->data);
    if (t.empty() || t.size() > kMaxDatedBylineBytes || t[0] < '0' || t[0] > '9') continue;
    size_t first = std::string::npos;
    for (std::string_view sep : kDateNameSeparators) first = std::min(first, t.find(sep));
    if (first == std::string::npos || parse_date(std::string_view(t).substr(0, first)).empty()) continue;
    if (t.find(found) == std::string::npos || ++dated_lines > kMaxDatedBylines) return {};
  }
  return found;
}

}  // namespace pith::extraction::metadata
