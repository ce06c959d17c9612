#include "output/markdown_inline.h"

#include "output/markdown_emphasis.h"
#include "output/markdown_escape.h"

namespace pith::output {
namespace {

constexpr std::string_view kHardBreak = "\\\n";

void append_one_code_span(std::string& out, std::string_view code) {
  if (code.find_first_not_of(' ') == std::string_view::npos) {
    out += code;
    return;
  }
  const std::string fence(longest_run(code, '`') + 1, '`');
  const bool pad = code.front() == '`' || code.back() == '`' || (code.front() == ' ' && code.back() == ' ');
  out += fence;
  if (pad) out += ' ';
  out += code;
  if (pad) out += ' ';
  out += fence;
}

}  // namespace

void append_code_span(std::string& out, std::string_view code) {
  size_t line_start = 0;
  while (true) {
    const size_t line_break = code.find(kHardBreak, line_start);
    append_one_code_span(out, code.substr(line_start, line_break - line_start));
    if (line_break == std::string_view::npos) break;
    out += kHardBreak;
    line_start = line_break + kHardBreak.size();
  }
}

void append_link(std::string& out, std::string_view content, std::string_view url) {
  size_t first = 0, end = content.size();
  while (first < end) {
    if (content[first] == ' ') ++first;
    else if (content.substr(first, kHardBreak.size()) == kHardBreak) first += kHardBreak.size();
    else break;
  }
  while (end > first) {
    if (content[end - 1] == ' ') --end;
    else if (end - first >= kHardBreak.size() && content.substr(end - kHardBreak.size(), kHardBreak.size()) == kHardBreak)
      end -= kHardBreak.size();
    else break;
  }
  out += content.substr(0, first);
  out += '[';
  out += content.substr(first, end - first);
  out += "](";
  append_url(out, url);
  out += ')';
  out += content.substr(end);
}

bool has_visible_text(std::string_view content) {
  for (size_t i = 0; i < content.size(); ++i) {
    if (content.substr(i, kHardBreak.size()) == kHardBreak) {
      ++i;
    } else if (content[i] != ' ' && content[i] != '\n' && !is_emphasis_marker(content[i])) {
      return true;
    }
  }
  return false;
}

}  // namespace pith::output
