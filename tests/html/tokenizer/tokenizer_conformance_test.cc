// Runs every html5lib-tests tokenizer case (../shared/html5lib-tests/tokenizer,
// all *.test files) against pith::html::Tokenizer. Character tokens are merged
// on both sides. Fails when the pass rate drops below 99% or when a failing
// case is not in tests/conformance/known_failures_tokenizer.txt
// (file <TAB> description <TAB> reason). Parse errors are checked loosely: a
// passing case must agree on whether the tokenizer reports any error at all.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "html/tokenizer/char_ref.h"
#include "html/tokenizer/tokenizer.h"

#include "test_files.h"
namespace pith::html {
namespace {

using nlohmann::json;

using test::read_file;

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// doubleEscaped tests spell code points as "\uXXXX" inside the JSON string.
// Surrogate pairs are combined; lone surrogates become WTF-8, which the
// tokenizer passes through like any other non-ASCII bytes.
std::string unescape(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 5 < s.size() + 0 && s[i + 1] == 'u') {
      uint32_t cp = 0;
      bool ok = true;
      for (size_t k = 0; k < 4; ++k) {
        int v = hex_value(s[i + 2 + k]);
        if (v < 0) ok = false;
        cp = cp * 16 + static_cast<uint32_t>(v < 0 ? 0 : v);
      }
      if (ok) {
        i += 5;
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 < s.size() && s[i + 1] == '\\' && s[i + 2] == 'u') {
          uint32_t lo = 0;
          bool ok2 = true;
          for (size_t k = 0; k < 4; ++k) {
            int v = hex_value(s[i + 3 + k]);
            if (v < 0) ok2 = false;
            lo = lo * 16 + static_cast<uint32_t>(v < 0 ? 0 : v);
          }
          if (ok2 && lo >= 0xDC00 && lo <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            i += 6;
          }
        }
        char buf[4];
        out.append(buf, encode_utf8(cp, buf));
        continue;
      }
    }
    out.push_back(s[i]);
  }
  return out;
}

// The input stream's newline normalisation: CR LF and lone CR become LF.
std::string normalize_newlines(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r') {
      out.push_back('\n');
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

// Unescapes every string in an expected-output token (recursively through
// attribute objects) and merges adjacent Character tokens.
json normalize_expected(const json& output, bool double_escaped) {
  json merged = json::array();
  for (const json& token : output) {
    json t = token;
    if (double_escaped) {
      for (auto& field : t) {
        if (field.is_string()) field = unescape(field.get<std::string>());
        if (field.is_object()) {
          json obj = json::object();
          for (auto& [k, v] : field.items()) obj[unescape(k)] = unescape(v.get<std::string>());
          field = obj;
        }
      }
    }
    if (t[0] == "Character" && !merged.empty() && merged.back()[0] == "Character") {
      merged.back()[1] = merged.back()[1].get<std::string>() + t[1].get<std::string>();
    } else {
      merged.push_back(t);
    }
  }
  return merged;
}

json tokenize(const std::string& input, TokenizerState state, const std::string& last_start_tag,
              uint32_t* errors) {
  Tokenizer tokenizer(input);
  tokenizer.set_state(state);
  if (!last_start_tag.empty()) tokenizer.set_last_start_tag(last_start_tag);
  json out = json::array();
  for (int guard = 0; guard < 1000000; ++guard) {
    const Token& t = tokenizer.next();
    switch (t.type) {
      case TokenType::EndOfFile:
        *errors = tokenizer.parse_errors();
        return out;
      case TokenType::Characters: {
        std::string data(t.data);
        if (!out.empty() && out.back()[0] == "Character")
          out.back()[1] = out.back()[1].get<std::string>() + data;
        else
          out.push_back(json::array({"Character", data}));
        break;
      }
      case TokenType::Comment:
        out.push_back(json::array({"Comment", std::string(t.data)}));
        break;
      case TokenType::StartTag: {
        json attrs = json::object();
        for (const auto& a : t.attributes) attrs[std::string(a.name)] = std::string(a.value);
        json tok = json::array({"StartTag", std::string(t.name), attrs});
        if (t.self_closing) tok.push_back(true);
        out.push_back(tok);
        break;
      }
      case TokenType::EndTag:
        out.push_back(json::array({"EndTag", std::string(t.name)}));
        break;
      case TokenType::Doctype:
        out.push_back(json::array({"DOCTYPE", t.has_name ? json(std::string(t.name)) : json(nullptr),
                                   t.has_public_id ? json(std::string(t.public_id)) : json(nullptr),
                                   t.has_system_id ? json(std::string(t.system_id)) : json(nullptr),
                                   !t.force_quirks}));
        break;
    }
  }
  out.push_back("<<tokenizer did not reach EOF>>");
  return out;
}

bool state_from_name(const std::string& name, TokenizerState* state) {
  static const std::pair<const char*, TokenizerState> kStates[] = {
      {"Data state", TokenizerState::Data},          {"PLAINTEXT state", TokenizerState::Plaintext},
      {"RCDATA state", TokenizerState::Rcdata},      {"RAWTEXT state", TokenizerState::Rawtext},
      {"Script data state", TokenizerState::ScriptData}, {"CDATA section state", TokenizerState::CdataSection},
  };
  for (const auto& [n, s] : kStates)
    if (name == n) {
      *state = s;
      return true;
    }
  return false;
}

std::set<std::string> load_known_failures() {
  std::set<std::string> known;
  std::ifstream in(std::string(PITH_SOURCE_DIR) + "/tests/conformance/known_failures_tokenizer.txt");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    size_t tab1 = line.find('\t');
    if (tab1 == std::string::npos) continue;
    size_t tab2 = line.find('\t', tab1 + 1);
    known.insert(line.substr(0, tab2));  // "file<TAB>description"
  }
  return known;
}

