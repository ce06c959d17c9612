// Word classes text mode counts per line: function words of many languages
// (running prose has many), the vocabulary of page furniture ("Menu", "Sign
// in", "Share", "Advertisement"), of photo and video captions, and month names.
// Lists are by intent, never by site.
#pragma once

#include <cstdint>
#include <string_view>

namespace pith::textmode {

enum WordClass : uint8_t {
  kStopWord = 1,     // function word: the, der, le, el, il, de, och, и …
  kUiWord = 2,       // navigation, sharing, account, ads, cookies, promos
  kCaptionWord = 4,  // photo, image, credit, getty, reuters …
  kMonthWord = 8,    // month names and abbreviations (dates, datelines)
  kBylineWord = 16,  // "by", "von", "par", "por" … opening a byline
};

// Classes of one word, already lower-cased (ASCII and Latin-1 letters); 0 when unknown.
uint8_t word_classes(std::string_view lowercase_word);

}  // namespace pith::textmode
