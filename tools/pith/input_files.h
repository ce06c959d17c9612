// Turning the CLI's INPUT arguments into a list of files: a file, a directory
// walked recursively in sorted order, or "-" for standard input.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace pith::cli {

// Expands the arguments; directories contribute their regular files sorted by
// path. Sets `error` and returns an empty list when an argument does not exist.
std::vector<std::string> expand_inputs(const std::vector<std::string>& args, std::string& error);

// Reads a whole file ("-" = stdin). Returns nullopt and sets `error` (with the
// path and the system's reason) when it cannot be read.
std::optional<std::string> read_input(const std::string& path, std::string& error);

}  // namespace pith::cli
