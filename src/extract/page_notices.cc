// Site-wide notice phrases (see the header).
#include "extract/page_notices.h"

#include <algorithm>
#include <array>
#include <cstddef>

#include "extract/metadata/text_normalize.h"
#include "extract/phrase_index.h"
#include "extract/scoring_constants.h"
#include "extract/vocabulary_hash.h"

namespace pith::extraction {
namespace {

// Phrases of site-wide notices, found anywhere in a block: copyright lines
// with their legal tail, and what a page says where a script or plugin did not
// run. (Server-side script errors are told by their shape: is_script_error.)
constexpr std::string_view kNoticePhrases[] = {
  "rights reserved", "enable javascript", "javascript enabled", "javascript is disabled",
  "requires javascript", "please enable", "comments powered by", "personal, non-commercial use",
  "javascript must be enabled", "flash player must be installed", "flash player is required",
  // "All rights reserved" in other languages (lowercase: only ASCII is folded,
  // so the phrases start past a capitalised non-ASCII first word).
  "rechte vorbehalten", "droits réservés", "derechos reservados", "diritti riservati",
  "direitos reservados", "prawa zastrzeżone", "rechten voorbehouden", "rettigheder forbeholdes",
  "rättigheter förbehållna", "oikeudet pidätetään", "práva vyhrazena",
  "jog fenntartva", "hakları saklıdır", "права защищены",
  "版权所有", "無断転載",
  // What a player says where its video may not play.
  "not available in your region", "not available in your country", "nicht in ihrem land verfügbar",
  // What a site shows an old browser.
  "limited support for css", "outdated browser", "upgrade your browser", "update your browser",
  "browser is not supported", "browser is out of date", "veralteten browser",
  // What a paywall or a membership drive puts where the story stops.
  "consider supporting our", "consider supporting us", "support our journalism", "unterstützen sie unsere arbeit",
  "unterstütze unsere arbeit",
  "already a subscriber", "to view the full story", "subscribe to continue",
  "support independent journalism", "bereits abonnent", "schon abonnent", "werden sie mitglied",
  "déjà abonné", "ya eres suscriptor", "hazte miembro", "sei già abbonato",
  // A cookie notice in the site's own voice, anywhere in a short block.
  "we use cookies", "this site uses cookies", "this website uses cookies", "wir verwenden cookies",
  "diese website verwendet cookies", "nous utilisons des cookies", "utilizamos cookies", "utilizziamo i cookie",
  "korzystamy z cookies", "korzystamy z plików cookie", "wij gebruiken cookies",
  // What an embedded post or video shows until the reader lets it load.
  "respektieren deine privatsphäre", "respektieren ihre privatsphäre", "einbindung eines drittanbieters",
  "we respect your privacy",
  // An affiliate disclosure: the page earns from the shops it links to.
  "affiliate link", "affiliate-link", "earn a commission", "receive a commission", "earn a small commission",
  "als amazon-partner", "provisionslink", "partnerlinks", "liens affiliés", "enlaces de afiliados",
  // What a comment form says to a visitor not logged in.
  "must be logged in to post", "logged in to post a comment", "eingeloggt sein, um", "eingeloggt sein um",
  "angemeldet sein, um einen kommentar", "connecté pour publier", "connecté pour poster",
};

// The site's disclaimer for what its authors write: one of each list, anywhere
// ("… do not necessarily reflect the views of …", "Dieser Beitrag gibt die
// Meinung des Autors wieder, nicht notwendigerweise die der Redaktion").
constexpr std::string_view kDisclaimerHedges[] = {"not necessarily", "not responsible for", "nicht notwendigerweise",
                                                  "nicht unbedingt", "no necesariamente", "pas nécessairement",
                                                  "non necessariamente", "لا تعبر عن", "لا يعبر عن"};
constexpr std::string_view kDisclaimerObjects[] = {"views", "opinion", "meinung", "opini", "avis", "position", "رأي"};

// Hedge and object this close together: a sentence of prose that hedges
// ("does not necessarily capture the mood … the views of voters") keeps them apart.
constexpr size_t kDisclaimerSpan = 60;

// A call to follow the site on a social network: one of each list, anywhere.
constexpr std::string_view kSocialNetworks[] = {"facebook", "twitter", "instagram", "telegram", "whatsapp",
                                                "youtube", "tiktok", "linkedin"};
// The site speaks of itself ("us", "fan page"): an author's own "Follow me on
// Twitter" sign-off is part of the post.
constexpr std::string_view kSocialCues[] = {
  "follow us", "like us", "click like", "tell us", "join us", "find us", "fan page", "connect with us",
  "send us", "message us", "our channel", "subscribe to our", "canal de",
  // The same in the other languages of the evaluation sets and their neighbours.
  "folgen sie uns", "folge uns", "folgt uns", "unserem kanal", "unseren kanal", "suivez-nous",
  "rejoignez-nous", "notre chaîne", "síguenos", "siguenos", "únete", "nuestro canal", "seguici",
  "siga-nos", "nosso canal", "volg ons", "obserwuj nas",
};

// A call to get the site's newsletter or alerts: one of each list, anywhere.
constexpr std::string_view kNewsletterObjects[] = {"newsletter", "inbox", "posteingang", "e-mail alerts",
                                                   "email alerts"};
constexpr std::string_view kNewsletterCues[] = {
  "sign up", "signing up", "subscribe", "get ", "delivered", "abonn", "anmeld", "melde dich", "inscri", "suscr",
  "iscriv",
};

// A call to install the site's app: one of each list, anywhere; or a bare
// call to sign up.
constexpr std::string_view kAppObjects[] = {" app.", " app ", " apps ", " apps.", " app,", "-app "};
constexpr std::string_view kAppCues[] = {"download", "get the", "install", "straight to your phone",
                                         "herunterladen", "descarga", "télécharg"};
constexpr std::string_view kSignUpCalls[] = {"sign up here", "sign-up here", "sign up now"};

// Labels of an image's caption or credit, in the languages of the evaluation
// sets and their neighbours (lowercase; a figure number may follow).
constexpr std::string_view kImageLabels[] = {
  "abbildung", "abb.", "bild", "bilder", "foto", "fotos", "titelbild", "beitragsbild", "titelfoto",
  "aufmacherbild", "bildquelle", "fotoquelle", "bildnachweis", "bildrechte", "figure", "fig.", "image",
  "images", "image credit", "image source", "photo", "photos", "photo credit", "picture", "illustration",
  "image illustrative", "crédit photo", "photo d'illustration", "imagen", "fotografía", "immagine",
  "fot.", "zdjęcie", "afbeelding", "photograph", "composite", "pictured",
  "image caption", "media caption", "video caption",
};
// The BBC sets its caption labels apart by a comma ("Image source, Getty
// Images", "Media caption, Watch: …"); a single word before a comma starts
// sentences ("Photos, videos and …").
constexpr std::string_view kCommaImageLabels[] = {"image source", "image caption", "media caption",
                                                  "video caption"};

// Labels of a credit closing a caption, after its last sentence ("… Source:
// Supplied", "… Picture: Getty Images", "… Foto: dpa").
constexpr std::string_view kCreditLabels[] = {"source", "picture", "pictures", "photo", "photos", "image",
                                              "credit", "foto", "fotos", "bild", "quelle"};
constexpr size_t kLongestCreditLabel = [] {
  size_t longest = 0;
  for (std::string_view label : kCreditLabels) longest = std::max(longest, label.size());
  return longest;
}();

// Wire and picture agencies, as credits name them (lowercase).
constexpr std::string_view kAgencies[] = {
  "ap", "reuters", "afp", "getty images", "epa", "dpa", "bloomberg", "shutterstock", "istock",
  "istockphoto", "picture alliance", "picture-alliance", "imago", "keystone", "xinhua", "anp",
};
// What may follow the agency's name in a credit ("Reuters file", "AP Photo").
constexpr std::string_view kAgencyTails[] = {"", " file", " photo", " images", " via getty images"};
// A photographer's name after "AGENCY/" has at most this many spaces.
constexpr long kCreditNameWords = 4;
// What may follow "CC BY" in a licence: "-SA 4.0", "-NC-ND-4.0-DE".
constexpr size_t kLicenceVersionChars = 16;

using vocabulary::lower;

// ASCII-lowercased copy of (at most the first sizeof(buf) bytes of) `text`.
constexpr size_t kFoldedMax = 512;
std::string_view fold_ascii(std::string_view text, char (&buf)[kFoldedMax]) {
  size_t n = std::min(text.size(), kFoldedMax);
  for (size_t i = 0; i < n; ++i) buf[i] = lower(text[i]);
  return std::string_view(buf, n);
}

// What a PHP page prints when its code fails ("Warning: Creating default object
// from empty value in /www/htdocs/…/class.php on line 12").
bool is_script_error(std::string_view folded) {
  constexpr std::string_view kLevels[] = {"warning: ", "notice: ", "deprecated: ", "fatal error: ",
                                          "parse error: ", "strict standards: "};
  for (std::string_view level : kLevels)
    if (folded.substr(0, level.size()) == level)
      return folded.find(" on line ") != std::string_view::npos && folded.find(" in /") != std::string_view::npos;
  return false;
}

bool is_disclaimer(std::string_view folded) {
  static const PhraseIndex hedges(kDisclaimerHedges);
  if (!hedges.found_in(folded)) return false;
  for (std::string_view hedge : kDisclaimerHedges) {
    size_t h = folded.find(hedge);
    if (h == std::string_view::npos) continue;
    size_t from = h > kDisclaimerSpan ? h - kDisclaimerSpan : 0;
    std::string_view around = folded.substr(from, h - from + hedge.size() + kDisclaimerSpan);
    for (std::string_view object : kDisclaimerObjects)
      if (around.find(object) != std::string_view::npos) return true;
  }
  return false;
}

// "Illustration by Mike Nudelman", "Photo courtesy of NASA": a picture's
// label and who made or gave it, a name (capitalised, up to kCreditNameWords
// spaces) after it. `folded` is `text` lowercased.
bool is_maker_credit(std::string_view text, std::string_view folded) {
  constexpr std::string_view kMakers[] = {"photo", "photos", "photograph", "photography", "illustration",
                                          "image", "images", "graphic", "video", "foto", "fotos", "picture"};
  constexpr std::string_view kGivers[] = {" by ", " courtesy of ", " courtesy "};
  for (std::string_view maker : kMakers) {
    if (folded.empty() || folded[0] != maker[0] || !folded.starts_with(maker)) continue;
    for (std::string_view giver : kGivers) {
      if (!folded.substr(maker.size()).starts_with(giver)) continue;
      std::string_view name = text.substr(maker.size() + giver.size());
      return !name.empty() && name[0] >= 'A' && name[0] <= 'Z' &&
             std::count(name.begin(), name.end(), ' ') <= kCreditNameWords;
    }
  }
  return false;
}

// Calls `found(before, tail)` for each agency name (with one of its tails)
// that ends `folded`, `before` being what precedes it; true as soon as one
// call is.
template <typename Found>
bool ends_with_agency(std::string_view folded, Found found) {
  // The last byte first: most lines end in no agency's letter.
  const auto ends_with = [](std::string_view s, std::string_view end) {
    return end.empty() || (s.size() >= end.size() && s.back() == end.back() && s.ends_with(end));
  };
  for (std::string_view tail : kAgencyTails) {
    if (!ends_with(folded, tail)) continue;
    const std::string_view rest = folded.substr(0, folded.size() - tail.size());
    for (std::string_view agency : kAgencies)
      if (ends_with(rest, agency) && found(rest.substr(0, rest.size() - agency.size()), tail)) return true;
  }
  return false;
}

// "Tapie en 2008. REUTERS/Benoit Tessier": the agency, a slash and the
// photographer's name (up to kCreditNameWords words) end the line.
bool ends_with_agency_photographer(std::string_view folded) {
  while (!folded.empty() && (folded.back() == ' ' || folded.back() == '-')) folded.remove_suffix(1);
  size_t slash = folded.rfind('/');
  if (slash == std::string_view::npos || slash + 1 >= folded.size() || folded[slash + 1] == ' ') return false;
  std::string_view name = folded.substr(slash + 1);
  if (std::count(name.begin(), name.end(), ' ') >= kCreditNameWords) return false;
  return ends_with_agency(folded.substr(0, slash),
                          [](std::string_view before, std::string_view) { return before.empty() || before.back() == ' '; });
}

// "Andreas Schwarzkopf [CC BY-SA 4.0], via Wikimedia Commons", "Leena Simon,
// CC-BY 4.0": an image's author and its licence end the line.
bool ends_with_licence(std::string_view folded) {
  while (!folded.empty() && (folded.back() == ' ' || folded.back() == '.' || folded.back() == ']' ||
                             folded.back() == ')'))
    folded.remove_suffix(1);
  if (folded.ends_with("wikimedia commons")) return true;
  if (folded.find("cc") == std::string_view::npos) return false;  // every licence mark opens so
  for (std::string_view mark : {"cc-by", "cc by", "cc0"}) {
    size_t at = folded.rfind(mark);
    if (at == std::string_view::npos || (at > 0 && folded[at - 1] != ' ' && folded[at - 1] != '[' &&
                                         folded[at - 1] != '(' && folded[at - 1] != ','))
      continue;
    std::string_view version = folded.substr(at + mark.size());
    if (version.size() <= kLicenceVersionChars &&
        version.find_first_not_of("-0123456789. abcdefghijklmnopqrstuvwxyz") == std::string_view::npos)
      return true;
  }
  return false;
}

// What every form of is_credit_line() needs, in the raw text: two words
// ("AP Photo", "iStock/cjp"), and a slash or bar before a credit, a maker's
// label opening the line ("Photo by …", "Illustration by …"), a licence
// ("CC-BY", "Wikimedia Commons") or a tail after an agency alone ("Reuters
// file", "AP Photo", "AFP images").
bool may_be_credit_line(std::string_view text) {
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text.empty()) return false;
  // The cheapest tests first: text mode asks this of every short line.
  // Two words: a space or slash followed by something else.
  const auto is_break = [](char c) { return c == ' ' || c == '/'; };
  bool words = false;
  for (size_t i = 0; i + 1 < text.size() && !words; ++i) words = is_break(text[i]) && !is_break(text[i + 1]);
  if (!words) return false;
  const char first = lower(text[0]);
  if (first == 'p' || first == 'i' || first == 'g' || first == 'v' || first == 'f') return true;
  if (text.ends_with("ommons")) return true;
  char tail[8];
  const size_t n = std::min(text.size(), sizeof tail);
  for (size_t i = 0; i < n; ++i) tail[i] = lower(text[text.size() - n + i]);
  const std::string_view end(tail, n);
  if (end.ends_with(" file") || end.ends_with(" photo") || end.ends_with(" images")) return true;
  if (text.find('/') != std::string_view::npos || text.find('|') != std::string_view::npos) return true;
  for (size_t i = 1; i < text.size(); ++i)  // a "cc" in any case
    if ((text[i] | 0x20) == 'c' && (text[i - 1] | 0x20) == 'c') return true;
  return false;
}

// A caption's last byte before a glued credit label: a letter or digit (any
// byte of a UTF-8 letter), a closing parenthesis or quote. Not a dash, slash,
// comma or bar: "Pi 3 - Image: Raspberry Pi Foundation" lists a picture's
// parts, whose credit may be part of the content.
bool ends_caption_word(unsigned char c) {
  return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == ')' ||
         c == '"' || c == '\'';
}

}  // namespace

