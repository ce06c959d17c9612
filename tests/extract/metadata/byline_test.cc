// Author cleaning: prefixes, dates, roles, contacts, several names; name kinds.
#include "extract/metadata/byline.h"

#include <gtest/gtest.h>

#include "extract/metadata/author_name_kind.h"

namespace pith::extraction::metadata {
namespace {

TEST(Byline, StripsPrefixes) {
  EXPECT_EQ(clean_author("By Jane Doe"), "Jane Doe");
  EXPECT_EQ(clean_author("by: Jane Doe"), "Jane Doe");
  EXPECT_EQ(clean_author("Von Max Muster"), "Max Muster");
  EXPECT_EQ(clean_author("Written by Jane Doe"), "Jane Doe");
  EXPECT_EQ(clean_author("Autor: Jan Kowalski"), "Jan Kowalski");
}

TEST(Byline, CutsDatesAndSeparators) {
  EXPECT_EQ(clean_author("By Lucas Nolan22 Dec 2016651"), "Lucas Nolan");
  EXPECT_EQ(clean_author("Jane Doe | 3 May 2021"), "Jane Doe");
  EXPECT_EQ(clean_author("Jane Doe - Updated yesterday"), "Jane Doe");
  EXPECT_EQ(clean_author("Jane Doe on May 3"), "Jane Doe");
}

TEST(Byline, DropsRolesAndContacts) {
  EXPECT_EQ(clean_author("Jane Doe, Staff Writer"), "Jane Doe");
  EXPECT_EQ(clean_author("Jane Doe jane@example.com"), "Jane Doe");
  EXPECT_EQ(clean_author("Jane Doe @janedoe"), "Jane Doe");
  EXPECT_EQ(clean_author("Jane Doe https://example.com/jane"), "Jane Doe");
  EXPECT_EQ(clean_author("Jane Doe, John Roe"), "Jane Doe, John Roe");
}

TEST(Byline, SeveralNames) {
  EXPECT_EQ(clean_author("Jane Doe; By John Roe; Jane Doe"), "Jane Doe; John Roe");
}

TEST(Byline, RejectsNonNames) {
  EXPECT_EQ(clean_author(""), "");
  EXPECT_EQ(clean_author("2021"), "");
  EXPECT_EQ(clean_author("@handle"), "");
  EXPECT_EQ(clean_author("This is a long sentence that is certainly not the name of anyone at all"), "");
}

}  // namespace
}  // namespace pith::extraction::metadata

namespace pith::extraction::metadata {
namespace {

TEST(Byline, IntroducingPhrasesAndParticles) {
  EXPECT_EQ(clean_author("View all posts by Daniel Lemire"), "Daniel Lemire");
  EXPECT_EQ(clean_author("Zeige alle Beiträge von Cem Basman"), "Cem Basman");
  EXPECT_EQ(clean_author("Gespeichert von rasos am 24. Juli 2017"), "rasos");
  EXPECT_EQ(clean_author("Veröffentlicht vonChris Jung"), "Chris Jung");
  // "von" inside a name is a particle, not an introducer.
  EXPECT_EQ(clean_author("Alexa von Heyden"), "Alexa von Heyden");
  EXPECT_EQ(clean_author("Christoph von Eichhorn"), "Christoph von Eichhorn");
  // A handle ending in digits stays whole; a month before a date goes.
  EXPECT_EQ(clean_author("delta201"), "delta201");
  EXPECT_EQ(clean_author("Janic Cathomen, 01.12.2021"), "Janic Cathomen");
  EXPECT_EQ(clean_author("By Nathan Willis March 25, 2015"), "Nathan Willis");
}

}  // namespace
}  // namespace pith::extraction::metadata

