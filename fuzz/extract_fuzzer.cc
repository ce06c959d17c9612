// libFuzzer entry point for the whole public API: bytes → pith::extract() →
// every rendering, in HTML mode, text mode and auto-detection. The first byte
// picks the options; the rest is the page. Beyond the sanitizers it checks the
// promises extract() makes: it returns, the text is valid to hand back (no
// NUL bytes sneak in from the page, no emphasis markers are left in Markdown),
// and a page with text says why when it returns none (its headline aside).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "pith/extract.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const uint8_t selector = data[0];
  std::string_view page(reinterpret_cast<const char*>(data + 1), size - 1);

  pith::Options options;
  constexpr pith::InputKind kInputs[] = {pith::InputKind::Auto, pith::InputKind::Html, pith::InputKind::Text,
                                         pith::InputKind::Auto};
  options.input = kInputs[selector & 3];
  options.favor = (selector & 4) ? pith::Favor::Precision : (selector & 8) ? pith::Favor::Recall : pith::Favor::Balanced;
  options.links = options.images = options.formatting = (selector & 16) != 0;
  options.comments = (selector & 32) != 0;
  options.tables = (selector & 64) == 0;
  options.markdown = options.html = true;
  if (selector & 128) options.url = "https://example.com/news/2024/01/02/story.html";

  pith::Document doc = pith::extract(page, options);
  if (doc.text.find('\0') != std::string::npos) std::abort();
  if (doc.confidence < 0 || doc.confidence > 1) std::abort();
  // The Markdown writer's emphasis markers never reach the output.
  if (doc.markdown.find_first_of(std::string_view("\x01\x02\x03\x04", 4)) != std::string::npos) std::abort();
  // No text, no content: at most the headline (Markdown keeps it, and a
  // repeat of it, as headings; text leaves it to the title).
  if (doc.text.empty()) {
    std::string_view md = doc.markdown;
    for (size_t pos = 0; pos < md.size();) {
      size_t end = md.find('\n', pos);
      if (end == std::string_view::npos) end = md.size();
      std::string_view line = md.substr(pos, end - pos);
      size_t first = line.find_first_not_of(' ');
      if (first != std::string_view::npos && line[first] != '#') std::abort();
      pos = end + 1;
    }
  }
  return 0;
}
