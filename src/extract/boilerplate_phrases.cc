// Boilerplate phrases and stop words, and their matchers (see the header).
#include "extract/boilerplate_phrases.h"

#include <algorithm>
#include <string_view>

#include "extract/phrase_index.h"
#include "extract/vocabulary_hash.h"

namespace pith::extraction {
namespace {

using vocabulary::hash_word;
using vocabulary::lower;

// clang-format off
// Short boilerplate phrases, lowercase; a block matches when its text starts
// with one and is short (see is_boilerplate_text).
constexpr std::string_view kPhrases[] = {
  "read more", "continue reading", "keep reading", "read the full", "read full", "share this", "share on",
  "read or share this", "la rédaction vous conseille",
  "share:", "share via", "advertisement", "advertising", "sponsored", "hidden categories", "related articles", "related stories",
  "related posts", "related:", "related content", "you may also like", "you might also like",
  "recommended for you", "don't miss", "don\xe2\x80\x99t miss", "recommended", "more from", "more stories", "most read", "most popular",
  "sign up for", "sign up to", "subscribe to", "subscribe now", "subscribe for", "follow us",
  "follow me", "click here", "all rights reserved", "copyright", "\xc2\xa9", "this site uses cookies",
  "we use cookies", "this website uses cookies", "accept cookies", "cookie policy", "leave a comment",
  "leave a reply", "post a comment", "add a comment", "posted in", "filed under", "tags:",
  "this entry was posted",
  "tagged", "categories:", "image:", "photo:", "(photo", "picture:", "getty images",
  "download the app", "get the app", "back to top", "skip to", "print this", "email this",
  "previous article", "next article", "previous post", "next post", "loading", "login",
  "log in", "sign in", "enable javascript", "please enable javascript", "javascript is disabled",
  "weiterlesen", "mehr zum thema", "lesen sie auch", "anzeige", "werbung", "teilen",
  "artikel teilen", "zum artikel", "auch interessant", "das könnte sie auch interessieren",
  "lire aussi", "lire la suite", "à lire aussi", "publicité", "partager", "voir aussi",
  "leer más", "lee también", "compartir", "publicidad", "te puede interesar", "noticias relacionadas",
  "leggi anche", "condividi", "pubblicità", "leia mais", "leia também", "compartilhe",
  "publicidade", "читать далее", "читайте также", "реклама", "поделиться", "lees ook",
  "lees meer", "delen", "czytaj także", "czytaj więcej", "reklama", "udostępnij",
  "lea también", "lea más", "lee más", "lea:", "kommentare schreiben", "kommentar schreiben",
  "war der artikel nützlich", "möchten sie den artikel teilen", "if you enjoyed reading this",
  "if you enjoyed this", "aktualisiert:", "aktualisiert am", "meistgelesene", "meistdiskutierte",
  "schon gelesen", "entdecken sie jetzt", "sie wollen mehr", "meist gelesen", "meist gelesene", "meistgelesen",
  "meistgelesene",
  "vorschau auf den nächsten", "das thema könnte", "das könnte dich auch", "könnte dich auch interessieren",
  "you might be interested", "you may be interested", "drukuj", "więcej", "permalink",
  "permalien", "zurück", "nach oben", "top of page", "print", "email", "e-mail", "tweet",
  "more:", "see also:", "watch:", "listen:", "updated:", "published:", "posted:",
  "kontakt", "themen:", "mehr themen", "mehr zum", "veja também", "sorted by", "über den autor",
  "about the author", "explore further", "externer inhalt", "kategorie:", "category:",
  "neueste artikel", "quellenangaben", "ähnliche themen", "ähnliche beiträge", "originalartikel",
  "zum weiterlesen", "inhaltsverzeichnis", "table of contents", "quellen ausblenden",
  "be sociable", "empfohlene beiträge", "originalpublikation", "zusatzinformationen",
  "weitere informationen", "contexto de la noticia", "quelle:", "source:", "más sobre",
  "(noch keine bewertungen", "pour accéder", "(alle angaben ohne gewähr", "(\xc2\xa9",
  "crédits photos", "(credit:", "credit:", "(quelle:", "(foto:", "foto:", "ansprechpartner",
  "ansprechpartnerin", "ansprechpartnerinnen", "(photos", "(photograph",
  "stay up-to-date", "stay up to date", "audios et vidéos", "bild anzeigen", "(photo:",
  // Labels a news page sets between paragraphs, classed only by hashed CSS names
  // ("css-1dv1kvn"): ad slots, audio players, share and gift buttons.
  "story continues below", "article continues below", "continues below advertisement",
  "scroll to continue", "skip advertisement", "listen to this article", "share full article",
  "gift this article", "copy link", "link copied", "click to expand", "related topics", "more on this story",
  // An embedded post's placeholder where the embed script did not run.
  "view this post on instagram", "sieh dir diesen beitrag auf instagram an",
  "voir cette publication sur instagram", "ver esta publicación en instagram",
  "visualizza questo post su instagram",
  // A media player's own labels, left in the page where it did not load.
  "autoplay", "auto-play", "wird geladen", "chargement...", "cargando...", "caricamento...",
  "正在加载", "加载中", "自动播放", "読み込み中", "自動再生", "now watching", "now playing",
  "next video starts in", "rating failed", "request failed",
};

constexpr std::string_view kCommentHeadings[] = {
  "comments", "comment", "leave a comment", "leave a reply", "post a comment", "responses",
  "reader comments", "join the discussion", "discussion", "kommentare", "commentaires",
  "comentarios", "commenti", "комментарии", "reacties", "komentarze",
};

// Stop words of English, German, French, Spanish, Italian, Portuguese, Dutch.
constexpr std::string_view kStopWords[] = {
  "a", "about", "after", "al", "als", "also", "am", "an", "and", "are", "as", "at", "auch",
  "auf", "aus", "be", "been", "bei", "but", "by", "can", "ce", "che", "con", "could", "da",
  "dans", "das", "dass", "de", "del", "dem", "den", "der", "des", "det", "die", "do", "does",
  "du", "e", "een", "ein", "eine", "einen", "el", "em", "en", "es", "est", "et", "for", "from",
  "had", "has", "have", "he", "her", "het", "his", "how", "i", "if", "il", "im", "in", "into",
  "is", "ist", "it", "its", "kann", "la", "las", "le", "les", "lo", "los", "mais", "man", "may",
  "mit", "more", "most", "na", "nach", "ne", "nicht", "no", "não", "o", "od", "of", "on", "one",
  "only", "or", "os", "other", "our", "par", "pas", "per", "por", "pour", "qu", "que", "qui",
  "se", "sich", "sie", "sind", "so", "some", "su", "such", "sur", "than", "that", "the", "their",
  "them", "then", "there", "these", "they", "this", "to", "um", "um", "un", "una", "und", "une",
  "uno", "up", "van", "von", "was", "we", "were", "what", "when", "which", "who", "will", "with",
  "wird", "would", "y", "you", "your", "zu", "zum", "zur",
};
// clang-format on

// An open-addressing hash set over kStopWords: count_words() asks it for every
// short word of every block.
class StopWordSet {
 public:
  StopWordSet() {
    for (const std::string_view& w : kStopWords) {
      uint32_t i = hash_word(w) & (kSlots - 1);
      while (slots_[i] && *slots_[i] != w) i = (i + 1) & (kSlots - 1);
      slots_[i] = &w;
    }
  }
  bool contains(std::string_view w) const {
    for (uint32_t i = hash_word(w) & (kSlots - 1); slots_[i]; i = (i + 1) & (kSlots - 1))
      if (*slots_[i] == w) return true;
    return false;
  }

