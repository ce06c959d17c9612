#include "input_files.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>

namespace pith::cli {

namespace fs = std::filesystem;

std::vector<std::string> expand_inputs(const std::vector<std::string>& args, std::string& error) {
  std::vector<std::string> files;
  for (const std::string& arg : args) {
    if (arg == "-") {
      files.push_back(arg);
      continue;
    }
    std::error_code ec;
    fs::file_status status = fs::status(arg, ec);
    if (ec || !fs::exists(status)) {
      error = arg + ": no such file or directory";
      return {};
    }
    if (!fs::is_directory(status)) {
      files.push_back(arg);
      continue;
    }
    std::vector<std::string> found;
    for (auto it = fs::recursive_directory_iterator(arg, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (it->is_regular_file(ec)) found.push_back(it->path().string());
    }
    if (ec) {
      error = arg + ": cannot walk directory: " + ec.message();
      return {};
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

std::optional<std::string> read_input(const std::string& path, std::string& error) {
  if (path == "-") {
    std::string data{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
    return data;
  }
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    error = path + ": cannot open: " + std::strerror(errno);
    return std::nullopt;
  }
  std::string data;
  char buffer[1 << 16];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) data.append(buffer, n);
  bool failed = std::ferror(f);
  std::fclose(f);
  if (failed) {
    error = path + ": read error: " + std::strerror(errno);
    return std::nullopt;
  }
  return data;
}

}  // namespace pith::cli
