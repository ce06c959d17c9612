// The visible text of a parsed page, one block per line. A stand-in for the
// extractor (issue 4) so that `pith FILE` shows something useful today; it
// will move to src/output as `--format fulltext`.
#pragma once

#include <string>

#include "dom/node.h"

namespace pith::cli {

std::string visible_text(const dom::Node* root);

}  // namespace pith::cli
