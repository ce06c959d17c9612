// Cheap checks on raw input before parsing: is it empty, is it binary (an
// image, a PDF, a gzip stream handed to pith by mistake). They decide
// warnings, never abort; HTML or text is input_kind.h's question.
#pragma once

#include <string_view>

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

}  // namespace pith::api
