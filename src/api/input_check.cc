// Byte statistics over the start of the input.
#include "api/input_check.h"

#include "pith/extract.h"

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
  // Branch-free counts, so that the compiler vectorises the loop: it reads
  // the first 8 KiB of every page.
  size_t nul = 0, control = 0;
  for (char ch : sample) {
    auto c = static_cast<unsigned char>(ch);
    const bool whitespace_or_escape = (c >= 0x09 && c <= 0x0D) || c == 0x1B;
    nul += c == 0;
    control += (c != 0) & (c < 0x20) & !whitespace_or_escape;
  }
  double n = static_cast<double>(sample.size());
  return nul > kMaxNulShare * n || control > kMaxControlShare * n;
}

std::string_view cut_at_tag_end(std::string_view bytes, size_t max_bytes) {
  if (bytes.size() <= max_bytes) return bytes;
  std::string_view head = bytes.substr(0, max_bytes);
  size_t from = max_bytes > kCutLookback ? max_bytes - kCutLookback : 0;
  size_t end = head.find_last_of(">\n");
  return end != std::string_view::npos && end >= from ? head.substr(0, end + 1) : head;
}

std::string_view within_page_limit(std::string_view body, std::vector<std::string>& warnings) {
  if (body.size() <= kMaxPageBytes) return body;
  body = cut_at_tag_end(body, kMaxPageBytes);
  warnings.push_back("input truncated: only its first " + std::to_string(body.size()) +
                     " bytes were read (pith::kMaxPageBytes)");
  return body;
}

}  // namespace pith::api
