// Author cleaning: prefixes, dates, roles, contacts, several names.
#include "extract/metadata/byline.h"

#include <gtest/gtest.h>

namespace pith::extract::metadata {
namespace {

TEST(Byline, StripsPrefixes) {
  EXPECT_EQ(clean_author("By Jane Doe"), "Jane Doe");
  EXPECT_EQ(clean_author("by: Jane Doe"), "Jane Doe");
  EXPECT_EQ(clean_author("Von Max Muster"), "Max Muster");
  EXPECT_EQ(clean_author("Written by Jane Doe"), "Jane Doe");
  EXPECT_EQ(clean_author("Autor: Jan Kowalski"), "Jan Kowalski");
}

TEST(Byline, CutsDatesAndSeparators) {
  EXPECT_EQ(clean_author("By Lucas Nolan22 Dec 2016651"), "Lucas Nolan");
  EXPECT_EQ(clean_author("Jane Doe | 3 May 2021"), "Jane Doe");
  EXPECT_EQ(clean_author("Jane Doe - Updated yesterday"), "Jane Doe");
  EXPECT_EQ(clean_author("Jane Doe on May 3"), "Jane Doe");
}

TEST(Byline, DropsRolesAndContacts) {
  EXPECT_EQ(clean_author("Jane Doe, Staff Writer"), "Jane Doe");
  EXPECT_EQ(clean_author("Jane Doe jane@example.com"), "Jane Doe");
  EXPECT_EQ(clean_author("Jane Doe @janedoe"), "Jane Doe");
  EXPECT_EQ(clean_author("Jane Doe https://example.com/jane"), "Jane Doe");
  EXPECT_EQ(clean_author("Jane Doe, John Roe"), "Jane Doe, John Roe");
}

TEST(Byline, SeveralNames) {
  EXPECT_EQ(clean_author("Jane Doe; By John Roe; Jane Doe"), "Jane Doe; John Roe");
}

TEST(Byline, RejectsNonNames) {
  EXPECT_EQ(clean_author(""), "");
  EXPECT_EQ(clean_author("2021"), "");
  EXPECT_EQ(clean_author("@handle"), "");
  EXPECT_EQ(clean_author("This is a long sentence that is certainly not the name of anyone at all"), "");
}

}  // namespace
}  // namespace pith::extract::metadata
