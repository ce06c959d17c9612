#include "output/front_matter.h"

#include <gtest/gtest.h>

namespace pith::output {
namespace {

TEST(FrontMatterTest, WritesNonEmptyFieldsAsQuotedScalars) {
  Document d;
  d.title = "Seals: \"back\"\nagain";
  d.author = "Ada";
  d.tags = {"a", "b#c"};
  EXPECT_EQ(write_front_matter(d),
            "---\ntitle: \"Seals: \\\"back\\\"\\nagain\"\nauthor: \"Ada\"\ntags: [\"a\", \"b#c\"]\n---\n");
  EXPECT_EQ(write_front_matter(Document{}), "---\n---\n");
}

}  // namespace
}  // namespace pith::output
