// gzip members are inflated one after another (inflateReset at each member's
// end); zstd frames follow each other in one streaming context, which also
// skips skippable frames. A .warc.zst file may open with its dictionary in a
// skippable frame of its own magic (itself zstd-compressed or raw), which is
// loaded before the first record's frame (IIPC WARC zstd specification).
#include "io/compressed_stream.h"

#include <zlib.h>
#include <zstd.h>

#include <algorithm>
#include <cstdint>
#include <cerrno>
#include <cstring>

namespace pith::io {
namespace {

constexpr size_t kChunkBytes = 1 << 16;
// zlib's windowBits for "gzip or zlib header, detected": 15 + 32.
constexpr int kAutoHeaderWindowBits = 15 + 32;
// A gzip member opens with these bytes: the magic number and the deflate
// method, the only one in use. Damaged data is skipped up to the next of them.
constexpr std::string_view kGzipMemberStart = "\x1f\x8b\x08";
// A zstd frame's magic number, as it lies in the file (little-endian).
constexpr std::string_view kZstdFrameStart = "\x28\xb5\x2f\xfd";
// The skippable frame that holds a .warc.zst file's dictionary.
constexpr uint32_t kWarcDictionaryMagic = 0x184D2A5D;
// A dictionary larger than this is taken as damage.
constexpr size_t kMaxDictionaryBytes = 64 << 20;

uint32_t little_endian_32(std::string_view b) {
  return uint32_t(uint8_t(b[0])) | uint32_t(uint8_t(b[1])) << 8 | uint32_t(uint8_t(b[2])) << 16 |
         uint32_t(uint8_t(b[3])) << 24;
}

}  // namespace

Compression compression_of(std::string_view b) {
  if (b.size() >= 2 && b[0] == '\x1f' && b[1] == '\x8b') return Compression::Gzip;
  if (b.size() >= 4) {
    const uint32_t magic = little_endian_32(b);
    if (magic == ZSTD_MAGICNUMBER || (magic & 0xFFFFFFF0u) == ZSTD_MAGIC_SKIPPABLE_START) return Compression::Zstd;
  }
  return Compression::None;
}

class CompressedStream::Impl {
 public:
  Impl(std::FILE* file, bool owned) : file_(file), owned_(owned) {}
  uint64_t input_bytes() const { return read_; }
  ~Impl() {
    if (inflating_) inflateEnd(&z_);
    if (zstd_) ZSTD_freeDCtx(zstd_);
    if (owned_) std::fclose(file_);
  }

  size_t read(std::string& out, std::string& error, bool& damaged) {
    if (!started_ && !start(error, damaged)) return 0;
    size_t old = out.size();
    if (compression_ == Compression::None) {
      if (pos_ < end_) {  // the first chunk, read by start() to look at the magic bytes
        out.append(input_.data() + pos_, end_ - pos_);
        pos_ = end_;
        return out.size() - old;
      }
      out.resize(old + kChunkBytes);
      size_t n = std::fread(out.data() + old, 1, kChunkBytes, file_);
      read_ += n;
      out.resize(old + n);
      if (n == 0 && std::ferror(file_)) error = std::string("read error: ") + std::strerror(errno);
      return n;
    }
    out.resize(old + kChunkBytes);
    size_t n = compression_ == Compression::Gzip ? inflate_into(out.data() + old, error, damaged)
                                                 : zstd_into(out.data() + old, error, damaged);
    out.resize(old + n);
    return n;
  }

  bool recover(std::string& out) {
    if (compression_ == Compression::None) return false;
    const std::string_view start = compression_ == Compression::Gzip ? kGzipMemberStart : kZstdFrameStart;
    // A frame refused at its first byte (a zstd frame for a dictionary this
    // file lacks) would be found again: look past it.
    if (base_ + pos_ == last_recovery_ && pos_ < end_) ++pos_;
    while (true) {
      std::string_view in(input_.data() + pos_, end_ - pos_);
      size_t at = in.find(start);
      if (at != std::string_view::npos) {
        pos_ += at;
        if (compression_ == Compression::Gzip) inflateReset(&z_);
        else ZSTD_DCtx_reset(zstd_, ZSTD_reset_session_only);
        frame_open_ = false;
        last_recovery_ = base_ + pos_;
        out.push_back('\n');
        return true;
      }
      // The frame's first bytes may end this chunk.
      pos_ = end_ - std::min(in.size(), start.size() - 1);
      if (!refill()) return false;
    }
  }

 private:
  bool start(std::string& error, bool& damaged) {
    started_ = true;
    refill();
    compression_ = compression_of(std::string_view(input_.data() + pos_, end_ - pos_));
    if (compression_ == Compression::Gzip) {
      inflating_ = inflateInit2(&z_, kAutoHeaderWindowBits) == Z_OK;
      if (!inflating_) error = "cannot start zlib";
      return inflating_;
    }
    if (compression_ == Compression::Zstd) {
      zstd_ = ZSTD_createDCtx();
      if (!zstd_) {
        error = "cannot start zstd";
        return false;
      }
      return load_dictionary(error, damaged);
    }
    return true;
  }

