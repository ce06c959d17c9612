// Decompression by magic bytes: gzip members and zstd frames concatenated, a
// .warc.zst file's dictionary frame, damaged and truncated data.
#include "io/compressed_stream.h"

#include <gtest/gtest.h>
#include <zlib.h>
#include <zstd.h>

#include <string>
#include <vector>

#include "io/warc_reader.h"

namespace pith::io {
namespace {

std::string gzip_member(const std::string& data) {
  z_stream z{};
  EXPECT_EQ(deflateInit2(&z, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&z, data.size()) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&z, Z_FINISH), Z_STREAM_END);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

// One zstd frame of `data`, compressed with `dictionary` when it is not empty.
std::string zstd_frame(const std::string& data, const std::string& dictionary = "") {
  ZSTD_CCtx* cctx = ZSTD_createCCtx();
  if (!dictionary.empty()) ZSTD_CCtx_loadDictionary(cctx, dictionary.data(), dictionary.size());
  std::string out(ZSTD_compressBound(data.size()), '\0');
  size_t n = ZSTD_compress2(cctx, out.data(), out.size(), data.data(), data.size());
  EXPECT_FALSE(ZSTD_isError(n));
  ZSTD_freeCCtx(cctx);
  out.resize(n);
  return out;
}

std::string little_endian(uint32_t v) {
  return {char(v & 0xFF), char((v >> 8) & 0xFF), char((v >> 16) & 0xFF), char(v >> 24)};
}

std::string record(const std::string& id, const std::string& block) {
  return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: " + id + "\r\nContent-Length: " +
         std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
}

std::string read_ids(WarcReader& reader, std::vector<std::string>& errors) {
  std::string ids;
  WarcRecord r;
  while (true) {
    while (reader.next(r)) ids += r.record_id;
    if (reader.ok()) break;
    errors.push_back(reader.error());
    if (!reader.resume() && reader.ok()) break;
  }
  return ids;
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
