// Byline cleaning and body byline search; see byline.h.
#include "extract/metadata/byline.h"

#include <vector>

#include "dom/document.h"
#include "extract/metadata/dates.h"
#include "extract/metadata/text_normalize.h"
#include "html/tokenizer/char_ref.h"

namespace pith::extraction::metadata {

namespace {

// Words introducing a byline, lowercase, matched at the start (followed by a
// space or ':').
constexpr std::string_view kBylinePrefixes[] = {
    "written by", "posted by", "published by", "reviewed by", "text by", "story by", "words by",
    "photos by", "interview:", "interview", "by", "vom", "von", "par", "por", "di", "door", "przez",
    "autor", "autorin", "autoren", "autor/in", "autor*in", "autor:in", "authors", "author", "auteur",
    "autore", "text", "texte", "redaktion:", "verfasst von", "geschrieben von", "ein beitrag von",
    "escrito por", "publicado por", "da", "av", "af"};

// Words after which the name follows when they appear among the first few
// words ("View all posts by X", "Zeige alle Beiträge von X", "Gespeichert von X").
constexpr std::string_view kNameIntroducers[] = {"by", "von", "vom", "par", "por", "door", "przez",
                                                 "from"};
// Words that label an introducer as a byline ("Beiträge von", "Gespeichert
// von"); a capitalised word before "von"/"by" is otherwise a first name
// ("Alexa von Heyden").
constexpr std::string_view kIntroducerLabels[] = {
    "posts", "post", "beiträge", "beitrag", "artikel", "veröffentlicht", "gespeichert", "eingestellt",
    "erstellt", "geschrieben", "verfasst", "publiziert", "posted", "written", "published", "created",
    "submitted", "text", "fotos", "foto", "bilder", "video", "article", "articles", "entries", "story",
    "publié", "écrit", "publicado", "escrito", "pubblicato", "scritto", "pressemitteilung", "kolumne",
    "kommentar", "gastbeitrag", "column", "essay"};
// How far into the string an introducer is looked for.
constexpr size_t kMaxIntroducerWord = 5;

// Strings that are labels or placeholders, never names.
constexpr std::string_view kNotNames[] = {"by", "von", "admin", "administrator", "wordpressadmin",
                                          "no author", "unknown", "anonymous", "posted", "author",
                                          "autor", "redaktion:", "publiziert am", "follow",
                                          "veröffentlicht am", "published", "share", "shares",
                                          "last updated", "updated", "quelle", "source",
                                          "weiterlesen", "read more", "mehr", "more"};

// Role words cut off after a comma or dash ("Jane Doe, Staff Writer").
constexpr std::string_view kRoleWords[] = {
    "editor", "correspondent", "reporter", "writer", "contributor", "columnist",
    "journalist", "photographer", "staff", "redakteur", "redakteurin", "korrespondent",
    "korrespondentin", "autor", "autorin", "chefredakteur", "senior", "associate",
    "professor", "director", "producer", "analyst", "agency", "engineer", "manager"};

// Words that label a date rather than name anyone ("Jane Doe Stand: 3.5.",
// "Leena Simon Veröffentlicht", "John Roe Updated"): dropped from the end of a
// byline, and a byline made of nothing else is no name.
constexpr std::string_view kDateLabels[] = {
    "stand", "veröffentlicht", "aktualisiert", "geändert", "zuletzt", "datum", "erstellt",
    "published", "updated", "posted", "publié", "publicado", "pubblicato", "hace"};

// Button captions glued to the name they follow when the page's spaces live
// in CSS ("Inga HoeltmannFollow").
constexpr std::string_view kGluedButtons[] = {"Follow", "Folgen", "Subscribe", "Abonnieren", "Suivre",
                                              "Seguir"};

// Short words that introduce a date only when one follows ("on 3 May", "am 3.
// Mai", "Fr 12.03.", "vor 3 Tagen"): dropped only before a cut date, since they
// can end a name ("Kim Le", "Mohamed El").
constexpr std::string_view kDateIntroducers[] = {
    "on", "am", "um", "at", "last", "le", "el", "il", "vor", "de", "mo", "di", "mi", "do", "fr", "sa", "so",
    "mon", "tue", "wed", "thu", "fri", "sat", "sun", "lun", "mar", "mer", "jeu", "ven", "sam", "dim"};

// Words of a credit label ("Text & Fotos:", "Text und Interview:"); the label
// is dropped when every word before the colon is one of these or a joiner.
constexpr std::string_view kCreditLabelWords[] = {
    "text", "texte", "texto", "testo", "words", "story", "interview", "redaktion", "autor", "autorin",
    "autoren", "author", "authors", "by", "von", "fotos", "foto", "photos", "photo", "bilder", "bild",
    "images", "illustration", "illustrationen", "video", "recherche", "reporting"};
// Label words that credit pictures only: "Foto: Jane Doe" names the photographer, not the author.
constexpr std::string_view kPictureLabelWords[] = {"fotos", "foto", "photos", "photo", "bilder", "bild",
                                                   "images", "illustration", "illustrationen", "video"};
constexpr std::string_view kLabelJoiners[] = {"&", "+", "/", "und", "and", "et", "y", "e", ","};

template <size_t N>
bool in_list(std::string_view w, const std::string_view (&list)[N]) {
  for (std::string_view x : list)
    if (iequals(w, x)) return true;
  return false;
}

// Last space-separated word of s (empty when s is empty).
std::string_view last_word(std::string_view s) {
  s = trim(s);
  size_t b = s.rfind(' ');
  return b == std::string_view::npos ? s : s.substr(b + 1);
}

// Drops trailing date-label words; with `before_date` also the short date
// introducers and a label glued to the name by a lost space ("WilsonHace").
std::string_view drop_date_labels(std::string_view s, bool before_date) {
  for (;;) {
    s = trim(s);
    while (!s.empty() && (s.back() == ':' || s.back() == ',')) s = trim(s.substr(0, s.size() - 1));
    std::string_view w = last_word(s);
    if (w.empty()) return s;
    // "Zuletzt geändert am", "Published on": an introducer after a label.
    bool after_label = false;
    if (!before_date && in_list(w, kDateIntroducers)) {
      std::string_view head = trim(s.substr(0, s.size() - w.size()));
      after_label = in_list(last_word(head), kDateLabels);
    }
    if (in_list(w, kDateLabels) || ((before_date || after_label) && in_list(w, kDateIntroducers))) {
      s = s.substr(0, s.size() - w.size());
      continue;
    }
    if (before_date) {
      // "Deutschlandvor 3 Tagen": "ago" glued to the name by a lost space.
      for (std::string_view ago : {std::string_view("vor"), std::string_view("hace")}) {
        if (w.size() >= ago.size() + 4 && w.substr(w.size() - ago.size()) == ago) {
          char before = w[w.size() - ago.size() - 1];
          if (before >= 'a' && before <= 'z') return trim(s.substr(0, s.size() - ago.size()));
        }
      }
      // "WilsonHace": a capitalised label after a lowercase letter.
      for (std::string_view label : kDateLabels) {
        if (w.size() <= label.size() + 1) continue;
        size_t at = w.size() - label.size();
        if (iequals(w.substr(at), label) && w[at] >= 'A' && w[at] <= 'Z' && w[at - 1] >= 'a' &&
            w[at - 1] <= 'z') {
          s = s.substr(0, s.size() - label.size());
          return trim(s);
        }
      }
    }
    return s;
  }
}

// "Inga HoeltmannFollow" → "Inga Hoeltmann": a caption after a lowercase letter.
std::string_view drop_glued_button(std::string_view s) {
  for (std::string_view b : kGluedButtons) {
    if (s.size() <= b.size() + 1 || s.substr(s.size() - b.size()) != b) continue;
    char before = s[s.size() - b.size() - 1];
    if (before >= 'a' && before <= 'z') return s.substr(0, s.size() - b.size());
  }
  return s;
}

// "Text & Fotos: Ivan Valetny" → "Ivan Valetny". Sets `pictures_only` when
// every label word credits pictures ("Foto: Ingo Schneider").
std::string_view strip_credit_label(std::string_view s, bool& pictures_only) {
  pictures_only = false;
  size_t colon = s.find(':');
  if (colon == std::string_view::npos || colon > 40) return s;
  std::string_view label = s.substr(0, colon);
  bool any_label = false, any_text_label = false;
  for (std::string_view w : space_words(label)) {
    if (in_list(w, kLabelJoiners)) continue;
    if (!in_list(w, kCreditLabelWords)) return s;
    any_label = true;
    if (!in_list(w, kPictureLabelWords)) any_text_label = true;
  }
  if (!any_label) return s;
  pictures_only = !any_text_label;
  return trim(s.substr(colon + 1));
}

// "© Jane Doe", "(c) Jane Doe", "Copyright Jane Doe" → "Jane Doe".
std::string_view strip_copyright(std::string_view s) {
  for (std::string_view mark :
       {std::string_view("\xC2\xA9"), std::string_view("(c)"), std::string_view("copyright")}) {
    if (istarts_with(s, mark)) return trim(s.substr(mark.size()));
  }
  return s;
}

// "Illustration von Markus Roost", "Fotos: Jane Doe", "Photos by …": a
// second credit, for the pictures, after the author's name.
bool starts_picture_credit(std::string_view rest) {
  size_t e = 0;
  while (e < rest.size() && rest[e] != ' ' && rest[e] != ':') ++e;
  if (!in_list(rest.substr(0, e), kPictureLabelWords)) return false;
  if (e < rest.size() && rest[e] == ':') return true;
  std::string_view next = trim(rest.substr(e));
  for (std::string_view intro : {"von ", "by ", "par ", "de ", "di "})
    if (istarts_with(next, intro)) return true;
  return false;
}

// Named and numeric character references left in JSON-LD and meta strings
// ("Redacci&oacute;n"), decoded before the string is split at ';'.
std::string decode_references(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&' && i + 1 < s.size()) {
      html::CharRef ref = html::decode_char_ref(s.data() + i + 1, s.data() + s.size(), false);
      if (ref.consumed > 0 && s[i + ref.consumed] == ';') {
        out.append(ref.utf8, ref.utf8_length);
        i += ref.consumed;
        continue;
      }
    }
    out.push_back(s[i]);
  }
  return out;
}

