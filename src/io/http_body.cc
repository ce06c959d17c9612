#include "io/http_body.h"

#include <brotli/decode.h>
#include <zlib.h>

#include <algorithm>
#include <vector>

#include "io/compressed_stream.h"

namespace pith::io {
namespace {

constexpr size_t kOutputStep = 64 * 1024;

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The size on a chunk-size line ("1a2b", "1a2b;ext=1", spaces tolerated), or
// nullopt when the line is not one.
std::optional<size_t> chunk_size(std::string_view line) {
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  line = line.substr(0, line.find(';'));
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  if (line.empty() || line.size() > 15) return std::nullopt;  // 15 hex digits: far past any limit, no overflow
  size_t size = 0;
  for (char c : line) {
    int d = hex_digit(c);
    if (d < 0) return std::nullopt;
    size = size * 16 + size_t(d);
  }
  return size;
}

// zlib-wrapped (RFC 1950, what "deflate" means) or, as some servers send it,
// raw deflate (RFC 1951).
std::string inflate_body(std::string_view in, size_t max_bytes, std::string& error) {
  const bool wrapped = in.size() >= 2 && (static_cast<unsigned char>(in[0]) & 0x0F) == 8 &&
                       ((static_cast<unsigned char>(in[0]) << 8) | static_cast<unsigned char>(in[1])) % 31 == 0;
  z_stream z{};
  if (inflateInit2(&z, wrapped ? 15 : -15) != Z_OK) {
    error = "deflate: cannot start zlib";
    return {};
  }
  std::string out;
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  z.avail_in = static_cast<uInt>(std::min<size_t>(in.size(), UINT32_MAX));
  int status = Z_OK;
  while (status == Z_OK && out.size() < max_bytes) {
    const size_t before = out.size();
    out.resize(before + std::min(kOutputStep, max_bytes - before));
    z.next_out = reinterpret_cast<Bytef*>(out.data() + before);
    z.avail_out = static_cast<uInt>(out.size() - before);
    status = inflate(&z, Z_NO_FLUSH);
    out.resize(out.size() - z.avail_out);
    if (status == Z_BUF_ERROR && z.avail_in == 0) break;  // input cut short
  }
  if (status != Z_STREAM_END && status != Z_OK) error = "deflate: damaged data";
  else if (status == Z_OK && z.avail_in == 0 && out.size() < max_bytes) error = "deflate: data cut short";
  inflateEnd(&z);
  return out;
}

std::string unbrotli(std::string_view in, size_t max_bytes, std::string& error) {
  BrotliDecoderState* state = BrotliDecoderCreateInstance(nullptr, nullptr, nullptr);
  if (!state) {
    error = "br: cannot start the decoder";
    return {};
  }
  std::string out;
  const uint8_t* next_in = reinterpret_cast<const uint8_t*>(in.data());
  size_t avail_in = in.size();
  BrotliDecoderResult result = BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT;
  while (result == BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT && out.size() < max_bytes) {
    const size_t before = out.size();
    out.resize(before + std::min(kOutputStep, max_bytes - before));
    uint8_t* next_out = reinterpret_cast<uint8_t*>(out.data() + before);
    size_t avail_out = out.size() - before;
    result = BrotliDecoderDecompressStream(state, &avail_in, &next_in, &avail_out, &next_out, nullptr);
    out.resize(out.size() - avail_out);
  }
  if (result == BROTLI_DECODER_RESULT_ERROR) error = "br: damaged data";
  else if (result == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT) error = "br: data cut short";
  BrotliDecoderDestroyInstance(state);
  return out;
}

bool starts_with_bytes(std::string_view s, std::string_view magic) { return s.substr(0, magic.size()) == magic; }

enum class Undone {
  Yes,
  NotThere,  // the bytes do not carry this coding (a writer decoded them and kept the header)
  Unknown,   // a coding pith does not know (compress, …): the bytes stay as they are from here on
};

// Undoes `coding` on `bytes` into `decoded`.
Undone undo(const std::string& coding, std::string_view bytes, size_t max_bytes, std::string& decoded,
            std::string& error) {
  std::string why;
  if (coding == "chunked") {
    std::optional<std::string> plain = dechunk(bytes, max_bytes, why);
    if (!plain) return Undone::NotThere;
    decoded = std::move(*plain);
  } else if (coding == "gzip" || coding == "x-gzip" || coding == "zstd") {
    const bool gzip = coding != "zstd";
    if (!starts_with_bytes(bytes, gzip ? std::string_view("\x1F\x8B", 2) : std::string_view("\x28\xB5\x2F\xFD", 4)))
      return Undone::NotThere;
    decoded = decompress(bytes, max_bytes, why);
  } else if (coding == "deflate") {
    decoded = inflate_body(bytes, max_bytes, why);
  } else if (coding == "br") {
    decoded = unbrotli(bytes, max_bytes, why);
  } else {
    return Undone::Unknown;
  }
  if (!why.empty() && decoded.empty()) return Undone::NotThere;  // failed at its first byte: not that coding
  if (!why.empty() && error.empty()) error = "HTTP body: " + why;
  return Undone::Yes;
}

}  // namespace

std::optional<std::string> dechunk(std::string_view body, size_t max_bytes, std::string& error) {
  std::string out;
  size_t pos = 0;
  bool first = true;
  while (true) {
    const size_t eol = body.find('\n', pos);
    std::optional<size_t> size =
        chunk_size(body.substr(pos, eol == std::string_view::npos ? std::string_view::npos : eol - pos));
    if (!size || eol == std::string_view::npos) {
      if (first) return std::nullopt;
      error = "chunked body cut short or damaged";
      break;
    }
    first = false;
    pos = eol + 1;
    if (*size == 0) break;  // the last chunk; a trailer may follow
    const size_t take = std::min({*size, body.size() - pos, max_bytes - out.size()});
    out.append(body.substr(pos, take));
    if (take < *size) {
      if (out.size() < max_bytes) error = "chunked body cut short";
      break;
    }
    pos += take;
    if (pos < body.size() && body[pos] == '\r') ++pos;
    if (pos < body.size() && body[pos] == '\n') ++pos;
  }
  return out;
}

std::optional<std::string> decode_http_body(const MessageHeader& header, std::string_view body, size_t max_bytes,
                                            std::string& error) {
  // Applied in this order by the server: content codings, then transfer codings.
  std::vector<std::string> codings = list_items(header.find("Content-Encoding").value_or(""));
  for (std::string& coding : list_items(header.find("Transfer-Encoding").value_or("")))
    codings.push_back(std::move(coding));
  // The body is copied only once a coding comes off it.
  std::optional<std::string> bytes;
  for (auto it = codings.rbegin(); it != codings.rend(); ++it) {
    if (*it == "identity") continue;
    std::string decoded;
    const Undone undone = undo(*it, bytes ? std::string_view(*bytes) : body, max_bytes, decoded, error);
    if (undone == Undone::Unknown) break;
    if (undone == Undone::Yes) bytes = std::move(decoded);
  }
  return bytes;
}

}  // namespace pith::io
