// The phrases of boilerplate text, in many languages: short blocks that are
// furniture ("Read more", "Advertisement", "Lesen Sie auch" …), the "more"
// links closing a teaser, comment-section headings, and the stop words that
// tell running prose from labels. The class/id vocabulary is in
// boilerplate_vocabulary.h.
#pragma once

#include <cstdint>
#include <string_view>

namespace pith::extraction {

// True when a short block's text is a boilerplate phrase ("Read more",
// "Share this article", "Advertisement", "Weiterlesen" …). `text` is the
// block's visible text, already whitespace-collapsed.
bool is_boilerplate_text(std::string_view text);

// True when a block's whole text is a control's or an ad slot's label ("Ad",
// "Save", "Embed", "(Reuters)"): words that start real sentences too, so only
// the whole block counts.
bool is_interface_label(std::string_view text);

// True when `text` ends with a "more" link phrase ("… Read more...", "… Weiterlesen »",
// "… (more)"): the summary of a teaser that links to the full story.
bool ends_with_more_link(std::string_view text);

// Words typical of comment sections' headings ("Comments", "Leave a reply" …).
bool is_comment_heading(std::string_view text);

// Counts stop words of several languages in whitespace-separated `text` (a cheap
// "is this running prose" signal, as in jusText). Returns the number of words
// and, in `stop_words`, how many of them are stop words.
uint32_t count_words(std::string_view text, uint32_t* stop_words);

}  // namespace pith::extraction
