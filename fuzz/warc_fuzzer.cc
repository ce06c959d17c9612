// libFuzzer entry point for the io layer: bytes → WarcReader (plain or gzip,
// members concatenated) → every record, and each record's block read as an
// HTTP message the way the CLI reads a response record. Beyond the sanitizers
// it checks the reader's promises: it ends (a record or a skip over damaged
// data consumes input, so there are never more records or errors than bytes),
// a record's block is never larger than the limit, and a reader that stops
// early says why.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "io/message_header.h"
#include "io/warc_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  (void)pith::io::looks_like_warc(bytes);

  pith::io::WarcReader reader(pith::io::WarcReader::InMemory{bytes});
  pith::io::WarcRecord record;
  size_t records = 0, errors = 0;
  while (true) {  // as the CLI reads: on after every error, while the reader can go on
    while (reader.next(record)) {
      // A gzip member can inflate to many records, but each one has a header
      // of at least "WARC/" and a blank line: far fewer than the inflated
      // bytes, which zlib bounds at about 1032 times the input.
      if (++records > 1032 * (size + 1)) std::abort();
      if (record.block.size() > pith::io::kMaxWarcBlockBytes) std::abort();
      if (auto http = pith::io::parse_message_header(record.block, "HTTP/")) {
        if (http->size > record.block.size()) std::abort();
        if (auto type = http->find("Content-Type")) {
          (void)pith::io::media_type(*type);
          (void)pith::io::charset_parameter(*type);
        }
      }
    }
    if (reader.ok()) break;
    if (reader.error().empty()) std::abort();
    // Each error is followed by a skip over at least one byte of the input.
    if (++errors > 1032 * (size + 1)) std::abort();
    if (!reader.resume() && reader.ok()) break;
  }
  return 0;
}
