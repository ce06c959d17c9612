// Runs the built `pith` binary: exit codes, error records, record counts and
// order, output files, the fulltext format, text mode and the parse subcommand.
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>

#include "pith/extract.h"
#include "test_files.h"

namespace {

namespace fs = std::filesystem;

struct Result {
  int exit_code;
  std::string out;
  std::string err;
};

using pith::test::read_file;

void spit(const fs::path& p, const std::string& data) {
  std::ofstream f(p, std::ios::binary);
  f << data;
}

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) /
           ("pith_cli_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Runs `pith ARGS` in the test directory with stdin from `input`.
  Result pith(const std::string& args, const std::string& input = "") {
    spit(dir_ / "stdin", input);
    std::string cmd = "cd '" + dir_.string() + "' && '" PITH_CLI_PATH "' " + args + " <stdin >stdout 2>stderr";
    int status = std::system(cmd.c_str());
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return {code, read_file(dir_ / "stdout"), read_file(dir_ / "stderr")};
  }

  fs::path page(const std::string& name, const std::string& body) {
    fs::path p = dir_ / name;
    fs::create_directories(p.parent_path());
    spit(p, "<!doctype html><html lang=en><head><title>" + name + "</title></head><body><article><h1>" + name +
                "</h1><p>" + body + "</p></article></body></html>");
    return p;
  }

  static size_t count(const std::string& text, const std::string& needle) {
    size_t n = 0;
    for (size_t pos = text.find(needle); pos != std::string::npos; pos = text.find(needle, pos + 1)) ++n;
    return n;
  }

  fs::path dir_;
};

const std::string kBody =
    "Harbour seals have returned to the estuary in numbers not seen for thirty years, volunteers said on "
    "Sunday after the spring count along the mudflats and the sandbanks near the river mouth.";

TEST_F(CliTest, UsageErrorsExitTwo) {
  EXPECT_EQ(pith("").exit_code, 2);
  EXPECT_EQ(pith("--format nope x.html").exit_code, 2);
  EXPECT_EQ(pith("--precision --recall x.html").exit_code, 2);
  EXPECT_EQ(pith("--no-such-flag x.html").exit_code, 2);
  EXPECT_EQ(pith("-j 0 x.html").exit_code, 2);
  EXPECT_EQ(pith("--format json --with-metadata x.html").exit_code, 2);
  Result help = pith("--help");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("Examples:"), std::string::npos);
}

TEST_F(CliTest, SingleMissingInputExitsOneWithAClearMessage) {
  Result r = pith("missing.html");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("missing.html"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("cannot open"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("No such file"), std::string::npos) << r.err;
}

TEST_F(CliTest, BatchKeepsGoingAndWritesErrorRecords) {
  page("a.html", kBody);
  page("c.html", kBody);
  Result r = pith("--format jsonl a.html missing.html c.html");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(count(r.out, "\n"), 3u) << r.out;
  EXPECT_EQ(count(r.out, "\"error\""), 1u);
  size_t a = r.out.find("\"source\": \"a.html\"");
  size_t m = r.out.find("{\"source\": \"missing.html\", \"error\": \"missing.html: cannot open");
  size_t c = r.out.find("\"source\": \"c.html\"");
  ASSERT_NE(a, std::string::npos);
  ASSERT_NE(m, std::string::npos) << r.out;
  ASSERT_NE(c, std::string::npos);
  EXPECT_LT(a, m);
  EXPECT_LT(m, c);
  for (const char* field : {"\"url\"", "\"title\"", "\"author\"", "\"date\"", "\"sitename\"", "\"language\"",
                            "\"confidence\"", "\"text\"", "\"warnings\""})
    EXPECT_EQ(count(r.out, field), 3u) << field;
  EXPECT_NE(r.err.find("missing.html"), std::string::npos);
}

TEST_F(CliTest, DirectoryRecordsInOrderWithTwoJobs) {
  for (int i = 0; i < 40; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "pages/%02d/p.html", i);
    page(name, kBody + " Page " + std::to_string(i) + ".");
  }
  spit(dir_ / "pages" / "empty.html", "");
  Result one = pith("--format jsonl pages");
  Result two = pith("--format jsonl -j 2 pages");
  EXPECT_EQ(one.exit_code, 0) << one.err;
  EXPECT_EQ(two.exit_code, 0) << two.err;
  EXPECT_EQ(count(two.out, "\n"), 41u);
  EXPECT_EQ(one.out, two.out);
  size_t last = 0;
  for (int i = 0; i < 40; ++i) {
    char source[64];
    std::snprintf(source, sizeof source, "\"source\": \"pages/%02d/p.html\"", i);
    size_t at = two.out.find(source);
    ASSERT_NE(at, std::string::npos) << source;
    EXPECT_GE(at, last);
    last = at;
  }
  EXPECT_NE(two.out.find("\"empty input\""), std::string::npos);
}

