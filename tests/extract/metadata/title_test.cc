// Title choice: separators, site-name stripping, headings without kickers,
// invisible characters, and the model's choice on real dataset pages.
#include "extract/metadata/title.h"

#include <gtest/gtest.h>

#include <string>

#include "extract/metadata/metadata.h"
#include "extract/metadata/page_scan.h"
#include "extract/metadata/text_normalize.h"
#include "extract/metadata/title_candidates.h"
#include "extract/metadata/title_separators.h"
#include "html/parser.h"
#include "test_files.h"

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

TEST(Title, WordOverlap) {
  EXPECT_DOUBLE_EQ(word_overlap("a b c", "A B C"), 1.0);
  EXPECT_DOUBLE_EQ(word_overlap("a b", "c d"), 0.0);
  EXPECT_DOUBLE_EQ(word_overlap("", "x"), 0.0);
}

TEST(TitleSeparators, KindsAndPositions) {
  auto kinds = [](std::string_view t) {
    std::string out;
    for (const TitleSeparator& s : find_title_separators(t))
      out += s.kind == SeparatorKind::Strong ? 'S' : s.kind == SeparatorKind::Dash ? 'D'
             : s.kind == SeparatorKind::Colon ? 'C' : 'T';
    return out;
  };
  EXPECT_EQ(kinds("Story | Site"), "S");
  EXPECT_EQ(kinds("Korsetts - Shops, Designer"), "D");
  EXPECT_EQ(kinds("Klimaschutz: Bohren, bis es heiß wird"), "C");
  EXPECT_EQ(kinds("Time 4 talks \xC2\xBB Blog Archiv \xC2\xBB Story"), "SS");
  // Unspaced: a bar anywhere, a hyphen or underscore only beside CJK text.
  EXPECT_EQ(kinds("NEWS WEB EASY|\xE5\xAD\x90\xE3\x81\xA9\xE3\x82\x82"), "T");
  EXPECT_EQ(kinds("\xE5\x9F\x8E\xEF\xBC\x81-\xE6\x96\xB0\xE5\x8D\x8E\xE7\xBD\x91"), "T");
  EXPECT_EQ(kinds("Musik-Stars fordern neues Streaming-Modell"), "");
  std::vector<TitleSeparator> s = find_title_separators("Story | Site");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].pos, 5u);
  EXPECT_EQ(s[0].len, 3u);
}

TEST(TitleText, SoftHyphensAndZeroWidthSpacesAreDropped) {
  // bka.de writes "Mes&shy;sen&shy;ger&shy;diens&shy;te".
  EXPECT_EQ(remove_invisible_marks("Mes\xC2\xAD" "sen\xC2\xAD" "ger"), "Messenger");
  EXPECT_EQ(remove_invisible_marks("a\xE2\x80\x8B" "b\xEF\xBB\xBF"), "ab");
  EXPECT_EQ(remove_invisible_marks("caf\xC3\xA9 \xE2\x80\x93 x"), "caf\xC3\xA9 \xE2\x80\x93 x");
}

std::vector<TitleHeading> headings_of(std::string_view html) {
  dom::Document doc = html::parse_utf8(html);
  PageScan scan = scan_page(doc.root());
  return read_title_headings(scan.headings, 8, "https://example.org/a/story.html");
}

TEST(TitleHeadings, KickerChildIsDropped) {
  // tagesschau.de markup.
  auto h = headings_of(R"(<h1> <span class="dachzeile">Interne Unterlagen im Netz</span>
      <span class="headline">Daten von Rheinmetall gehackt</span> </h1>)");
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].text, "Interne Unterlagen im Netz Daten von Rheinmetall gehackt");
  EXPECT_EQ(h[0].without_kicker, "Daten von Rheinmetall gehackt");
  EXPECT_TRUE(h[0].kicker_named);
  // tagesspiegel.de: a hidden colon between kicker and headline.
  h = headings_of(R"(<h1 itemprop="headline"><span class="ts-overline">Abstandsregeln </span><span
      class="ts-colon">: </span><span class="ts-headline">Wie Firmen schützen</span></h1>)");
  EXPECT_EQ(h[0].without_kicker, "Wie Firmen schützen");
  EXPECT_TRUE(h[0].titled);
  // swim.de: the kicker sits one wrapper deeper, before a <br>.
  h = headings_of(R"(<h1><span class="post-title"><small>Einheit der Woche</small><br>Lagen-Pyramide
      mit GA2</span></h1>)");
  EXPECT_EQ(h[0].without_kicker, "Lagen-Pyramide mit GA2");
  EXPECT_FALSE(h[0].kicker_named);
  // A plain heading has no kicker.
  h = headings_of("<h2>Plain <em>heading</em></h2>");
  EXPECT_EQ(h[0].level, 2);
  EXPECT_TRUE(h[0].without_kicker.empty());
}

