#include "output/json_writer.h"

#include <gtest/gtest.h>

namespace pith::output {
namespace {

std::string json(std::string_view s) {
  std::string out;
  append_json_string(out, s);
  return out;
}

TEST(JsonWriterTest, EscapesQuotesBackslashesAndControls) {
  EXPECT_EQ(json("a\"b\\c/d"), "\"a\\\"b\\\\c/d\"");
  EXPECT_EQ(json("\n\r\t\b\f"), "\"\\n\\r\\t\\b\\f\"");
  EXPECT_EQ(json(std::string_view("\x00\x01\x1f\x7f", 4)), "\"\\u0000\\u0001\\u001f\x7f\"");
  EXPECT_EQ(json("line\xE2\x80\xA8sep\xE2\x80\xA9"), "\"line\\u2028sep\\u2029\"");
  // NEL (U+0085, seen in a real page of the readability set): Python's
  // str.splitlines() ends a line there, so a JSONL record must not hold it raw.
  EXPECT_EQ(json("a\xC2\x85" "b"), "\"a\\u0085b\"");
}

TEST(JsonWriterTest, KeepsValidUtf8) {
  EXPECT_EQ(json("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80"), "\"caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80\"");
}

TEST(JsonWriterTest, ReplacesInvalidUtf8) {
  const std::string r = "\xEF\xBF\xBD";
  EXPECT_EQ(json("a\xFF" "b"), "\"a" + r + "b\"");
  EXPECT_EQ(json("\xC3"), "\"" + r + "\"");                        // truncated at the end
  EXPECT_EQ(json("\xC0\xAF"), "\"" + r + r + "\"");                // overlong: two bad bytes
  EXPECT_EQ(json("\xED\xA0\x80"), "\"" + r + r + r + "\"");        // surrogate
  EXPECT_EQ(json("\xE2\x82" "x"), "\"" + r + "x\"");               // maximal subpart is one U+FFFD
  EXPECT_EQ(json("\xF4\x90\x80\x80"), "\"" + r + r + r + r + "\"");  // above U+10FFFF
  EXPECT_EQ(json("\xF0\x9F\x98"), "\"" + r + "\"");
}

TEST(JsonWriterTest, ObjectBuilder) {
  JsonObject o;
  o.field("s", "x").field("list", std::vector<std::string>{"a", "b"}).field("n", 0.12345).field("b", true);
  o.null_field("z").field("empty", std::vector<std::string>{}).field("whole", 1.0).field("nan", 0.0 / 0.0);
  EXPECT_EQ(o.str(),
            "{\"s\": \"x\", \"list\": [\"a\", \"b\"], \"n\": 0.1235, \"b\": true, \"z\": null, \"empty\": [], "
            "\"whole\": 1, \"nan\": 0}");
  EXPECT_EQ(JsonObject().str(), "{}");
}

TEST(JsonWriterTest, WholeDocument) {
  Document d;
  d.title = "T\"itle";
  d.author = "A; B";
  d.date = "2024-01-02";
  d.hostname = "example.com";
  d.url = "https://example.com/x";
  d.categories = {"news"};
  d.confidence = 0.75;
  d.text = "one\ntwo";
  d.warnings = {"w"};
  EXPECT_EQ(write_json(d),
            "{\"title\": \"T\\\"itle\", \"author\": \"A; B\", \"date\": \"2024-01-02\", \"date_modified\": \"\", "
            "\"sitename\": \"\", \"hostname\": \"example.com\", \"language\": \"\", "
            "\"url\": \"https://example.com/x\", \"description\": \"\", \"image\": \"\", \"categories\": [\"news\"], "
            "\"tags\": [], \"license\": \"\", \"confidence\": 0.75, \"text\": \"one\\ntwo\", \"warnings\": [\"w\"]}");
}

}  // namespace
}  // namespace pith::output
