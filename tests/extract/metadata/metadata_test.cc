// extract_metadata over small pages: source precedence (JSON-LD, OpenGraph,
// <meta>, microdata, body), URL handling, language, licenses, categories.
#include "extract/metadata/metadata.h"

#include <gtest/gtest.h>

#include "html/parser.h"

namespace pith::extraction {
namespace {

Metadata meta_of(std::string_view html, std::string_view url = "") {
  dom::Document doc = html::parse_utf8(html);
  return extract_metadata(doc, url);
}

TEST(Metadata, OpenGraphBeatsTitleElement) {
  Metadata m = meta_of(R"(<html lang="en-US"><head><title>Story - Example News</title>
    <meta property="og:title" content="The Story">
    <meta name="twitter:title" content="Twitter story">
    <meta property="og:site_name" content="Example News">
    <meta name="description" content="plain">
    <meta property="og:description" content="From OG">
    <meta property="og:image" content="/img/lead.jpg">
    <link rel="canonical" href="/news/story">
    </head><body><p>x</p></body></html>)",
                       "https://www.example.com/news/story?utm=1");
  EXPECT_EQ(m.title, "The Story");
  EXPECT_EQ(m.sitename, "Example News");
  EXPECT_EQ(m.description, "From OG");
  EXPECT_EQ(m.url, "https://www.example.com/news/story");
  EXPECT_EQ(m.hostname, "www.example.com");
  EXPECT_EQ(m.image, "https://www.example.com/img/lead.jpg");
  EXPECT_EQ(m.language, "en");
}

TEST(Metadata, JsonLdBeatsMetaForFacts) {
  Metadata m = meta_of(R"(<head>
    <meta name="author" content="Meta Author">
    <meta property="article:published_time" content="2019-01-01T10:00:00+01:00">
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"H",
      "author":{"name":"LD Author"},"datePublished":"2020-03-04T08:00:00+01:00",
      "publisher":{"name":"LD Publisher"}}</script>
    <meta property="og:site_name" content="OG Site"></head><body></body>)");
  EXPECT_EQ(m.author, "LD Author");
  EXPECT_EQ(m.date, "2020-03-04");
  EXPECT_EQ(m.sitename, "OG Site");  // the site's name, not the company behind it
}

TEST(Metadata, MetaNameVocabulary) {
  Metadata m = meta_of(R"(<head><meta name="dc.creator" content="By Jane Doe">
    <meta name="DC.date.issued" content="2015-06-24">
    <meta name="keywords" content="alpha, beta; gamma">
    <meta property="article:section" content="Science">
    <meta http-equiv="content-language" content="de-DE"></head><body></body>)");
  EXPECT_EQ(m.author, "Jane Doe");
  EXPECT_EQ(m.date, "2015-06-24");
  ASSERT_EQ(m.tags.size(), 3u);
  EXPECT_EQ(m.tags[2], "gamma");
  ASSERT_EQ(m.categories.size(), 1u);
  EXPECT_EQ(m.categories[0], "Science");
  EXPECT_EQ(m.language, "de");
}

TEST(Metadata, ArticleTagsBeatKeywords) {
  Metadata m = meta_of(R"(<head><meta name="keywords" content="k1, k2">
    <meta property="article:tag" content="Tag, with comma">
    <meta property="article:tag" content="Second"></head><body></body>)");
  ASSERT_EQ(m.tags.size(), 2u);
  EXPECT_EQ(m.tags[0], "Tag, with comma");
}

TEST(Metadata, MicrodataAndBodyByline) {
  Metadata m = meta_of(R"(<body><article>
    <h1 itemprop="headline">Head</h1>
    <span itemprop="author" itemscope><span itemprop="name">Max Muster</span></span>
    <time itemprop="datePublished" datetime="2018-02-03">3. Februar</time>
    </article></body>)");
  EXPECT_EQ(m.author, "Max Muster");
  EXPECT_EQ(m.date, "2018-02-03");
  EXPECT_EQ(m.title, "Head");

  // In the post's own <footer> (journal.3960.org: an h-card <address>).
  m = meta_of(R"(<body><article><h1>Head</h1><p>Text of the post.</p>
    <footer class="meta"><address itemprop="author" itemscope itemtype="http://schema.org/Person">
    <span itemprop="name">Frank Boes</span></address></footer></article></body>)");
  EXPECT_EQ(m.author, "Frank Boes");

  m = meta_of(R"(<body><h1>T</h1><div class="byline">By <a href="/a/x">Sam Smith</a> |
    May 3, 2021</div></body>)");
  EXPECT_EQ(m.author, "Sam Smith");
  EXPECT_EQ(m.date, "2021-05-03");

  m = meta_of(R"(<body><h1>T</h1><a rel="author" href="/u/1">Ann Lee</a></body>)");
  EXPECT_EQ(m.author, "Ann Lee");

  // A "von …" line under the headline, in an element without a byline class.
  m = meta_of(R"(<body><h1>Titel</h1><span class="teaser-cat">von Andreas Kürten</span><p>Text</p></body>)");
  EXPECT_EQ(m.author, "Andreas Kürten");
  m = meta_of(R"(<body><h1>Title</h1><p>By <a href="/x">Jo Ann Smith</a></p></body>)");
  EXPECT_EQ(m.author, "Jo Ann Smith");
}