TEST_F(CliTest, InputListGivesPerPageUrls) {
  page("a.html", kBody);
  spit(dir_ / "list.tsv", "# comment\na.html\thttps://example.org/news/a\n\nmissing.html\thttps://example.org/b\n");
  Result r = pith("--format jsonl --input-list list.tsv");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(count(r.out, "\n"), 2u);
  EXPECT_NE(r.out.find("\"url\": \"https://example.org/news/a\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"url\": \"https://example.org/b\""), std::string::npos) << r.out;
  EXPECT_EQ(pith("--input-list nolist.tsv").exit_code, 1);
}

TEST_F(CliTest, JsonWithSeveralInputsIsAnArray) {
  page("a.html", kBody);
  page("b.html", kBody);
  Result r = pith("--format json a.html b.html");
  EXPECT_EQ(r.exit_code, 0);
  ASSERT_GT(r.out.size(), 4u);
  EXPECT_EQ(r.out.substr(0, 2), "[\n");
  EXPECT_EQ(r.out.substr(r.out.size() - 3), "\n]\n");
  EXPECT_EQ(count(r.out, "\"source\""), 2u);
  Result single = pith("--format json a.html");
  EXPECT_EQ(single.out.front(), '{');
}

TEST_F(CliTest, OutputFile) {
  page("a.html", kBody);
  Result r = pith("-o out.txt a.html");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(read_file(dir_ / "out.txt").find("Harbour seals"), std::string::npos);
  Result bad = pith("-o no/such/dir/out.txt a.html");
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.err.find("no/such/dir/out.txt"), std::string::npos);
}

TEST_F(CliTest, FormatsAndFrontMatter) {
  page("a.html", kBody);
  Result md = pith("--format markdown --with-metadata a.html");
  EXPECT_EQ(md.exit_code, 0);
  EXPECT_EQ(md.out.rfind("---\ntitle: \"a.html\"\n", 0), 0u) << md.out;
  EXPECT_NE(md.out.find("\n---\n"), std::string::npos);
  EXPECT_NE(md.out.find("Harbour seals"), std::string::npos);
  Result txt = pith("--with-metadata a.html");
  EXPECT_EQ(txt.out.rfind("---\n", 0), 0u);
  Result html = pith("--format html a.html");
  EXPECT_EQ(html.out.rfind("<article>\n", 0), 0u) << html.out;
  EXPECT_NE(html.out.find("</article>\n"), std::string::npos);
}

TEST_F(CliTest, JsonlRecordsCarryRenderingsOnRequest) {
  page("a.html", kBody);
  Result plain = pith("--format jsonl a.html");
  EXPECT_EQ(plain.out.find("\"markdown\""), std::string::npos) << plain.out;
  Result both = pith("--format jsonl --with-markdown --with-html a.html");
  EXPECT_EQ(both.exit_code, 0);
  EXPECT_NE(both.out.find("\"markdown\": \"# "), std::string::npos) << both.out;
  EXPECT_NE(both.out.find("\"html\": \"<article>"), std::string::npos) << both.out;
  EXPECT_EQ(std::count(both.out.begin(), both.out.end(), '\n'), 1) << both.out;  // still one record
  Result misuse = pith("--with-markdown a.html");
  EXPECT_EQ(misuse.exit_code, 2);
  EXPECT_NE(misuse.err.find("--with-markdown applies to --format json and jsonl"), std::string::npos) << misuse.err;
}

TEST_F(CliTest, StdinAndFulltext) {
  Result r = pith("--format fulltext -", "<title>x</title><nav>Menu</nav><p>One <b>two</b></p><script>x</script>");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "Menu\nOne two\n");
}

