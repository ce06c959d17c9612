// JSON-LD reading: @graph, arrays, nested authors, @id references, broken JSON.
#include "extract/metadata/json_ld.h"

#include <gtest/gtest.h>

namespace pith::extraction::metadata {
namespace {

JsonLdData read(std::string_view text) { return read_json_ld_texts({text}); }

TEST(JsonLd, NewsArticle) {
  JsonLdData d = read(R"({"@context":"https://schema.org","@type":"NewsArticle",
    "headline":"Big &amp; news","datePublished":"2021-11-01T10:52:50+01:00",
    "dateModified":"2021-11-02","author":{"@type":"Person","name":"Aleš Vávra"},
    "publisher":{"@type":"Organization","name":"Aktuálně.cz"},
    "image":[{"@type":"ImageObject","url":"https://x.cz/a.jpg"}],
    "articleSection":["Sport","Fotbal"],"keywords":"a, b ,c","inLanguage":"cs"})");
  EXPECT_EQ(d.headline, "Big & news");
  EXPECT_EQ(d.author, "Aleš Vávra");
  EXPECT_EQ(d.date_published, "2021-11-01T10:52:50+01:00");
  EXPECT_EQ(d.date_modified, "2021-11-02");
  EXPECT_EQ(d.publisher, "Aktuálně.cz");
  EXPECT_EQ(d.image, "https://x.cz/a.jpg");
  EXPECT_EQ(d.language, "cs");
  ASSERT_EQ(d.sections.size(), 2u);
  EXPECT_EQ(d.sections[1], "Fotbal");
  ASSERT_EQ(d.keywords.size(), 3u);
  EXPECT_EQ(d.keywords[1], "b");
}

TEST(JsonLd, GraphWithIdReferences) {
  JsonLdData d = read(R"({"@context":"https://schema.org","@graph":[
    {"@type":"WebSite","@id":"https://s/#website","name":"My Site"},
    {"@type":"WebPage","@id":"https://s/p#webpage","name":"Page name | My Site"},
    {"@type":["Article","BlogPosting"],"headline":"The post","author":{"@id":"https://s/#/person/1"},
     "datePublished":"2020-01-05"},
    {"@type":"Person","@id":"https://s/#/person/1","name":"Jane Roe"}]})");
  EXPECT_EQ(d.headline, "The post");
  EXPECT_EQ(d.page_name, "Page name | My Site");
  EXPECT_EQ(d.author, "Jane Roe");
  EXPECT_EQ(d.publisher, "My Site");
  EXPECT_EQ(d.date_published, "2020-01-05");
}

TEST(JsonLd, TopLevelArrayAndAuthorList) {
  JsonLdData d = read(R"([{"@type":"BreadcrumbList"},
    {"@type":"http://schema.org/ReportageNewsArticle","name":"Report",
     "author":[{"@type":"Person","name":"A One"},"B Two",{"name":"A One"},"https://x/author/c"]}])");
  EXPECT_EQ(d.article_name, "Report");
  EXPECT_EQ(d.author, "A One; B Two");
}

// A first name alone, the full name opening the person's description (Yoast
// author boxes); an organisation's description is left alone.
TEST(JsonLd, SurnameFromThePersonsDescription) {
  JsonLdData d = read(R"({"@graph":[{"@type":"Article","author":{"@id":"#p"},
    "publisher":{"@id":"#o"}},
    {"@type":"Person","@id":"#p","name":"Nils","description":"Nils Pickert ist freier Autor."},
    {"@type":"Organization","@id":"#o","name":"Greator","description":"Greator Academy is a school."}]})");
  EXPECT_EQ(d.author, "Nils Pickert");
  EXPECT_EQ(d.publisher, "Greator");
  EXPECT_EQ(read(R"({"@type":"Article","author":{"@type":"Person","name":"Nils",
    "description":"nils writes here."}})").author, "Nils");
}

TEST(JsonLd, ArticleBeatsWebPage) {
  JsonLdData d = read_json_ld_texts({R"({"@type":"WebPage","description":"page","datePublished":"2019-01-01"})",
                                     R"({"@type":"Article","description":"article","datePublished":"2020-02-02"})"});
  EXPECT_EQ(d.description, "article");
  EXPECT_EQ(d.date_published, "2020-02-02");
}

TEST(JsonLd, BrokenJsonIsRepaired) {
  // Trailing commas, a raw newline inside a string, an invalid escape, a CDATA wrapper.
  JsonLdData d = read("//<![CDATA[\n{\"@type\":\"Article\",\"headline\":\"Line\none \\'quoted\\'\",\n"
                      "\"author\":{\"name\":\"X Y\",},}\n//]]>");
  EXPECT_EQ(d.headline, "Line one 'quoted'");
  EXPECT_EQ(d.author, "X Y");
}