bool is_space(char c) { return c == ' '; }

// Removes a leading byline word ("By ", "Von: ") when followed by more text.
std::string_view strip_prefix(std::string_view s) {
  for (int round = 0; round < 2; ++round) {
    for (std::string_view p : kBylinePrefixes) {
      if (!istarts_with(s, p) || s.size() <= p.size() + 1) continue;
      char next = s[p.size()];
      if (next != ' ' && next != ':' && p.back() != ':') continue;
      std::string_view rest = s.substr(p.size());
      while (!rest.empty() && (rest[0] == ' ' || rest[0] == ':')) rest.remove_prefix(1);
      s = rest;
      break;
    }
  }
  return s;
}

// "View all posts by Daniel Lemire" → "Daniel Lemire"; "Veröffentlicht vonChris
// Jung" → "Chris Jung". Looks at the first kMaxIntroducerWord words only.
std::string_view strip_introducing_phrase(std::string_view s) {
  size_t i = 0;
  for (size_t word = 0; word < kMaxIntroducerWord && i < s.size(); ++word) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t b = i;
    while (i < s.size() && s[i] != ' ' && s[i] != ':') ++i;
    std::string_view w = s.substr(b, i - b);
    for (std::string_view intro : kNameIntroducers) {
      // "Beitragvon r23": a label glued to its introducer.
      if (w.size() > intro.size() + 2 && iequals(w.substr(w.size() - intro.size()), intro)) {
        bool label = false;
        for (std::string_view l : kIntroducerLabels)
          label = label || iequals(w.substr(0, w.size() - intro.size()), l);
        if (label && i + 1 < s.size()) return trim(s.substr(i));
      }
      // "vonChris": an introducer glued to a capitalised name.
      if (word > 0 && w.size() > intro.size() + 1 && istarts_with(w, intro) &&
          w[intro.size()] >= 'A' && w[intro.size()] <= 'Z')
        return s.substr(b + intro.size());
      bool labelled = false;
      if (word > 0 && iequals(w, intro)) {
        // The word before the introducer must be a byline label or lowercase.
        size_t pe = b;
        while (pe > 0 && (s[pe - 1] == ' ' || s[pe - 1] == ':')) --pe;
        size_t pb = pe;
        while (pb > 0 && s[pb - 1] != ' ') --pb;
        std::string_view prev = s.substr(pb, pe - pb);
        unsigned char first = prev.empty() ? 0 : prev[0];
        labelled = first >= 'a' && first <= 'z';
        for (std::string_view label : kIntroducerLabels)
          if (iequals(prev, label)) labelled = true;
      }
      if (labelled && i + 1 < s.size()) {
        std::string_view rest = s.substr(i);
        while (!rest.empty() && (rest[0] == ' ' || rest[0] == ':')) rest.remove_prefix(1);
        return rest;
      }
    }
    if (i < s.size() && s[i] == ':') ++i;
  }
  return s;
}

