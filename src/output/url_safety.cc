#include "output/url_safety.h"

#include <string>

namespace pith::output {

bool safe_url(std::string_view url) {
  size_t colon = url.find(':');
  size_t boundary = url.find_first_of("/?#");
  if (colon == std::string_view::npos || (boundary != std::string_view::npos && boundary < colon)) return true;
  std::string scheme;
  for (char c : url.substr(0, colon)) scheme += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return scheme == "http" || scheme == "https" || scheme == "mailto";
}

}  // namespace pith::output
