// Inline constructs of the Markdown writer, written around content that is
// already escaped Markdown (hard breaks as "\\\n", emphasis as the markers of
// markdown_emphasis.h): code spans and links.
#pragma once

#include <string>
#include <string_view>

namespace pith::output {

// `code` as code spans: fenced with one backtick more than its longest run,
// padded where it starts or ends with a backtick or a space at both ends, and
// one span per line, since a code span cannot hold a line break. All spaces
// is written as it is.
void append_code_span(std::string& out, std::string_view code);

// `content` as the text of a link to `url` (a destination appended with
// append_url()): spaces and line breaks at its ends stay outside the brackets
// ("Lucius<a> Annaeus Seneca</a>" → "Lucius [Annaeus Seneca](…)").
void append_link(std::string& out, std::string_view content, std::string_view url);

// Text a reader would see: anything but spaces, hard breaks and emphasis markers.
bool has_visible_text(std::string_view content);

}  // namespace pith::output
