// The extractor's view of pith::Options: only the knobs extraction reads, so the
// extractor, its tests and the eval drivers do not depend on the public header
// and the public Options can grow (charset, input kind, output formats) without
// touching this layer. settings_from() is the one place that reads pith::Options.
#pragma once

#include <cstddef>
#include <string>

namespace pith {
struct Options;
}  // namespace pith

namespace pith::extraction {

enum class Favor { Balanced, Precision, Recall };

struct Settings {
  std::string url;          // base for links and images
  Favor favor = Favor::Balanced;
  bool tables = true;       // keep tables
  bool links = false;       // Link nodes
  bool images = false;      // Image nodes
  bool comments = false;    // fill ExtractionResult::comments
  bool formatting = false;  // Emphasis/Strong/InlineCode nodes
  size_t min_length = 0;    // below this many characters: not an article
};

Settings settings_from(const Options& options);

}  // namespace pith::extraction
