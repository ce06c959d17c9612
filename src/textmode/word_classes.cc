// The word lists behind word_classes(), in one table so that a line's words
// are looked up once each.
#include "textmode/word_classes.h"

namespace pith::textmode {
namespace {

// Frequent function words of English, German, French, Spanish, Italian,
// Portuguese, Dutch, the Scandinavian languages, Polish and Russian.
constexpr std::string_view kStopWords[] = {
    "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "on", "was", "with", "as", "at", "from",
    "this", "be", "are", "have", "has", "were", "an", "or", "not", "but", "which", "he", "she", "they", "we",
    "you", "his", "her", "their", "its", "will", "would", "can", "been", "also", "than", "after", "who",
    "said", "about", "there", "when", "what", "so", "if", "into", "had", "i", "my", "our", "them", "these",
    "those", "could", "should", "while", "because", "some", "any", "other", "such", "only", "over", "just",
    "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "mit", "sich", "des", "auf",
    "für", "im", "dem", "auch", "es", "als", "wie", "bei", "aus", "er", "sie", "wir", "ich", "hat", "wird",
    "noch", "nach", "war", "sind", "werden", "oder", "aber", "dass", "einen", "einer",
    "le", "la", "les", "et", "des", "un", "une", "du", "est", "que", "qui", "dans", "pour", "pas", "sur",
    "au", "en", "ce", "il", "elle", "sont", "avec", "plus", "se", "ne", "aux", "ou", "mais", "son", "sa",
    "ses", "été", "cette",
    "el", "los", "las", "y", "de", "una", "es", "con", "para", "del", "no", "su", "al", "lo", "como", "más",
    "pero", "sus", "ha", "fue", "este", "esta",
    "di", "che", "e", "per", "della", "è", "sono", "da", "si", "gli", "nel", "anche",
    "o", "os", "as", "do", "da", "dos", "das", "em", "um", "uma", "não", "na", "foi", "ao",
    "het", "een", "van", "dat", "op", "te", "voor", "niet", "zijn", "aan", "er", "ook", "bij", "maar",
    "och", "att", "det", "som", "på", "är", "av", "för", "till", "har", "inte", "om", "ett", "og", "er",
    "til", "ikke", "jeg", "var",
    "w", "z", "się", "nie", "to", "że", "jest", "jak", "ale",
    "и", "в", "не", "на", "что", "с", "по", "как", "это", "он", "она", "из", "за", "к", "но", "от", "для",
};

// Page furniture: navigation, accounts, sharing, ads, cookies, app promos.
constexpr std::string_view kUiWords[] = {
    "menu", "search", "login", "logout", "log", "sign", "signin", "signup", "register", "subscribe",
    "subscription", "subscribers", "newsletter", "newsletters", "share", "shares", "tweet", "facebook",
    "twitter", "instagram", "linkedin", "pinterest", "whatsapp", "youtube", "tiktok", "reddit", "email",
    "print", "comment", "comments", "reply", "replies", "advertisement", "advertising", "advertise", "ad",
    "ads", "sponsored", "cookie", "cookies", "privacy", "terms", "policy", "copyright", "rights",
    "reserved", "home", "homepage", "contact", "help", "faq", "next", "previous", "prev", "skip", "close",
    "toggle", "click", "tap", "download", "app", "apps", "follow", "like", "likes", "views", "related",
    "trending", "popular", "recommended", "watch", "videos", "listen", "podcast", "podcasts", "tags",
    "tag", "category", "categories", "archive", "archives", "sitemap", "careers", "account", "profile",
    "cart", "shop", "deals", "loading", "javascript", "browser", "rss", "permalink", "more", "expand",
    "collapse", "jump", "navigation", "password", "username", "posted", "updated", "published", "premium",
    "free", "trial", "offer", "unsubscribe", "notifications", "settings", "feedback",
    "anmelden", "suche", "teilen", "impressum", "datenschutz", "werbung", "kommentare", "startseite",
    "kontakt", "abonnieren", "connexion", "rechercher", "partager", "accueil", "publicité",
    "commentaires", "abonnez", "buscar", "compartir", "inicio", "publicidad", "comentarios", "cerca",
    "condividi", "pubblicità", "commenti", "entrar", "pesquisar", "compartilhar", "reageren", "delen",
    "zoeken", "войти", "поиск", "реклама",
};

// Captions of photos and videos: what they show and whose they are.
constexpr std::string_view kCaptionWords[] = {
    "photo", "photos", "photograph", "photographs", "pictured", "image", "images", "picture", "pictures",
    "credit", "credits", "getty", "reuters", "ap", "afp", "epa", "dpa", "caption", "gallery", "slideshow",
    "illustration", "courtesy", "shutterstock", "istock", "video", "file", "foto", "fotos", "bild",
    "imagen", "photographer", "camera", "enlarge", "via", "pool",
};

constexpr std::string_view kMonthWords[] = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "janvier", "février",
    "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "enero",
    "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
    "diciembre",
};

// Words heading a reader-comment section ("46 Comments on …", "Leave a
// reply", "Kommentare (12)"): comments continue the article's prose, so the
// heading is the boundary the model must see.
constexpr std::string_view kCommentWords[] = {
    "comment", "comments", "responses", "replies", "reply", "reactions", "discussion", "kommentar",
    "kommentare", "commentaire", "commentaires", "comentario", "comentarios", "comentário", "comentários",
    "commento", "commenti", "reacties", "reactie", "kommentarer", "komentarze", "комментарии",
    "комментариев",
};

constexpr std::string_view kBylineWords[] = {"by", "von", "par", "por", "door", "av", "af", "di"};

WordClassTable build_table() {
  WordClassTable table;
  const auto add = [&](const auto& words, uint8_t cls) {
    for (std::string_view w : words) {
      WordClassTable::Slot& slot = table.slots[table.index_of(w, hash_word(w))];
      if (slot.classes == 0) {
        slot.hash = hash_word(w);
        slot.size = uint8_t(w.size());
        slot.offset = uint16_t(table.pool.size());
        table.pool += w;
      }
      slot.classes |= cls;
    }
  };
  add(kStopWords, kStopWord);
  add(kUiWords, kUiWord);
  add(kCaptionWords, kCaptionWord);
  add(kMonthWords, kMonthWord);
  add(kBylineWords, kBylineWord);
  add(kCommentWords, kCommentWord);
  return table;
}

}  // namespace

const WordClassTable kWordClassTable = build_table();

}  // namespace pith::textmode
