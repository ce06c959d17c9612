// Records of a WARC file (ISO 28500; WARC 1.0 and 1.1), plain, gzip or zstd,
// read one at a time so a Common Crawl file of gigabytes never sits in memory.
//
// Readers stack as in Resiliparse: file → decompressing stream (gzip members
// or zstd frames concatenated, as in .warc.gz and .warc.zst files where each
// record is its own member or frame; compressed_stream.h) → record reader
// (header block, then Content-Length bytes, then the CRLF CRLF separator).
// Nothing here knows about HTML or HTTP: a response record's block is handed
// over as it is, its HTTP header included.
#pragma once

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "io/compressed_stream.h"
#include "io/message_header.h"

namespace pith::io {

struct WarcRecord {
  MessageHeader header;
  std::string type;        // WARC-Type: "response", "conversion", "request", "warcinfo" ...
  std::string target_uri;  // WARC-Target-URI, empty when absent
  std::string record_id;   // WARC-Record-ID, e.g. "<urn:uuid:...>"
  std::string block;       // Content-Length bytes after the header

  // A page to extract: a response (an HTTP message), a conversion (WET text)
  // or a resource record holding a page itself (an HTML or plain-text
  // Content-Type: archives of files or of pages saved without their HTTP exchange).
  bool is_document() const;
};

// A record's block may be at most this large; a longer Content-Length is
// taken as a damaged file (Common Crawl truncates payloads at 1 MiB, and
// other crawlers at a few MB).
inline constexpr size_t kMaxWarcBlockBytes = 64 << 20;

class WarcReader {
 public:
  // Opens `path` ("-" is standard input). Compression is recognised by the
  // magic bytes, not the file name. On failure ok() is false and error() says why.
  explicit WarcReader(const std::string& path);
  // Reads records from bytes already in memory (standard input read whole, so
  // its first bytes could be looked at); they must outlive the reader.
  struct InMemory {
    std::string_view bytes;
  };
  explicit WarcReader(InMemory memory);
  ~WarcReader();
  WarcReader(const WarcReader&) = delete;
  WarcReader& operator=(const WarcReader&) = delete;

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }

  // The next record; false at the end of the file or on an error (then
  // error() is set: a damaged header, a truncated block, bad gzip or zstd data; it
  // names the record and the uncompressed offset where reading stopped).
  bool next(WarcRecord& record);

  // After next() stopped with an error (reported by the caller, so it is
  // forgotten here): skips damaged data to the next record that can be read
  // (the next gzip member or zstd frame, then the next line that starts a WARC header), so
  // one bad record does not lose the rest of a crawl. False when reading cannot
  // go on: the input ends, the file itself cannot be read, or a new error
  // (then error() says it, and one more resume() ends the input).
  bool resume();

  // Bytes of the file read so far, as they are on disk (for a progress bar).
  uint64_t input_bytes() const { return stream_ ? stream_->input_bytes() : input_bytes_at_end_; }

 private:
  bool fill(size_t bytes);  // ensures buffer_ holds `bytes` unread bytes, unless the input ends
  void consume(size_t bytes);
  void fail(std::string_view why);  // sets error_, saying where
  bool raise_stream_error();        // a pending stream error becomes error_; false when none

  std::unique_ptr<CompressedStream> stream_;
  uint64_t input_bytes_at_end_ = 0;  // input_bytes() once stream_ is gone
  std::string buffer_;
  size_t position_ = 0;  // first unread byte of buffer_
  size_t consumed_ = 0;  // uncompressed bytes consumed before buffer_[position_]
  size_t records_ = 0;   // records read so far
  bool damaged_ = false;  // error_ is about the data, not about reading the file
  std::string stream_error_;  // the stream failed after the bytes in buffer_
  std::string error_;
};

// True when `bytes` (a file's first bytes) start a WARC file: "WARC/", a gzip
// member or zstd frame whose first bytes decompress to "WARC/", or a .warc.zst
// file's dictionary frame.
bool looks_like_warc(std::string_view bytes);

}  // namespace pith::io
