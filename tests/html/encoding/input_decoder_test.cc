// decode_input end to end: which sniffing step wins, the no-copy fast path,
// the content guess, and robustness on arbitrary bytes.

#include "html/encoding/input_decoder.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace pith::html {
namespace {

// A Russian paragraph in windows-1251 and a Japanese one in Shift_JIS.
const std::string kRussianWindows1251 =
    "\xCC\xEE\xF1\xEA\xE2\xE0\x20\x97\x20\xF1\xF2\xEE\xEB\xE8\xF6\xE0\x20\xD0\xEE\xF1\xF1\xE8\xE8\x2C"
    "\x20\xEA\xF0\xF3\xEF\xED\xE5\xE9\xF8\xE8\xE9\x20\xEF\xEE\x20\xF7\xE8\xF1\xEB\xE5\xED\xED\xEE\xF1"
    "\xF2\xE8\x20\xED\xE0\xF1\xE5\xEB\xE5\xED\xE8\xFF\x20\xE3\xEE\xF0\xEE\xE4\x20\xF1\xF2\xF0\xE0\xED"
    "\xFB\x2E\x20\xC3\xEE\xF0\xEE\xE4\x20\xF0\xE0\xF1\xEF\xEE\xEB\xEE\xE6\xE5\xED\x20\xED\xE0\x20\xF0"
    "\xE5\xEA\xE5\x20\xCC\xEE\xF1\xEA\xE2\xE5\x20\xE2\x20\xF6\xE5\xED\xF2\xF0\xE5\x20\xC2\xEE\xF1\xF2"
    "\xEE\xF7\xED\xEE\x2D\xC5\xE2\xF0\xEE\xEF\xE5\xE9\xF1\xEA\xEE\xE9\x20\xF0\xE0\xE2\xED\xE8\xED\xFB"
    "\x2E\x20\xC7\xE4\xE5\xF1\xFC\x20\xED\xE0\xF5\xEE\xE4\xFF\xF2\xF1\xFF\x20\xEE\xF0\xE3\xE0\xED\xFB"
    "\x20\xE3\xEE\xF1\xF3\xE4\xE0\xF0\xF1\xF2\xE2\xE5\xED\xED\xEE\xE9\x20\xE2\xEB\xE0\xF1\xF2\xE8\x2C"
    "\x20\xEC\xED\xEE\xE3\xE8\xE5\x20\xEC\xF3\xE7\xE5\xE8\x20\xE8\x20\xF2\xE5\xE0\xF2\xF0\xFB\x2E";
const std::string kJapaneseShiftJis =
    "\x93\xFA\x96\x7B\x82\xCD\x93\x8C\x83\x41\x83\x57\x83\x41\x82\xC9\x88\xCA\x92\x75\x82\xB7\x82\xE9"
    "\x93\x87\x8D\x91\x82\xC5\x82\xA0\x82\xE9\x81\x42\x8E\xF1\x93\x73\x82\xCD\x93\x8C\x8B\x9E\x82\xC5"
    "\x81\x41\x90\x6C\x8C\xFB\x82\xCD\x96\xF1\x88\xEA\x89\xAD\x93\xF1\x90\xE7\x96\x9C\x90\x6C\x82\xC5"
    "\x82\xA0\x82\xE9\x81\x42\x8E\x6C\x8B\x47\x82\xCC\x95\xCF\x89\xBB\x82\xAA\x82\xCD\x82\xC1\x82\xAB"
    "\x82\xE8\x82\xB5\x82\xC4\x82\xA8\x82\xE8\x81\x41\x91\xBD\x82\xAD\x82\xCC\x8A\xCF\x8C\xF5\x8B\x71"
    "\x82\xAA\x96\x4B\x82\xEA\x82\xE9\x81\x42";

bool points_into(std::string_view text, std::string_view bytes) {
  return text.data() >= bytes.data() && text.data() + text.size() <= bytes.data() + bytes.size();
}

TEST(DecodeInput, ValidUtf8WithoutCrIsNotCopied) {
  const std::string bytes = "<p>h\xC3\xA9llo w\xC3\xB6rld</p>\n" + std::string(5000, 'x');
  const DecodedInput d = decode_input(bytes, "");
  EXPECT_EQ(d.encoding, "UTF-8");
  EXPECT_EQ(d.confidence, EncodingConfidence::Tentative);
  EXPECT_EQ(d.text.data(), bytes.data());
  EXPECT_EQ(d.text.size(), bytes.size());
  EXPECT_TRUE(d.storage.empty());
}

TEST(DecodeInput, AsciiIsWindows1252AndNotCopied) {
  const std::string bytes = "<!DOCTYPE html><p>just ascii</p>";
  const DecodedInput d = decode_input(bytes, "");
  EXPECT_EQ(d.encoding, "windows-1252");
  EXPECT_EQ(d.text.data(), bytes.data());
  // Also when the declared encoding is a legacy one and the bytes are ASCII.
  const std::string declared = "<meta charset=shift_jis><p>ascii</p>";
  EXPECT_EQ(decode_input(declared, "").text.data(), declared.data());
}

TEST(DecodeInput, CopiesWhenNewlinesNeedNormalising) {
  const std::string bytes = "line one\r\nline two\rline three";
  const DecodedInput d = decode_input(bytes, "utf-8");
  EXPECT_EQ(d.text, "line one\nline two\nline three");
  EXPECT_FALSE(points_into(d.text, bytes));
  EXPECT_EQ(d.text.data(), d.storage.data());
}

TEST(DecodeInput, TextSurvivesMovingTheResult) {
  DecodedInput d = decode_input("a\rb", "");
  DecodedInput moved = std::move(d);
  EXPECT_EQ(moved.text, "a\nb");
}

TEST(DecodeInput, ByteOrderMarkWinsAndIsStripped) {
  const std::string utf8 = "\xEF\xBB\xBF<meta charset=koi8-r>\xD0\xAF";
  DecodedInput d = decode_input(utf8, "windows-1251");
  EXPECT_EQ(d.encoding, "UTF-8");
  EXPECT_EQ(d.confidence, EncodingConfidence::Certain);
  EXPECT_EQ(d.text, "<meta charset=koi8-r>\xD0\xAF");
  EXPECT_EQ(d.text.data(), utf8.data() + 3);  // still no copy

  d = decode_input(std::string("\xFF\xFEh\0i\0", 6), "");
  EXPECT_EQ(d.encoding, "UTF-16LE");
  EXPECT_EQ(d.text, "hi");
  d = decode_input(std::string("\xFE\xFF\0h\0i\x20\xAC", 8), "utf-8");
  EXPECT_EQ(d.encoding, "UTF-16BE");
  EXPECT_EQ(d.text, "hi\xE2\x82\xAC");
}

TEST(DecodeInput, KnownHintIsCertainAndBeatsMeta) {
  const DecodedInput d = decode_input("<meta charset=utf-8><p>\xC0", " Windows-1251 ");
  EXPECT_EQ(d.encoding, "windows-1251");
  EXPECT_EQ(d.confidence, EncodingConfidence::Certain);
  EXPECT_EQ(d.text, "<meta charset=utf-8><p>\xD0\x90");  // А
}

TEST(DecodeInput, UnknownHintIsIgnored) {
  const DecodedInput d = decode_input("<meta charset=iso-8859-2><p>\xB1", "no-such-charset");
  EXPECT_EQ(d.encoding, "ISO-8859-2");
  EXPECT_EQ(d.confidence, EncodingConfidence::Tentative);
  EXPECT_EQ(d.text, "<meta charset=iso-8859-2><p>\xC4\x85");  // ą
}

TEST(DecodeInput, MetaAfterTheFirstKilobyte) {
  const std::string bytes = "<html><head><title>t</title>" + std::string(3000, ' ') +
                            "<meta http-equiv=Content-Type content='text/html; charset=koi8-r'></head><p>\xF1";
  const DecodedInput d = decode_input(bytes, "");
  EXPECT_EQ(d.encoding, "KOI8-R");
  EXPECT_EQ(d.text.substr(d.text.size() - 2), "\xD0\xAF");  // Я
}

TEST(DecodeInput, ValidUtf8BeatsAStaleMetaDeclaration) {
  const std::string bytes = "<meta charset=gb2312><p>\xE4\xB8\xAD\xE6\x96\x87</p>";  // 中文 in UTF-8
  DecodedInput d = decode_input(bytes, "");
  EXPECT_EQ(d.encoding, "UTF-8");
  EXPECT_EQ(d.text.data(), bytes.data());
  // ASCII-only or invalid UTF-8: the declaration stands.
  EXPECT_EQ(decode_input("<meta charset=gb2312><p>ascii", "").encoding, "GBK");
  EXPECT_EQ(decode_input("<meta charset=gb2312><p>\xD6\xD0\xCE\xC4", "").encoding, "GBK");
  // A transport-layer charset is not second-guessed.
  EXPECT_EQ(decode_input(bytes, "gbk").encoding, "GBK");
}

TEST(DecodeInput, DetectorGuessesUndeclaredLegacyText) {
  DecodedInput d = decode_input("<html><body><p>" + kRussianWindows1251 + "</p></body></html>", "");
  EXPECT_EQ(d.encoding, "windows-1251");
  EXPECT_NE(d.text.find("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0"), std::string_view::npos);  // Москва
  d = decode_input("<html><body><p>" + kJapaneseShiftJis + "</p></body></html>", "");
  EXPECT_EQ(d.encoding, "Shift_JIS");
  EXPECT_NE(d.text.find("\xE6\x97\xA5\xE6\x9C\xAC"), std::string_view::npos);  // 日本
}

TEST(DecodeInput, FallsBackToWindows1252WithoutEnoughEvidence) {
  const DecodedInput d = decode_input("caf\xE9", "");
  EXPECT_EQ(d.encoding, "windows-1252");
  EXPECT_EQ(d.text, "caf\xC3\xA9");
}

TEST(DecodeInput, ReplacementEncodingFromHint) {
  const DecodedInput d = decode_input("<p>anything</p>", "iso-2022-kr");
  EXPECT_EQ(d.encoding, "replacement");
  EXPECT_EQ(d.text, "\xEF\xBF\xBD");
  EXPECT_EQ(decode_input("", "hz-gb-2312").text, "");
}

TEST(DecodeInput, EmptyInput) {
  const DecodedInput d = decode_input("", "");
  EXPECT_TRUE(d.text.empty());
  EXPECT_EQ(d.encoding, "windows-1252");
}

TEST(DecodeInput, ArbitraryBytesDecodeToValidUtf8WithinMemoryBound) {
  std::mt19937 rng(12345);
  const char* hints[] = {"", "utf-8", "utf-16le", "utf-16be", "shift_jis", "euc-jp", "iso-2022-jp", "gb18030",
                         "big5", "euc-kr", "koi8-u", "x-user-defined", "windows-1258", "replacement"};
  for (int round = 0; round < 300; ++round) {
    std::string bytes(rng() % 3000, '\0');
    for (char& c : bytes) c = static_cast<char>(rng());
    for (const char* hint : hints) {
      const DecodedInput d = decode_input(bytes, hint);
      ASSERT_LE(d.storage.capacity(), 4 * bytes.size() + 128) << hint;
      // Well-formed UTF-8 with no CR.
      const DecodedInput again = decode_input(d.text, "utf-8");
      ASSERT_EQ(again.text, d.text) << hint;
      ASSERT_EQ(d.text.find('\r'), std::string_view::npos) << hint;
    }
  }
}

}  // namespace
}  // namespace pith::html
