#include "input_files.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>

#include "io/warc_reader.h"

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

std::vector<InputItem> expand_input_items(const std::vector<std::string>& args, std::string& error) {
  std::vector<InputItem> items;
  for (const std::string& arg : args) {
    std::error_code ec;
    if (arg != "-" && fs::is_directory(arg, ec)) {
      std::vector<std::string> files = expand_inputs({arg}, error);
      if (!error.empty()) return {};
      for (std::string& f : files) items.push_back({std::move(f), {}});
    } else {
      items.push_back({arg, {}});
    }
  }
  return items;
}

bool read_input_list(const std::string& list_path, std::vector<InputItem>& items, std::string& error) {
  auto data = read_input(list_path, error);
  if (!data) return false;
  size_t pos = 0;
  while (pos < data->size()) {
    size_t end = data->find('\n', pos);
    if (end == std::string::npos) end = data->size();
    std::string line = data->substr(pos, end - pos);
    pos = end + 1;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    std::string path = line.substr(0, tab);
    std::string url = tab == std::string::npos ? std::string() : line.substr(tab + 1);
    std::vector<InputItem> expanded = expand_input_items({path}, error);
    if (!error.empty()) return false;
    for (InputItem& item : expanded) {
      item.url = url;
      items.push_back(std::move(item));
    }
  }
  return true;
}

bool is_warc_file(const std::string& path) {
  if (path == "-") return false;
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return false;
  // Enough for a gzip member header and the first inflated bytes.
  char head[512];
  size_t n = std::fread(head, 1, sizeof head, f);
  std::fclose(f);
  return io::looks_like_warc(std::string_view(head, n));
}

std::optional<std::string> read_input(const std::string& path, std::string& error, size_t max_bytes) {
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
  while (data.size() < max_bytes && (n = std::fread(buffer, 1, std::min(sizeof buffer, max_bytes - data.size()), f)) > 0)
    data.append(buffer, n);
  bool failed = std::ferror(f);
  std::fclose(f);
  if (failed) {
    error = path + ": read error: " + std::strerror(errno);
    return std::nullopt;
  }
  return data;
}

}  // namespace pith::cli
