// Turning the CLI's INPUT arguments into a list of files: a file, a directory
// walked recursively in sorted order, or "-" for standard input.
#pragma once

#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace pith::cli {

// Expands the arguments; directories contribute their regular files sorted by
// path. Sets `error` and returns an empty list when an argument does not exist.
std::vector<std::string> expand_inputs(const std::vector<std::string>& args, std::string& error);

// One input of a batch: a path ("-" = stdin) and, when known, the URL the
// page came from (from an --input-list).
struct InputItem {
  std::string path;
  std::string url;
};

// Like expand_inputs, but a path that does not exist stays in the list so the
// batch can report it as a failed input (its record says why); only a
// directory that cannot be walked sets `error`.
std::vector<InputItem> expand_input_items(const std::vector<std::string>& args, std::string& error);

// Appends the inputs listed in `list_path`: one per line, `PATH` or
// `PATH<TAB>URL`; blank lines and lines starting with '#' are skipped.
// Directories in the list are expanded. Returns false and sets `error` when the
// list cannot be read.
bool read_input_list(const std::string& list_path, std::vector<InputItem>& items, std::string& error);

// A WARC file (plain or gzip, by its first bytes, not its name): the CLI
// reads its records instead of the file. False for "-" and unreadable paths.
bool is_warc_file(const std::string& path);

// Reads a file ("-" = stdin, always whole), or its first `max_bytes`. Returns
// nullopt and sets `error` (with the path and the system's reason) when it
// cannot be read.
std::optional<std::string> read_input(const std::string& path, std::string& error,
                                      size_t max_bytes = std::numeric_limits<size_t>::max());

}  // namespace pith::cli
