// The author pith reads from real pages of ../shared/datasets/trafilatura,
// one page per cause of a miss that a byline fix removed (gold in the set's
// manifest.jsonl). The rules are general; each page shows one of them.
#include <gtest/gtest.h>

#include <string>

#include "extract/metadata/metadata.h"
#include "html/parser.h"
#include "test_files.h"

namespace pith::extraction {
namespace {

std::string author_of(const std::string& page, std::string_view url) {
  const std::string bytes = test::read_file(PITH_SHARED_DIR "/datasets/trafilatura/pages/" + page);
  dom::Document doc = html::parse(bytes);
  return extract_metadata(doc, url).author;
}

// A date label left before the cut date: "Sara Zinnecker Stand: …",
// "Tomas Spahn Fr 12.…", "Leena Simon Veröffentlicht …", "…WilsonHace 3 horas".
TEST(AuthorOnDatasetPages, DateLabelsBeforeTheDateAreNotName) {
  EXPECT_EQ(author_of("finanztip.de.altersvorsorge.html", "https://www.finanztip.de/betriebliche-altersvorsorge/"),
            "Sara Zinnecker");
  EXPECT_EQ(author_of("d32ad974a4b04657bb6e4d91852bd52d.html",
                      "https://www.tichyseinblick.de/kolumnen/spahns-spitzwege/"
                      "no-peace-for-our-time-pence-syrien-und-die-tuerkei/"),
            "Tomas Spahn");
  EXPECT_EQ(author_of("digitalcourage.de-Muendigkeit.html", "https://digitalcourage.de/blog/2023/buch-digitale-muendigkeit"),
            "Leena Simon");
  EXPECT_EQ(author_of("latercera.com-laagenda.html", ""), "Isabel Caro, Rocío Latorre y José Miguel Wilson");
}

// "Redacci&oacute;n" in JSON-LD: the reference's ';' used to split the name.
TEST(AuthorOnDatasetPages, CharacterReferencesDecodedBeforeSplitting) {
  EXPECT_EQ(author_of("paginasiete.bo-carabineros.html", ""), "Redacción Diario Pagina Siete");
}

// "Text & Fotos: Ivan Valetny" and "© Kathrin Führes" lose their label; a
// photo credit ("Foto: Ingo Schneider") names no author.
TEST(AuthorOnDatasetPages, CreditLabelsAndPhotoCredits) {
  EXPECT_EQ(author_of("petri-heil-ch-hechte.html", "https://www.petri-heil.ch/de/bielerseewinterhechte--1026"),
            "Ivan Valetny");
  EXPECT_EQ(author_of("jagdleben.de-waldwege.html", ""), "Kathrin Führes");
  EXPECT_NE(author_of("badische-zeitung.de-Wohnungssuche.html", ""), "Ingo Schneider");
}

// An author and an agency joined by '/' stay one credit.
TEST(AuthorOnDatasetPages, SlashJoinsAuthorAndAgency) {
  EXPECT_EQ(author_of("sportnews.bz-peking.html", ""), "det/dpa");
  EXPECT_EQ(author_of("thelocal.se.tattooed.html", ""), "AFP/The Local");
}

// A login handle in the metadata ("edilson.la.rosa", "gabor_munier") yields to
// the name another source prints.
TEST(AuthorOnDatasetPages, HandlesYieldToPrintedNames) {
  EXPECT_EQ(author_of("libero.pe-ronaldo.html", ""), "Edilson La Rosa");
  EXPECT_EQ(author_of("interscenar.io.hoeren.html", ""), "Gàbor Muniér");
}

}  // namespace
}  // namespace pith::extraction
