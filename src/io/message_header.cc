// Line by line over the block; the parser never reads past kMaxHeaderBytes.
#include "io/message_header.h"

namespace pith::io {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (is_space(s.front()) || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (is_space(s.back()) || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::optional<std::string_view> MessageHeader::find(std::string_view name) const {
  for (const HeaderField& f : fields)
    if (equals_ignoring_case(f.name, name)) return std::string_view(f.value);
  return std::nullopt;
}

std::optional<MessageHeader> parse_message_header(std::string_view bytes, std::string_view protocol) {
  if (bytes.substr(0, protocol.size()) != protocol) return std::nullopt;
  std::string_view block = bytes.substr(0, kMaxHeaderBytes);
  MessageHeader header;
  size_t pos = 0;
  bool first = true;
  while (pos < block.size()) {
    size_t end = block.find('\n', pos);
    if (end == std::string_view::npos) return std::nullopt;  // no blank line within the limit
    std::string_view line = block.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    pos = end + 1;
    if (first) {
      header.start_line = std::string(trim(line));
      first = false;
      continue;
    }
    if (line.empty()) {
      header.size = pos;
      return header;
    }
    if (is_space(line.front())) {
      if (!header.fields.empty()) {
        std::string_view more = trim(line);
        if (!more.empty()) header.fields.back().value.append(" ").append(more);
      }
      continue;
    }
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    header.fields.push_back({std::string(trim(line.substr(0, colon))), std::string(trim(line.substr(colon + 1)))});
  }
  return std::nullopt;
}

std::string charset_parameter(std::string_view content_type) {
  size_t semicolon = content_type.find(';');
  while (semicolon != std::string_view::npos) {
    std::string_view rest = content_type.substr(semicolon + 1);
    size_t next = rest.find(';');
    std::string_view param = trim(rest.substr(0, next));
    size_t eq = param.find('=');
    if (eq != std::string_view::npos && equals_ignoring_case(trim(param.substr(0, eq)), "charset")) {
      std::string_view value = trim(param.substr(eq + 1));
      if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
        value = value.substr(1, value.size() - 2);
      return std::string(trim(value));
    }
    semicolon = next == std::string_view::npos ? next : semicolon + 1 + next;
  }
  return {};
}

std::vector<std::string> list_items(std::string_view value) {
  std::vector<std::string> items;
  while (true) {
    const size_t comma = value.find(',');
    const std::string_view item = trim(value.substr(0, comma));
    if (!item.empty()) {
      std::string& out = items.emplace_back();
      for (char c : item) out += lower(c);
    }
    if (comma == std::string_view::npos) return items;
    value.remove_prefix(comma + 1);
  }
}

std::string media_type(std::string_view content_type) {
  std::string_view type = trim(content_type.substr(0, content_type.find(';')));
  std::string out;
  for (char c : type) out += lower(c);
  return out;
}

}  // namespace pith::io
