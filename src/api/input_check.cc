// Byte statistics over the start of the input.
#include "api/input_check.h"

namespace pith::api {

bool is_blank(std::string_view bytes) {
  for (char c : bytes)
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') return false;
  return true;
}

bool looks_binary(std::string_view bytes) {
  if (bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF')))
    return false;
  std::string_view sample = bytes.substr(0, kSniffBytes);
  if (sample.empty()) return false;
  size_t nul = 0, control = 0;
  for (char ch : sample) {
    auto c = static_cast<unsigned char>(ch);
    if (c == 0) {
      ++nul;
    } else if (c < 0x20 && !(c >= 0x09 && c <= 0x0D) && c != 0x1B) {
      ++control;
    }
  }
  double n = static_cast<double>(sample.size());
  return nul > kMaxNulShare * n || control > kMaxControlShare * n;
}

}  // namespace pith::api
