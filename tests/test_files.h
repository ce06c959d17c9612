// Reading a test's input files whole (html5lib cases, dataset pages, WARCs).
#pragma once

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace pith::test {

// The file's bytes; empty when it cannot be read (the test's expectations
// then fail on the missing content, naming the case).
inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace pith::test
