// Decoding real bytes in each encoding family, the U+FFFD rules of the
// Encoding Standard, and newline normalisation.

#include "html/encoding/decoders.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace pith::html::encoding {
namespace {

std::string decoded(std::string_view bytes, Encoding encoding) {
  Utf8Writer out(16);
  decode(bytes, encoding, out);
  return std::move(out).take();
}

int count_replacements(std::string_view s) {
  int n = 0;
  for (size_t at = s.find(kReplacementUtf8); at != std::string_view::npos; at = s.find(kReplacementUtf8, at + 1)) ++n;
  return n;
}

TEST(Utf8Decoder, PassesValidTextThrough) {
  EXPECT_EQ(decoded("plain ascii", Encoding::Utf8), "plain ascii");
  EXPECT_EQ(decoded("h\xC3\xA9llo \xE2\x82\xAC \xF0\x9F\x98\x80", Encoding::Utf8), "h\xC3\xA9llo \xE2\x82\xAC \xF0\x9F\x98\x80");
}

// Unicode's "U+FFFD substitution of maximal subparts", which the Encoding
// Standard's decoder implements.
TEST(Utf8Decoder, OneReplacementPerMaximalSubpart) {
  EXPECT_EQ(decoded("a\xF1\x80\x80\xE1\x80\xC2" "b\x80" "c\x80\xBF" "d", Encoding::Utf8),
            "a\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\xEF\xBF\xBD\xEF\xBF\xBD" "d");
  EXPECT_EQ(count_replacements(decoded("\xED\xA0\x80", Encoding::Utf8)), 3);      // surrogate
  EXPECT_EQ(count_replacements(decoded("\xC0\xAF", Encoding::Utf8)), 2);          // overlong
  EXPECT_EQ(count_replacements(decoded("\xE0\x80\xAF", Encoding::Utf8)), 3);      // overlong
  EXPECT_EQ(count_replacements(decoded("\xF4\x90\x80\x80", Encoding::Utf8)), 4);  // > U+10FFFF
  EXPECT_EQ(count_replacements(decoded("\xF5\xFF\xFE", Encoding::Utf8)), 3);
  EXPECT_EQ(decoded("x\xE2\x82", Encoding::Utf8), "x\xEF\xBF\xBD");               // truncated at end
  EXPECT_EQ(decoded("\xF0\x9F\x98" "x", Encoding::Utf8), "\xEF\xBF\xBD" "x");
}

TEST(Utf8Decoder, InvalidBytesInsideLongAsciiRuns) {
  std::string bytes(100, 'a');
  bytes[37] = '\xFF';
  bytes[64] = '\r';
  bytes[65] = '\n';
  std::string expected(100, 'a');
  expected.replace(37, 1, kReplacementUtf8);
  expected.erase(66, 1);  // the CR (shifted by 2) became LF, the LF went
  expected[66] = '\n';
  EXPECT_EQ(decoded(bytes, Encoding::Utf8), expected);
}

TEST(NewlineNormalisation, CrLfAndLoneCrBecomeLf) {
  for (Encoding e : {Encoding::Utf8, Encoding::Windows1252, Encoding::ShiftJis, Encoding::XUserDefined}) {
    EXPECT_EQ(decoded("a\r\nb\rc\n\rd\r\r\ne\r", e), "a\nb\nc\n\nd\n\ne\n") << canonical_name(e);
  }
  EXPECT_EQ(decoded(std::string("a\0\r\0\n\0\r\0b\0", 10), Encoding::Utf16Le), "a\n\nb");
  // CR LF split by a 16-byte block boundary.
  const std::string bytes = std::string(15, 'x') + "\r\n" + std::string(20, 'y');
  EXPECT_EQ(decoded(bytes, Encoding::Utf8), std::string(15, 'x') + "\n" + std::string(20, 'y'));
}

TEST(SingleByteDecoder, Windows1251) {
  EXPECT_EQ(decoded("\xCF\xF0\xE8\xE2\xE5\xF2, \xEC\xE8\xF0", Encoding::Windows1251),
            "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82, \xD0\xBC\xD0\xB8\xD1\x80");  // Привет, мир
}

TEST(SingleByteDecoder, WhatwgSpecifics) {
  EXPECT_EQ(decoded("\x80\x81\x9F", Encoding::Windows1252), "\xE2\x82\xAC\xC2\x81\xC5\xB8");  // €, U+0081, Ÿ
  EXPECT_EQ(decoded("\xAE\xBE", Encoding::Koi8U), "\xD1\x9E\xD0\x8E");                       // ў Ў
  EXPECT_EQ(decoded("\xCA", Encoding::Windows1255), "\xD6\xBA");                            // U+05BA
  EXPECT_EQ(decoded("\xA1", Encoding::Iso8859_8), kReplacementUtf8);                        // unmapped
  EXPECT_EQ(decoded("\xDB", Encoding::Windows874), kReplacementUtf8);
  EXPECT_EQ(decoded("\xA4", Encoding::Iso8859_15), "\xE2\x82\xAC");
}

TEST(SingleByteDecoder, XUserDefined) {
  EXPECT_EQ(decoded("a\x80\xFF", Encoding::XUserDefined), "a\xEF\x9E\x80\xEF\x9F\xBF");  // U+F780, U+F7FF
}

TEST(MultiByteDecoder, ShiftJis) {
  EXPECT_EQ(decoded("\x93\xFA\x96\x7B\x8C\xEA\xB1", Encoding::ShiftJis),
            "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\xEF\xBD\xB1");  // 日本語ｱ
  EXPECT_EQ(decoded("\\~", Encoding::ShiftJis), "\\~");
  // A lone lead byte at the end is one error, never U+001A.
  EXPECT_EQ(decoded("a\x81", Encoding::ShiftJis), "a\xEF\xBF\xBD");
  // A byte that cannot trail a lead byte is not swallowed with it.
  EXPECT_EQ(decoded("\x81 a", Encoding::ShiftJis), "\xEF\xBF\xBD a");
}

TEST(MultiByteDecoder, Gb18030AndGbk) {
  const std::string expected = "\xE4\xB8\xAD\xE6\x96\x87\xE2\x82\xAC\xC2\x80\xF0\x9F\x98\x80";  // 中文€ U+0080 😀
  EXPECT_EQ(decoded("\xD6\xD0\xCE\xC4\xA2\xE3\x81\x30\x81\x30\x94\x39\xFC\x36", Encoding::Gb18030), expected);
  EXPECT_EQ(decoded("\xD6\xD0\xCE\xC4\xA2\xE3\x81\x30\x81\x30\x94\x39\xFC\x36", Encoding::Gbk), expected);
}

TEST(MultiByteDecoder, Big5EucKrEucJpIso2022Jp) {
  EXPECT_EQ(decoded("\xA4\xA4\xA4\xE5", Encoding::Big5), "\xE4\xB8\xAD\xE6\x96\x87");                 // 中文
  EXPECT_EQ(decoded("\xC7\xD1\xB1\xB9\xBE\xEE", Encoding::EucKr), "\xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4");  // 한국어
  EXPECT_EQ(decoded("\xC6\xFC\xCB\xDC\xB8\xEC", Encoding::EucJp), "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E");  // 日本語
  EXPECT_EQ(decoded("a\x1B$BF|K\\8l\x1B(Bb", Encoding::Iso2022Jp), "a\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E" "b");
}

TEST(MultiByteDecoder, WhatwgSpecifics) {
  EXPECT_EQ(decoded("\x88\x62\x88\xA5", Encoding::Big5), "\xC3\x8A\xCC\x84\xC3\xAA\xCC\x8C");  // Ê̄ ê̌
  EXPECT_EQ(decoded("\x87\x40", Encoding::Big5), "\xE4\x8F\xB0");                               // HKSCS U+43F0
  EXPECT_EQ(decoded("\x80", Encoding::Gb18030), "\xE2\x82\xAC");
  EXPECT_EQ(decoded("\x80", Encoding::Gbk), "\xE2\x82\xAC");
  EXPECT_EQ(decoded("\x80\xA0", Encoding::ShiftJis), "\xC2\x80\xEF\xBF\xBD");
  EXPECT_EQ(decoded("\xF0\x40", Encoding::ShiftJis), "\xEE\x80\x80");  // user-defined area → U+E000
  // An unmapped pair keeps its ASCII trail byte.
  EXPECT_EQ(decoded("\x85\x40", Encoding::ShiftJis), "\xEF\xBF\xBD@");
  EXPECT_EQ(decoded("\xFD" "a", Encoding::EucKr), "\xEF\xBF\xBD" "a");
  // Bytes ICU maps but the standard does not.
  EXPECT_EQ(decoded("\x80" "a\xFF", Encoding::EucKr), "\xEF\xBF\xBD" "a\xEF\xBF\xBD");
  EXPECT_EQ(decoded("\x80\x81", Encoding::EucJp), "\xEF\xBF\xBD\xEF\xBF\xBD");
}

// Plain ASCII runs skip ICU; the output must be what ICU alone produces, also
// when a lead byte right before a run takes the run's first byte as its trail.
TEST(MultiByteDecoder, AsciiBypassMatchesIcu) {
  std::mt19937 rng(7);
  const std::string pieces[] = {std::string(40, 'a'), std::string(33, '<') + "\r\n", "\r", "\n", "\x81",
                                "\x93\xFA", "\xD6\xD0", "\x81\x30\x81\x30", "\x8F\xA2\xAF", "\xA4\xA4",
                                "\x88\x62", "\xFF", "\x80", "0123456789abcdefghijklmnopqrstuvwxyz"};
  // The lead byte ends the block before an ASCII run; its trail '@' starts the run.
  EXPECT_EQ(decoded(std::string(15, 'a') + "\x81" + std::string(40, '@'), Encoding::ShiftJis),
            std::string(15, 'a') + "\xE3\x80\x80" + std::string(39, '@'));  // 81 40 is U+3000
  for (Encoding e : {Encoding::ShiftJis, Encoding::Gb18030, Encoding::Big5, Encoding::EucKr, Encoding::EucJp}) {
    for (int round = 0; round < 200; ++round) {
      std::string bytes;
      const int count = static_cast<int>(rng() % 40);
      for (int i = 0; i < count; ++i) bytes += pieces[rng() % std::size(pieces)];
      Utf8Writer fast(16), reference(16);
      ASSERT_TRUE(decode_multi_byte(bytes, e, fast, /*bypass_ascii=*/true));
      ASSERT_TRUE(decode_multi_byte(bytes, e, reference, /*bypass_ascii=*/false));
      ASSERT_EQ(std::move(fast).take(), std::move(reference).take()) << canonical_name(e) << " round " << round;
    }
  }
}

TEST(Utf16Decoder, LittleAndBigEndian) {
  EXPECT_EQ(decoded(std::string("h\0\xE9\0\xAC\x20", 6), Encoding::Utf16Le), "h\xC3\xA9\xE2\x82\xAC");
  EXPECT_EQ(decoded(std::string("\0h\0\xE9\x20\xAC", 6), Encoding::Utf16Be), "h\xC3\xA9\xE2\x82\xAC");
  EXPECT_EQ(decoded(std::string("\x3D\xD8\x00\xDE", 4), Encoding::Utf16Le), "\xF0\x9F\x98\x80");  // surrogate pair
}

TEST(Utf16Decoder, Errors) {
  // Unpaired lead surrogate followed by a letter: U+FFFD, then the letter.
  EXPECT_EQ(decoded(std::string("\x3D\xD8" "a\0", 4), Encoding::Utf16Le), "\xEF\xBF\xBD" "a");
  // Lone trail surrogate.
  EXPECT_EQ(decoded(std::string("\x00\xDC" "a\0", 4), Encoding::Utf16Le), "\xEF\xBF\xBD" "a");
  // Odd trailing byte, and a lead surrogate plus odd byte at the end: one error each time.
  EXPECT_EQ(decoded(std::string("a\0b", 3), Encoding::Utf16Le), "a\xEF\xBF\xBD");
  EXPECT_EQ(decoded("\x3D\xD8x", Encoding::Utf16Le), "\xEF\xBF\xBD");
}

TEST(ReplacementDecoder, OneReplacementForAnyInput) {
  EXPECT_EQ(decoded("anything at all", Encoding::Replacement), kReplacementUtf8);
  EXPECT_EQ(decoded("", Encoding::Replacement), "");
}

}  // namespace
}  // namespace pith::html::encoding
