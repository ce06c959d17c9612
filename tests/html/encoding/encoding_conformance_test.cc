// Runs every html5lib-tests encoding case (encoding/*.dat, encoding/scripted/,
// and the chardet/ sample) through decode_input and compares the detected
// encoding's name case-insensitively. Prints "encoding: N passed, N failed";
// fails on a pass rate below 95% or on any failure not listed in
// tests/conformance/known_failures_encoding.txt ("file index reason" lines).

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "html/encoding/input_decoder.h"

#include "test_files.h"
namespace pith::html {
namespace {

namespace fs = std::filesystem;

const fs::path kEncodingTests = fs::path(PITH_SHARED_DIR) / "html5lib-tests" / "encoding";
const fs::path kKnownFailures = fs::path(PITH_SOURCE_DIR) / "tests" / "conformance" / "known_failures_encoding.txt";

struct EncodingCase {
  std::string file;  // relative to kEncodingTests
  int index;
  std::string data;
  std::string expected;
};

using test::read_file;

// The html5lib format: "#data\n<bytes>\n#encoding\n<name>\n", blank line between
// cases. The newline before "#encoding" is not part of the data.
std::vector<EncodingCase> parse_dat(const std::string& file, const std::string& text) {
  std::vector<EncodingCase> cases;
  const std::string data_marker = "#data\n", encoding_marker = "\n#encoding\n";
  size_t at = text.rfind(data_marker, 0) == 0 ? 0 : text.find("\n" + data_marker);
  while (at != std::string::npos) {
    const size_t data_start = text.find(data_marker, at) + data_marker.size();
    const size_t data_end = text.find(encoding_marker, data_start);
    if (data_end == std::string::npos) break;
    const size_t name_start = data_end + encoding_marker.size();
    size_t name_end = text.find('\n', name_start);
    if (name_end == std::string::npos) name_end = text.size();
    cases.push_back({file, static_cast<int>(cases.size()), text.substr(data_start, data_end - data_start),
                     text.substr(name_start, name_end - name_start)});
    at = text.find("\n" + data_marker, name_end);
  }
  return cases;
}

std::string lowercase(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::vector<EncodingCase> load_cases() {
  std::vector<EncodingCase> cases;
  std::vector<fs::path> files;
  for (const fs::path& dir : {kEncodingTests, kEncodingTests / "scripted"}) {
    if (!fs::is_directory(dir)) continue;
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.path().extension() == ".dat") files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& path : files) {
    const std::string name = fs::relative(path, kEncodingTests).generic_string();
    for (EncodingCase& c : parse_dat(name, read_file(path))) cases.push_back(std::move(c));
  }
  // chardet/test_<encoding>.txt: a plain text sample, expected encoding in the name.
  if (fs::is_directory(kEncodingTests / "chardet")) {
    std::vector<fs::path> samples;
    for (const auto& entry : fs::directory_iterator(kEncodingTests / "chardet")) samples.push_back(entry.path());
    std::sort(samples.begin(), samples.end());
    for (const fs::path& path : samples) {
      const std::string stem = path.stem().string();
      if (stem.rfind("test_", 0) != 0) continue;
      cases.push_back({fs::relative(path, kEncodingTests).generic_string(), 0, read_file(path), stem.substr(5)});
    }
  }
  return cases;
}

// "file index" keys of the known failures.
std::set<std::string> load_known_failures() {
  std::set<std::string> known;
  std::ifstream in(kKnownFailures);
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string file, index;
    if (line.empty() || line[0] == '#' || !(fields >> file >> index)) continue;
    known.insert(file + " " + index);
  }
  return known;
}

TEST(EncodingConformance, Html5libEncodingTests) {
  const std::vector<EncodingCase> cases = load_cases();
  ASSERT_FALSE(cases.empty()) << "no tests under " << kEncodingTests;
  const std::set<std::string> known = load_known_failures();
  int passed = 0, failed = 0;
  for (const EncodingCase& c : cases) {
    const DecodedInput decoded = decode_input(c.data, "");
    const std::string key = c.file + " " + std::to_string(c.index);
    if (lowercase(decoded.encoding) == lowercase(c.expected)) {
      ++passed;
      continue;
    }
    ++failed;
    if (known.count(key) == 0) {
      ADD_FAILURE() << key << ": expected " << c.expected << ", got " << decoded.encoding;
    }
  }
  std::cout << "encoding: " << passed << " passed, " << failed << " failed\n";
  EXPECT_GE(passed * 100, 95 * (passed + failed));
}

}  // namespace
}  // namespace pith::html
