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

namespace {

// RFC 3986 §3.1: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":" before any
// '/', '?' or '#' ("mailto:", "https:"; not "a/b:c").
bool has_scheme(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (c == ':') return i > 0;
    if (!(alpha || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'))))
      return false;
  }
  return false;
}

// RFC 3986 §5.2.4 on a path (no query or fragment): "/a/b/../c/./d" → "/a/c/d".
std::string remove_dot_segments(std::string_view path) {
  std::string out;
  size_t pos = 0;
  while (pos <= path.size()) {
    size_t slash = path.find('/', pos);
    std::string_view segment = path.substr(pos, slash == std::string_view::npos ? std::string_view::npos : slash - pos);
    bool last = slash == std::string_view::npos;
    if (segment == "..") {
      size_t cut = out.rfind('/');
      out.resize(cut == std::string::npos ? 0 : cut);
      if (last) out.push_back('/');
    } else if (segment == ".") {
      if (last) out.push_back('/');
    } else {
      if (pos > 0) out.push_back('/');
      out.append(segment);
    }
    if (last) break;
    pos = slash + 1;
  }
  if (!path.empty() && path[0] == '/' && (out.empty() || out[0] != '/')) out.insert(out.begin(), '/');
  return out;
}

}  // namespace

std::string resolve_url(std::string_view base, std::string_view href) {
  href = trim(href);
  if (href.empty()) return {};
  if (has_scheme(href)) return std::string(href);
  base = trim(base);
  size_t scheme_end = base.find("://");
  if (!has_scheme(base) || scheme_end == std::string_view::npos) return std::string(href);
  if (href.substr(0, 2) == "//") return std::string(base.substr(0, scheme_end + 1)).append(href);
  size_t path_start = base.find_first_of("/?#", scheme_end + 3);
  std::string_view origin = base.substr(0, path_start);
  std::string_view rest = path_start == std::string_view::npos ? std::string_view{} : base.substr(path_start);
  std::string_view base_path = rest.substr(0, rest.find_first_of("?#"));
  if (href[0] == '#') return std::string(origin).append(rest.substr(0, rest.find('#'))).append(href);
  if (href[0] == '?') return std::string(origin).append(base_path).append(href);
  size_t tail = href.find_first_of("?#");
  std::string_view href_path = href.substr(0, tail);
  std::string_view href_tail = tail == std::string_view::npos ? std::string_view{} : href.substr(tail);
  std::string path;
  if (href_path[0] == '/') {
    path = std::string(href_path);
  } else {
    // Merge (§5.2.3): the base path up to its last '/', then the reference.
    size_t slash = base_path.rfind('/');
    path = slash == std::string_view::npos ? std::string("/")
                                           : std::string(base_path.substr(0, slash + 1));
    path.append(href_path);
  }
  return std::string(origin).append(remove_dot_segments(path)).append(href_tail);
}

}  // namespace pith::extraction::metadata
