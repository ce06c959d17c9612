// The payload of an HTTP response as the server meant it. A WARC response
// record holds the message as it came over the wire: Common Crawl decodes
// bodies before writing them (and renames the headers), but wget, Heritrix,
// warcio and browser-based crawlers keep "Transfer-Encoding: chunked" and
// "Content-Encoding: gzip" (or deflate, br, zstd) bodies as they were, which
// read as binary or with chunk sizes in the text.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "io/message_header.h"

namespace pith::io {

// `body` with the chunked transfer coding removed and the content codings the
// header lists undone (the last applied first), at most `max_bytes` of it;
// nullopt when the header asks for neither (the body is used as it is).
// Lenient where writers are: a body the header calls chunked or gzip that is
// not (some writers decode it and keep the header) is taken as already decoded;
// an unknown coding stops decoding there. Damaged data sets `error` and gives
// what was decoded before it.
std::optional<std::string> decode_http_body(const MessageHeader& header, std::string_view body, size_t max_bytes,
                                            std::string& error);

// `body` without its chunked transfer coding (chunk sizes, extensions and the
// trailer removed), or nullopt when it does not start with a chunk-size line.
std::optional<std::string> dechunk(std::string_view body, size_t max_bytes, std::string& error);

}  // namespace pith::io