// "Posted on September 21, 2020 by Adi Tzlil" → "Adi Tzlil": an introducer
// right after a date (a word with a digit) starts the name, however far in.
std::string_view strip_dated_introducer(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != ' ') continue;
    for (std::string_view intro : kNameIntroducers) {
      if (i + 1 + intro.size() + 1 >= s.size() || !iequals(s.substr(i + 1, intro.size()), intro) ||
          s[i + 1 + intro.size()] != ' ')
        continue;
      size_t pb = i;
      while (pb > 0 && s[pb - 1] != ' ') --pb;
      bool digit = false;
      for (size_t k = pb; k < i; ++k) digit = digit || (s[k] >= '0' && s[k] <= '9');
      if (digit) return trim(s.substr(i + 1 + intro.size()));
    }
  }
  return s;
}

// Drops emails, @handles and URLs word by word.
std::string drop_contact_words(std::string_view s) {
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && is_space(s[i])) ++i;
    size_t b = i;
    while (i < s.size() && !is_space(s[i])) ++i;
    std::string_view w = s.substr(b, i - b);
    if (w.empty()) break;
    // "jane[at]example.net": an address spelt out against harvesters.
    bool contact = w.find('@') != std::string_view::npos || icontains(w, "[at]") || icontains(w, "(at)") ||
                   istarts_with(w, "http") ||
                   istarts_with(w, "www.") || w.find("://") != std::string_view::npos;
    if (contact) continue;
    if (!out.empty()) out.push_back(' ');
    out.append(w);
  }
  return out;
}

