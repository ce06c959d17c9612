// A YAML front-matter header with a Document's metadata, for text and
// Markdown output with `--with-metadata`:
//
//   ---
//   title: "Harbour seals return"
//   author: "Ada Marsh"
//   tags: ["nature", "seals"]
//   ---
//
// Only non-empty fields are written. Values are JSON strings, which YAML reads
// as double-quoted scalars, so no value can break the header.
#pragma once

#include <string>

#include "pith/extract.h"

namespace pith::output {

// Ends with "---\n".
std::string write_front_matter(const Document& document);

}  // namespace pith::output
