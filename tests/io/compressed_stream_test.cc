// Decompression by magic bytes: gzip members and zstd frames concatenated, a
// .warc.zst file's dictionary frame, damaged and truncated data.
#include "io/compressed_stream.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "io/warc_reader.h"
#include "warc_fixtures.h"

namespace pith::io {
namespace {

using test_fixtures::gzip_member;
using test_fixtures::read_ids;
using test_fixtures::zstd_frame;

std::string little_endian(uint32_t v) {
  return {char(v & 0xFF), char((v >> 8) & 0xFF), char((v >> 16) & 0xFF), char(v >> 24)};
}

std::string record(const std::string& id, const std::string& block) {
  return test_fixtures::record("response", id, block);
}

TEST(CompressedStreamTest, CompressionByMagicBytes) {
  EXPECT_EQ(compression_of(gzip_member("x")), Compression::Gzip);
  EXPECT_EQ(compression_of(zstd_frame("x")), Compression::Zstd);
  EXPECT_EQ(compression_of(little_endian(0x184D2A5D) + little_endian(0)), Compression::Zstd);
  EXPECT_EQ(compression_of("<!doctype html>"), Compression::None);
  EXPECT_EQ(compression_of(""), Compression::None);
}

TEST(CompressedStreamTest, DecompressesConcatenatedMembersAndFrames) {
  std::string error;
  EXPECT_EQ(decompress(gzip_member("one ") + gzip_member("two"), 100, error), "one two");
  EXPECT_EQ(decompress(zstd_frame("one ") + zstd_frame("two"), 100, error), "one two");
  EXPECT_EQ(decompress("<p>plain</p>", 100, error), "<p>plain</p>");
  EXPECT_TRUE(error.empty()) << error;
  // At most max_bytes of a large result.
  std::string big(1 << 20, 'x');
  EXPECT_EQ(decompress(gzip_member(big), 1000, error).size(), 1000u);
  EXPECT_EQ(decompress(zstd_frame(big), 200000, error).size(), 200000u);
  EXPECT_TRUE(error.empty()) << error;
  // Cut short: what came before, and why it stopped.
  std::string cut = zstd_frame("complete ") + zstd_frame(big).substr(0, 20);
  EXPECT_EQ(decompress(cut, 100, error), "complete ");
  EXPECT_NE(error.find("truncated zstd data"), std::string::npos) << error;
}

TEST(CompressedStreamTest, WarcZstWithADictionaryAndADamagedFrame) {
  // The dictionary travels in the file's first frame, as .warc.zst writers
  // put it; every record is its own frame compressed with it.
  const std::string dictionary = record("<urn:uuid:0>", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html>");
  const std::string dictionary_frame = little_endian(0x184D2A5D) + little_endian(uint32_t(dictionary.size())) + dictionary;
  std::string a = zstd_frame(record("<a>", "HTTP/1.1 200 OK\r\n\r\n<html>a"), dictionary);
  std::string b = zstd_frame(record("<b>", "HTTP/1.1 200 OK\r\n\r\n<html>b"), dictionary);
  std::string c = zstd_frame(record("<c>", "HTTP/1.1 200 OK\r\n\r\n<html>c"), dictionary);
  std::string file = dictionary_frame + a + b + c;
  EXPECT_TRUE(looks_like_warc(file.substr(0, 512)));
  std::vector<std::string> errors;
  WarcReader reader(WarcReader::InMemory{file});
  EXPECT_EQ(read_ids(reader, errors), "<a><b><c>");
  EXPECT_TRUE(errors.empty());

  // Without the dictionary the frames cannot be read: an error each.
  errors.clear();
  std::string no_dictionary = a + b;
  WarcReader lost(WarcReader::InMemory{no_dictionary});
  EXPECT_EQ(read_ids(lost, errors), "");
  EXPECT_FALSE(errors.empty());

  // A damaged frame costs its record only.
  std::string damaged = b;
  for (size_t i = 6; i < damaged.size() - 4; ++i) damaged[i] = '\xff';
  errors.clear();
  std::string with_damage = dictionary_frame + a + damaged + c;
  WarcReader on(WarcReader::InMemory{with_damage});
  EXPECT_EQ(read_ids(on, errors), "<a><c>");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find("bad zstd data"), std::string::npos) << errors[0];
}

}  // namespace
}  // namespace pith::io