namespace pith::extraction::metadata {
namespace {

TEST(Byline, DateLabelsBeforeADate) {
  EXPECT_EQ(clean_author("Sara Zinnecker Stand: 12.3.2020"), "Sara Zinnecker");
  EXPECT_EQ(clean_author("Tomas Spahn Fr 12.03.2020"), "Tomas Spahn");
  EXPECT_EQ(clean_author("José Miguel WilsonHace 3 horas"), "José Miguel Wilson");
  EXPECT_EQ(clean_author("Houzz Deutschlandvor 3 Tagen"), "Houzz Deutschland");
  EXPECT_EQ(clean_author("Pressemitteilung von Katja Kipping"), "Katja Kipping");
  EXPECT_EQ(clean_author("Leena Simon Veröffentlicht"), "Leena Simon");
  EXPECT_EQ(clean_author("Veröffentlicht 12.3.2020"), "");
  EXPECT_EQ(clean_author("Zuletzt geändert am 12.3.2020"), "");
  EXPECT_EQ(clean_author("Zuletzt geändert am"), "");
  EXPECT_EQ(clean_author("Last Updated: January 7, 2025"), "");
  EXPECT_EQ(clean_author("Artikel von"), "");
  EXPECT_EQ(clean_author("Posted on September 21, 2020 by Adi Tzlil"), "Adi Tzlil");
  // Handles with digits stay whole; a glued label and introducer go.
  EXPECT_EQ(clean_author("Beitragvon r23 \xC2\xBB Fr 12. Jun 2020"), "r23");
  EXPECT_EQ(clean_author("Author: Bo2man am 29.12.2010, 13:36 Uhr"), "Bo2man");
  EXPECT_EQ(clean_author("Nesselsetzer under"), "Nesselsetzer");
  EXPECT_EQ(clean_author("Vielen Dank!"), "");
  EXPECT_EQ(clean_author("Inga HoeltmannFollow"), "Inga Hoeltmann");
  EXPECT_EQ(clean_author("Sprachregeln und \xC2\xABganz normales Deutsch\xC2\xBB"), "");
  // Short introducers go only before a date: they can end a name.
  EXPECT_EQ(clean_author("Kim Le"), "Kim Le");
}

TEST(Byline, CreditLabelsCopyrightAndReferences) {
  EXPECT_EQ(clean_author("Text & Fotos: Ivan Valetny"), "Ivan Valetny");
  EXPECT_EQ(clean_author("Text und Interview: Harald Willenbrock"), "Harald Willenbrock");
  EXPECT_EQ(clean_author("Foto: Ingo Schneider"), "");
  EXPECT_EQ(clean_author("\xC2\xA9 Kathrin F\xC3\xBChres"), "Kathrin F\xC3\xBChres");
  EXPECT_EQ(clean_author("Redacci&oacute;n Diario Pagina Siete"), "Redacci\xC3\xB3n Diario Pagina Siete");
  EXPECT_EQ(clean_author("det/dpa"), "det/dpa");
  EXPECT_EQ(clean_author("/ Cory Doctorow /"), "Cory Doctorow");
  EXPECT_EQ(clean_author("Autor/in: Korinna Hennig"), "Korinna Hennig");
  EXPECT_EQ(clean_author("<a href=\"/pl/eksperci/mg\" hreflang=\"pl\">Mateusz Gniazdowski</a>"),
            "Mateusz Gniazdowski");
  EXPECT_EQ(clean_author("Dan Friedman, AdWords Product Manager"), "Dan Friedman");
  EXPECT_EQ(clean_author("Erich Schmidt, Software Engineer"), "Erich Schmidt");
  EXPECT_EQ(clean_author("Text von Christian Seiler Illustration von Markus Roost"), "Christian Seiler");
  EXPECT_EQ(clean_author("Jane Doe Fotos: John Roe"), "Jane Doe");
}

TEST(Byline, OrganisationsAndHandles) {
  EXPECT_TRUE(names_organisation("Web Commerce GmbH"));
  EXPECT_TRUE(names_organisation("Bund der Energieverbraucher e.V."));
  EXPECT_TRUE(names_organisation("Deutscher Caritasverband e. V."));
  EXPECT_TRUE(names_organisation("tagesschau.de"));
  EXPECT_TRUE(names_organisation("Bayerische Landesanstalt f\xC3\xBCr Wald und Forstwirtschaft"));
  EXPECT_TRUE(names_organisation("Hanns-Seidel-Stiftung"));
  EXPECT_TRUE(names_organisation("University of Michigan"));
  EXPECT_FALSE(names_organisation("Michael R\xC3\xA4" "del, Redaktion"));
  EXPECT_FALSE(names_organisation("Jane Doe"));
  EXPECT_FALSE(names_organisation("John v. Berenberg-Consbruch"));
  EXPECT_TRUE(looks_like_handle("robert.stitz"));
  EXPECT_TRUE(looks_like_handle("gabor_munier"));
  EXPECT_FALSE(looks_like_handle("Robert Stitz"));
  EXPECT_FALSE(looks_like_handle("Lange-Fricke"));
  EXPECT_TRUE(looks_like_handle("CC7567"));
  EXPECT_FALSE(looks_like_handle("O'Sullivan"));
  EXPECT_EQ(clean_author("cipha[at]cipha.net"), "");
}

}  // namespace
}  // namespace pith::extraction::metadata
