// The gzip stream inflates member after member (inflateReset at each member's
// end) into the reader's buffer; the record reader finds the header's blank
// line in that buffer, then takes Content-Length bytes.
#include "io/warc_reader.h"

#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace pith::io {
namespace {

constexpr size_t kChunkBytes = 1 << 16;
// zlib's windowBits for "gzip or zlib header, detected": 15 + 32.
constexpr int kAutoHeaderWindowBits = 15 + 32;
// A gzip member opens with these bytes: the magic number and the deflate
// method, the only one in use. Damaged data is skipped up to the next of them.
constexpr std::string_view kGzipMemberStart = "\x1f\x8b\x08";
// A record's header starts a line; after damaged data the reader looks for one.
constexpr std::string_view kHeaderAtLineStart = "\nWARC/";

bool is_gzip(std::string_view bytes) { return bytes.size() >= 2 && bytes[0] == '\x1f' && bytes[1] == '\x8b'; }

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

// Bytes of the file, inflated when it is gzip.
class WarcReader::Stream {
 public:
  Stream(std::FILE* file, bool owned) : file_(file), owned_(owned) {}
  ~Stream() {
    if (inflating_) inflateEnd(&z_);
    if (owned_) std::fclose(file_);
  }

  // Appends up to kChunkBytes to `out`; 0 at the end of the input.
  size_t read(std::string& out, std::string& error) {
    if (!started_) start();
    if (!gzip_) {
      if (z_.avail_in > 0) {  // the first chunk, read by start() to look for gzip
        size_t n = z_.avail_in;
        out.append(input_.data(), n);
        z_.avail_in = 0;
        return n;
      }
      size_t old = out.size();
      out.resize(old + kChunkBytes);
      size_t n = std::fread(out.data() + old, 1, kChunkBytes, file_);
      out.resize(old + n);
      if (n == 0 && std::ferror(file_)) error = std::string("read error: ") + std::strerror(errno);
      return n;
    }
    if (!inflating_) {
      error = "cannot start zlib";
      return 0;
    }
    size_t old = out.size();
    out.resize(old + kChunkBytes);
    z_.next_out = reinterpret_cast<Bytef*>(out.data() + old);
    z_.avail_out = kChunkBytes;
    while (z_.avail_out == kChunkBytes) {
      if (z_.avail_in == 0 && !refill()) break;
      int rc = inflate(&z_, Z_NO_FLUSH);
      if (rc == Z_STREAM_END) {
        // The next member, if any: .warc.gz files concatenate one per record.
        if (z_.avail_in == 0 && !refill()) break;
        inflateReset(&z_);
      } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
        error = std::string("bad gzip data: ") + (z_.msg ? z_.msg : "inflate failed");
        damaged_ = rc == Z_DATA_ERROR;
        break;
      } else if (rc == Z_BUF_ERROR && z_.avail_in == 0 && !refill()) {
        error = "truncated gzip data";
        break;
      }
    }
    size_t n = kChunkBytes - z_.avail_out;
    out.resize(old + n);
    return n;
  }

  bool damaged() const { return damaged_; }

  // After bad gzip data: goes on at the next gzip member in the compressed
  // bytes that follow (a .warc.gz holds one member per record). A line break
  // goes into `out` so the member's first record starts a line. False when no
  // member follows.
  bool recover(std::string& out) {
    if (!damaged_) return false;
    damaged_ = false;
    while (true) {
      std::string_view in(reinterpret_cast<const char*>(z_.next_in), z_.avail_in);
      size_t at = in.find(kGzipMemberStart);
      if (at != std::string_view::npos) {
        z_.next_in += at;
        z_.avail_in -= static_cast<uInt>(at);
        inflateReset(&z_);
        out.push_back('\n');
        return true;
      }
      // The member's first bytes may end this chunk.
      if (!refill(in.substr(in.size() - std::min(in.size(), kGzipMemberStart.size() - 1)))) return false;
    }
  }

 private:
  void start() {
    started_ = true;
    refill();
    gzip_ = is_gzip(std::string_view(input_.data(), z_.avail_in));
    if (gzip_) {
      Bytef* next = z_.next_in;
      uInt avail = z_.avail_in;
      inflating_ = inflateInit2(&z_, kAutoHeaderWindowBits) == Z_OK;
      z_.next_in = next;
      z_.avail_in = avail;
    }
  }

  // Reads the next chunk of the file into input_, after the bytes `kept`
  // (unread input carried over). False at the end of the file.
  bool refill(std::string_view kept = {}) {
    std::string carried(kept);
    input_.resize(carried.size() + kChunkBytes);
    std::memcpy(input_.data(), carried.data(), carried.size());
    size_t n = std::fread(input_.data() + carried.size(), 1, kChunkBytes, file_);
    z_.next_in = reinterpret_cast<Bytef*>(input_.data());
    z_.avail_in = static_cast<uInt>(carried.size() + n);
    return n > 0;
  }

  std::FILE* file_;
  bool owned_;
  bool started_ = false, gzip_ = false, inflating_ = false;
  bool damaged_ = false;  // inflate met data that is not deflate
  std::string input_;
  z_stream z_{};
};

WarcReader::WarcReader(const std::string& path) {
  std::FILE* file = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (!file) {
    error_ = path + ": cannot open: " + std::strerror(errno);
    return;
  }
  stream_ = std::make_unique<Stream>(file, path != "-");
}

WarcReader::WarcReader(InMemory memory) {
  if (memory.bytes.empty()) return;  // no records
  std::FILE* file = fmemopen(const_cast<char*>(memory.bytes.data()), memory.bytes.size(), "rb");
  if (!file) {
    error_ = std::string("cannot read from memory: ") + std::strerror(errno);
    return;
  }
  stream_ = std::make_unique<Stream>(file, true);
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
      // Damaged data: a gzip stream goes on at its next member. Anything else
      // (the file cannot be read) ends the input.
      bool go_on = damaged_;
      if (go_on && stream_->damaged()) {
        go_on = stream_->recover(buffer_);
        stream_error_.clear();  // the same damage, reported or spoiling the record that was
      }
      error_.clear();
      damaged_ = false;
      if (!go_on) {
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
  if (!is_gzip(bytes)) return bytes.substr(0, 5) == "WARC/";
  z_stream z{};
  if (inflateInit2(&z, kAutoHeaderWindowBits) != Z_OK) return false;
  char out[5];
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z.avail_in = static_cast<uInt>(bytes.size());
  z.next_out = reinterpret_cast<Bytef*>(out);
  z.avail_out = sizeof out;
  int rc = inflate(&z, Z_NO_FLUSH);
  size_t produced = sizeof out - z.avail_out;
  inflateEnd(&z);
  return (rc == Z_OK || rc == Z_STREAM_END) && std::string_view(out, produced) == "WARC/";
}

}  // namespace pith::io