// Cuts at the first separator that starts a non-name tail: '|', a digit
// (dates, times, counts), " - ", " – ", " on ", "(" … A '/' stays: it joins
// an author and an agency ("det/dpa", "AFP/The Local") as the gold keeps them. `at_digit` tells whether
// the cut is a number (a date, most often).
std::string_view cut_tail(std::string_view s, bool& at_digit) {
  at_digit = false;
  size_t cut = s.size();
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '|' || c == '(' || c == '\n') {
      cut = i;
      break;
    }
    if (c >= '0' && c <= '9') {
      // A number starting a word ("3 May"), or digits glued to a capitalised
      // word that more words follow ("Nolan22 Dec"), start a tail; "delta201"
      // at the end, "r23 »" and "Bo2man" (letters after the digits) are handles.
      bool word_start = i == 0 || s[i - 1] == ' ';
      size_t end = i;
      while (end < s.size() && s[end] != ' ') ++end;
      size_t digits_end = i;
      while (digits_end < end && s[digits_end] >= '0' && s[digits_end] <= '9') ++digits_end;
      size_t word_begin = i;
      while (word_begin > 0 && s[word_begin - 1] != ' ') --word_begin;
      bool capitalised_word = s[word_begin] >= 'A' && s[word_begin] <= 'Z';
      bool letters_after =
          digits_end < end && ((s[digits_end] | 0x20) >= 'a' && (s[digits_end] | 0x20) <= 'z');
      if (word_start || (end < s.size() && capitalised_word && !letters_after)) {
        cut = i;
        at_digit = true;
        // "Nathan Willis March 25": the month name before the number goes too.
        size_t prev_end = cut;
        while (prev_end > 0 && s[prev_end - 1] == ' ') --prev_end;
        size_t prev_begin = prev_end;
        while (prev_begin > 0 && s[prev_begin - 1] != ' ') --prev_begin;
        if (word_start && prev_begin < prev_end &&
            month_from_name(s.substr(prev_begin, prev_end - prev_begin)))
          cut = prev_begin;
        break;
      }
    }
    if (c == ' ' && i + 2 < s.size()) {
      std::string_view rest = s.substr(i + 1);
      if (starts_picture_credit(rest)) {
        cut = i;
        break;
      }
      if (rest.substr(0, 2) == "- " || rest.substr(0, 4) == "\xE2\x80\x93 " ||
          rest.substr(0, 4) == "\xE2\x80\x94 " || rest.substr(0, 3) == "on " ||
          rest.substr(0, 6) == "under " || rest.substr(0, 3) == "in " || rest.substr(0, 3) == "am " ||
          rest.substr(0, 8) == "updated " || rest.substr(0, 8) == "Updated " ||
          rest.substr(0, 10) == "published " || rest.substr(0, 10) == "Published " ||
          rest.substr(0, 3) == "\xC2\xB7 " || rest.substr(0, 4) == "\xE2\x80\xA2 " ||
          rest.substr(0, 3) == "\xE2\x80\xA2") {
        cut = i;
        break;
      }
    }
  }
  return s.substr(0, cut);
}