TEST(TitleHeadings, BannerAndLinks) {
  auto h = headings_of(R"(<header><h1><a href="/">Site Name</a></h1></header>
      <article><h2 class="entry-title"><a href="https://example.org/a/story.html">Story</a></h2>
      <p>)" + std::string(2000, 'x') + "</p></article>");
  ASSERT_EQ(h.size(), 2u);
  EXPECT_TRUE(h[0].in_banner);
  EXPECT_TRUE(h[0].links_home);
  EXPECT_FALSE(h[0].links_self);
  EXPECT_TRUE(h[1].links_self);
  EXPECT_TRUE(h[1].in_article);
  EXPECT_DOUBLE_EQ(h[1].text_after, 1.0);
}

TEST(TitleHeadings, HeadingsHiddenFromViewAreSkipped) {
  // bmbf.de: <h1 class="aural"> names the menu for screen readers.
  auto h = headings_of(R"(<header><h1 id="headerhead" class="aural">Navigation und Service</h1></header>
      <div class="sr-only x"><h2>Skip links</h2></div><h2 hidden>Later</h2>
      <h2 style="display: none">Popup</h2><h1 class="hidden-xs">Visible on desktop</h1>
      <h1 aria-hidden="true">Seen, not read aloud</h1><h1>The story</h1>)");
  std::vector<std::string> texts;
  for (const TitleHeading& x : h) texts.push_back(x.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"Visible on desktop", "Seen, not read aloud", "The story"}));
}

TEST(TitleCandidates, ADanglingSeparatorIsNoPartOfTheTitle) {
  // nationalrail.co.uk: "<title>National Rail Enquiries -</title>", the page name left empty.
  TitleSources s;
  s.html_title = "National Rail Enquiries - ";
  ASSERT_FALSE(title_candidates(s).empty());
  EXPECT_EQ(title_candidates(s)[0].text, "National Rail Enquiries");
  s.html_title = "Q&A: who pays? |";
  EXPECT_EQ(title_candidates(s)[0].text, "Q&A: who pays?");
}

TEST(TitleCandidates, DecorationBeforeTheTitleIsNoPartOfIt) {
  // mediaarchitecture.de: "<h2>[&gt; Jens Weber</h2>"; a blog's "» " before each post title.
  TitleSources s;
  s.html_title = "[> Jens Weber";
  EXPECT_EQ(title_candidates(s)[0].text, "Jens Weber");
  s.html_title = "\xC2\xBB Der Blog";
  EXPECT_EQ(title_candidates(s)[0].text, "Der Blog");
  // Quotation marks, numbers and words stay.
  s.html_title = "\xC2\xAB Les privatisations \xC2\xBB";
  EXPECT_EQ(title_candidates(s)[0].text, "\xC2\xAB Les privatisations \xC2\xBB");
  s.html_title = "[Update] Neue Regeln";
  EXPECT_EQ(title_candidates(s)[0].text, "[Update] Neue Regeln");
  s.html_title = "- -";
  EXPECT_TRUE(title_candidates(s).empty());  // nothing but decoration
}

TEST(TitleCandidates, EverySourceCutAtItsSeparators) {
  TitleSources s;
  s.og_title = "Story | Site";
  s.sitename = "Site";
  s.headings = headings_of("<h1><span class=kicker>Kicker</span> Story</h1>");
  std::vector<std::string> texts;
  for (const TitleCandidate& c : title_candidates(s)) texts.push_back(c.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"Story | Site", "Story", "Site", "Kicker Story"}));
  const std::vector<TitleCandidate> candidates = title_candidates(s);
  const TitleCandidate& story = candidates[1];
  EXPECT_EQ(story.features[kCutNamedSite], 1);
  EXPECT_EQ(story.features[kKickerDropped], 1);  // the <h1> without kicker is the same text
  EXPECT_EQ(story.features[kHeadingAgrees], 1);
  EXPECT_EQ(story.features[kMetadataAgrees], 1);
  EXPECT_EQ(story.features[kSeparatorsLeft], 0);
  EXPECT_FLOAT_EQ(title_candidates(s)[0].features[kSeparatorsLeft], 1.0f / 3);
  s.og_title = "Story - Section / Sub - More | Site";
  EXPECT_EQ(title_candidates(s)[0].features[kSeparatorsLeft], 1);
}

