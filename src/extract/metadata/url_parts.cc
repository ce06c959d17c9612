// URL helpers; see url_parts.h.
#include "extract/metadata/url_parts.h"

#include "extract/metadata/text_normalize.h"

namespace pith::extraction::metadata {

std::string hostname_of(std::string_view url) {
  url = trim(url);
  size_t start;
  if (url.substr(0, 2) == "//") {
    start = 2;
  } else {
    size_t scheme = url.find("://");
    if (scheme == std::string_view::npos) return {};
    for (size_t i = 0; i < scheme; ++i) {
      char c = url[i];
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '+' || c == '-' || c == '.'))
        return {};
    }
    start = scheme + 3;
  }
  size_t end = url.find_first_of("/?#", start);
  std::string_view authority = url.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
  size_t at = authority.rfind('@');
  if (at != std::string_view::npos) authority.remove_prefix(at + 1);
  size_t colon = authority.find(':');
  if (colon != std::string_view::npos) authority = authority.substr(0, colon);
  return ascii_lower(authority);
}

std::string resolve_url(std::string_view base, std::string_view href) {
  href = trim(href);
  if (href.empty()) return {};
  if (istarts_with(href, "http://") || istarts_with(href, "https://")) return std::string(href);
  base = trim(base);
  if (!(istarts_with(base, "http://") || istarts_with(base, "https://"))) return std::string(href);
  size_t scheme_end = base.find("://");
  std::string_view scheme = base.substr(0, scheme_end);
  if (href.substr(0, 2) == "//") return std::string(scheme) + ":" + std::string(href);
  size_t path_start = base.find('/', scheme_end + 3);
  std::string_view origin = path_start == std::string_view::npos ? base : base.substr(0, path_start);
  if (href[0] == '/') return std::string(origin) + std::string(href);
  if (href.find("://") != std::string_view::npos) return std::string(href);  // other schemes
  // Relative path: replace the last path segment of base.
  std::string_view path = path_start == std::string_view::npos ? "/" : base.substr(path_start);
  size_t cut = path.find_first_of("?#");
  if (cut != std::string_view::npos) path = path.substr(0, cut);
  size_t slash = path.rfind('/');
  return std::string(origin) + std::string(path.substr(0, slash + 1)) + std::string(href);
}

}  // namespace pith::extraction::metadata
