// The language of a page's main text, cheaply. cld2 (extract/language_detector.h)
// costs ~40 µs per call plus ~30 µs per KB, a large share of the pipeline, so
// the start of the text gets a cheaper look first: when it is full of one
// language's commonest words and nearly free of the others', that language
// plainly is the one and cld2 is not needed (the common case: with a declared
// language cld2 then takes ~2% of the HTML pipeline's time instead of ~6%).
// Anything else, including languages not listed, goes to cld2.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace pith::api {

// The listed language (ISO 639-1) whose function words dominate the first
// 512 bytes of `text`: at least 5 hits and 3 times any other language's. Empty
// when none does.
std::string_view language_by_function_words(std::string_view text);

// HTML mode: `declared` is metadata's primary subtag ("de"), or empty. A page
// that declares no language gets the detected one; a declared language gives
// way only to a reliable disagreement on a long text.
std::string choose_language(std::string declared, std::string_view text);

// Text mode, where nothing is declared: the function-word verdict, else cld2
// on the first `max_sample_bytes` of the text.
std::string language_of_text(std::string_view text, size_t max_sample_bytes);

}  // namespace pith::api
