#include "io/http_body.h"

#include <brotli/encode.h>
#include <gtest/gtest.h>
#include <zlib.h>

#include <string>

#include "warc_fixtures.h"

namespace pith::io {
namespace {

using test_fixtures::gzip_member;
using test_fixtures::zstd_frame;

const std::string kPage = "<html><body><p>" + std::string(3000, 'x') + " the article</p></body></html>";

MessageHeader header(const std::string& fields) {
  auto h = parse_message_header("HTTP/1.1 200 OK\r\n" + fields + "\r\n", "HTTP/");
  EXPECT_TRUE(h.has_value());
  return *h;
}

std::string decode(const std::string& fields, const std::string& body, std::string* error = nullptr,
                   size_t max_bytes = 1 << 20) {
  std::string why;
  auto out = decode_http_body(header(fields), body, max_bytes, why);
  if (error) *error = why;
  return out ? *out : "<not decoded>";
}

std::string chunked(const std::string& data, size_t step) {
  std::string out;
  for (size_t i = 0; i < data.size(); i += step) {
    const std::string piece = data.substr(i, step);
    char size[32];
    std::snprintf(size, sizeof size, "%zx", piece.size());
    out += std::string(size) + "\r\n" + piece + "\r\n";
  }
  return out + "0\r\n\r\n";
}

std::string zlib_deflate(const std::string& data, int window_bits) {
  z_stream z{};
  EXPECT_EQ(deflateInit2(&z, 6, Z_DEFLATED, window_bits, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&z, data.size()), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = uInt(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = uInt(out.size());
  EXPECT_EQ(deflate(&z, Z_FINISH), Z_STREAM_END);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

std::string brotli(const std::string& data) {
  size_t size = BrotliEncoderMaxCompressedSize(data.size());
  std::string out(size, '\0');
  EXPECT_TRUE(BrotliEncoderCompress(BROTLI_DEFAULT_QUALITY, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_TEXT, data.size(),
                                    reinterpret_cast<const uint8_t*>(data.data()), &size,
                                    reinterpret_cast<uint8_t*>(out.data())));
  out.resize(size);
  return out;
}

TEST(HttpBody, PlainBodiesAreLeftAlone) {
  EXPECT_EQ(decode("Content-Type: text/html\r\n", kPage), "<not decoded>");
  EXPECT_EQ(decode("Content-Encoding: identity\r\n", kPage), "<not decoded>");
}

TEST(HttpBody, ChunkedTransferCodingIsRemoved) {
  EXPECT_EQ(decode("Transfer-Encoding: chunked\r\n", chunked(kPage, 500)), kPage);
  // Extensions, LF line ends, upper-case hex and a trailer are all read.
  EXPECT_EQ(decode("Transfer-Encoding: Chunked\r\n", "5;name=value\nHello\n1A\n" + std::string(26, 'y') +
                                                         "\n0\nExpires: never\n\n"),
            "Hello" + std::string(26, 'y'));
}

TEST(HttpBody, ContentCodingsAreUndone) {
  const std::string fields = "Content-Encoding: ";
  EXPECT_EQ(decode(fields + "gzip\r\n", gzip_member(kPage)), kPage);
  EXPECT_EQ(decode(fields + "x-gzip\r\n", gzip_member(kPage)), kPage);
  EXPECT_EQ(decode(fields + "deflate\r\n", zlib_deflate(kPage, 15)), kPage);
  EXPECT_EQ(decode(fields + "deflate\r\n", zlib_deflate(kPage, -15)), kPage);  // raw deflate, as some servers send
  EXPECT_EQ(decode(fields + "br\r\n", brotli(kPage)), kPage);
  EXPECT_EQ(decode(fields + "zstd\r\n", zstd_frame(kPage)), kPage);
  // Gzip sent chunked: the transfer coding comes off first.
  EXPECT_EQ(decode("Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n", chunked(gzip_member(kPage), 100)),
            kPage);
  // Two content codings, undone last first.
  EXPECT_EQ(decode(fields + "deflate, gzip\r\n", gzip_member(zlib_deflate(kPage, 15))), kPage);
}

// Writers that decode the body and keep the header: the body is taken as it is.
TEST(HttpBody, ABodyAlreadyDecodedUnderItsHeaderStaysAsItIs) {
  std::string error;
  EXPECT_EQ(decode("Content-Encoding: gzip\r\n", kPage, &error), "<not decoded>");
  EXPECT_EQ(decode("Content-Encoding: br\r\n", kPage, &error), "<not decoded>");
  EXPECT_EQ(decode("Content-Encoding: deflate\r\n", kPage, &error), "<not decoded>");
  EXPECT_EQ(decode("Transfer-Encoding: chunked\r\n", kPage, &error), "<not decoded>");
  EXPECT_EQ(error, "");
  EXPECT_EQ(decode("Content-Encoding: compress\r\n", kPage), "<not decoded>");  // unknown coding
  // De-chunked but still gzip, under both headers: the gzip coding still comes off.
  EXPECT_EQ(decode("Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n", gzip_member(kPage)), kPage);
}

TEST(HttpBody, DamagedDataGivesWhatCameBeforeItAndSaysSo) {
  std::string error;
  const std::string gz = gzip_member(kPage);
  std::string got = decode("Content-Encoding: gzip\r\n", gz.substr(0, gz.size() / 2), &error);
  EXPECT_FALSE(got.empty());
  EXPECT_TRUE(kPage.starts_with(got));
  EXPECT_NE(error.find("HTTP body"), std::string::npos) << error;
  got = decode("Transfer-Encoding: chunked\r\n", chunked(kPage, 1000).substr(0, 1500), &error);
  EXPECT_EQ(got, kPage.substr(0, got.size()));
  EXPECT_NE(error.find("cut short"), std::string::npos) << error;
}

TEST(HttpBody, OutputIsBounded) {
  const std::string bomb = gzip_member(std::string(8 << 20, 'a'));
  std::string error;
  EXPECT_EQ(decode("Content-Encoding: gzip\r\n", bomb, &error, 1000).size(), 1000u);
  EXPECT_EQ(decode("Content-Encoding: br\r\n", brotli(std::string(8 << 20, 'a')), &error, 1000).size(), 1000u);
  EXPECT_EQ(decode("Content-Encoding: deflate\r\n", zlib_deflate(std::string(8 << 20, 'a'), 15), &error, 1000).size(),
            1000u);
  EXPECT_EQ(decode("Transfer-Encoding: chunked\r\n", chunked(kPage, 500), &error, 1000).size(), 1000u);
}

}  // namespace
}  // namespace pith::io
