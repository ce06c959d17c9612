// Meta tag helpers.
#include "extract/metadata/meta_tags.h"

#include <gtest/gtest.h>

namespace pith::extraction::metadata {
namespace {

TEST(MetaTags, CreativeCommonsLabel) {
  EXPECT_EQ(creative_commons_label("https://creativecommons.org/licenses/by-sa/4.0/"), "CC BY-SA 4.0");
  EXPECT_EQ(creative_commons_label("http://creativecommons.org/licenses/by-nc-nd/3.0/de/deed.de"),
            "CC BY-NC-ND 3.0 DE");
  EXPECT_EQ(creative_commons_label("https://example.com/license"), "");
}

}  // namespace
}  // namespace pith::extraction::metadata
