// Text mode behind the public API: the page's visible text (a WET record, a
// page copied from a browser, pith's own --format fulltext) instead of HTML.
//
//   bytes → decode to UTF-8 (html/encoding: BOM, charset label, UTF-8 check,
//   detector) → textmode::split_text_page → textmode::find_main_text →
//   the chosen lines → content tree → writers
//
// The text result is the chosen lines themselves, verbatim, one per line:
// the text writer would collapse their spaces and turn NBSP into spaces, which
// for text input would change what the page says. Markdown and HTML go through
// the shared writers, so every format agrees with HTML mode's.
#pragma once

#include <string>
#include <string_view>

#include "api/pipeline.h"

namespace pith::api {

// Subheads inside a text article become headings of this level: the title
// would be level 1, and text has no deeper structure to show.
inline constexpr int kTextHeadingLevel = 2;

// Text mode reads at most this many non-blank lines of a page (an article
// page has a few thousand at most); the rest is left out, with a warning.
inline constexpr size_t kMaxTextModeLines = 100000;

// `bytes` is the text without any protocol header. request.charset is the
// label to decode with (a BOM still wins); empty means sniff.
PageResult run_text_pipeline(std::string_view bytes, const PipelineRequest& request);

// `--format fulltext` for text input: every non-blank line, decoded and with
// trailing whitespace removed, each ending with '\n' (the text writer's
// counterpart for a page that is text already).
std::string text_fulltext(std::string_view bytes, std::string_view charset);

}  // namespace pith::api
