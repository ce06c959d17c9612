// Schema.org microdata in the body: itemprop="author|creator" (with a nested
// itemprop="name" when there is one), "headline", "datePublished",
// "dateModified", "publisher". Values come from content/datetime attributes
// first, then the element's text.
#pragma once

#include <string>

#include "extract/metadata/page_scan.h"

namespace pith::extraction::metadata {

struct Microdata {
  std::string author;           // raw, "; "-joined, not yet cleaned
  std::string headline;
  std::string date_published;   // raw
  std::string date_modified;    // raw
  std::string publisher;
};

Microdata read_microdata(const PageScan& scan);

// The value of an itemprop element as schema.org defines it: content, then
// datetime (<time>), then href/src for links, then the text.
std::string itemprop_value(const dom::Node* element);

}  // namespace pith::extraction::metadata
