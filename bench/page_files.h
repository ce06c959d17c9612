// The page files a benchmark runs over: every regular file below a directory
// (sorted, so passes and machines see the same order), or the one file named.
#pragma once

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

namespace pith::bench {

inline std::vector<std::string> page_files(const std::string& where) {
  namespace fs = std::filesystem;
  std::vector<std::string> paths;
  std::error_code ec;
  if (fs::is_directory(where, ec)) {
    for (auto it = fs::recursive_directory_iterator(where, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec))
      if (it->is_regular_file(ec)) paths.push_back(it->path().string());
    std::sort(paths.begin(), paths.end());
  } else if (fs::is_regular_file(where, ec)) {
    paths.push_back(where);
  }
  return paths;
}

}  // namespace pith::bench