bool ends_with_labelled_credit(std::string_view text) {
  if (text.size() > kFoldedMax) return false;
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  // Folding keeps every byte in its place: the colon, the tail's length and
  // punctuation are read off the raw text, and only the label's bytes before
  // the colon are folded (text mode asks this of every line with punctuation).
  size_t colon = std::string_view::npos;  // the last ": ", found by memchr: most lines have no colon
  for (size_t at = text.find(':'); at != std::string_view::npos; at = text.find(':', at + 1))
    if (at + 1 < text.size() && text[at + 1] == ' ') colon = at;
  if (colon == std::string_view::npos || colon == 0) return false;
  const std::string_view tail = text.substr(colon + 2);
  if (tail.empty() || tail.size() > kCreditTailMaxChars || std::count(tail.begin(), tail.end(), ' ') >= kCreditNameWords ||
      tail.back() == '.' || tail.back() == '!' || tail.back() == '?')
    return false;
  char buf[kFoldedMax];
  const size_t window = std::min(colon, kLongestCreditLabel);
  const std::string_view label_end = fold_ascii(text.substr(colon - window, window), buf);
  // The label ends a sentence's worth of caption ("… for two years. Source:
  // Supplied"), or, capitalised, is glued to the caption's last word ("… on a
  // Harare street on Thursday Credit: STR/AFP", "… Unterstützern  Foto: dpa"):
  // prose does not capitalise a word before a colon mid-sentence.
  for (std::string_view label : kCreditLabels) {
    if (!label_end.ends_with(label)) continue;
    const size_t at = colon - label.size();
    std::string_view before = text.substr(0, at);
    if (before.ends_with(". ") || before.ends_with("? ") || before.ends_with("! ")) return true;
    if (!before.ends_with(' ') || text[at] < 'A' || text[at] > 'Z') continue;
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    if (!before.empty() && ends_caption_word(static_cast<unsigned char>(before.back()))) return true;
  }
  return false;
}