TEST(Metadata, DateSources) {
  // <time datetime> in the body.
  Metadata m = meta_of(R"(<body><h1>T</h1><time datetime="2016-12-30T10:00">Fr.</time></body>)");
  EXPECT_EQ(m.date, "2016-12-30");
  // The URL when nothing else says.
  m = meta_of("<body><h1>T</h1><p>x</p></body>", "https://x.org/2012/05/31/post/");
  EXPECT_EQ(m.date, "2012-05-31");
  // Text under the headline.
  m = meta_of("<body><nav>Menu</nav><h1>T</h1><p>Veröffentlicht am 16.08.2019</p></body>");
  EXPECT_EQ(m.date, "2019-08-16");
  // A dateline opening the first paragraph (l-mag: "27.1.2022 - Bei der Erinnerung …").
  m = meta_of("<body><h1>T</h1><p>Von Claudia Lindner</p><p>27.1.2022 - Bei der Erinnerung an die "
              "Verfolgten des Nationalsozialismus werden lesbische Frauen oft vergessen, obwohl auch sie "
              "verfolgt wurden, sagen die Initiativen, die seit Jahren daran erinnern.</p></body>");
  EXPECT_EQ(m.date, "2022-01-27");
  // A date inside a long sentence is about an event, not the page.
  m = meta_of("<body><h1>T</h1><p>Die Initiativen erinnern seit Jahren daran, und am 27.1.2022 werden sie "
              "wieder vor dem Denkmal stehen, wie sie es jedes Jahr tun, seit es eingeweiht wurde.</p></body>");
  EXPECT_EQ(m.date, "");
  // A short year in an element named for the date (couchstyle: "<div class=uploaded-date> 23.09.22").
  m = meta_of("<body><h1>T</h1><div class='uploaded-date'> 23.09.22 </div><p>x</p></body>");
  EXPECT_EQ(m.date, "2022-09-23");
  // RDFa's schema.org property (Drupal: "<span property=schema:dateCreated content=…>").
  m = meta_of(R"(<body><h1>T</h1><span property="schema:dateCreated" content="2022-01-28T12:45:46+00:00"></span>
    <p>x</p></body>)");
  EXPECT_EQ(m.date, "2022-01-28");
  // A UTC timestamp yields to the page's own local time of the same moment.
  m = meta_of(R"(<head><script type="application/ld+json">{"@type":"Article",
    "datePublished":"2019-10-18T22:04:00Z"}</script>
    <meta name="date" content="Sat, 19 Oct 2019 00:04:00 +0200"></head><body></body>)");
  EXPECT_EQ(m.date, "2019-10-19");
}

TEST(Metadata, LicenseAndRelLinks) {
  Metadata m = meta_of(R"(<body><a rel="license" href="https://creativecommons.org/licenses/by-nc-sa/2.5/cn/">CC</a>
    <a rel="category tag" href="/c/a">bunt gemischt</a><a rel="tag" href="/t/x">freie kultur</a></body>)");
  EXPECT_EQ(m.license, "CC BY-NC-SA 2.5 CN");
  ASSERT_EQ(m.categories.size(), 1u);
  EXPECT_EQ(m.categories[0], "bunt gemischt");
  ASSERT_EQ(m.tags.size(), 1u);
  EXPECT_EQ(m.tags[0], "freie kultur");
}

TEST(Metadata, CategoriesAndTagsFromAThemesLists) {
  // WordPress themes mark the post's categories by class, with or without links.
  Metadata m = meta_of(R"(<body><article><h1>T</h1><footer class="entry-meta"><span class="cat-links">
    Posted in <a href="/category/reisen/">Reisen</a>, <a href="/category/spanien/">Spanien</a></span>
    </footer></article></body>)");
  EXPECT_EQ(m.categories, (std::vector<std::string>{"Reisen", "Spanien"}));
  m = meta_of(R"(<body><h1>T</h1><span class="cat-links"> Kategorien: Allgemein </span></body>)");
  EXPECT_EQ(m.categories, (std::vector<std::string>{"Allgemein"}));
  // Tags the same way, when no link says rel="tag".
  m = meta_of(R"(<body><h1>T</h1><div class="tags-list"><a href="/t/1">Corona</a><a href="/t/2">Schule</a>
    </div></body>)");
  EXPECT_EQ(m.tags, (std::vector<std::string>{"Corona", "Schule"}));
  // A sidebar's category list is not the post's.
  m = meta_of(R"(<body><h1>T</h1><aside><ul class="post-categories"><li><a href="/c/a">A</a></li></ul>
    </aside></body>)");
  EXPECT_TRUE(m.categories.empty());
}

TEST(Metadata, DescriptionWithoutMarkup) {
  Metadata m = meta_of(R"(<head><meta name="description" content="&lt;p&gt;Vom Betrieb: In  Schaffhausen&lt;/p&gt;"></head>)");
  EXPECT_EQ(m.description, "Vom Betrieb: In Schaffhausen");
}

TEST(Metadata, FooterCreativeCommonsLink) {
  Metadata m = meta_of(R"(<body><p>Text</p><footer>Inhalte unter
    <a href="https://creativecommons.org/licenses/by-sa/3.0/deed.de">CC BY-SA 3.0</a></footer></body>)");
  EXPECT_EQ(m.license, "CC BY-SA 3.0");
}

TEST(Metadata, EmptyAndHostilePages) {
  Metadata m = meta_of("");
  EXPECT_TRUE(m.title.empty());
  EXPECT_TRUE(m.date.empty());
  m = meta_of("<script type=application/ld+json>[[[[[[[[[[[[</script><title>  </title>");
  EXPECT_TRUE(m.title.empty());
  std::string deep;
  for (int i = 0; i < 20000; ++i) deep += "<div class=author>";
  m = meta_of(deep);
  EXPECT_TRUE(m.author.empty());
}

}  // namespace
}  // namespace pith::extraction