// "Jane Doe, Staff Writer" → "Jane Doe"; keeps "Jane Doe, John Roe".
std::string drop_roles(std::string_view s) {
  std::vector<std::string_view> parts;
  size_t b = 0;
  while (b <= s.size()) {
    size_t e = s.find(',', b);
    if (e == std::string_view::npos) e = s.size();
    parts.push_back(trim(s.substr(b, e - b)));
    b = e + 1;
  }
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    std::string_view p = parts[i];
    if (p.empty()) continue;
    bool role = false;
    if (i > 0) {
      for (std::string_view r : kRoleWords)
        if (icontains(p, r)) role = true;
    }
    if (role) continue;
    if (!out.empty()) out += ", ";
    out.append(p);
  }
  return out;
}

std::string_view trim_punctuation(std::string_view s) {
  auto junk = [](char c) {
    return c == ' ' || c == ',' || c == ';' || c == ':' || c == '-' || c == '.' || c == '|' || c == '/' ||
           c == '"' || c == '\'' || c == '*';
  };
  while (!s.empty() && junk(s.front())) s.remove_prefix(1);
  while (!s.empty() && junk(s.back()) && !(s.size() >= 2 && s.back() == '.' &&
                                          s[s.size() - 2] >= 'A' && s[s.size() - 2] <= 'Z'))
    s.remove_suffix(1);
  // Trailing "•", "·", "»", "—" left after cutting.
  for (std::string_view tail : {std::string_view("\xE2\x80\xA2"), std::string_view("\xC2\xB7"),
                                std::string_view("\xC2\xBB"), std::string_view("\xC2\xAB"),
                                std::string_view("\xE2\x80\x94"), std::string_view("\xE2\x80\x93")}) {
    while (s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail)
      s = trim(s.substr(0, s.size() - tail.size()));
  }
  return s;
}