bool is_labelled_caption(std::string_view text) {
  // Every label is followed by a colon or a comma, and few letters open one.
  static const std::array<bool, 256> opens_label = [] {
    std::array<bool, 256> t{};
    for (std::string_view label : kImageLabels) t[static_cast<unsigned char>(label[0])] = true;
    return t;
  }();
  const char first = lower(text.size() > 1 && text[0] == '(' ? text[1] : text.empty() ? '\0' : text[0]);
  const bool has_mark = text.find(':') != std::string_view::npos || text.find(',') != std::string_view::npos;
  if (!opens_label[static_cast<unsigned char>(first)] || !has_mark) return false;
  char buf[kFoldedMax];
  std::string_view folded = fold_ascii(text, buf);
  if (folded.starts_with("(")) folded.remove_prefix(1);  // "(Image credit: Future)"
  for (std::string_view label : kCommaImageLabels)
    if (!folded.empty() && folded[0] == label[0] && folded.starts_with(label) &&
        folded.substr(label.size()).starts_with(", "))
      return true;
  for (std::string_view label : kImageLabels) {
    if (folded.empty() || folded[0] != label[0] || folded.substr(0, label.size()) != label) continue;
    size_t i = label.size();
    while (i < folded.size() && folded[i] == ' ') ++i;
    // "Abbildung 4:", "Figure 2.1:"; the number needs a space before it.
    if (i > label.size() || label.back() == '.')
      while (i < folded.size() && ((folded[i] >= '0' && folded[i] <= '9') || folded[i] == '.')) ++i;
    while (i < folded.size() && folded[i] == ' ') ++i;
    if (i < folded.size() && folded[i] == ':') return true;
  }
  return false;
}