 private:
  static constexpr uint32_t kSlots = 512;  // power of two, > 2 × stop words
  const std::string_view* slots_[kSlots] = {};
};

const StopWordSet& stop_words_set() {
  static const StopWordSet set;
  return set;
}

// Link texts that close a teaser summary ("… Read more…", "… Weiterlesen »").
constexpr std::string_view kMoreLinks[] = {
  "read more", "continue reading", "keep reading", "read the full story", "read full story", "read the rest",
  "weiterlesen", "mehr lesen", "lire la suite", "lire plus", "leer más", "lee más", "leia mais",
  "leggi tutto", "continua a leggere", "czytaj więcej", "czytaj dalej", "lees meer", "lees verder",
  "читать далее", "подробнее", "watch video", "watch the video", "play video",
};

// Whole-block labels of page controls and ad slots (lowercase, closing
// punctuation stripped).
constexpr std::string_view kInterfaceLabels[] = {
  "ad", "ads", "anzeige", "save", "saved", "embed", "copy", "copied", "play", "pause", "mute", "unmute",
  "replay", "expand", "collapse", "show more", "show less", "see more", "load more", "view more",
  "supported by", "sponsored by", "presented by", "(reuters)", "(ap)", "(afp)", "(dpa)",
};

}  // namespace

bool is_interface_label(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == ':' || text.back() == '.')) text.remove_suffix(1);
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  if (text.empty() || text.size() > 16) return false;
  char buf[16];
  for (size_t i = 0; i < text.size(); ++i) buf[i] = lower(text[i]);
  const std::string_view folded(buf, text.size());
  for (std::string_view label : kInterfaceLabels)
    if (folded == label) return true;
  return false;
}