std::string clean_one(std::string_view raw) {
  std::string s = clean_field(raw);
  bool pictures_only = false;
  std::string_view v = strip_credit_label(strip_copyright(trim_punctuation(s)), pictures_only);
  if (pictures_only) return {};
  v = trim_punctuation(strip_prefix(trim_punctuation(v)));
  v = trim_punctuation(strip_dated_introducer(strip_introducing_phrase(v)));
  std::string no_contact = drop_contact_words(v);
  bool at_digit = false;
  v = cut_tail(no_contact, at_digit);
  v = trim_punctuation(drop_date_labels(trim_punctuation(v), at_digit));
  std::string r = drop_roles(v);
  v = trim_punctuation(drop_glued_button(drop_date_labels(strip_prefix(r), false)));
  // "Posted by Nesselsetzer under <a>Category</a>": the preposition that led
  // to a category or place in another element.
  for (std::string_view tail : {std::string_view(" under"), std::string_view(" in")})
    if (v.size() > tail.size() && v.substr(v.size() - tail.size()) == tail)
      v = trim(v.substr(0, v.size() - tail.size()));
  if (v.empty() || v.size() > kMaxAuthorBytes) return {};
  for (std::string_view n : kNotNames)
    if (iequals(v, n)) return {};
  // "Artikel von", "Posted by": the name was in another element.
  for (std::string_view intro : kNameIntroducers)
    if (iequals(last_word(v), intro)) return {};
  // "Vielen Dank!": names are not exclaimed or asked.
  if (v.find('!') != std::string_view::npos || v.find('?') != std::string_view::npos) return {};
  // Guillemets and curly quotes mark a title or a quotation.
  for (std::string_view q : {"\xC2\xAB", "\xC2\xBB", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x9E"})
    if (v.find(q) != std::string_view::npos) return {};
  // Needs at least one letter.
  bool letter = false;
  for (unsigned char c : v) letter = letter || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80;
  if (!letter) return {};
  // More than 8 words is a sentence.
  size_t words = 1;
  for (char c : v) words += c == ' ';
  if (words > 8) return {};
  return std::string(v);
}

// Elements that end a line of text: a line break or a block.
constexpr dom::TagSet kLineEnders = {
    dom::TagId::Br, dom::TagId::P, dom::TagId::Div, dom::TagId::Li, dom::TagId::Ul, dom::TagId::Ol,
    dom::TagId::Dl, dom::TagId::Dt, dom::TagId::Dd, dom::TagId::H1, dom::TagId::H2, dom::TagId::H3,
    dom::TagId::H4, dom::TagId::H5, dom::TagId::H6, dom::TagId::Table, dom::TagId::Tr,
    dom::TagId::Section, dom::TagId::Header, dom::TagId::Footer, dom::TagId::Figure,
    dom::TagId::Blockquote, dom::TagId::Address};

// Text of the subtree under `e` up to the first line break or block boundary
// that follows some words (a leading "By" line of its own is passed over, as
// the cleaner rejects it).
std::string first_line_text(const dom::Node* e, size_t limit) {
  std::string out;
  auto has_words = [&out] { return !trim(out).empty(); };
  for (const dom::Node* n = e->first_child; n;) {
    if (n->is_text()) {
      out.append(n->data);
      if (out.size() >= limit) break;
    } else if (n->is_element()) {
      if (n->tag == dom::TagId::Script || n->tag == dom::TagId::Style || n->tag == dom::TagId::Template ||
          n->tag == dom::TagId::Noscript) {
        n = dom::next_skipping_children(n, e);
        continue;
      }
      if (kLineEnders.contains(n->tag)) {
        if (has_words() && !clean_author(out).empty()) break;
        out.push_back(' ');
      }
    }
    n = dom::next_in_preorder(n, e);
  }
  return out;
}

}  // namespace

std::string clean_author(std::string_view raw_text) {
  // Several names separated by ';' are cleaned one by one, after the
  // references whose own ';' would split a name.
  // "<a href=…>Mateusz Gniazdowski</a>" escaped into a meta or JSON-LD value.
  std::string decoded = decode_references(raw_text);
  if (decoded.find('<') != std::string::npos) decoded = strip_markup(decoded);
  std::string_view raw = decoded;
  std::string out;
  size_t b = 0;
  while (b <= raw.size()) {
    size_t e = raw.find(';', b);
    if (e == std::string_view::npos) e = raw.size();
    std::string one = clean_one(raw.substr(b, e - b));
    if (!one.empty() && out.find(one) == std::string::npos) {
      if (!out.empty()) out += "; ";
      out += one;
    }
    b = e + 1;
  }
  return out;
}

std::string body_byline(const PageScan& scan) {
  for (const dom::Node* link : scan.links) {
    if (link->tag != dom::TagId::A) continue;
    std::string_view rel = attr(link, "rel");
    if (!icontains(rel, "author")) continue;
    std::string name = clean_author(node_text(link, 512));
    if (!name.empty()) return name;
  }
  for (const dom::Node* e : scan.author_hints) {
    std::string text = collapse_whitespace(node_text(e, 512));
    if (text.empty() || text.size() > 200) continue;
    // The name's own line first: a role or desk printed on the next line
    // ("Adam Aaronson<br>PhillyVoice Staff") is no part of it.
    std::string name = clean_author(collapse_whitespace(first_line_text(e, 512)));
    if (name.empty()) name = clean_author(text);
    if (!name.empty()) return name;
  }
  return {};
}

}  // namespace pith::extraction::metadata
