// The extractor's view of pith::Options, as a plain struct in its own namespace.
// include/pith/extract.h declares the function pith::extract, which cannot share a
// translation unit with the namespace pith::extract; this header lets the
// extractor (and its tests and drivers) run without seeing that header.
// settings_from() is the one place that reads pith::Options.
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
