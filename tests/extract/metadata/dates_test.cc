// Date parsing: ISO, RFC 2822, numeric with day/month order, month names in
// several languages, URL paths, plausibility.
#include "extract/metadata/dates.h"

#include <gtest/gtest.h>

namespace pith::extraction::metadata {
namespace {

TEST(Dates, Iso) {
  EXPECT_EQ(parse_date("2021-11-01T10:52:50+0100"), "2021-11-01");
  EXPECT_EQ(parse_date("2017-11-03 03:01:00.000000"), "2017-11-03");
  EXPECT_EQ(parse_date("2024-06-25"), "2024-06-25");
  EXPECT_EQ(parse_date("2012/05/31"), "2012-05-31");
  EXPECT_EQ(parse_date("20150624"), "2015-06-24");
}

TEST(Dates, Rfc2822) {
  EXPECT_EQ(parse_date("Tue, 03 May 2022 10:00:00 +0000"), "2022-05-03");
  EXPECT_EQ(parse_date("Wed, 04 May 2022 00:25:56 GMT"), "2022-05-04");
}

TEST(Dates, EnglishMonthNames) {
  EXPECT_EQ(parse_date("May 3, 2022"), "2022-05-03");
  EXPECT_EQ(parse_date("Posted on September 21, 2020 by Adi"), "2020-09-21");
  EXPECT_EQ(parse_date("8 January 2020, 3:51 pm"), "2020-01-08");
  EXPECT_EQ(parse_date("Nov 24th, 2021"), "2021-11-24");
}

TEST(Dates, OtherLanguages) {
  EXPECT_EQ(parse_date("3. Mai 2022"), "2022-05-03");
  EXPECT_EQ(parse_date("Stand: 05. Februar 2020"), "2020-02-05");
  EXPECT_EQ(parse_date("24. März 2021"), "2021-03-24");
  EXPECT_EQ(parse_date("3 de mayo de 2022"), "2022-05-03");
  EXPECT_EQ(parse_date("12 décembre 2019"), "2019-12-12");
  EXPECT_EQ(parse_date("5 maja 2021"), "2021-05-05");
  EXPECT_EQ(parse_date("21 settembre 2020"), "2020-09-21");
}

TEST(Dates, NumericOrder) {
  EXPECT_EQ(parse_date("Veröffentlicht am 16.08.2019"), "2019-08-16");
  EXPECT_EQ(parse_date("03/05/2022"), "2022-05-03");
  EXPECT_EQ(parse_date("03/05/2022", DayMonthOrder::MonthFirst), "2022-03-05");
  // A field above 12 settles the order whatever the language says.
  EXPECT_EQ(parse_date("05/23/2022"), "2022-05-23");
  EXPECT_EQ(parse_date("23/05/2022", DayMonthOrder::MonthFirst), "2022-05-23");
}

TEST(Dates, ShortYearsOnlyWhereAsked) {
  EXPECT_EQ(parse_date("23.09.22", DayMonthOrder::DayFirst, /*short_years=*/true), "2022-09-23");
  EXPECT_EQ(parse_date("Von: Jane Roe | 31.10.23", DayMonthOrder::DayFirst, true), "2023-10-31");
  EXPECT_EQ(parse_date("23.09.22"), "");                                   // running text: not by default
  EXPECT_EQ(parse_date("Version 1.12.10.4", DayMonthOrder::DayFirst, true), "");  // a dotted run
  EXPECT_EQ(parse_date("3/5/22", DayMonthOrder::DayFirst, true), "");         // dots only
}

TEST(Dates, RejectsImplausible) {
  EXPECT_EQ(parse_date("1850-01-01"), "");
  EXPECT_EQ(parse_date("3999-01-01"), "");
  EXPECT_EQ(parse_date("2021-02-30"), "");
  EXPECT_EQ(parse_date("May 2021"), "");  // no day
  EXPECT_EQ(parse_date("call 0800 123 4567"), "");
  EXPECT_EQ(parse_date(""), "");
}

TEST(Dates, FromUrl) {
  EXPECT_EQ(date_from_url("https://die-partei.net/luebeck/2012/05/31/das-ministerium/"), "2012-05-31");
  EXPECT_EQ(date_from_url("https://www.befifty.de/home/2017/7/12/unter-uns"), "2017-07-12");
  EXPECT_EQ(date_from_url("https://example.com/news/2019-10-18-title"), "2019-10-18");
  EXPECT_EQ(date_from_url("https://example.com/a/20120531/b"), "2012-05-31");
  EXPECT_EQ(date_from_url("https://example.com/2019/res158-x/"), "");
  EXPECT_EQ(date_from_url("https://2019.example.com/12/01/x"), "");  // host is not path
  EXPECT_EQ(date_from_url(""), "");
}

TEST(Dates, UtcAndDayDistance) {
  EXPECT_TRUE(is_utc_timestamp("2020-02-25T02:25:54Z"));
  EXPECT_TRUE(is_utc_timestamp("Wed, 04 May 2022 00:25:56 GMT"));
  EXPECT_FALSE(is_utc_timestamp("2019-10-19T00:04:00+02:00"));
  EXPECT_FALSE(is_utc_timestamp("2020-02-25"));
  EXPECT_EQ(days_apart("2020-02-28", "2020-03-01"), 2);
  EXPECT_EQ(days_apart("2019-12-31", "2020-01-01"), 1);
  EXPECT_EQ(days_apart("bad", "2020-01-01"), -1);
}

}  // namespace
}  // namespace pith::extraction::metadata