// Parse errors of the input stream (HTML Standard §13.2.3.5), reported by
// decoding, not by the tokenizer.
const std::set<std::string> kInputStreamErrors = {
    "control-character-in-input-stream", "noncharacter-in-input-stream", "surrogate-in-input-stream"};

std::string printable(const json& j) { return j.dump(-1, ' ', true, json::error_handler_t::replace); }

TEST(TokenizerConformance, Html5libTokenizerTests) {
  std::filesystem::path dir = std::filesystem::path(PITH_SHARED_DIR) / "html5lib-tests/tokenizer";
  ASSERT_TRUE(std::filesystem::is_directory(dir)) << dir;
  std::set<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.path().extension() == ".test") files.insert(entry.path());
  EXPECT_EQ(files.size(), 14u);

  std::set<std::string> known = load_known_failures();
  int passed = 0, failed = 0, unexpected = 0, error_presence_mismatches = 0;
  for (const auto& path : files) {
    json doc = json::parse(read_file(path));
    std::string file = path.filename().string();
    for (const char* key : {"tests", "xmlViolationTests"}) {
      if (!doc.contains(key)) continue;
      for (const json& test : doc[key]) {
        std::string description = test.value("description", "");
        bool double_escaped = test.value("doubleEscaped", false);
        std::string input = test["input"].get<std::string>();
        if (double_escaped) input = unescape(input);
        input = normalize_newlines(input);
        json expected = normalize_expected(test["output"], double_escaped);
        std::string last_start_tag = test.value("lastStartTag", "");
        std::vector<std::string> states = {"Data state"};
        if (test.contains("initialStates")) states = test["initialStates"].get<std::vector<std::string>>();
        for (const std::string& state_name : states) {
          TokenizerState state;
          ASSERT_TRUE(state_from_name(state_name, &state)) << state_name;
          uint32_t errors = 0;
          json actual = tokenize(input, state, last_start_tag, &errors);
          if (actual == expected) {
            ++passed;
            // Loose error check: whether there is a parse error at all must
            // agree, except for the input stream's own errors (controls,
            // noncharacters, surrogates in the text), which belong to decoding.
            size_t tokenizer_errors = 0, stream_errors = 0;
            if (test.contains("errors"))
              for (const json& e : test["errors"])
                (kInputStreamErrors.count(e.value("code", "")) ? stream_errors : tokenizer_errors)++;
            bool agree = (tokenizer_errors == 0) == (errors == 0) || (tokenizer_errors == 0 && stream_errors > 0);
            if (!agree) {
              ++error_presence_mismatches;
              ADD_FAILURE() << file << " | " << description << " | " << state_name << ": expected "
                            << tokenizer_errors << " parse errors, counted " << errors;
            }
            continue;
          }
          ++failed;
          if (known.count(file + "\t" + description) == 0) {
            ++unexpected;
            ADD_FAILURE() << file << " | " << description << " | " << state_name
                          << "\n  input:    " << printable(json(input))
                          << "\n  expected: " << printable(expected)
                          << "\n  actual:   " << printable(actual);
          }
        }
      }
    }
  }
  std::cout << "tokenizer: " << passed << " passed, " << failed << " failed" << std::endl;
  std::cout << "tokenizer: " << error_presence_mismatches
            << " passing cases disagree on whether there is a parse error" << std::endl;
  EXPECT_GE(passed * 100.0, 99.0 * (passed + failed));
  EXPECT_EQ(unexpected, 0);
}

}  // namespace
}  // namespace pith::html