bool is_credit_line(std::string_view text) {
  // Text mode asks this of every short line, most of them menu items: what
  // each form needs is looked for in the raw text before folding it.
  if (!may_be_credit_line(text)) return false;
  char buf[kFoldedMax];
  std::string_view folded = fold_ascii(text, buf);
  while (!folded.empty() && folded.back() == ' ') folded.remove_suffix(1);
  if (is_maker_credit(text.substr(0, folded.size()), folded) || ends_with_agency_photographer(folded) ||
      ends_with_licence(folded))
    return true;
  // The agency alone with its tail, or after a name and a slash or bar.
  return ends_with_agency(folded, [](std::string_view before, std::string_view tail) {
    return (before.empty() && !tail.empty()) || before.ends_with(" / ") || before.ends_with(" | ");
  });
}

bool ends_with_credit(std::string_view text) {
  size_t c = text.rfind("\xC2\xA9");
  if (c == std::string_view::npos) return false;
  std::string_view tail = metadata::trim(text.substr(c + 2));
  return tail.size() <= kCreditTailMaxChars && !tail.empty() && tail.back() != '.' && tail.back() != '!' &&
         tail.back() != '?';
}

bool is_social_promo(std::string_view text) {
  char buf[kFoldedMax];
  std::string_view folded = fold_ascii(text, buf);
  static const PhraseIndex networks(kSocialNetworks), cues(kSocialCues);
  return networks.found_in(folded) && cues.found_in(folded);
}

bool is_newsletter_promo(std::string_view text) {
  char buf[kFoldedMax];
  std::string_view folded = fold_ascii(text, buf);
  static const PhraseIndex objects(kNewsletterObjects), cues(kNewsletterCues);
  return objects.found_in(folded) && cues.found_in(folded);
}

bool is_app_promo(std::string_view text) {
  char buf[kFoldedMax];
  std::string_view folded = fold_ascii(text, buf);
  static const PhraseIndex objects(kAppObjects), cues(kAppCues), calls(kSignUpCalls);
  return (objects.found_in(folded) && cues.found_in(folded)) || calls.found_in(folded);
}

bool is_page_notice(std::string_view text) {
  char buf[kFoldedMax];
  std::string_view folded = fold_ascii(text, buf);
  // One scan of the block for all the phrases, not one per phrase.
  static const PhraseIndex notices(kNoticePhrases);
  return notices.found_in(folded) || is_script_error(folded) || is_disclaimer(folded);
}

}  // namespace pith::extraction