TEST(JsonLd, EntityEscapedScript) {
  JsonLdData d = read(R"({&quot;@type&quot;:&quot;Article&quot;,&quot;headline&quot;:&quot;T&quot;})");
  EXPECT_EQ(d.headline, "T");
}

TEST(JsonLd, GarbageGivesNothing) {
  JsonLdData d = read("{not json at all");
  EXPECT_TRUE(d.headline.empty());
  EXPECT_TRUE(d.author.empty());
  d = read("");
  EXPECT_TRUE(d.headline.empty());
}

TEST(JsonLd, RepairJson) {
  EXPECT_EQ(repair_json("{\"a\":[1,2,],}"), "{\"a\":[1,2]}");
  EXPECT_EQ(repair_json("<!-- {\"a\":\"x,}\"} -->"), "{\"a\":\"x,}\"}");
}

}  // namespace
}  // namespace pith::extraction::metadata

namespace pith::extraction::metadata {
namespace {

TEST(JsonLd, DeepNestingIsHarmless) {
  std::string deep = R"({"@type":"Article","image":)";
  for (int i = 0; i < 100000; ++i) deep += "[";
  for (int i = 0; i < 100000; ++i) deep += "]";
  deep += "}";
  JsonLdData d = read_json_ld_texts({deep});
  EXPECT_TRUE(d.image.empty());
  std::string graph = R"({"@graph":)";
  for (int i = 0; i < 20000; ++i) graph += R"([{"@type":"Article","headline":"x"},)";
  graph += "1";
  for (int i = 0; i < 20000; ++i) graph += "]";
  graph += "}";
  d = read_json_ld_texts({graph});
  EXPECT_EQ(d.headline, "x");
}

// A HowTo or Recipe without articleBody: its description, ingredients and
// steps, in order, as HTML for the articleBody fallback.
TEST(JsonLd, HowToAndRecipeStepsBecomeTheBody) {
  JsonLdData d = read(R"({"@type":"HowTo","name":"A round tablecloth",
    "description":"<p>Any round table deserves one.</p>",
    "step":[{"@type":"HowToStep","name":"Step 1: Measure the table",
             "itemListElement":{"@type":"HowToDirection","text":"<p>Measure the diameter.</p>"}},
            {"@type":"HowToSection","name":"Sewing","itemListElement":[
              {"@type":"HowToStep","text":"Fold the cloth & cut it < 2 m > wide."},
              {"@type":"HowToStep","name":"Hem it","text":"Hem it all round."}]}]})");
  EXPECT_EQ(d.article_body,
            "<p>Any round table deserves one.</p>\n"
            "<h3>Step 1: Measure the table</h3>\n<p>Measure the diameter.</p>\n"
            "<h3>Sewing</h3>\n<p>Fold the cloth &amp; cut it &lt; 2 m &gt; wide.</p>\n"
            "<p>Hem it all round.</p>\n");

  d = read(R"({"@type":"Recipe","name":"Pierogi","recipeIngredient":["flour","2 eggs"],
    "recipeInstructions":["Knead the dough.","Boil the pierogi."]})");
  EXPECT_EQ(d.article_body, "<ul><li>flour</li><li>2 eggs</li></ul>\n<p>Knead the dough.</p>\n<p>Boil the pierogi.</p>\n");

  // An articleBody wins over the steps; a HowTo without steps has no body.
  d = read(R"({"@type":"Recipe","articleBody":"The story.","recipeInstructions":["Boil."]})");
  EXPECT_EQ(d.article_body, "The story.");
  d = read(R"({"@type":"HowTo","description":"Just a summary."})");
  EXPECT_EQ(d.article_body, "");
}

// Sections nested past the step levels read stop there; nothing recurses.
TEST(JsonLd, DeeplyNestedStepsAreBounded) {
  std::string nested = R"({"@type":"HowToStep","text":"deepest"})";
  for (int i = 0; i < 2000; ++i) nested = R"({"@type":"HowToSection","name":"s","itemListElement":[)" + nested + "]}";
  JsonLdData d = read(R"({"@type":"HowTo","step":[)" + nested + "]}");
  EXPECT_EQ(d.article_body.find("deepest"), std::string::npos);
  EXPECT_NE(d.article_body.find("<h3>s</h3>"), std::string::npos);
}

}  // namespace
}  // namespace pith::extraction::metadata
