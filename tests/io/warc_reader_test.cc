// WARC reading on real Common Crawl files (../shared/warc) and on small
// hand-made ones: gzip members, plain files, damaged files.
#include "io/warc_reader.h"

#include "test_files.h"
#include "warc_fixtures.h"
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

namespace pith::io {
namespace {

namespace fs = std::filesystem;

const std::string kWarcDir = PITH_SHARED_DIR "/warc/";

using test::read_file;

fs::path temp_file(const std::string& name, const std::string& data) {
  fs::path p = fs::path(::testing::TempDir()) / name;
  std::ofstream(p, std::ios::binary) << data;
  return p;
}

using test_fixtures::gzip_member;
using test_fixtures::read_ids;
using test_fixtures::record;

TEST(WarcReaderTest, CommonCrawlWarcWithOneGzipMemberPerRecord) {
  WarcReader reader(kWarcDir + "CC-MAIN-2020-34-sample16.warc.gz");
  ASSERT_TRUE(reader.ok()) << reader.error();
  std::map<std::string, int> types;
  WarcRecord r;
  std::string first_response_uri, first_response_block;
  while (reader.next(r)) {
    ++types[r.type];
    if (r.type == "response" && first_response_uri.empty()) {
      first_response_uri = r.target_uri;
      first_response_block = r.block;
    }
    EXPECT_EQ(r.record_id.rfind("<urn:uuid:", 0), 0u) << r.record_id;
  }
  EXPECT_TRUE(reader.ok()) << reader.error();
  EXPECT_EQ(types["warcinfo"], 1);
  EXPECT_EQ(types["request"], 17);
  EXPECT_EQ(types["response"], 16);
  EXPECT_EQ(types["metadata"], 16);
  EXPECT_EQ(first_response_uri, "http://003338.cn/l41/481397.html");
  EXPECT_EQ(first_response_block.rfind("HTTP/1.1 200", 0), 0u) << first_response_block.substr(0, 40);
}

// Which records are pages: responses, WET conversions, and resources holding
// a page (an archive of saved files); not requests, metadata, revisits, or an image resource.
TEST(WarcReaderTest, DocumentRecords) {
  const auto with_type = [](const std::string& type, const std::string& content_type) {
    std::string head = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:x>\r\n";
    if (!content_type.empty()) head += "Content-Type: " + content_type + "\r\n";
    head += "Content-Length: 6\r\n\r\n<p>x</p\r\n\r\n";
    WarcReader reader(WarcReader::InMemory{head});
    WarcRecord r;
    EXPECT_TRUE(reader.next(r)) << reader.error();
    return r.is_document();
  };
  EXPECT_TRUE(with_type("response", "application/http; msgtype=response"));
  EXPECT_TRUE(with_type("conversion", "text/plain"));
  EXPECT_TRUE(with_type("resource", "text/html; charset=utf-8"));
  EXPECT_TRUE(with_type("resource", "Text/Plain"));
  EXPECT_FALSE(with_type("resource", "image/png"));
  EXPECT_FALSE(with_type("resource", ""));
  EXPECT_FALSE(with_type("request", "application/http; msgtype=request"));
  EXPECT_FALSE(with_type("revisit", "application/http; msgtype=response"));
  EXPECT_FALSE(with_type("metadata", "application/warc-fields"));
}

TEST(WarcReaderTest, WetConversionRecord) {
  WarcReader reader(kWarcDir + "CC-MAIN-2024-22-escopete.warc.wet.gz");
  WarcRecord info, text, none;
  ASSERT_TRUE(reader.next(info)) << reader.error();
  ASSERT_TRUE(reader.next(text)) << reader.error();
  EXPECT_FALSE(reader.next(none));
  EXPECT_TRUE(reader.ok()) << reader.error();
  EXPECT_EQ(info.type, "warcinfo");
  EXPECT_EQ(text.type, "conversion");
  EXPECT_EQ(text.target_uri, "https://an.wikipedia.org/wiki/Escopete");
  EXPECT_EQ(text.header.find("Content-Type").value_or(""), "text/plain");
  EXPECT_EQ(text.block.rfind("Escopete - Biquipedia", 0), 0u) << text.block.substr(0, 40);
}

TEST(WarcReaderTest, PlainFileAndLargeBlocks) {
  std::string big(300000, 'x');  // spans several read chunks
  fs::path p = temp_file("plain.warc", record("response", "a", "HTTP/1.1 200 OK\r\n\r\n<p>a") +
                                           record("conversion", "b", big) + record("metadata", "c", ""));
  EXPECT_TRUE(looks_like_warc(read_file(p.string())));
  WarcReader reader(p.string());
  WarcRecord r;
  ASSERT_TRUE(reader.next(r));
  EXPECT_EQ(r.block, "HTTP/1.1 200 OK\r\n\r\n<p>a");
  ASSERT_TRUE(reader.next(r));
  EXPECT_EQ(r.block, big);
  EXPECT_EQ(r.target_uri, "https://example.org/b");
  ASSERT_TRUE(reader.next(r));
  EXPECT_EQ(r.block, "");
  EXPECT_FALSE(reader.next(r));
  EXPECT_TRUE(reader.ok());
}

TEST(WarcReaderTest, DamagedFilesReportAnError) {
  std::string whole = record("response", "a", "0123456789");
  WarcReader truncated(temp_file("cut.warc", whole.substr(0, whole.size() - 10)).string());
  WarcRecord r;
  EXPECT_FALSE(truncated.next(r));
  EXPECT_NE(truncated.error().find("truncated"), std::string::npos) << truncated.error();

  WarcReader junk(temp_file("junk.warc", "<html>not a warc</html>").string());
  EXPECT_FALSE(junk.next(r));
  EXPECT_FALSE(junk.ok());

  WarcReader no_length(temp_file("nolength.warc", "WARC/1.0\r\nWARC-Type: x\r\n\r\nabc").string());
  EXPECT_FALSE(no_length.next(r));
  EXPECT_NE(no_length.error().find("Content-Length"), std::string::npos);

  WarcReader missing("/no/such/file.warc");
  EXPECT_FALSE(missing.ok());
  EXPECT_FALSE(missing.next(r));
}

TEST(WarcReaderTest, ReadingGoesOnAfterADamagedRecord) {
  // A plain file: a record whose header was overwritten, one whose length is
  // garbage, then good records again.
  std::string b = record("response", "b", "bbbb");
  std::string c = record("response", "c", "cccc");
  std::string plain = record("response", "a", "aaaa") + "XXXXX" + b.substr(5) +
                      "WARC/1.0\r\nContent-Length: 12x\r\n\r\n" + c + record("response", "d", "dddd");
  WarcReader reader(temp_file("damaged.warc", plain).string());
  std::vector<std::string> errors;
  EXPECT_EQ(read_ids(reader, errors), "acd");
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_NE(errors[0].find("record 2 (uncompressed byte " + std::to_string(record("response", "a", "aaaa").size())),
            std::string::npos)
      << errors[0];
  EXPECT_NE(errors[0].find("not a WARC record header"), std::string::npos) << errors[0];
  EXPECT_NE(errors[1].find("Content-Length"), std::string::npos) << errors[1];
}

TEST(WarcReaderTest, ReadingGoesOnAfterADamagedGzipMember) {
  std::string big;  // a member larger than one read chunk: bytes that do not compress
  for (uint32_t x = 1; big.size() < 100000;) {
    x = x * 1664525u + 1013904223u;
    big.push_back(static_cast<char>('a' + (x >> 24) % 26));
  }
  std::string a = gzip_member(record("response", "a", "aaaa"));
  std::string b = gzip_member(record("response", "b", big));
  std::string c = gzip_member(record("response", "c", "cccc"));
  std::string damaged = b;
  for (size_t i = 40; i < 90; ++i) damaged[i] = static_cast<char>(0xff);  // inside the deflate data
  std::vector<std::string> errors;
  WarcReader reader(temp_file("damaged.warc.gz", a + damaged + c + a).string());
  EXPECT_EQ(read_ids(reader, errors), "aca");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find("record 2"), std::string::npos) << errors[0];
  EXPECT_NE(errors[0].find("bad gzip data"), std::string::npos) << errors[0];

