// The <meta> prescan and the content-attribute charset extraction, beyond what
// the html5lib encoding tests cover.

#include "html/encoding/meta_prescan.h"

#include <gtest/gtest.h>

#include <string>

namespace pith::html::encoding {
namespace {

TEST(MetaPrescan, CharsetAttribute) {
  EXPECT_EQ(prescan_for_encoding("<meta charset=\"shift_jis\">"), Encoding::ShiftJis);
  EXPECT_EQ(prescan_for_encoding("<META CHARSET=KOI8-R>"), Encoding::Koi8R);
  EXPECT_EQ(prescan_for_encoding("<meta/charset=gbk>"), Encoding::Gbk);
  EXPECT_FALSE(prescan_for_encoding("<meta charset=bogus>"));
  EXPECT_FALSE(prescan_for_encoding("<metacharset=utf-8>"));
  EXPECT_FALSE(prescan_for_encoding(""));
}

TEST(MetaPrescan, FixUps) {
  EXPECT_EQ(prescan_for_encoding("<meta charset=utf-16be>"), Encoding::Utf8);
  EXPECT_EQ(prescan_for_encoding("<meta charset=x-user-defined>"), Encoding::Windows1252);
}

TEST(MetaPrescan, PragmaNeedsHttpEquiv) {
  EXPECT_EQ(prescan_for_encoding("<meta content='text/html; charset=euc-kr' http-equiv=content-type>"),
            Encoding::EucKr);
  EXPECT_FALSE(prescan_for_encoding("<meta content='text/html; charset=euc-kr'>"));
  // An unknown charset attribute is a failure that content= cannot override.
  EXPECT_FALSE(prescan_for_encoding(
      "<meta charset=nope http-equiv=content-type content='text/html; charset=euc-kr'>"));
  // The first of duplicate attributes counts.
  EXPECT_EQ(prescan_for_encoding("<meta charset=big5 charset=gbk>"), Encoding::Big5);
}

TEST(MetaPrescan, SkipsCommentsAndOtherTags) {
  EXPECT_EQ(prescan_for_encoding("<!--><meta charset=gbk>"), Encoding::Gbk);
  EXPECT_EQ(prescan_for_encoding("<!-- <meta charset=big5> --><meta charset=gbk>"), Encoding::Gbk);
  EXPECT_EQ(prescan_for_encoding("<?xml x='>'?><meta charset=gbk>"), Encoding::Gbk);
  EXPECT_EQ(prescan_for_encoding("<a title='<meta charset=big5>'><meta charset=gbk>"), Encoding::Gbk);
  EXPECT_FALSE(prescan_for_encoding("<!-- <meta charset=big5>"));
}

TEST(MetaPrescan, WholeDocumentScanSkipsRawText) {
  std::string doc = "<html><head><script>var s = '<meta charset=big5>';</script>";
  doc += std::string(2000, ' ');
  doc += "<meta charset=windows-1251></head>";
  EXPECT_EQ(find_meta_encoding_in_document(doc), Encoding::Windows1251);
  EXPECT_FALSE(find_meta_encoding_in_document("<plaintext><meta charset=big5>"));
  EXPECT_FALSE(find_meta_encoding_in_document("<style><meta charset=big5>"));
  EXPECT_EQ(find_meta_encoding_in_document("<title>x</TITLE ><meta charset=big5>"), Encoding::Big5);
}

TEST(MetaContent, ExtractsCharset) {
  EXPECT_EQ(encoding_from_meta_content("text/html; charset=iso-8859-2"), Encoding::Iso8859_2);
  EXPECT_EQ(encoding_from_meta_content("text/html;charset = \"koi8-u\""), Encoding::Koi8U);
  EXPECT_EQ(encoding_from_meta_content("charsetx; charset='big5' more"), Encoding::Big5);
  EXPECT_EQ(encoding_from_meta_content("text/html; CHARSET=utf-8;"), Encoding::Utf8);
  EXPECT_FALSE(encoding_from_meta_content("text/html; charset='utf-8"));
  EXPECT_FALSE(encoding_from_meta_content("text/html; charset="));
  EXPECT_FALSE(encoding_from_meta_content("text/html"));
}

}  // namespace
}  // namespace pith::html::encoding
