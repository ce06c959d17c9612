// The public API end to end: the pipeline's plumbing and its guarantees
// (never throws, warnings instead of errors), not extraction quality.
#include "pith/extract.h"

#include <gtest/gtest.h>

#include "io/warc_fixtures.h"
#include "test_files.h"

namespace pith {
namespace {

using test::read_file;

bool has_warning(const Document& d, const std::string& needle) {
  for (const std::string& w : d.warnings)
    if (w.find(needle) != std::string::npos) return true;
  return false;
}

// A page of ../shared/datasets ("dragnet/pages/375.html"), extracted.
Document dataset_page(const std::string& path, const Options& options) {
  std::string html = read_file(std::string(PITH_SHARED_DIR) + "/datasets/" + path);
  EXPECT_FALSE(html.empty()) << "missing " << path;
  return extract(html, options);
}

TEST(ExtractTest, ArticleGivesTextAndMetadata) {
  std::string html = read_file(PITH_SOURCE_DIR "/examples/article.html");
  ASSERT_FALSE(html.empty());
  Options options;
  options.url = "https://gazette.example/nature/seals";
  options.markdown = true;
  options.html = true;
  Document d = extract(html, options);
  EXPECT_NE(d.text.find("Volunteers counted 214 harbour seals"), std::string::npos) << d.text;
  EXPECT_EQ(d.text.find("Sign in"), std::string::npos);
  EXPECT_NE(d.text.back(), '\n');
  EXPECT_EQ(d.title, "Harbour seals return to the estuary");
  EXPECT_EQ(d.hostname, "gazette.example");
  EXPECT_NE(d.markdown.find("harbour seals"), std::string::npos);
  EXPECT_EQ(d.html.rfind("<article>\n", 0), 0u);
  EXPECT_GT(d.confidence, 0);
}

TEST(ExtractTest, TextFieldsComeOutInNfc) {
  // The page spells é as e + U+0301 in its title and body; the default hands
  // out the precomposed U+00E9, normalize_unicode = false the page's bytes.
  std::string html = "<html><head><title>Le cafe\xCC\x81 du port</title></head><body><article><h1>Le cafe\xCC\x81 du port</h1>";
  for (int i = 0; i < 6; ++i)
    html += "<p>Au cafe\xCC\x81 du port, les pe\xCC\x82" "cheurs se retrouvent chaque matin avant l'aube, "
            "boivent un cafe\xCC\x81 noir et parlent du temps, des prix et de la mer.</p>";
  html += "</article></body></html>";
  Document d = extract(html);
  EXPECT_NE(d.text.find("Au caf\xC3\xA9 du port, les p\xC3\xAA" "cheurs"), std::string::npos) << d.text;
  EXPECT_EQ(d.text.find("\xCC"), std::string::npos);
  EXPECT_EQ(d.title, "Le caf\xC3\xA9 du port");
  Options verbatim;
  verbatim.normalize_unicode = false;
  Document v = extract(html, verbatim);
  EXPECT_NE(v.text.find("Au cafe\xCC\x81 du port"), std::string::npos) << v.text;
  EXPECT_EQ(v.title, "Le cafe\xCC\x81 du port");
}

TEST(ExtractTest, MarkdownAndHtmlOnlyOnRequest) {
  Document d = extract(read_file(PITH_SOURCE_DIR "/examples/article.html"));
  EXPECT_TRUE(d.markdown.empty());
  EXPECT_TRUE(d.html.empty());
}

TEST(ExtractTest, EmptyInput) {
  Document d = extract("");
  EXPECT_TRUE(d.text.empty());
  EXPECT_TRUE(has_warning(d, "empty input"));
  EXPECT_TRUE(has_warning(extract(" \n "), "empty input"));
}

TEST(ExtractTest, BinaryInput) {
  std::string png("\x89PNG\r\n\x1a\n", 8);
  for (int i = 0; i < 300; ++i) png += std::string("\0\0\x01\x02", 4);
  Document d = extract(png);
  EXPECT_TRUE(d.text.empty());
  EXPECT_TRUE(has_warning(d, "binary input"));
  // A crawl's image record still says where it came from.
  Options options;
  options.url = "https://example.com/logo.png";
  Document with_url = extract(png, options);
  EXPECT_EQ(with_url.url, "https://example.com/logo.png");
  EXPECT_EQ(with_url.hostname, "example.com");
}

TEST(ExtractTest, PagesPastTheSizeLimitAreCutWithAWarning) {
  std::string html = read_file(PITH_SOURCE_DIR "/examples/article.html");
  ASSERT_FALSE(html.empty());
  Document whole = extract(html);
  EXPECT_FALSE(has_warning(whole, "truncated"));
  // The article, then a page's worth of junk past the limit.
  std::string huge = html + "<div>" + std::string(kMaxPageBytes, 'x') + "</div>";
  Document cut = extract(huge);
  EXPECT_TRUE(has_warning(cut, "input truncated: only its first")) << cut.warnings.size();
  EXPECT_EQ(cut.title, whole.title);
  EXPECT_NE(cut.text.find("Volunteers counted 214 harbour seals"), std::string::npos);
  EXPECT_LT(cut.text.size(), kMaxPageBytes);  // uncut, the junk alone would be longer
}

TEST(ExtractTest, OtherLanguagesAreDropped) {
  Options options;
  options.target_language = "de";
  Document d = extract(read_file(PITH_SOURCE_DIR "/examples/article.html"), options);
  EXPECT_TRUE(d.text.empty());
  EXPECT_TRUE(has_warning(d, "target language"));
  options.target_language = "EN";
  EXPECT_FALSE(extract(read_file(PITH_SOURCE_DIR "/examples/article.html"), options).text.empty());
}

TEST(ExtractTest, MinLength) {
  Options options;
  options.min_length = 100000;
  Document d = extract(read_file(PITH_SOURCE_DIR "/examples/article.html"), options);
  EXPECT_TRUE(d.text.empty());
  EXPECT_FALSE(d.warnings.empty());
}

TEST(ExtractTest, HostileInputsNeverThrow) {
  std::string deep;
  for (int i = 0; i < 20000; ++i) deep += "<div><ul><li><blockquote>";
  deep += "text";
  EXPECT_NO_THROW(extract(deep));
  EXPECT_NO_THROW(extract(std::string("<p>\xFF\xFE\xC3 bad utf-8 \xED\xA0\x80</p>")));
  EXPECT_NO_THROW(extract("<table><tr><td><table><tr><td>x</table></table>"));
}

}  // namespace
}  // namespace pith