  // A file cut inside its last member: the records before it, one error.
  errors.clear();
  std::string cut = a + c + b;
  WarcReader truncated(temp_file("cut.warc.gz", cut.substr(0, cut.size() - 500)).string());
  EXPECT_EQ(read_ids(truncated, errors), "ac");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find("truncated"), std::string::npos) << errors[0];

  // Undamaged, the same members read as they are.
  errors.clear();
  WarcReader whole(temp_file("whole.warc.gz", a + b + c).string());
  EXPECT_EQ(read_ids(whole, errors), "abc");
  EXPECT_TRUE(errors.empty());
}

TEST(WarcReaderTest, LooksLikeWarc) {
  EXPECT_TRUE(looks_like_warc(read_file(kWarcDir + "CC-MAIN-2024-22-escopete.warc.wet.gz")));
  EXPECT_TRUE(looks_like_warc(read_file(kWarcDir + "CC-MAIN-2020-34-sample16.warc.gz").substr(0, 512)));
  EXPECT_FALSE(looks_like_warc("<!doctype html>"));
  EXPECT_FALSE(looks_like_warc(std::string("\x1f\x8b\x08\x00garbage", 11)));
  EXPECT_FALSE(looks_like_warc(""));
}

}  // namespace
}  // namespace pith::io
