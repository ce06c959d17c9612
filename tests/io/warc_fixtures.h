// Hand-made WARC data for the io tests: records, gzip members and zstd frames
// made with the libraries themselves, and a reader loop that resumes after
// every error as the CLI does.
#pragma once

#include <gtest/gtest.h>
#include <zlib.h>
#include <zstd.h>

#include <string>
#include <vector>

#include "io/warc_reader.h"

namespace pith::io::test_fixtures {

inline std::string record(const std::string& type, const std::string& id, const std::string& block) {
  return "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: " + id +
         "\r\nWARC-Target-URI: https://example.org/" + id + "\r\nContent-Length: " + std::to_string(block.size()) +
         "\r\n\r\n" + block + "\r\n\r\n";
}

// One gzip member holding `data`, as .warc.gz files hold each record.
inline std::string gzip_member(const std::string& data) {
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
inline std::string zstd_frame(const std::string& data, const std::string& dictionary = "") {
  ZSTD_CCtx* cctx = ZSTD_createCCtx();
  if (!dictionary.empty()) ZSTD_CCtx_loadDictionary(cctx, dictionary.data(), dictionary.size());
  std::string out(ZSTD_compressBound(data.size()), '\0');
  size_t n = ZSTD_compress2(cctx, out.data(), out.size(), data.data(), data.size());
  EXPECT_FALSE(ZSTD_isError(n));
  ZSTD_freeCCtx(cctx);
  out.resize(ZSTD_isError(n) ? 0 : n);
  return out;
}

// The ids of the records a reader yields, resuming after every error; the
// errors go to `errors`.
inline std::string read_ids(WarcReader& reader, std::vector<std::string>& errors) {
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

}  // namespace pith::io::test_fixtures
