// Title choice: site-name stripping and the <h1> check.
#include "extract/metadata/title.h"

#include <gtest/gtest.h>

namespace pith::extraction::metadata {
namespace {

TEST(Title, StripsSiteNameSuffixAndPrefix) {
  EXPECT_EQ(strip_site_name("Story title | The Guardian", "the Guardian", ""), "Story title");
  EXPECT_EQ(strip_site_name("SPIEGEL ONLINE - Story title", "", "www.spiegel.de"), "Story title");
  EXPECT_EQ(strip_site_name("Story – Example News", "Example News", ""), "Story");
  EXPECT_EQ(strip_site_name("A » B | example.co.uk", "", "www.example.co.uk"), "A » B");
  // No site name: nothing is cut.
  EXPECT_EQ(strip_site_name("Left - Right", "Other", "x.org"), "Left - Right");
  // The title is never cut down to nothing.
  EXPECT_EQ(strip_site_name("Example", "Example", ""), "Example");
}

TEST(Title, HostLabel) {
  EXPECT_EQ(host_label("www.spiegel.de"), "spiegel");
  EXPECT_EQ(host_label("news.bbc.co.uk"), "bbc");
  EXPECT_EQ(host_label("localhost"), "localhost");
}

TEST(Title, MetadataTitleFirst) {
  TitleSources s;
  s.og_title = "OG title | Site";
  s.html_title = "Other";
  s.sitename = "Site";
  EXPECT_EQ(choose_title(s), "OG title");
}

TEST(Title, H1WinsWhenItIsTheSameTitle) {
  TitleSources s;
  s.og_title = "Kicker: The Headline";
  s.h1s = {"The Headline"};
  EXPECT_EQ(choose_title(s), "The Headline");
  // Same words, typographic quotes.
  s.og_title = "Student says \"hello\"";
  s.h1s = {"Student says “hello”"};
  EXPECT_EQ(choose_title(s), "Student says “hello”");
}

TEST(Title, H1WithKickerLoses) {
  TitleSources s;
  s.og_title = "The Headline";
  s.h1s = {"Politics The Headline"};
  EXPECT_EQ(choose_title(s), "The Headline");
}

TEST(Title, UnrelatedH1IsIgnored) {
  TitleSources s;
  s.og_title = "Real headline of the story";
  s.h1s = {"Site Logo"};
  EXPECT_EQ(choose_title(s), "Real headline of the story");
}

TEST(Title, TitleElementSplitByH1) {
  TitleSources s;
  s.html_title = "Blog name - The post title";
  s.h1s = {"The post title"};
  EXPECT_EQ(choose_title(s), "The post title");
}

TEST(Title, JsonLdNameOrHeadlineClosestToTitleElement) {
  TitleSources s;
  s.json_ld_headline = "constitutional monarchy in Oceania";
  s.json_ld_name = "New Zealand";
  s.html_title = "New Zealand - Wikipedia";
  s.hostname = "en.wikipedia.org";
  EXPECT_EQ(choose_title(s), "New Zealand");
}

TEST(Title, WordOverlap) {
  EXPECT_DOUBLE_EQ(word_overlap("a b c", "A B C"), 1.0);
  EXPECT_DOUBLE_EQ(word_overlap("a b", "c d"), 0.0);
  EXPECT_DOUBLE_EQ(word_overlap("", "x"), 0.0);
}

}  // namespace
}  // namespace pith::extraction::metadata

namespace pith::extraction::metadata {
namespace {

TEST(Title, UnknownSiteSegmentAfterBarIsDropped) {
  TitleSources s;
  s.html_title = "Der Genossenschaftsverband Bayern im Porträt | GVB";
  EXPECT_EQ(choose_title(s), "Der Genossenschaftsverband Bayern im Porträt");
  // A hyphen is part of many headlines: kept.
  s.html_title = "Korsetts - Shops, Designer, online kaufen";
  EXPECT_EQ(choose_title(s), "Korsetts - Shops, Designer, online kaufen");
}

}  // namespace
}  // namespace pith::extraction::metadata