bool is_boilerplate_text(std::string_view text) {
  static const PhraseIndex index(kPhrases);
  // A marker before the phrase ("*Werbung", "> Read more", "» Weiterlesen", "- Advertisement -")
  // is decoration.
  while (!text.empty() && (text[0] == '*' || text[0] == '>' || text[0] == ' ' || text[0] == '-'))
    text.remove_prefix(1);
  if (text.starts_with("\xC2\xBB ")) text.remove_prefix(3);
  if (text.starts_with("\xE2\x80\x93 ")) text.remove_prefix(4);  // "– Anzeige –"
  if (text.empty()) return false;
  if (!index.may_start_with(lower(text[0]))) return false;
  // Folded as far as the longest phrase and the byte after it (a word must end
  // there), the first two and four bytes checked before the rest: text mode
  // asks this of every short line, and most open no phrase.
  char buf[96];
  const size_t limit = std::min({text.size(), sizeof buf, index.longest() + 1});
  size_t n = 0;
  for (size_t i = 0; i < limit; ++i) {
    char c = lower(text[i]);
    // Latin-1 capitals (U+00C0–U+00DE but ×): "Über den Autor" → "über …".
    if (n && static_cast<unsigned char>(buf[n - 1]) == 0xc3) {
      unsigned char u = static_cast<unsigned char>(c);
      if (u >= 0x80 && u <= 0x9e && u != 0x97) c = char(u + 0x20);
    }
    buf[n++] = c;
    if (n == 2 && !index.may_start_with(buf[0], buf[1])) return false;
    if (n == 4 && !index.may_open(std::string_view(buf, n))) return false;
  }
  if (n < 4 && !index.may_open(std::string_view(buf, n))) return false;
  return index.match_words_at(std::string_view(buf, n), 0);
}

bool ends_with_more_link(std::string_view text) {
  // Strip closing punctuation and arrows: "Read more...", "Read more »", "(more)".
  auto strip = [](std::string_view& s) {
    for (;;) {
      if (s.empty()) return;
      unsigned char c = static_cast<unsigned char>(s.back());
      if (c == '.' || c == ' ' || c == '>' || c == ')' || c == ']' || c == ':' || c == '!') {
        s.remove_suffix(1);
        continue;
      }
      // » › → … (UTF-8 tails)
      if (s.size() >= 2 && (s.substr(s.size() - 2) == "\xc2\xbb")) { s.remove_suffix(2); continue; }
      if (s.size() >= 3) {
        std::string_view t = s.substr(s.size() - 3);
        if (t == "\xe2\x80\xba" || t == "\xe2\x86\x92" || t == "\xe2\x80\xa6") {
          s.remove_suffix(3);
          continue;
        }
      }
      return;
    }
  };
  std::string_view s = text;
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  // A full stop ends a sentence ("… had never read more."); a link ends bare,
  // with an ellipsis or with an arrow.
  if (s.size() >= 2 && s.back() == '.' && s[s.size() - 2] != '.') return false;
  strip(s);
  if (s.size() < 4) return false;
  char buf[32];
  size_t start = s.size() > sizeof buf ? s.size() - sizeof buf : 0;
  size_t n = 0;
  for (size_t i = start; i < s.size(); ++i) buf[n++] = lower(s[i]);
  std::string_view tail(buf, n);
  for (std::string_view p : kMoreLinks) {
    if (tail.size() < p.size() || tail.substr(tail.size() - p.size()) != p) continue;
    // The phrase starts a word and is not the whole text.
    size_t at = tail.size() - p.size();
    char before = at ? tail[at - 1] : (start ? ' ' : '\0');
    if (before == ' ' || before == '(' || before == '[') return true;
  }
  return false;
}

bool is_comment_heading(std::string_view text) {
  char buf[64];
  size_t n = 0;
  for (size_t i = 0; i < text.size() && n < sizeof buf; ++i) buf[n++] = lower(text[i]);
  std::string_view s(buf, n);
  // Strip a leading count ("12 Comments") and trailing punctuation.
  while (!s.empty() && ((s[0] >= '0' && s[0] <= '9') || s[0] == ' ')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ':' || s.back() == ' ' || s.back() == ')')) s.remove_suffix(1);
  for (std::string_view h : kCommentHeadings)
    if (s == h) return true;
  return false;
}

uint32_t count_words(std::string_view text, uint32_t* stop_words) {
  uint32_t words = 0, stops = 0;
  char buf[16];
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    size_t j = i;
    while (j < text.size() && text[j] != ' ') ++j;
    if (j > i) {
      ++words;
      size_t len = j - i;
      if (len <= 5) {
        size_t n = 0;
        for (size_t k = i; k < j; ++k) {
          char c = lower(text[k]);
          if ((c >= 'a' && c <= 'z') || (unsigned char)c >= 0x80) buf[n++] = c;
        }
        std::string_view w(buf, n);
        if (n && stop_words_set().contains(w)) ++stops;
      }
    }
    i = j;
  }
  *stop_words = stops;
  return words;
}

}  // namespace pith::extraction
