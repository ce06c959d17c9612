// NFC of the text pith hands out: decomposed and precomposed spellings become
// one, text already in NFC (most of it) is left byte for byte.
#include "html/encoding/nfc_normalizer.h"

#include <gtest/gtest.h>

#include <string>

namespace pith::html::encoding {
namespace {

std::string nfc(std::string s) {
  normalize_nfc(s);
  return s;
}

TEST(NfcNormalizer, ComposesACombiningAccent) {
  EXPECT_FALSE(is_nfc("Cafe\xCC\x81"));            // e + U+0301
  EXPECT_EQ(nfc("Cafe\xCC\x81 au lait"), "Caf\xC3\xA9 au lait");  // U+00E9
}

TEST(NfcNormalizer, DecomposesACompositionExclusion) {
  // Bengali U+09DF (YYA) is excluded from composition: NFC spells it
  // U+09AF U+09BC, as Python's unicodedata and trafilatura do.
  EXPECT_EQ(nfc("\xE0\xA7\x9F"), "\xE0\xA6\xAF\xE0\xA6\xBC");
}

TEST(NfcNormalizer, ComposesHangulJamo) {
  EXPECT_EQ(nfc("\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB"), "\xED\x95\x9C");  // ᄒ ᅡ ᆫ → 한
}

TEST(NfcNormalizer, ReordersCombiningMarks) {
  // a + dot below (ccc 220) after acute (ccc 230): canonical order first,
  // then composition: U+1EA1 ạ followed by the acute.
  EXPECT_EQ(nfc("a\xCC\x81\xCC\xA3"), "\xE1\xBA\xA1\xCC\x81");
}

TEST(NfcNormalizer, LeavesNormalisedTextAlone) {
  for (std::string s : {std::string(), std::string("plain ascii"), std::string("Gr\xC3\xBC\xC3\x9F" "e"),
                        std::string("\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E"), std::string("\xF0\x9F\x98\x80 ok")}) {
    EXPECT_TRUE(is_nfc(s)) << s;
    EXPECT_EQ(nfc(s), s);
  }
}

TEST(NfcNormalizer, PunctuationOfTheGeneralBlock) {
  // Dashes and curly quotes (U+2010–U+2027) are NFC as they are …
  const std::string quoted = "\xE2\x80\x9CYes\xE2\x80\x9D \xE2\x80\x94 she said\xE2\x80\xA6";
  EXPECT_TRUE(is_nfc(quoted));
  EXPECT_EQ(nfc(quoted), quoted);
  // … but not every character of the block: U+2000 EN QUAD becomes U+2002,
  // and a combining accent after a quote is still composed.
  EXPECT_FALSE(is_nfc("a\xE2\x80\x80" "b"));
  EXPECT_EQ(nfc("a\xE2\x80\x80" "b"), "a\xE2\x80\x82" "b");
  EXPECT_EQ(nfc("\xE2\x80\x9C" "Cafe\xCC\x81"), "\xE2\x80\x9C" "Caf\xC3\xA9");
}

}  // namespace
}  // namespace pith::html::encoding
