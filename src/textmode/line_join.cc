// Lines that are one block on the page; see line_join.h.
#include "textmode/line_join.h"

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "textmode/line_stats.h"

namespace pith::textmode {
namespace {

// The paragraph under a drop cap is prose: at least this many bytes. (A
// one-letter line over a short lowercase one is a list's index letter over a
// user name, "Y" / "yellowkitty".)
constexpr size_t kDropCapParagraphMinBytes = 40;

bool is_capital_letter(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
         (c >= 0x391 && c <= 0x3A9) || (c >= 0x410 && c <= 0x42F);
}

bool is_small_letter(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7) ||
         (c >= 0x3B1 && c <= 0x3C9) || (c >= 0x430 && c <= 0x44F);
}

bool is_drop_capital(const PageLine& above, const PageLine& line) {
  if (line.blank_before > 0 || line.text.size() < kDropCapParagraphMinBytes) return false;
  const CodePoint letter = decode_utf8(above.text, 0);
  if (letter.length != above.text.size() || !is_capital_letter(letter.value)) return false;
  return is_small_letter(decode_utf8(line.text, 0).value);
}

}  // namespace

void rejoin_lines(TextPage& page, const std::function<LineJoin(const PageLine& above, const PageLine& line)>& rule) {
  struct Span {
    size_t begin, size;
    PageLine first;
  };
  std::string joined;
  joined.reserve(page.bytes->size());
  std::vector<Span> spans;
  for (size_t i = 0; i < page.lines.size(); ++i) {
    const PageLine& line = page.lines[i];
    const LineJoin join = i > 0 ? rule(page.lines[i - 1], line) : LineJoin::Separate;
    if (join == LineJoin::Separate) {
      spans.push_back({joined.size(), 0, line});
      joined += line.text;
    } else {
      if (join == LineJoin::Space) joined += ' ';
      joined += line.text.substr(std::min(line.text.find_first_not_of(' '), line.text.size()));
    }
    spans.back().size = joined.size() - spans.back().begin;
  }
  auto bytes = std::make_shared<const std::string>(std::move(joined));
  page.lines.clear();
  for (const Span& span : spans) {
    PageLine line = span.first;
    line.text = std::string_view(*bytes).substr(span.begin, span.size);
    page.lines.push_back(line);
  }
  page.bytes = std::move(bytes);
}

void join_drop_capitals(TextPage& page) {
  bool any = false;
  for (size_t i = 1; i < page.lines.size() && !any; ++i) any = is_drop_capital(page.lines[i - 1], page.lines[i]);
  if (!any) return;  // the common case: the page stays as it is, no copy
  rejoin_lines(page, [](const PageLine& above, const PageLine& line) {
    return is_drop_capital(above, line) ? LineJoin::Closed : LineJoin::Separate;
  });
}

}  // namespace pith::textmode
