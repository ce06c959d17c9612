// The WHATWG label table: sorted and complete enough to round-trip every
// canonical name; lookups trim whitespace and ignore ASCII case.

#include "html/encoding/encoding_labels.h"

#include <gtest/gtest.h>

#include "html/encoding/single_byte_tables.h"

namespace pith::html::encoding {
namespace {

TEST(EncodingLabels, TableIsSortedLowercaseAndUnique) {
  const auto labels = encoding_labels();
  ASSERT_GE(labels.size(), 219u);  // the Encoding Standard has 219+ labels
  for (size_t i = 0; i < labels.size(); ++i) {
    for (char c : labels[i].label) EXPECT_FALSE(c >= 'A' && c <= 'Z') << labels[i].label;
    if (i > 0) {
      EXPECT_LT(labels[i - 1].label, labels[i].label);
    }
    EXPECT_EQ(encoding_for_label(labels[i].label), labels[i].encoding) << labels[i].label;
  }
}

TEST(EncodingLabels, CanonicalNamesRoundTrip) {
  for (int i = 0; i < kEncodingCount; ++i) {
    const auto e = static_cast<Encoding>(i);
    if (e == Encoding::Replacement) {
      EXPECT_FALSE(encoding_for_label(canonical_name(e)));  // "replacement" is no label
      continue;
    }
    EXPECT_EQ(encoding_for_label(canonical_name(e)), e) << canonical_name(e);
  }
}

TEST(EncodingLabels, TrimsWhitespaceAndIgnoresCase) {
  EXPECT_EQ(encoding_for_label(" \t\nUtF-8\f\r "), Encoding::Utf8);
  EXPECT_EQ(encoding_for_label("ISO-8859-1"), Encoding::Windows1252);
  EXPECT_EQ(encoding_for_label("US-ASCII"), Encoding::Windows1252);
  EXPECT_EQ(encoding_for_label("Latin1"), Encoding::Windows1252);
  EXPECT_EQ(encoding_for_label("iso-8859-9"), Encoding::Windows1254);
  EXPECT_EQ(encoding_for_label("tis-620"), Encoding::Windows874);
  EXPECT_EQ(encoding_for_label("gb2312"), Encoding::Gbk);
  EXPECT_EQ(encoding_for_label("x-sjis"), Encoding::ShiftJis);
  EXPECT_EQ(encoding_for_label("ks_c_5601-1987"), Encoding::EucKr);
  EXPECT_EQ(encoding_for_label("iso-2022-kr"), Encoding::Replacement);
  EXPECT_EQ(encoding_for_label("utf-16"), Encoding::Utf16Le);
  EXPECT_EQ(encoding_for_label("x-user-defined"), Encoding::XUserDefined);
}

TEST(EncodingLabels, UnknownLabels) {
  EXPECT_FALSE(encoding_for_label(""));
  EXPECT_FALSE(encoding_for_label("   "));
  EXPECT_FALSE(encoding_for_label("utf-7"));
  EXPECT_FALSE(encoding_for_label("utf-32"));
  EXPECT_FALSE(encoding_for_label("utf 8"));
  EXPECT_FALSE(encoding_for_label("a-label-much-longer-than-any-real-one"));
  EXPECT_FALSE(encoding_for_label(std::string_view("utf-8\0", 6)));
}

TEST(EncodingLabels, CanonicalNamesAreTheStandardsSpelling) {
  EXPECT_EQ(canonical_name(Encoding::Utf8), "UTF-8");
  EXPECT_EQ(canonical_name(Encoding::ShiftJis), "Shift_JIS");
  EXPECT_EQ(canonical_name(Encoding::Gb18030), "gb18030");
  EXPECT_EQ(canonical_name(Encoding::Gbk), "GBK");
  EXPECT_EQ(canonical_name(Encoding::Big5), "Big5");
  EXPECT_EQ(canonical_name(Encoding::Macintosh), "macintosh");
  EXPECT_EQ(canonical_name(Encoding::Iso8859_8I), "ISO-8859-8-I");
}

TEST(SingleByteTables, RowsFollowTheEncodingEnum) {
  for (int row = 0; row < kSingleByteTableCount; ++row) {
    const auto e = static_cast<Encoding>(static_cast<int>(Encoding::Ibm866) + row);
    ASSERT_TRUE(is_single_byte(e));
    EXPECT_EQ(canonical_name(e), kSingleByteTables[row].name);
  }
  EXPECT_FALSE(is_single_byte(static_cast<Encoding>(static_cast<int>(Encoding::Ibm866) + kSingleByteTableCount)));
}

}  // namespace
}  // namespace pith::html::encoding
