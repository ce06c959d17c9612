// A block that repeats the alt or title of the image just above it is that
// image's caption ("<img alt='Izaskun Lesaka.'><p>Izaskun Lesaka.</p>"): the
// block segmenter remembers the texts of the images it passes until the next
// block with text, and asks whether that block echoes one.
#pragma once

#include <string_view>
#include <vector>

#include "dom/node.h"

namespace pith::extraction {

class EchoedImageText {
 public:
  // Remembers `img`'s alt and title (views into the document's arena).
  void note_image(const dom::Node& img);
  // `text` equals a remembered alt or title but for white space and a final full stop.
  bool echoed_by(std::string_view text) const;
  void clear() { texts_.clear(); }

 private:
  std::vector<std::string_view> texts_;
};

}  // namespace pith::extraction