  // A dictionary frame at the very start: its content is the dictionary,
  // zstd-compressed or raw.
  bool load_dictionary(std::string& error, bool& damaged) {
    if (!available(8) || little_endian_32(std::string_view(input_.data() + pos_, 4)) != kWarcDictionaryMagic)
      return true;
    const size_t size = little_endian_32(std::string_view(input_.data() + pos_ + 4, 4));
    if (size > kMaxDictionaryBytes || !available(8 + size)) {
      error = "bad zstd dictionary frame";
      damaged = true;
      return false;
    }
    std::string dictionary(input_.data() + pos_ + 8, size);
    pos_ += 8 + size;
    if (compression_of(dictionary) == Compression::Zstd) {
      std::string why;
      dictionary = decompress(dictionary, kMaxDictionaryBytes, why);
      if (!why.empty()) {
        error = "bad zstd dictionary: " + why;
        damaged = true;
        return false;
      }
    }
    if (ZSTD_isError(ZSTD_DCtx_loadDictionary(zstd_, dictionary.data(), dictionary.size()))) {
      error = "bad zstd dictionary";
      damaged = true;
      return false;
    }
    return true;
  }

  size_t inflate_into(char* out, std::string& error, bool& damaged) {
    z_.next_out = reinterpret_cast<Bytef*>(out);
    z_.avail_out = kChunkBytes;
    while (z_.avail_out == kChunkBytes) {
      if (pos_ == end_ && !refill()) {
        if (frame_open_) error = "truncated gzip data";
        break;
      }
      z_.next_in = reinterpret_cast<Bytef*>(input_.data() + pos_);
      z_.avail_in = static_cast<uInt>(end_ - pos_);
      int rc = inflate(&z_, Z_NO_FLUSH);
      pos_ = end_ - z_.avail_in;
      frame_open_ = rc != Z_STREAM_END;
      if (rc == Z_STREAM_END) {
        inflateReset(&z_);  // the next member, if any: .warc.gz files concatenate one per record
      } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
        error = std::string("bad gzip data: ") + (z_.msg ? z_.msg : "inflate failed");
        damaged = rc == Z_DATA_ERROR;
        break;
      }
    }
    return kChunkBytes - z_.avail_out;
  }

  size_t zstd_into(char* out, std::string& error, bool& damaged) {
    ZSTD_outBuffer output{out, kChunkBytes, 0};
    while (output.pos == 0) {
      if (pos_ == end_ && !refill()) {
        if (frame_open_) error = "truncated zstd data";
        break;
      }
      ZSTD_inBuffer input{input_.data() + pos_, end_ - pos_, 0};
      size_t rc = ZSTD_decompressStream(zstd_, &output, &input);
      pos_ += input.pos;
      if (ZSTD_isError(rc)) {
        error = std::string("bad zstd data: ") + ZSTD_getErrorName(rc);
        damaged = true;
        break;
      }
      frame_open_ = rc != 0;
    }
    return output.pos;
  }

  // True when `bytes` unread bytes are in input_, reading more as needed.
  bool available(size_t bytes) {
    while (end_ - pos_ < bytes)
      if (!refill()) return false;
    return true;
  }

  // Reads the next chunk of the file after the unread input. False at the
  // end of the file.
  bool refill() {
    if (pos_ > 0) {
      input_.erase(0, pos_);
      base_ += pos_;
      end_ -= pos_;
      pos_ = 0;
    }
    input_.resize(end_ + kChunkBytes);
    size_t n = std::fread(input_.data() + end_, 1, kChunkBytes, file_);
    read_ += n;
    end_ += n;
    input_.resize(end_);
    return n > 0;
  }

  std::FILE* file_;
  bool owned_;
  uint64_t read_ = 0;  // bytes read from file_
  bool started_ = false, inflating_ = false;
  bool frame_open_ = false;  // inside a gzip member or zstd frame: its end would be a cut
  Compression compression_ = Compression::None;
  std::string input_;  // compressed bytes read, unread from pos_ to end_
  size_t pos_ = 0, end_ = 0;
  size_t base_ = 0;                   // offset in the file of input_[0]
  size_t last_recovery_ = SIZE_MAX;   // offset in the file where recover() last went on
  z_stream z_{};
  ZSTD_DCtx* zstd_ = nullptr;
};

CompressedStream::CompressedStream(std::FILE* file, bool owned) : impl_(std::make_unique<Impl>(file, owned)) {}

uint64_t CompressedStream::input_bytes() const { return impl_->input_bytes(); }

CompressedStream::~CompressedStream() = default;

size_t CompressedStream::read(std::string& out, std::string& error) {
  damaged_ = false;
  return impl_->read(out, error, damaged_);
}

bool CompressedStream::recover(std::string& out) {
  if (!damaged_) return false;
  damaged_ = false;
  return impl_->recover(out);
}

std::string decompress(std::string_view bytes, size_t max_bytes, std::string& error) {
  if (compression_of(bytes) == Compression::None) return std::string(bytes.substr(0, max_bytes));
  std::string out;
  if (bytes.empty()) return out;
  std::FILE* file = fmemopen(const_cast<char*>(bytes.data()), bytes.size(), "rb");
  if (!file) {
    error = std::string("cannot read from memory: ") + std::strerror(errno);
    return out;
  }
  CompressedStream stream(file, true);
  while (out.size() < max_bytes && stream.read(out, error) > 0 && error.empty()) {
  }
  if (out.size() > max_bytes) out.resize(max_bytes);
  return out;
}

}  // namespace pith::io
