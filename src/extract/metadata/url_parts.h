// Just enough URL handling for metadata: the hostname of a URL and resolving a
// canonical/image href against the page URL. Not a WHATWG URL parser: inputs
// are attribute values we only need to make absolute and compare.
#pragma once

#include <string>
#include <string_view>

namespace pith::extraction::metadata {

// "https://www.example.com:8080/a?b" → "www.example.com" (lowercase, no port,
// no userinfo). Empty when `url` has no scheme-relative authority.
std::string hostname_of(std::string_view url);

// `href` made absolute against `base` (http/https bases only); `href` as given
// when it is already absolute or `base` is empty.
std::string resolve_url(std::string_view base, std::string_view href);

}  // namespace pith::extraction::metadata
