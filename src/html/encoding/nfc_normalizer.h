// Unicode Normalization Form C for the text pith hands out. Pages mix
// precomposed and decomposed spellings of one character (an "é" as U+00E9 or
// as "e" + U+0301; Bengali "য়" as U+09DF, which NFC spells U+09AF U+09BC), so
// the same word would come out as different bytes from page to page: corpus
// deduplication, search and comparison against NFC gold all see two words.
#pragma once

#include <string>
#include <string_view>

namespace pith::html::encoding {

// True when `text` (valid UTF-8) is already in NFC. Text without a code point
// from U+0300 up (ASCII, Latin-1, most European text) is answered without
// ICU: no such character composes or reorders.
bool is_nfc(std::string_view text);

// Rewrites `text` (valid UTF-8) in NFC; text already in NFC is left untouched.
void normalize_nfc(std::string& text);

}  // namespace pith::html::encoding