TEST(TitleCandidates, ReadabilityPickCutsTitleElementAtItsLastSeparator) {
  TitleSources s;
  s.html_title = "The story of the day - Section - Site";
  auto picked = [&] {
    for (const TitleCandidate& c : title_candidates(s))
      if (c.features[kReadabilityPick] == 1) return c.text;
    return std::string();
  };
  // Before the last " - " are more than four words: that part.
  EXPECT_EQ(picked(), "The story of the day - Section");
  // Four words or fewer left without a "/" or "»" hierarchy: <title> whole.
  s.html_title = "Short story - Site";
  EXPECT_EQ(picked(), "Short story - Site");
  // Too few words before it: the part after the first separator.
  s.html_title = "Site - The story of the day";
  EXPECT_EQ(picked(), "The story of the day");
  // En and em dashes separate too, when spaced.
  s.html_title = "The story of the day \u2013 Site";
  EXPECT_EQ(picked(), "The story of the day");
  s.html_title = "Mail-order brides of the day \u2014 Site";
  EXPECT_EQ(picked(), "Mail-order brides of the day");
  // A metadata title wins as given, site name and all.
  s.og_title = "The story | Site";
  EXPECT_EQ(picked(), "The story | Site");
}

TEST(TitleCandidates, ReadabilityPickTakesJsonLdHeadlineOnlyWhenItResemblesTheTitle) {
  // Wikipedia's JSON-LD: name is the article, headline a one-line description.
  TitleSources s;
  s.html_title = "New Zealand - Wikipedia";
  s.json_ld_name = "New Zealand";
  s.json_ld_headline = "constitutional monarchy in Oceania";
  auto picked = [&] {
    for (const TitleCandidate& c : title_candidates(s))
      if (c.features[kReadabilityPick] == 1) return c.text;
    return std::string();
  };
  EXPECT_EQ(picked(), "New Zealand");
  // A headline that matches <title> while the name does not (a site or brand name) wins.
  s.html_title = "Rates rise again as inflation bites | Daily Example";
  s.json_ld_name = "Daily Example";
  s.json_ld_headline = "Rates rise again as inflation bites";
  EXPECT_EQ(picked(), "Rates rise again as inflation bites");
}

TEST(Title, EmptySourcesGiveNoTitle) {
  EXPECT_EQ(choose_title(TitleSources{}), "");
}

// Real pages of the trafilatura set (human gold) that the rules before the
// title model got wrong.
std::string title_of_dataset_page(const std::string& id, const std::string& url) {
  dom::Document doc = html::parse(test::read_file(PITH_SHARED_DIR "/datasets/trafilatura/pages/" + id + ".html"));
  return extract_metadata(doc, url).title;
}

TEST(TitleOnDatasetPages, KickerIsNotPartOfTheTitle) {
  EXPECT_EQ(title_of_dataset_page("tagesschau.de.rheinmetall",
                                  "https://www.tagesschau.de/investigativ/ndr/rheinmetall-datenleck-101.html"),
            "Daten von Rheinmetall gehackt");
}

TEST(TitleOnDatasetPages, SoftHyphensAreGone) {
  EXPECT_EQ(title_of_dataset_page("bka.de-messengerdienste",
                                  "https://www.bka.de/DE/Presse/Listenseite_Pressemitteilungen/"
                                  "2022/Presse2022/220126_PM_Telegram.html"),
            "Messengerdienste sind kein rechtsfreier Raum");
}

TEST(TitleOnDatasetPages, SiteNameAndDateAreCut) {
  // <title>Story | DW | 23.05.2011</title>; right in cross-validation too.
  EXPECT_EQ(title_of_dataset_page("dw.com-elephants",
                                  "https://www.dw.com/fr/la-perte-des-terres-fertiles-et-les-"
                                  "%C3%A9l%C3%A9phants-en-guin%C3%A9e-conakry/a-6533123"),
            "La perte des terres fertiles et les \xC3\xA9l\xC3\xA9phants en Guin\xC3\xA9" "e-Conakry");
}

TEST(TitleOnDatasetPages, TitleSegmentWinsWhenOgTitleIsTheSiteName) {
  EXPECT_EQ(title_of_dataset_page("maescot.de.schafskunde", "http://www.maescot.de/kleine-schafskunde/"),
            "Kleine Schafskunde");
}

}  // namespace
}  // namespace pith::extraction::metadata
