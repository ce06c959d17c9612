#include "dom/inline_style.h"

#include <gtest/gtest.h>

#include <string>

namespace pith::dom {
namespace {

TEST(InlineStyle, HidingDeclarationsInAnySpacingAndCase) {
  EXPECT_TRUE(style_hides("display:none"));
  EXPECT_TRUE(style_hides("color: red; display: none !important"));
  EXPECT_TRUE(style_hides("DISPLAY :\tNone"));
  EXPECT_TRUE(style_hides("visibility:hidden"));
  EXPECT_TRUE(style_hides("margin:0;\n visibility : HIDDEN;"));
  // A partial match that fails must not hide the real one right after it.
  EXPECT_TRUE(style_hides("ddisplay:none"));
  EXPECT_TRUE(style_hides("display:nodisplay:none"));
}

TEST(InlineStyle, OtherValuesShowTheElement) {
  EXPECT_FALSE(style_hides(""));
  EXPECT_FALSE(style_hides("display:block"));
  EXPECT_FALSE(style_hides("display: inline-block; visibility: visible"));
  EXPECT_FALSE(style_hides("visibility:hidde"));
  EXPECT_FALSE(style_hides("content: 'display'; none: 1"));
}

TEST(InlineStyle, PercentOffsetsOnBothAxesPinALabel) {
  // ai2html's chart labels over their image.
  EXPECT_TRUE(style_pins_to_percent("top:4.8869%;margin-top:-16.2px;left:96.5906%;margin-left:-30px;width:60px;"));
  EXPECT_TRUE(style_pins_to_percent("BOTTOM : 10% ; Right: 3%"));
  EXPECT_FALSE(style_pins_to_percent("top:10%"));                     // one axis
  EXPECT_FALSE(style_pins_to_percent("top:10px; left:20px"));          // fixed offsets: a layout box
  EXPECT_FALSE(style_pins_to_percent("margin-top:5%; padding-left:5%")); // not offsets
  EXPECT_FALSE(style_pins_to_percent("width:50%; height:100%"));
}

TEST(InlineStyle, LongStylesAreReadToTheEnd) {
  EXPECT_TRUE(style_hides(std::string(4096, ' ') + "color:red;" + std::string(1000, 'x') + ";display:none"));
}

}  // namespace
}  // namespace pith::dom