namespace pith {
namespace {

// Spaces between a word and an inline element (and after it) belong to the
// surrounding text: they must survive in every rendering.
TEST(ExtractTest, InlineMarkupKeepsTheSpacesAroundIt) {
  std::string html =
      "<html><body><article><p>You are <a href=\"/x\">testing</a> the <b>bold</b> words, "
      "and <em>more</em> words in a paragraph long enough to be the article.</p>"
      "<p>A second paragraph with plenty of ordinary prose, so that the page reads as "
      "an article with a body of its own and not as a stub.</p></article></body></html>";
  Options options;
  options.url = "https://example.org/a";
  options.links = true;
  options.formatting = true;
  options.markdown = true;
  options.html = true;
  Document d = extract(html, options);
  EXPECT_NE(d.text.find("You are testing the bold words, and more words"), std::string::npos) << d.text;
  EXPECT_NE(d.markdown.find("You are [testing](https://example.org/x) the **bold** words, and *more* words"),
            std::string::npos)
      << d.markdown;
  EXPECT_NE(d.html.find("You are <a href=\"https://example.org/x\">testing</a> the <strong>bold</strong>"),
            std::string::npos)
      << d.html;
}

// Relative links resolve as a browser resolves them: against <base href>, else
// the page URL the caller gave, else the page's canonical URL (a saved page
// with no URL given still gets working links).
TEST(ExtractTest, RelativeLinksResolveAgainstTheDocumentBase) {
  auto page = [](const std::string& head) {
    return "<html><head>" + head + "</head><body><article><p>The survey <a href=\"../data/seals.csv\">"
           "table</a> and the <img src=\"img/seal.jpg\" alt=\"a seal\"> photo were published with a "
           "long paragraph of ordinary prose that makes the page an article.</p><p>A second paragraph of "
           "prose follows, so that the page reads as an article with a body of its own.</p></article>"
           "</body></html>";
  };
  Options options;
  options.links = true;
  options.images = true;
  options.markdown = true;
  const std::string canonical = "<link rel=\"canonical\" href=\"https://news.example/nature/2024/seals.html\">";
  Document d = extract(page(canonical), options);
  EXPECT_NE(d.markdown.find("[table](https://news.example/nature/data/seals.csv)"), std::string::npos) << d.markdown;
  EXPECT_NE(d.markdown.find("(https://news.example/nature/2024/img/seal.jpg)"), std::string::npos) << d.markdown;

  options.url = "https://mirror.example/copy/page.html";  // the caller's URL wins over the canonical one
  d = extract(page(canonical), options);
  EXPECT_NE(d.markdown.find("[table](https://mirror.example/data/seals.csv)"), std::string::npos) << d.markdown;
  EXPECT_EQ(d.url, "https://news.example/nature/2024/seals.html");

  d = extract(page("<base href=\"https://static.example/a/b/\">" + canonical), options);  // <base> wins over both
  EXPECT_NE(d.markdown.find("[table](https://static.example/a/data/seals.csv)"), std::string::npos) << d.markdown;

  options.url.clear();  // nothing to resolve against: the href as written
  d = extract(page(""), options);
  EXPECT_NE(d.markdown.find("[table](../data/seals.csv)"), std::string::npos) << d.markdown;
}

// A script-rendered page: the HTML holds a caption, the article is only in the
// JSON-LD articleBody (as plain lines or as HTML).
TEST(ExtractTest, ArticleBodyFromJsonLdWhenTheHtmlHoldsLittle) {
  std::string sentences;
  for (int i = 0; i < 20; ++i)
    sentences += "Volunteers counted the harbour seals on the mudflats again this spring. ";
  auto page = [](const std::string& body) {
    return "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
           "\"headline\": \"Seals return\", \"articleBody\": \"" + body + "\"}</script></head>"
           "<body><div id=\"app\"><p>Photo: the estuary at dawn.</p></div></body></html>";
  };
  Options options;
  options.markdown = true;
  Document d = extract(page(sentences + "\\n" + sentences), options);
  EXPECT_EQ(d.text, sentences.substr(0, sentences.size() - 1) + "\n" + sentences.substr(0, sentences.size() - 1));
  EXPECT_TRUE(has_warning(d, "articleBody")) << d.text;
  EXPECT_GE(d.confidence, 0.5);

  d = extract(page("<p>" + sentences + "</p><h2>Counting</h2><p>" + sentences + "</p>"), options);
  EXPECT_NE(d.markdown.find("## Counting"), std::string::npos) << d.markdown;
  EXPECT_EQ(d.text.find("<p>"), std::string::npos) << d.text;

  // A teaser in articleBody, the article in the HTML: the HTML wins.
  std::string html = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
                     "\"articleBody\": \"A short teaser.\"}</script></head><body><article><p>" + sentences +
                     "</p><p>" + sentences + "</p></article></body></html>";
  d = extract(html, options);
  EXPECT_FALSE(has_warning(d, "articleBody"));
  EXPECT_NE(d.text.find("Volunteers counted"), std::string::npos) << d.text;
}

// An image inside a sentence keeps the spaces on both sides of it in Markdown
// and HTML ("an ![](x) inside", not "an ![](x)inside"); the text, without the
// image, has one space there.
TEST(ExtractTest, InlineImageKeepsTheSpacesAroundIt) {
  std::string filler;
  for (int i = 0; i < 6; ++i) filler += " The seals rest on the sandbank at low tide and swim off when it floods.";
  const std::string html = "<html><body><article><p><img src=\"/lead.jpg\" alt=\"lead\"> A seal with an "
                           "<img src=\"/seal.jpg\" alt=\"seal\"> inside the sentence." + filler +
                           "</p></article></body></html>";
  Options options;
  options.images = true;
  options.markdown = true;
  options.html = true;
  options.url = "https://news.example/a";
  Document d = extract(html, options);
  EXPECT_NE(d.markdown.find("![lead](https://news.example/lead.jpg) A seal with an "
                            "![seal](https://news.example/seal.jpg) inside the sentence."),
            std::string::npos) << d.markdown;
  EXPECT_NE(d.html.find("alt=\"seal\"> inside"), std::string::npos) << d.html;
  EXPECT_EQ(d.text.find("A seal with an inside the sentence."), 0u) << d.text;
}

// A script-rendered how-to: the steps are only in its JSON-LD HowTo.
TEST(ExtractTest, HowToStepsFromJsonLdWhenTheHtmlHoldsLittle) {
  std::string step;
  for (int i = 0; i < 12; ++i) step += "Measure the table from edge to edge through its centre, then add the drop. ";
  std::string html = "<html><head><script type=\"application/ld+json\">{\"@type\": \"HowTo\", "
                     "\"name\": \"A round tablecloth\", \"step\": [{\"@type\": \"HowToStep\", "
                     "\"name\": \"Step 1: Measure\", \"text\": \"<p>" + step + "</p>\"}, {\"@type\": "
                     "\"HowToStep\", \"text\": \"" + step + "\"}]}</script></head>"
                     "<body><div id=\"app\"><p>Your browser is out of date.</p></div></body></html>";
  Options options;
  options.markdown = true;
  Document d = extract(html, options);
  EXPECT_TRUE(has_warning(d, "how-to")) << d.text;
  EXPECT_NE(d.markdown.find("### Step 1: Measure"), std::string::npos) << d.markdown;
  // The title opens the Markdown although no heading of the page holds it.
  EXPECT_EQ(d.markdown.find("# A round tablecloth\n\n"), 0u) << d.markdown;
  EXPECT_EQ(d.text.find("out of date"), std::string::npos) << d.text;
  EXPECT_EQ(d.text.find("Step 1: Measure\nMeasure the table"), 0u) << d.text;
}

// Real pages: a permalink mark after each heading (Sphinx's "¶", a blog's
// "#") and a footnote's way back ("↩") are links within the page, icons on
// screen; the text keeps the heading's words only.
TEST(ExtractTest, InPageMarkLinksLeaveNoStraySymbol) {
  Options options;
  options.markdown = true;
  Document sphinx = dataset_page("readability/pages/mercurial.html", options);
  EXPECT_NE(sphinx.text.find("\nSetting up\n"), std::string::npos) << sphinx.text;
  EXPECT_EQ(sphinx.text.find("\u00b6"), std::string::npos) << sphinx.text;
  EXPECT_EQ(sphinx.markdown.find("# Evolve: Shared Mutable History\n"), 0u) << sphinx.markdown;
  Document blog = dataset_page("readability/pages/v8-blog.html", options);
  EXPECT_NE(blog.text.find("\nUsing standalone mode in Emscripten\n"), std::string::npos) << blog.text;
  Document notes = dataset_page("trafilatura/pages/archive.org.steinzeitwissen.de.werkzeuge.html", options);
  EXPECT_NE(notes.text.find("Darmstadt, 2011, S. 13\n"), std::string::npos) << notes.text;
  EXPECT_EQ(notes.text.find("\u21a9"), std::string::npos) << notes.text;
  // A mark link in brackets takes its brackets along ("Quelle: www.zitate.net [↩]").
  Document bracketed = dataset_page("trafilatura/pages/alexander-klier.net.zeitphilosophie.html", options);
  EXPECT_NE(bracketed.text.find("Quelle: www.zitate.net"), std::string::npos) << bracketed.text;
  EXPECT_EQ(bracketed.text.find("[]"), std::string::npos) << bracketed.text;
  Document inline_pair = extract("<html><body><article><p>The river rose overnight (<a href=\"#n1\">\u21a9</a>) "
                                 "and the town woke to water in the streets, as the old men had said it would.</p>"
                                 "</article></body></html>", options);
  EXPECT_EQ(inline_pair.text.find("The river rose overnight and the town"), 0u) << inline_pair.text;
  EXPECT_EQ(inline_pair.markdown.find("The river rose overnight and the town"), 0u) << inline_pair.markdown;
  // A "#" that is the link's whole text but leads off the page stays.
  Document off = extract("<html><body><article><p>Issue <a href=\"https://bugs.example/1\">#</a>"
                         "1 was fixed in the spring release, as the release notes say at length.</p>"
                         "</article></body></html>", options);
  EXPECT_EQ(off.text.find("Issue #1 was fixed"), 0u) << off.text;
}

// A headline whose kicker sits in an element of its own, set above it by the
// page's CSS (deutschlandfunk: "<span class=overline>Die Zukunft der
// Arbeit</span>"Wir dekorieren …""): the Markdown heading is the title, not
// the two glued together; a heading with a separator before the title stays whole.
TEST(ExtractTest, HeadlineKickerIsNotGluedIntoTheHeading) {
  Options options;
  options.markdown = true;
  Document kicker = dataset_page("trafilatura/pages/deutschlandfunk.de.titanic.html", options);
  ASSERT_EQ(kicker.title, "\"Wir dekorieren auf der Titanic die Liegestühle um\"");
  EXPECT_EQ(kicker.markdown.find("# \"Wir dekorieren auf der Titanic die Liegestühle um\"\n"), 0u)
      << kicker.markdown.substr(0, 200);
  Document whole = dataset_page("cleanportaleval/pages/bbc.co.uk_news_06.html", options);
  ASSERT_EQ(whole.title, "Why do Iranians love Jeremy Clarkson?");
  EXPECT_EQ(whole.markdown.find("# Top Gear in Iran: Why do Iranians love Jeremy Clarkson?\n"), 0u)
      << whole.markdown.substr(0, 200);
}

// A <br> in a list item or a table cell outside any paragraph: the item
// breaks its line there, the cell keeps its row on one line with a space;
// neither glues the words either side ("Astoria.-", "lambplatter").
// A chart's words laid over its image (ai2html: each label a <div> pinned at
// percentage offsets) are not the story's text (readability nytimes-4: "$915",
// "billion", "’17" … between the paragraphs).
TEST(ExtractTest, ChartLabelsOverAGraphicAreNotText) {
  Document d = dataset_page("readability/pages/nytimes-4.html", Options{});
  EXPECT_EQ(d.text.find("\nbillion\n"), std::string::npos) << d.text;
  EXPECT_EQ(d.text.find("Interest payments on the national debt\n"), std::string::npos) << d.text;
  EXPECT_NE(d.text.find("The federal government could soon pay more in interest on its debt"), std::string::npos)
      << d.text;
}

// A <div role=heading aria-level=N> is a heading, as a screen reader reads it
// (ad-magazin: each hotel's name over its description).
TEST(ExtractTest, AriaHeadingsAreHeadings) {
  Options options;
  options.markdown = true;
  const std::string para = "<p>The river rose overnight and the town woke to water in the streets, as the old "
                           "men had said it would, and nobody was surprised by it.</p>";
  Document d = extract("<html><body><article><h1>Hotels</h1>" + para + "<div role=\"heading\" aria-level=\"3\">"
                       "Forestis, Brixen</div>" + para + "<div role=heading>Miramonti, Meran</div>" + para +
                       "<div role=\"headingx\">Not a heading</div>" + para + "</article></body></html>", options);
  EXPECT_NE(d.markdown.find("\n### Forestis, Brixen\n"), std::string::npos) << d.markdown;
  EXPECT_NE(d.markdown.find("\n## Miramonti, Meran\n"), std::string::npos) << d.markdown;
  EXPECT_EQ(d.markdown.find("# Not a heading"), std::string::npos) << d.markdown;
}

TEST(ExtractTest, LineBreakInAnItemOrCellSeparatesTheWords) {
  Document photos = dataset_page("dragnet/pages/375.html", Options{});
  EXPECT_NE(photos.text.find("\nRoasted lamb platter, Drina Daisy Restaurant, Astoria.\n"), std::string::npos)
      << photos.text;
  std::string prose;
  for (int i = 0; i < 4; ++i) prose += "The seals rest on the sandbank at low tide and swim off when it floods. ";
  Options options;
  options.markdown = true;
  Document d = extract("<html><body><article><p>" + prose + "</p><table><tr><th>Dish</th><th>Place</th></tr>"
                       "<tr><td>Roasted lamb<br>platter</td><td>Astoria</td></tr></table><ul><li>The handoff<br>"
                       "Problems arise</li><li>One line</li></ul><p>" + prose + "</p></article></body></html>",
                       options);
  EXPECT_NE(d.text.find("\nRoasted lamb platter | Astoria\nThe handoff\nProblems arise\nOne line\n"),
            std::string::npos) << d.text;
  EXPECT_NE(d.markdown.find("- The handoff\\\n  Problems arise\n- One line"), std::string::npos) << d.markdown;
}


// A crawl's script and style-sheet responses are not pages: their code read as text.
TEST(ExtractTest, ScriptAndStyleResponsesAreNotPages) {
  const std::string js = "function init() { var button = document.getElementById('main'); "
                         "button.addEventListener('click', function (e) { e.preventDefault(); }); }\n";
  std::string script;
  for (int i = 0; i < 20; ++i) script += js;
  for (const char* type : {"application/javascript; charset=utf-8", "text/css", "application/json", "image/svg+xml"}) {
    const Document doc = extract(std::string("HTTP/1.1 200 OK\r\nContent-Type: ") + type + "\r\n\r\n" + script);
    EXPECT_EQ(doc.text, "") << type;
    EXPECT_TRUE(has_warning(doc, "not a page")) << type;
  }
  // Asked for, the text is extracted all the same.
  Options text;
  text.input = InputKind::Text;
  EXPECT_FALSE(has_warning(extract("HTTP/1.1 200 OK\r\nContent-Type: text/css\r\n\r\n" + script, text), "not a page"));
}

// Sitemaps and feeds open with an XML declaration, as XHTML pages do: their root tells them apart.
TEST(ExtractTest, XmlDocumentsThatAreNotPages) {
  std::string urls;
  for (int i = 0; i < 40; ++i)
    urls += "<url><loc>https://example.com/news/2024/01/story-about-the-harbour-seals-" + std::to_string(i) +
            ".html</loc><lastmod>2024-01-02</lastmod></url>";
  const std::string sitemap = "\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!-- generated -->\n"
                              "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">" + urls + "</urlset>";
  Document doc = extract(sitemap);
  EXPECT_EQ(doc.text, "");
  EXPECT_TRUE(has_warning(doc, "not a page: an XML document whose root is <urlset>"));
  EXPECT_TRUE(has_warning(extract("<?xml version='1.0'?><rss version='2.0'><channel><title>T</title></channel></rss>"),
                          "<rss>"));
  // XHTML is a page, with or without a doctype; and an asked-for kind is obeyed.
  const std::string prose = "<p>Volunteers counted 214 harbour seals on the mudflats this spring, the most in a "
                            "decade, and the survey team said the colony is recovering well after the floods.</p>";
  for (const std::string& xhtml :
       {"<?xml version='1.0' encoding='utf-8'?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" "
        "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n<html xmlns='http://www.w3.org/1999/xhtml'><body>" +
            prose + "</body></html>",
        "<?xml version='1.0'?><html><body>" + prose + "</body></html>",
        "<?xml version='1.0'?>\n<div class='story'>" + prose + "</div>"}) {
    EXPECT_FALSE(has_warning(extract(xhtml), "not a page"));
    EXPECT_NE(extract(xhtml).text.find("harbour seals"), std::string::npos);
  }
  Options html;
  html.input = InputKind::Html;
  EXPECT_FALSE(has_warning(extract(sitemap, html), "not a page"));
}

// A redirect's or an error's body is the server's: no article, and the status says why.
TEST(ExtractTest, RedirectAndErrorResponsesAreNotPages) {
  const std::string body = "<html><body><h1>Page not found</h1><p>The page you were looking for has moved or never "
                           "existed. Try the search box above, or go back to the home page and browse from there.</p>"
                           "</body></html>";
  for (const std::string status : {"301 Moved Permanently", "404 Not Found", "503 Service Unavailable"}) {
    const Document doc = extract("HTTP/1.1 " + status + "\r\nContent-Type: text/html\r\n\r\n" + body);
    EXPECT_EQ(doc.text, "") << status;
    EXPECT_TRUE(has_warning(doc, "not a page: HTTP status " + status.substr(0, 3))) << status;
  }
  EXPECT_FALSE(has_warning(extract("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body), "not a page"));
  // A record the crawler cut short says so, and is extracted.
  const std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body;
  const Document cut = extract("WARC/1.0\r\nWARC-Type: response\r\nWARC-Truncated: length\r\nContent-Length: " +
                               std::to_string(http.size()) + "\r\n\r\n" + http);
  EXPECT_TRUE(has_warning(cut, "WARC-Truncated: length"));
  EXPECT_FALSE(has_warning(cut, "not a page"));
}

// A resource record holds the page itself; its Content-Type gives the charset.
TEST(ExtractTest, PageInAWarcResourceRecord) {
  const std::string page = "<html><body><article><p>Die Gr\xF6\xDF" "e der Seehundkolonie im Wattenmeer hat sich in "
                           "zehn Jahren verdoppelt, sagen die Z\xE4hler.</p></article></body></html>";
  const std::string record = "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: file:///site/seals.html\r\n"
                             "Content-Type: text/html; charset=iso-8859-1\r\nContent-Length: " +
                             std::to_string(page.size()) + "\r\n\r\n" + page;
  const Document doc = extract(record, Options{});
  EXPECT_NE(doc.text.find("Die Größe der Seehundkolonie"), std::string::npos) << doc.text;
  // Its media type decides the kind: a text/plain resource is text, tags and all.
  const std::string note = "<p>Write <b>bold</b> and <i>italics</i> as this line does, the paragraph tag around it "
                           "included, and keep paragraphs short enough that readers on a phone can follow them.</p>";
  const Document text = extract("WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: text/plain\r\nContent-Length: " +
                                    std::to_string(note.size()) + "\r\n\r\n" + note,
                                Options{});
  EXPECT_EQ(text.text, note);
}

// A WARC record as wget, Heritrix or warcio write it: the HTTP body as sent,
// gzip-encoded and chunked. Decoded, it is the page; the URL comes from the record.
TEST(ExtractTest, EncodedHttpBodyInAWarcRecordIsDecoded) {
  const std::string html = read_file(PITH_SOURCE_DIR "/examples/article.html");
  ASSERT_FALSE(html.empty());
  const Document plain = extract(html, Options{});
  const std::string body = io::test_fixtures::gzip_member(html);
  std::string chunked;
  for (size_t i = 0; i < body.size(); i += 700) {
    const std::string piece = body.substr(i, 700);
    char size[16];
    std::snprintf(size, sizeof size, "%zx\r\n", piece.size());
    chunked += size + piece + "\r\n";
  }
  chunked += "0\r\n\r\n";
  const std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\n"
                           "Transfer-Encoding: chunked\r\n\r\n" + chunked;
  const std::string record = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.com/seals\r\n"
                             "Content-Type: application/http; msgtype=response\r\nContent-Length: " +
                             std::to_string(http.size()) + "\r\n\r\n" + http;
  const Document doc = extract(record, Options{});
  EXPECT_FALSE(has_warning(doc, "binary")) << doc.warnings.size();
  EXPECT_EQ(doc.text, plain.text);
  EXPECT_EQ(doc.title, plain.title);
  // Cut short: what was decoded, and a warning saying so.
  const Document cut = extract(record.substr(0, record.size() - 300), Options{});
  EXPECT_TRUE(has_warning(cut, "HTTP body")) << (cut.warnings.empty() ? "" : cut.warnings[0]);
}

}  // namespace
}  // namespace pith