// Each line without trailing whitespace, no blank lines at the end.
std::string normalised(const std::string& text) {
  std::string out, line;
  std::stringstream s(text);
  while (std::getline(s, line)) {
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.pop_back();
    while (line.size() >= 2 && line.substr(line.size() - 2) == "\xC2\xA0") line.resize(line.size() - 2);
    out += line + '\n';
  }
  while (out.size() >= 2 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
  return out;
}

const std::string kSeedPage = PITH_SHARED_DIR "/seeds/page.txt";

// THE acceptance test of text mode (issue 5).
TEST_F(CliTest, TextModeSeedPrintsExactlyTheArticle) {
  Result r = pith("--input text '" + kSeedPage + "'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(normalised(r.out), normalised(read_file(PITH_SHARED_DIR "/seeds/article.txt")));
}

TEST_F(CliTest, AutoDetectsTextAndHtmlByContent) {
  Result text = pith("--input text '" + kSeedPage + "'");
  Result html = pith("--input html '" + kSeedPage + "'");
  ASSERT_FALSE(text.out.empty());
  EXPECT_EQ(pith("'" + kSeedPage + "'").out, text.out);
  EXPECT_NE(html.out, text.out);
  // A copy named .html is still text, and an HTML page named .txt still HTML.
  spit(dir_ / "page.html", read_file(kSeedPage));
  EXPECT_EQ(pith("page.html").out, text.out);
  fs::path article = page("article.txt", kBody);
  EXPECT_EQ(pith("article.txt").out, pith("--input html article.txt").out);
  EXPECT_NE(pith("article.txt").out.find("Harbour seals"), std::string::npos);
  // The visible text of a real dataset page is text.
  std::string dataset_page = PITH_SHARED_DIR "/datasets/dragnet/pages/108.html";
  ASSERT_EQ(pith("--format fulltext -o rendered '" + dataset_page + "'").exit_code, 0);
  Result auto_rendered = pith("--format jsonl rendered");
  Result text_rendered = pith("--format jsonl --input text rendered");
  EXPECT_EQ(auto_rendered.out, text_rendered.out);
}

TEST_F(CliTest, TextModeInEveryFormat) {
  const std::string input = "--input text --url https://www.foxnews.com/world/talks '" + kSeedPage + "'";
  Result txt = pith(input);
  ASSERT_FALSE(txt.out.empty());
  // A body line that every writer shows unchanged (no characters to escape).
  const std::string body_line = "Czech President Petr Pavel said it is in the interest of his country";
  ASSERT_NE(txt.out.find("\n" + body_line), std::string::npos) << txt.out;
  Result md = pith("--format markdown --with-metadata " + input);
  EXPECT_EQ(md.out.rfind("---\n", 0), 0u) << md.out;
  EXPECT_NE(md.out.find("hostname: \"www.foxnews.com\"\n"), std::string::npos) << md.out;
  EXPECT_NE(md.out.find("language: \"en\"\n"), std::string::npos) << md.out;
  EXPECT_NE(md.out.find(body_line), std::string::npos);
  Result txt_meta = pith("--with-metadata " + input);
  EXPECT_EQ(txt_meta.out.rfind("---\n", 0), 0u);
  EXPECT_NE(txt_meta.out.find("\n---\n" + txt.out), std::string::npos) << txt_meta.out;
  Result html = pith("--format html " + input);
  EXPECT_EQ(html.out.rfind("<article>\n", 0), 0u) << html.out;
  EXPECT_NE(html.out.find("<p>" + body_line), std::string::npos) << html.out;
  for (const char* format : {"json", "jsonl"}) {
    Result json = pith(std::string("--format ") + format + " " + input);
    EXPECT_EQ(json.out.front(), '{');
    EXPECT_NE(json.out.find("\"hostname\": \"www.foxnews.com\""), std::string::npos) << json.out;
    EXPECT_NE(json.out.find("\\n" + body_line), std::string::npos) << json.out;
  }
  Result fulltext = pith("--format fulltext '" + kSeedPage + "'");
  EXPECT_EQ(fulltext.out.rfind("Expand / Collapse search\nWatch TV\nMenu\nThis material", 0), 0u) << fulltext.out;
  EXPECT_EQ(fulltext.out.find("\n\n"), std::string::npos);
}

TEST_F(CliTest, TextInputIsDecodedAndTrimmed) {
  // windows-1252 bytes, CRLF, a trailing NBSP (0xA0) and trailing spaces; the
  // encoding is sniffed, or named with --charset.
  std::string latin1 = "Die Br\xFC" "cke \xFC" "ber den Fluss ist offen.\xA0  \r\n\r\n  Sp\xE4ter mehr.\t\r\n";
  const std::string utf8 = "Die Br\xC3\xBC" "cke \xC3\xBC" "ber den Fluss ist offen.\n  Sp\xC3\xA4ter mehr.\n";
  EXPECT_EQ(pith("--format fulltext --input text -", latin1).out, utf8);
  EXPECT_EQ(pith("--format fulltext --charset windows-1252 -", latin1).out, utf8);
  EXPECT_EQ(pith("--format fulltext -", utf8).out, utf8);
}

TEST_F(CliTest, TextComesOutInNfcUnlessNoNormalize) {
  // "Café" with e + U+0301 in an HTML page and in text mode's input.
  const std::string decomposed = "Cafe\xCC\x81";
  const std::string composed = "Caf\xC3\xA9";
  page("cafe.html", kBody + " " + decomposed + " au port.");
  EXPECT_NE(pith("cafe.html").out.find(composed + " au port."), std::string::npos);
  EXPECT_NE(pith("--no-normalize cafe.html").out.find(decomposed + " au port."), std::string::npos);
  const std::string text = kBody + "\n\n" + kBody + " " + decomposed + " au port.\n";
  EXPECT_NE(pith("--input text -", text).out.find(composed), std::string::npos);
  EXPECT_NE(pith("--input text --no-normalize -", text).out.find(decomposed + " au port."), std::string::npos);
}

TEST_F(CliTest, BatchOfHtmlAndTextKeepsEveryRecord) {
  fs::create_directories(dir_ / "mixed");
  for (int i = 0; i < 6; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "mixed/%02d.%s", i, i % 2 ? "html" : "txt");
    if (i % 2) {
      page(name, kBody + " Page " + std::to_string(i) + ".");
    } else {
      spit(dir_ / name, read_file(kSeedPage));
    }
  }
  spit(dir_ / "mixed" / "06.txt", "\n \n");
  Result r = pith("--format jsonl -j 2 mixed");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(count(r.out, "\n"), 7u) << r.out;
  EXPECT_EQ(count(r.out, "\"source\": \"mixed/"), 7u);
  EXPECT_EQ(count(r.out, "\"text\": \"Former U.S. national security officials"), 3u);
  EXPECT_EQ(count(r.out, "Harbour seals"), 3u);
  EXPECT_EQ(count(r.out, "\"empty input\""), 1u);
}

const std::string kWarcDir = PITH_SHARED_DIR "/warc/";

TEST_F(CliTest, WarcFileGivesOneRecordPerResponse) {
  Result one = pith("--format jsonl '" + kWarcDir + "CC-MAIN-2020-34-sample16.warc.gz'");
  Result two = pith("--format jsonl -j 2 '" + kWarcDir + "CC-MAIN-2020-34-sample16.warc.gz'");
  EXPECT_EQ(one.exit_code, 0) << one.err;
  EXPECT_EQ(one.out, two.out);
  EXPECT_EQ(count(one.out, "\n"), 16u);  // 16 responses; requests, metadata and warcinfo are no documents
  EXPECT_EQ(count(one.out, "{\"source\": \"<urn:uuid:"), 16u);
  EXPECT_NE(one.out.find("\"url\": \"http://01spb.ru/company/\""), std::string::npos);
  EXPECT_EQ(one.out.find("HTTP/1.1 200"), std::string::npos);  // the HTTP header is not text
  EXPECT_EQ(one.out.find("\"error\""), std::string::npos);
}

TEST_F(CliTest, WetRecordGoesThroughTextMode) {
  const std::string wet = "'" + kWarcDir + "CC-MAIN-2024-22-escopete.warc.wet.gz'";
  Result r = pith("--format jsonl " + wet);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(count(r.out, "\n"), 1u) << r.out;
  EXPECT_EQ(r.out.rfind("{\"source\": \"<urn:uuid:ba729a40-ff84-4085-8d48-0a5b2ee0c42d>\"", 0), 0u) << r.out;
  EXPECT_NE(r.out.find("\"warc_date\": \"2024-05-18T01:58:10Z\""), std::string::npos) << r.out.substr(0, 300);
  EXPECT_NE(r.out.find("\"hostname\": \"an.wikipedia.org\""), std::string::npos);
  EXPECT_EQ(r.out.find("WARC-Type"), std::string::npos);
  // The record's text, as a text file, gives the same main text.
  Result fulltext = pith("--format fulltext " + wet);
  spit(dir_ / "escopete.txt", fulltext.out);
  EXPECT_EQ(fulltext.out.rfind("Escopete - Biquipedia, a enciclopedia libre\n", 0), 0u) << fulltext.out;
  EXPECT_EQ(pith(wet).out, pith("--input text escopete.txt").out);
  // The record opens with the page's <title>: its first part, a line 70 lines
  // above the article, is the title (not a sidebar line next to the article),
  // and its other part names the site.
  EXPECT_NE(r.out.find("\"title\": \"Escopete\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"sitename\": \"Biquipedia, a enciclopedia libre\""), std::string::npos) << r.out;
}

// Rendered to text, a news page has its dateline right above the article and
// the headline higher up: the headline, whose words the article repeats, is
// the title (was "16 November 2017 • 2:15pm", "March 13, 2015 9:00PM", "May 20,
// 2019", "on March 10, 2015 by Nikhil Marathe"), the dateline gives the date
// and a byline word before a name the author (were none), and the first
// paragraph the description.
TEST_F(CliTest, TextModeMetadataOfRenderedNewsPages) {
  struct Page {
    std::string name, title, date, author;
  };
  const Page pages[] = {{"telegraph",
                         "Zimbabwe coup: Robert Mugabe and wife Grace 'insisting he finishes his term', as priest "
                         "steps in to mediate",
                         "2017-11-16", ""},
                        {"herald-sun-1", "Angry media won\u2019t buckle over new surveillance laws", "2015-03-13",
                         "Laurie Oakes"},
                        {"quanta-1", "The Hidden Heroines of Chaos", "2019-05-20", "Joshua Sokol"},
                        {"002", "This API is so Fetching!", "2015-03-10", "Nikhil Marathe"}};
  for (const Page& page : pages) {
    Result rendered =
        pith("--format fulltext '" PITH_SHARED_DIR "/datasets/readability/pages/" + page.name + ".html'");
    ASSERT_EQ(rendered.exit_code, 0) << rendered.err;
    spit(dir_ / (page.name + ".txt"), rendered.out);
    Result r = pith("--input text --format json " + page.name + ".txt");
    for (const auto& [field, value] : {std::pair<std::string, std::string>{"title", page.title},
                                       {"date", page.date}, {"author", page.author}})
      EXPECT_NE(r.out.find("\"" + field + "\": \"" + value + "\""), std::string::npos)
          << page.name << " " << field << ": " << r.out.substr(0, 400);
    // The description is the article's first sentence-paragraph, as
    // Readability.js's excerpt, not the photo caption between it and the title.
    if (page.name == "telegraph") {
      EXPECT_NE(r.out.find("\"description\": \"Zimbabwe President Robert Mugabe, his wife Grace and two key"),
                std::string::npos)
          << r.out.substr(0, 600);
    }
  }
}

TEST_F(CliTest, WarcOnStandardInput) {
  const std::string wet = read_file(kWarcDir + "CC-MAIN-2024-22-escopete.warc.wet.gz");
  Result r = pith("--format jsonl -", wet);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  // The same record but for the file it came from.
  std::string from_file = pith("--format jsonl '" + kWarcDir + "CC-MAIN-2024-22-escopete.warc.wet.gz'").out;
  const std::string path_field = "\"warc_file\": \"" + kWarcDir + "CC-MAIN-2024-22-escopete.warc.wet.gz\"";
  ASSERT_NE(from_file.find(path_field), std::string::npos) << from_file.substr(0, 300);
  from_file.replace(from_file.find(path_field), path_field.size(), "\"warc_file\": \"-\"");
  EXPECT_EQ(r.out, from_file);
  EXPECT_EQ(count(r.out, "\"url\": \"https://an.wikipedia.org/wiki/Escopete\""), 1u) << r.out;
}

TEST_F(CliTest, WarcAmongOtherInputsAndDamagedWarc) {
  page("a.html", kBody);
  const std::string warc = read_file(kWarcDir + "CC-MAIN-2024-22-escopete.warc.gz");
  spit(dir_ / "cut.warc.gz", warc.substr(0, warc.size() / 2));
  Result r = pith("--format jsonl a.html '" + kWarcDir + "CC-MAIN-2024-22-escopete.warc.gz' cut.warc.gz a.html");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(count(r.out, "\"source\": \"a.html\""), 2u);
  EXPECT_EQ(count(r.out, "\"url\": \"https://an.wikipedia.org/wiki/Escopete\""), 1u) << r.out;
  EXPECT_EQ(count(r.out, "{\"source\": \"cut.warc.gz\", \"error\": \"cut.warc.gz: "), 1u) << r.out;
  EXPECT_LT(r.out.find("an.wikipedia.org"), r.out.find("cut.warc.gz"));
}

TEST_F(CliTest, DamagedRecordInTheMiddleOfAWarcCostsOnlyThatRecord) {
  // Bytes overwritten in the middle of a Common Crawl .warc.gz (one gzip member
  // per record): one error record for the damage, every other response read.
  std::string warc = read_file(kWarcDir + "CC-MAIN-2020-34-sample16.warc.gz");
  for (size_t i = warc.size() / 2; i < warc.size() / 2 + 64; ++i) warc[i] = '\xff';
  spit(dir_ / "damaged.warc.gz", warc);
  Result r = pith("--format jsonl damaged.warc.gz");
  EXPECT_EQ(r.exit_code, 1);
  // The damage hits record 22 (a metadata record): all 16 responses and the error.
  EXPECT_EQ(count(r.out, "\n"), 17u) << r.out;
  EXPECT_EQ(count(r.out, "{\"source\": \"damaged.warc.gz\", \"error\": \"damaged.warc.gz: record 22 "), 1u) << r.out;
  EXPECT_NE(r.out.find("bad gzip data"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("http://096355.com/video/11073.html"), std::string::npos);  // the last response
}

TEST_F(CliTest, HugeFileIsReadOnlyUpToThePageLimit) {
  // An article followed by 20 MiB of list items: read up to pith::kMaxPageBytes,
  // with a warning, in the extracting formats and in fulltext.
  std::string html = "<html><body><article><p>" + kBody + "</p></article><ul>";
  while (html.size() < (size_t{20} << 20)) html += "<li>item</li>\n";
  spit(dir_ / "huge.html", html);
  Result r = pith("--format jsonl huge.html");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("input truncated: only its first"), std::string::npos);
  EXPECT_NE(r.out.find("Harbour seals have returned"), std::string::npos);
  Result full = pith("--format fulltext huge.html");
  EXPECT_EQ(full.exit_code, 0);
  EXPECT_NE(full.err.find("input truncated"), std::string::npos) << full.err;
  EXPECT_LT(count(full.out, "\n"), size_t{pith::kMaxPageBytes / 14});  // 14 bytes a list item
  EXPECT_GT(count(full.out, "\n"), size_t{pith::kMaxPageBytes / 14 - 1000});
}

TEST_F(CliTest, CompressedPagesAreReadAsTheirContent) {
  // page.html.gz and page.html.zst, as crawlers store pages: told by their
  // magic bytes. The files are made by the gzip and zstd tools when present.
  page("a.html", kBody);
  const std::string plain = pith("--format jsonl a.html").out;
  ASSERT_NE(plain.find("Harbour seals have returned"), std::string::npos);
  for (const std::string tool : {"gzip", "zstd"}) {
    if (std::system(("command -v " + tool + " >/dev/null").c_str()) != 0) continue;
    const std::string file = tool == "gzip" ? "a.html.gz" : "a.html.zst";
    ASSERT_EQ(std::system(("cd '" + dir_.string() + "' && " + tool + " -q -c a.html > " + file).c_str()), 0);
    Result r = pith("--format jsonl " + file);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("Harbour seals have returned"), std::string::npos) << tool << ": " << r.out;
    // A file cut short is an error naming the file and the reason.
    spit(dir_ / "cut", read_file(dir_ / file).substr(0, 20));
    Result cut = pith("cut");
    EXPECT_EQ(cut.exit_code, 1);
    EXPECT_NE(cut.err.find("cut: truncated " + tool + " data"), std::string::npos) << cut.err;
  }
}

TEST_F(CliTest, BinaryInputGivesAWarning) {
  std::string binary("\x89PNG\r\n\x1a\n", 8);
  for (int i = 0; i < 500; ++i) binary += std::string("\0\x01\x02\x03", 4);
  spit(dir_ / "image.png", binary);
  Result r = pith("--format jsonl image.png");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("binary input"), std::string::npos);
  EXPECT_NE(r.out.find("\"text\": \"\""), std::string::npos);
}

TEST_F(CliTest, ParseSubcommandStillWorks) {
  Result r = pith("parse --tree -", "<p>x");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "| <html>\n|   <head>\n|   <body>\n|     <p>\n|       \"x\"\n");
}

}  // namespace
