// Captions that repeat their image's text (see the header).
#include "extract/echoed_image_text.h"

#include "extract/metadata/text_normalize.h"
#include "extract/scoring_constants.h"

namespace pith::extraction {
namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

std::string_view without_final_stop(std::string_view s) {
  s = metadata::trim(s);
  if (!s.empty() && s.back() == '.') s.remove_suffix(1);
  return metadata::trim(s);
}

// Equal but for runs of white space and a final full stop.
bool same_words(std::string_view a, std::string_view b) {
  a = without_final_stop(a);
  b = without_final_stop(b);
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (is_space(a[i]) && is_space(b[j])) {
      while (i < a.size() && is_space(a[i])) ++i;
      while (j < b.size() && is_space(b[j])) ++j;
    } else if (a[i] == b[j]) {
      ++i, ++j;
    } else {
      return false;
    }
  }
  return i == a.size() && j == b.size();
}

}  // namespace

void EchoedImageText::note_image(const dom::Node& img) {
  for (std::string_view name : {"alt", "title"})
    if (const dom::Attribute* a = img.attribute(name); a && a->value.size() >= kEchoedImageTextMinChars)
      if (texts_.size() < kEchoedImageTexts) texts_.push_back(a->value);
}

bool EchoedImageText::echoed_by(std::string_view text) const {
  for (std::string_view alt : texts_)
    if (same_words(alt, text)) return true;
  return false;
}

}  // namespace pith::extraction
