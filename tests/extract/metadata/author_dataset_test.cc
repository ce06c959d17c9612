// The author pith reads from real pages of ../shared/datasets (trafilatura
// unless named), one page per cause of a miss that a byline fix removed (gold
// in the set's manifest.jsonl). The rules are general; each page shows one.
#include <gtest/gtest.h>

#include <string>

#include "extract/metadata/metadata.h"
#include "html/parser.h"
#include "test_files.h"

namespace pith::extraction {
namespace {

std::string author_of(const std::string& page, std::string_view url, const std::string& set = "trafilatura") {
  const std::string bytes = test::read_file(PITH_SHARED_DIR "/datasets/" + set + "/pages/" + page);
  dom::Document doc = html::parse(bytes);
  return extract_metadata(doc, url).author;
}

// A date label left before the cut date: "Sara Zinnecker Stand: …",
// "Tomas Spahn Fr 12.…", "Leena Simon Veröffentlicht …", "…WilsonHace 3 horas".
TEST(AuthorOnDatasetPages, DateLabelsBeforeTheDateAreNotName) {
  EXPECT_EQ(
      author_of("finanztip.de.altersvorsorge.html", "https://www.finanztip.de/betriebliche-altersvorsorge/"),
      "Sara Zinnecker");
  EXPECT_EQ(author_of("d32ad974a4b04657bb6e4d91852bd52d.html",
                      "https://www.tichyseinblick.de/kolumnen/spahns-spitzwege/"
                      "no-peace-for-our-time-pence-syrien-und-die-tuerkei/"),
            "Tomas Spahn");
  EXPECT_EQ(author_of("digitalcourage.de-Muendigkeit.html",
                      "https://digitalcourage.de/blog/2023/buch-digitale-muendigkeit"),
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
  EXPECT_EQ(
      author_of("petri-heil-ch-hechte.html", "https://www.petri-heil.ch/de/bielerseewinterhechte--1026"),
      "Ivan Valetny");
  EXPECT_EQ(author_of("jagdleben.de-waldwege.html", ""), "Kathrin Führes");
  EXPECT_NE(author_of("badische-zeitung.de-Wohnungssuche.html", ""), "Ingo Schneider");
}

// An author and an agency joined by '/' stay one credit.
TEST(AuthorOnDatasetPages, SlashJoinsAuthorAndAgency) {
  EXPECT_EQ(author_of("sportnews.bz-peking.html", ""), "det/dpa");
  EXPECT_EQ(author_of("thelocal.se.tattooed.html", ""), "AFP/The Local");
}

// An institution in the author meta ("Bayerische Landesanstalt für Wald und
// Forstwirtschaft - LWF") yields to the person the microdata names.
TEST(AuthorOnDatasetPages, InstitutionsYieldToPeople) {
  EXPECT_EQ(author_of("waldwiesen.net-holl_nderholzhandel.html", ""), "Joachim Hamberger");
}

// JSON-LD names the author by first name, the author box's description by
// full name ("Stefanus Stahl - Maschinenbauer, …").
TEST(AuthorOnDatasetPages, SurnameFromTheAuthorDescription) {
  EXPECT_EQ(author_of("pinkstinks.de-Kulturtechnik.html", ""), "Nils Pickert");
  EXPECT_EQ(author_of("mtb-news.de-tubeless.html", ""), "Stefanus Stahl");
}

// A login handle in the metadata ("edilson.la.rosa", "gabor_munier") yields to
// the name another source prints.
TEST(AuthorOnDatasetPages, HandlesYieldToPrintedNames) {
  EXPECT_EQ(author_of("libero.pe-ronaldo.html", ""), "Edilson La Rosa");
  EXPECT_EQ(author_of("interscenar.io.hoeren.html", ""), "Gàbor Muniér");
  // JSON-LD "CC7567", the byline "James Akinaka".
  EXPECT_EQ(author_of("wikia.html", "", "readability"), "James Akinaka");
  // A handle that is the only name stays, and beats an address spelt "[at]".
  EXPECT_EQ(author_of("gizmeo.eu.insekten.html", "https://gizmeo.eu/makrophotos-von-insekten/"), "c1ph4");
  // Forum handles with digits are not cut at the digits.
  EXPECT_EQ(author_of("foren.myoos.de.html", ""), "r23");
  EXPECT_EQ(author_of("archive.org.dzs-clan.de.html", ""), "Bo2man");
}

// No metadata names the author; a label and a name in the page text do:
// "<h4>Autor</h4><p><a>Nikolai Huke</a>", "<strong>Text:</strong> Klausmartin
// Friedrich", "Von:<br><i><a>Moritz …</a>", "| By <span>Cara Stiles</span>",
// "05.02.2020 - Redaktion: Eberhard Fuhr (Pressesprecher des EJW)".
TEST(AuthorOnDatasetPages, LabelAndNameInThePageText) {
  EXPECT_EQ(author_of("rosalux.de-quarantaene.html", ""), "Nikolai Huke");
  EXPECT_EQ(author_of("bos-fahrzeuge.info-haubenfahrzeuge.html", ""), "Klausmartin Friedrich");
  EXPECT_EQ(author_of("hpd.de-Homosexuellenhass.html", ""), "Moritz Pieczewski-Freimuth");
  EXPECT_EQ(author_of("chocolate.com.pregnant.html", ""), "Cara Stiles");
  EXPECT_EQ(author_of("ejwue.de.lieferketten.html", ""), "Eberhard Fuhr");
  // "<i>von Daniela Obers</i>": the introducer and the name alone in their element.
  EXPECT_EQ(author_of("7mind.de.grenzen.html", ""), "Daniela Obers");
}

// Labels that head something else: a menu link "<a>Autoren</a>", a search
// field "<span>Von:</span><input>", a sentence "Graphy by Themegraphy".
TEST(AuthorOnDatasetPages, LabelsOfMenusFieldsAndSentencesAreNoBylines) {
  EXPECT_EQ(author_of("chemie.de.spin-off.html", ""), "");
  EXPECT_NE(author_of("anglerboard.de-rute.html", ""), "Suche");
  EXPECT_EQ(author_of("alexander-klier.net.zeitphilosophie.html", ""), "");
  // "… codebase</a> by <a>Dave Hyatt</a>": "by" after a link, in a sentence.
  EXPECT_EQ(author_of("wikipedia.html", "", "readability"), "");
  // "02.02.2022 - Weiterlesen" under every teaser: a list, and no name.
  EXPECT_EQ(author_of("dtb.de-kulturwandel.html", ""), "");
}

// "Text von Christian Seiler Illustration von Markus Roost": the second credit
// is for the pictures.
TEST(AuthorOnDatasetPages, PictureCreditAfterTheName) {
  EXPECT_EQ(author_of("alacarte.at-purzelbaum.html", ""), "Christian Seiler");
}

// "Posted by X" anywhere, "Posted on <date> by X", "Posted by X under <a>Category</a>".
TEST(AuthorOnDatasetPages, PostedBy) {
  EXPECT_EQ(author_of("fouryears.eu.interning.html", ""), "Konstantin");
  EXPECT_EQ(author_of("ext.theperspective.com.items.html", ""), "Adi Tzlil");
  EXPECT_EQ(author_of("archive.org.nesselsetzer.wordpress.com.antipoden.html", ""), "Nesselsetzer");
}

// The name after the date under the headline, the only source of the author.
TEST(AuthorOnDatasetPages, NameAfterTheDate) {
  // "11.12.2019 - Amelie Loevenich", "04.02.2022 | 13:10 Uhr | Uta Helkenberg",
  // "25.10.2022 - Reiner Nagel", "06.11.2023 13:30 von Olga".
  EXPECT_EQ(author_of("it-for-kids.org.variables.html", ""), "Amelie Loevenich");
  EXPECT_EQ(author_of("pferd-aktuell.de-stellungnahmen.html", ""), "Uta Helkenberg");
  EXPECT_EQ(author_of("urania.de.freiheit.html", ""), "Reiner Nagel");
  EXPECT_EQ(author_of("vipflash.de-Ehezoff.html", ""), "Olga");
  // A list of dated events ("17.11.2022 - Aymz- Grelle Forelle") names no author.
  EXPECT_EQ(author_of("goodnight.at.konzert.html", ""), "");
}

// An author element printing the name, a line break and a role or desk:
// "By Adam Aaronson<br>PhillyVoice Staff", "Ben Silverman</a><div>Games Editor</div>".
TEST(AuthorOnDatasetPages, NameLineBeforeRoleLine) {
  EXPECT_EQ(author_of("phillyvoice.com-Sixers.html", ""), "Adam Aaronson");
  EXPECT_EQ(author_of("yahoo-1.html", "", "readability"), "Ben Silverman");
  // "Artikel von" on its own line: the name is on the next one.
  EXPECT_EQ(author_of("hausinfo.ch-kondenswasser.html",
                      "https://hausinfo.ch/de/wohnen/wohnen-leben/angenehmes-raumklima/kondenswasser.html"),
            "hausinfo");
}

// Captions and titles that are not names: a glued "Follow" button, a quoted
// headline «…».
TEST(AuthorOnDatasetPages, ButtonsAndQuotedTitles) {
  EXPECT_EQ(author_of("linkedin.com.hoeltmann.html", ""), "Inga Hoeltmann");
  EXPECT_EQ(author_of("livenet.ch-sprache.html", ""), "Fritz Imhof");
}

}  // namespace
}  // namespace pith::extraction
