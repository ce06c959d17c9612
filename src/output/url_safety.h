// Which link and image URLs the writers keep: a reader view that renders
// pith's HTML or Markdown must not run the page's scripts.
#pragma once

#include <string_view>

namespace pith::output {

// True for relative URLs and http:, https: and mailto: ones; javascript:,
// data:, vbscript: … are not kept.
bool safe_url(std::string_view url);

}  // namespace pith::output
