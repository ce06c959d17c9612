// Where a page title splits into headline and site/section name:
// "Story | Site", "Site » Blog » Story", "Kicker: Story", "故事-新华网".
#pragma once

#include <string_view>
#include <vector>

namespace pith::extraction::metadata {

enum class SeparatorKind {
  Strong,  // " | ", " » ", " :: ", " · ", " • " …: rarely inside a headline
  Dash,    // " - ", " – ", " — ", " / ", " ~ ", " : " …: also inside headlines
  Colon,   // "Kicker: Story"
  Tight,   // no spaces: "Story|Site", "故事_网站", "故事-新华网"
};

struct TitleSeparator {
  size_t pos;
  size_t len;
  SeparatorKind kind;
};

// All separators of `title`, left to right (at most `limit`).
std::vector<TitleSeparator> find_title_separators(std::string_view title, size_t limit = 8);

}  // namespace pith::extraction::metadata
