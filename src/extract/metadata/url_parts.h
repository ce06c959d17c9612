// Just enough URL handling for metadata and links: the hostname of a URL and
// resolving an href (canonical, image, a link in the article) against a base.
// Not a WHATWG URL parser: inputs are attribute values we only need to make
// absolute and compare.
#pragma once

#include <string>
#include <string_view>

namespace pith::extraction::metadata {

// "https://www.example.com:8080/a?b" → "www.example.com" (lowercase, no port,
// no userinfo). Empty when `url` has no scheme-relative authority.
std::string hostname_of(std::string_view url);

// `href` made absolute against `base` (RFC 3986 §5.2: "//host", "/path",
// "?query", "#fragment", "../x" with its dot segments removed); `href` as given
// when it has a scheme ("mailto:", "https:") or `base` is not absolute.
std::string resolve_url(std::string_view base, std::string_view href);

}  // namespace pith::extraction::metadata
