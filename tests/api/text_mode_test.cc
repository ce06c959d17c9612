// Text mode through the public API: the seed page (THE acceptance test), the
// guarantees that hold whatever lines the model picks (lines come out verbatim
// and in order; CRLF, NBSP, encodings and WARC headers do not change them),
// metadata and every output format.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "pith/extract.h"
#include "test_files.h"

namespace pith {
namespace {

using test::read_file;

std::string seed_page() { return read_file(PITH_SHARED_DIR "/seeds/page.txt"); }

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::stringstream s(text);
  for (std::string line; std::getline(s, line);) lines.push_back(line);
  return lines;
}

// Trailing spaces, tabs, CR and NBSP removed.
std::string trimmed(std::string line) {
  while (!line.empty()) {
    if (line.back() == ' ' || line.back() == '\t' || line.back() == '\r') {
      line.pop_back();
    } else if (line.size() >= 2 && line.substr(line.size() - 2) == "\xC2\xA0") {
      line.resize(line.size() - 2);
    } else {
      break;
    }
  }
  return line;
}

// Each line trimmed, blank lines at the end dropped.
std::string normalised(const std::string& text) {
  std::string out;
  for (const std::string& line : lines_of(text)) out += trimmed(line) + '\n';
  while (out.size() >= 2 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
  return out;
}

// The first line of `text` of at least 40 characters that every writer shows
// unchanged: letters, digits, spaces, commas and inner periods only.
std::string plain_line(const std::string& text) {
  for (const std::string& line : lines_of(text)) {
    bool plain = line.size() >= 40;
    for (char c : line)
      plain = plain && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' ||
                        c == ',' || c == '.');
    if (plain) return line;
  }
  return "";
}

Options text_options() {
  Options options;
  options.input = InputKind::Text;
  return options;
}

bool has_warning(const Document& d, const std::string& needle) {
  for (const std::string& w : d.warnings)
    if (w.find(needle) != std::string::npos) return true;
  return false;
}

// THE acceptance test of text mode: the seed's 12 body paragraphs, exactly.
TEST(TextModeTest, SeedPageGivesExactlyTheArticle) {
  Document d = extract(seed_page(), text_options());
  EXPECT_EQ(normalised(d.text), normalised(read_file(PITH_SHARED_DIR "/seeds/article.txt")));
}

TEST(TextModeTest, LinesComeOutVerbatimAndInOrder) {
  std::vector<std::string> page = lines_of(seed_page());
  Document d = extract(seed_page(), text_options());
  ASSERT_FALSE(d.text.empty());
  EXPECT_NE(d.text.back(), '\n');
  size_t at = 0;
  for (const std::string& line : lines_of(d.text)) {
    EXPECT_EQ(line, trimmed(line)) << "trailing whitespace left";
    while (at < page.size() && trimmed(page[at]) != line) ++at;
    ASSERT_LT(at, page.size()) << "not a line of the page, or out of order: " << line;
    ++at;
  }
}

TEST(TextModeTest, AutoDetectsTheSeedAsText) {
  EXPECT_EQ(extract(seed_page()).text, extract(seed_page(), text_options()).text);
}

TEST(TextModeTest, CrlfTrailingNbspAndBomChangeNothing) {
  std::string page = seed_page();
  std::string crlf = "\xEF\xBB\xBF";
  for (const std::string& line : lines_of(page)) crlf += line + (line.empty() ? "" : "\xC2\xA0 ") + "\r\n";
  EXPECT_EQ(extract(crlf, text_options()).text, extract(page, text_options()).text);
  EXPECT_EQ(extract(crlf).text, extract(page, text_options()).text);
}

// UTF-8 → UTF-16LE with a BOM (the seed has no characters beyond the BMP).
std::string utf16le(const std::string& utf8) {
  std::string out = "\xFF\xFE";
  for (size_t i = 0; i < utf8.size();) {
    auto c = static_cast<unsigned char>(utf8[i]);
    unsigned cp;
    int n;
    if (c < 0x80) {
      cp = c, n = 1;
    } else if (c < 0xE0) {
      cp = c & 0x1F, n = 2;
    } else {
      cp = c & 0x0F, n = 3;
    }
    for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    i += n;
    out += static_cast<char>(cp & 0xFF);
    out += static_cast<char>(cp >> 8);
  }
  return out;
}

TEST(TextModeTest, Utf16WithBomIsDecoded) {
  std::string page = seed_page();
  EXPECT_EQ(extract(utf16le(page)).text, extract(page, text_options()).text);
}

TEST(TextModeTest, LegacyEncodingIsDecoded) {
  std::string para =
      "Der Bürgermeister eröffnete am Montag die neue Brücke über den Fluss, nachdem die Bauarbeiten fast "
      "drei Jahre gedauert hatten und die Kosten um ein Viertel über dem Plan lagen.";
  std::string utf8 = "Startseite\nNachrichten\n\n" + para + "\n\n" + para + " Später mehr.\n\nImpressum\n";
  std::string latin1;
  for (size_t i = 0; i < utf8.size(); ++i) {
    if (utf8[i] == '\xC3') {
      latin1 += static_cast<char>(static_cast<unsigned char>(utf8[++i]) + 0x40);  // U+00C0..U+00FF
    } else {
      latin1 += utf8[i];
    }
  }
  ASSERT_NE(latin1, utf8);
  Options options = text_options();
  Document reference = extract(utf8, options);
  options.charset = "windows-1252";
  EXPECT_EQ(extract(latin1, options).text, reference.text);
  EXPECT_EQ(extract(latin1, text_options()).text, reference.text);  // sniffed
}

TEST(TextModeTest, MetadataAndFormats) {
  Options options = text_options();
  options.url = "https://www.foxnews.com/world/ex-us-officials-secret-talks";
  options.markdown = true;
  options.html = true;
  Document d = extract(seed_page(), options);
  ASSERT_FALSE(d.text.empty());
  EXPECT_EQ(d.hostname, "www.foxnews.com");
  EXPECT_EQ(d.url, options.url);
  EXPECT_EQ(d.language, "en");
  EXPECT_GT(d.confidence, 0);
  EXPECT_LE(d.confidence, 1);
  EXPECT_EQ(d.title, "Ex-US officials held secrets talks with Russians on Ukraine War: report");
  std::string line = plain_line(d.text);
  ASSERT_FALSE(line.empty()) << d.text;
  EXPECT_NE(d.markdown.find("\n" + line + "\n"), std::string::npos) << d.markdown;
  EXPECT_EQ(d.html.rfind("<article>\n", 0), 0u) << d.html;
  EXPECT_NE(d.html.find(">" + line + "</"), std::string::npos) << d.html;
  // The Markdown opens with the title; then every line is one block.
  ASSERT_FALSE(d.title.empty());
  EXPECT_EQ(d.markdown.rfind("# " + d.title + "\n\n", 0), 0u) << d.markdown;
  EXPECT_NE(d.html.find("<h1>" + d.title + "</h1>"), std::string::npos) << d.html;
  size_t blocks = 0;
  for (const std::string& md : lines_of(d.markdown)) blocks += !md.empty();
  EXPECT_EQ(blocks, lines_of(d.text).size() + 1) << d.markdown;
}

// The byline line above the first paragraph ("By Bradford Betz | Fox News")
// names the author, cleaned as an HTML page's byline is; the article alone
// names nobody.
TEST(TextModeTest, AuthorComesFromTheBylineLine) {
  EXPECT_EQ(extract(seed_page(), text_options()).author, "Bradford Betz");
  EXPECT_EQ(extract(read_file(PITH_SHARED_DIR "/seeds/article.txt"), text_options()).author, "");
}

TEST(TextModeTest, FiltersApplyAsForHtml) {
  Options options = text_options();
  options.target_language = "de";
  Document other = extract(seed_page(), options);
  EXPECT_TRUE(other.text.empty());
  EXPECT_TRUE(has_warning(other, "target language"));
  options = text_options();
  options.min_length = 1000000;
  EXPECT_TRUE(extract(seed_page(), options).text.empty());
}

// A page of more lines than text mode reads is cut, with a warning, and the
// article in its first lines is still found: memory stays bounded.
TEST(TextModeTest, HugePageIsTruncatedWithAWarning) {
  std::string page = seed_page();
  page.reserve(page.size() + 2 * 150000);
  for (int i = 0; i < 150000; ++i) page += "x\n";
  Document d = extract(page, text_options());
  EXPECT_TRUE(has_warning(d, "text truncated")) << d.warnings.size();
  EXPECT_NE(d.text.find("Former U.S. national security officials have held secret talks"), std::string::npos);
  EXPECT_FALSE(has_warning(extract(seed_page(), text_options()), "text truncated"));
}

TEST(TextModeTest, EmptyAndBinaryInput) {
  EXPECT_TRUE(extract(" \r\n\xC2\xA0\n", text_options()).text.empty());
  EXPECT_TRUE(has_warning(extract("\n\n", text_options()), "empty input"));
  std::string png("\x89PNG\r\n\x1a\n", 8);
  for (int i = 0; i < 300; ++i) png += std::string("\0\0\x01\x02", 4);
  EXPECT_TRUE(has_warning(extract(png, text_options()), "binary input"));
  EXPECT_NO_THROW(extract(std::string("\xFF\xFE\xC3 bad utf-8 \xED\xA0\x80\n\n\n", 16), text_options()));
}

TEST(TextModeTest, WetRecordIsTextInput) {
  std::string page = seed_page();
  std::string record = "WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://www.foxnews.com/x\r\n"
                       "Content-Type: text/plain\r\nContent-Length: " +
                       std::to_string(page.size()) + "\r\n\r\n" + page;
  EXPECT_EQ(extract(record).text, extract(page, text_options()).text);
}

}  // namespace
}  // namespace pith

namespace pith {
namespace {

// Found by fuzzing: a NUL byte in a text page must not reach the output.
TEST(TextModeNul, NulBytesBecomeReplacementCharacters) {
  Options options;
  options.input = InputKind::Text;
  std::string page = "Menu\n\n";
  for (int i = 0; i < 6; ++i)
    page += std::string("The committee met on a long afternoon and agreed on the plan") + '\0' +
            " that the council had put forward for the river crossing, after a debate.\n\n";
  Document doc = extract(page, options);
  EXPECT_EQ(doc.text.find('\0'), std::string::npos);
  EXPECT_NE(doc.text.find("\xEF\xBF\xBD"), std::string::npos) << doc.text;
}

}  // namespace
}  // namespace pith
