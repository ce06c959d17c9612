// `pith parse`: the HTML parser on its own, for conformance tests (--tree) and
// for timing and inspecting the parser from outside (--stats).
#pragma once

#include <string>
#include <vector>

#include "pith/parse_options.h"

namespace pith::cli {

struct ParseCommand {
  bool tree = false;
  bool stats = false;
  ParseOptions options;
  std::vector<std::string> inputs;
};

// Returns the process exit code.
int run_parse_command(const ParseCommand& command);

}  // namespace pith::cli
