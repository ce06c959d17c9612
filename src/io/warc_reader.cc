// The compressed stream decompresses into the reader's buffer; the record
// reader finds the header's blank line in that buffer, then takes
// Content-Length bytes.
#include "io/warc_reader.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "io/compressed_stream.h"

namespace pith::io {

bool WarcRecord::is_document() const {
  if (type == "response" || type == "conversion") return true;
  if (type != "resource") return false;
  const std::string media = media_type(header.find("Content-Type").value_or(""));
  return media == "text/html" || media == "application/xhtml+xml" || media == "text/plain";
}
namespace {

// A record's header starts a line; after damaged data the reader looks for one.
constexpr std::string_view kHeaderAtLineStart = "\nWARC/";

size_t parse_length(std::string_view value, bool& ok) {
  ok = !value.empty();
  size_t n = 0;
  for (char c : value) {
    if (c < '0' || c > '9' || n > kMaxWarcBlockBytes) {
      ok = false;
      return 0;
    }
    n = n * 10 + static_cast<size_t>(c - '0');
  }
  return n;
}

}  // namespace

WarcReader::WarcReader(const std::string& path) {
  std::FILE* file = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (!file) {
    error_ = path + ": cannot open: " + std::strerror(errno);
    return;
  }
  stream_ = std::make_unique<CompressedStream>(file, path != "-");
}

WarcReader::WarcReader(InMemory memory) {
  if (memory.bytes.empty()) return;  // no records
  std::FILE* file = fmemopen(const_cast<char*>(memory.bytes.data()), memory.bytes.size(), "rb");
  if (!file) {
    error_ = std::string("cannot read from memory: ") + std::strerror(errno);
    return;
  }
  stream_ = std::make_unique<CompressedStream>(file, true);
}

WarcReader::~WarcReader() = default;

bool WarcReader::fill(size_t bytes) {
  while (buffer_.size() - position_ < bytes) {
    if (!stream_error_.empty()) return false;
    if (position_ > 0 && position_ >= buffer_.size() / 2) {
      buffer_.erase(0, position_);
      position_ = 0;
    }
    // A stream error waits until its bytes are needed: the records inflated
    // before the damage are read first.
    size_t n = stream_->read(buffer_, stream_error_);
    if (stream_error_.empty() && n == 0) return false;
  }
  return true;
}

bool WarcReader::raise_stream_error() {
  if (stream_error_.empty()) return false;
  damaged_ = stream_->damaged();
  fail(stream_error_);
  stream_error_.clear();
  return true;
}

void WarcReader::consume(size_t bytes) {
  position_ += bytes;
  consumed_ += bytes;
}

void WarcReader::fail(std::string_view why) {
  error_ = "record " + std::to_string(records_ + 1) + " (uncompressed byte " + std::to_string(consumed_) +
           "): " + std::string(why);
}

bool WarcReader::resume() {
  if (ok() || !stream_) return false;
  while (true) {
    if (!ok()) {
      // Damaged data: a compressed stream goes on at its next member or frame. Anything else
      // (the file cannot be read) ends the input.
      bool go_on = damaged_;
      if (go_on && stream_->damaged()) {
        go_on = stream_->recover(buffer_);
        stream_error_.clear();  // the same damage, reported or spoiling the record that was
      }
      error_.clear();
      damaged_ = false;
      if (!go_on) {
        input_bytes_at_end_ = stream_->input_bytes();
        stream_.reset();
        return false;
      }
    }
    size_t at = buffer_.find(kHeaderAtLineStart, position_);
    if (at != std::string::npos) {
      consume(at + 1 - position_);
      return true;
    }
    size_t unread = buffer_.size() - position_;
    if (unread >= kHeaderAtLineStart.size()) consume(unread - (kHeaderAtLineStart.size() - 1));
    if (!fill(buffer_.size() - position_ + 1)) {
      if (!raise_stream_error()) return false;  // the end: nothing more to read
      if (!damaged_) return false;              // a new error, for the caller to report
    }
  }
}

bool WarcReader::next(WarcRecord& record) {
  if (!ok() || !stream_) return false;
  // Blank lines between records (the separator, or stray ones) are skipped.
  while (true) {
    if (!fill(1)) {
      raise_stream_error();
      return false;
    }
    char c = buffer_[position_];
    if (c != '\r' && c != '\n') break;
    consume(1);
  }
  std::optional<MessageHeader> header;
  for (size_t want = 4096;; want *= 2) {
    bool more = fill(want);
    header = parse_message_header(std::string_view(buffer_).substr(position_), "WARC/");
    if (header || !more || want > kMaxHeaderBytes) break;
  }
  if (!header) {
    if (!raise_stream_error()) {
      damaged_ = true;
      fail("not a WARC record header");
    }
    return false;
  }
  bool length_ok;
  size_t length = parse_length(header->find("Content-Length").value_or(""), length_ok);
  if (!length_ok) {
    damaged_ = true;
    fail("WARC record without a usable Content-Length");
    return false;
  }
  if (!fill(header->size + length)) {
    if (!raise_stream_error()) {
      damaged_ = true;
      fail("truncated WARC record");
    }
    return false;
  }
  record.block.assign(buffer_, position_ + header->size, length);
  consume(header->size + length);
  record.type = std::string(header->find("WARC-Type").value_or(""));
  record.target_uri = std::string(header->find("WARC-Target-URI").value_or(""));
  record.record_id = std::string(header->find("WARC-Record-ID").value_or(""));
  record.header = std::move(*header);
  ++records_;
  return true;
}

bool looks_like_warc(std::string_view bytes) {
  // A .warc.zst file opens with its dictionary, too long to decompress from a
  // file's first bytes; that frame's magic number is the WARC zstd format's own.
  if (bytes.size() >= 4 && bytes.substr(0, 4) == "\x5d\x2a\x4d\x18") return true;
  std::string error;
  return decompress(bytes, 5, error) == "WARC/";
}

}  // namespace pith::io
