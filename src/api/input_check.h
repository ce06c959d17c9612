// Cheap checks on raw input before parsing: is it empty, is it binary (an
// image, a PDF, a gzip stream handed to pith by mistake). They decide
// warnings, never abort; HTML or text is input_kind.h's question.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pith::api {

// How many leading bytes the checks look at.
inline constexpr size_t kSniffBytes = 8192;
// Binary when more than this share of the sample is NUL bytes …
inline constexpr double kMaxNulShare = 0.01;
// … or more than this share is C0 controls other than \t \n \v \f \r and ESC
// (ISO-2022-JP text uses ESC). Text and HTML have next to none; compressed
// data and images have about one byte in eight.
inline constexpr double kMaxControlShare = 0.05;

// Nothing but whitespace (or nothing at all).
bool is_blank(std::string_view bytes);

// Many NUL or control bytes in the first kSniffBytes. UTF-16 input with a
// byte-order mark is text, not binary.
bool looks_binary(std::string_view bytes);

// The first `max_bytes` of `bytes` or a little less: up to the last '>' or line
// break within kCutLookback bytes of the limit, so that a page cut short does
// not end inside a tag (or a text line, or a multi-byte character).
inline constexpr size_t kCutLookback = 64 * 1024;
std::string_view cut_at_tag_end(std::string_view bytes, size_t max_bytes);

// Cuts a page longer than pith::kMaxPageBytes (cut_at_tag_end) and says so in
// `warnings`; the pipelines and the CLI's fulltext format share it.
std::string_view within_page_limit(std::string_view body, std::vector<std::string>& warnings);

}  // namespace pith::api
