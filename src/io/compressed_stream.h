// A file's bytes, decompressed on the fly when they are gzip or zstd: told by
// their magic bytes, never by the file's name. Crawls come as .warc.gz (one
// gzip member per record), .warc.zst (one zstd frame per record, often after
// a dictionary) and single pages as .html.gz or .html.zst.
#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

namespace pith::io {

enum class Compression { None, Gzip, Zstd };

// The compression the first bytes of a file announce. A zstd skippable frame
// counts as zstd: a .warc.zst file opens with its dictionary in one.
Compression compression_of(std::string_view first_bytes);

class CompressedStream {
 public:
  // Reads `file`, closed at the end when `owned`.
  CompressedStream(std::FILE* file, bool owned);
  ~CompressedStream();
  CompressedStream(const CompressedStream&) = delete;
  CompressedStream& operator=(const CompressedStream&) = delete;

  // Appends up to 64 KiB of (decompressed) bytes to `out`; 0 at the end of the
  // input. On bad or truncated data, or a read error, sets `error` and returns
  // what was decompressed before it.
  size_t read(std::string& out, std::string& error);

  // The last error was damaged data (not a read error or the end of a file
  // cut short), which recover() can skip.
  bool damaged() const { return damaged_; }

  // Bytes read from the file so far (compressed, as they are on disk): how far
  // into a crawl file reading has come.
  uint64_t input_bytes() const;

  // After damaged data: goes on at the next gzip member or zstd frame in the
  // compressed bytes that follow. A line break goes into `out` so that what
  // follows starts a line. False when none follows.
  bool recover(std::string& out);

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
  bool damaged_ = false;
};

// `bytes` decompressed (gzip members or zstd frames, concatenated), at most
// `max_bytes` of the result. Bytes that are not compressed come back as they
// are. On damaged data, sets `error` and returns what came before it.
std::string decompress(std::string_view bytes, size_t max_bytes, std::string& error);

}  // namespace pith::io
