// A subhead that is wholly a link to what its section is about (a list of
// games, each "<h3><a>Title ($30)</a></h3>" over its review) stays between the
// paragraphs; a subhead or paragraph with an unlinked label ("MIRA: <a>…</a>")
// is a teaser.
#include <gtest/gtest.h>

#include <string>

#include "extract_test_util.h"

namespace pith::extraction {
namespace {

using testing::contains;
using testing::prose;
using testing::run;

TEST(LinkedSubhead, ALinkedSectionHeadingStays) {
  auto e = run("<html><body><article><h1>Eight games worth buying</h1><p>" + prose(3) + "</p>"
               "<h3><a href='https://example.com/rez'>Rez Infinite ($30)</a></h3><p>" + prose(3, "the rails") +
               "</p><h3><a href='https://example.com/thumper'>Thumper ($20)</a></h3><p>" +
               prose(3, "the beetle") + "</p></article></body></html>");
  EXPECT_TRUE(contains(e.text, "Rez Infinite ($30)")) << e.text;
  EXPECT_TRUE(contains(e.text, "Thumper ($20)")) << e.text;
}

TEST(LinkedSubhead, ALabelledTeaserHeadingGoes) {
  auto e = run("<html><body><article><h1>Arrest in the market</h1><p>" + prose(3) + "</p>"
               "<h3>MIRA: <a href='https://example.com/other'>Mother arrested after asking about her son</a></h3>"
               "<p>" + prose(3, "the market") + "</p></article></body></html>");
  EXPECT_FALSE(contains(e.text, "Mother arrested")) << e.text;
  EXPECT_TRUE(contains(e.text, "the market")) << e.text;
}

TEST(LinkedSubhead, ALabelledLinkParagraphGoesWhereAnUnlabelledOneStays) {
  // 100noticias: "<p><strong>Lea más: <a>…</a></strong></p>" between paragraphs.
  auto page = [](const std::string& label) {
    return run("<html><body><article><h1>Desembolsos externos</h1><p>" + prose(3) + "</p><p><strong>" + label +
               "<a href='https://example.com/other'>Juan Carlos Ortega propone legalizar el cultivo en Nicaragua"
               "</a></strong></p><p>" + prose(3, "the market") + "</p></article></body></html>");
  };
  auto labelled = page("Lea m\xC3\xA1s: ");
  EXPECT_FALSE(contains(labelled.text, "Juan Carlos Ortega")) << labelled.text;
  EXPECT_TRUE(contains(labelled.text, "the market")) << labelled.text;
  auto unlabelled = page("");
  EXPECT_TRUE(contains(unlabelled.text, "Juan Carlos Ortega")) << unlabelled.text;
}

TEST(LinkedSubhead, RealPageKeepsItsGameTitles) {
  // readability/yahoo-1: eight PSVR games, each under a linked <h3>.
  std::string text = testing::extract_dataset_page("readability/pages/yahoo-1.html");
  EXPECT_TRUE(contains(text, "“Rez Infinite” ($30)")) << text;
  EXPECT_TRUE(contains(text, "“Job Simulator” ($30)")) << text;
}

}  // namespace
}  // namespace pith::extraction
