// Author names: cleaning the raw strings every source gives ("By Jane Doe |
// 3 May 2026", "von Max Muster, Redakteur", "jane@example.com", "@jdoe") and
// finding a byline in the body when no metadata names the author (rel=author
// links, class/id author|byline elements).
#pragma once

#include <string>
#include <string_view>

#include "extract/metadata/page_scan.h"

namespace pith::extraction::metadata {

// Longest author string kept, in bytes; longer strings are sentences, not names.
inline constexpr size_t kMaxAuthorBytes = 120;

// Words that open a byline, followed by a name: "By Jane Roe", "von Max Muster".
inline constexpr std::string_view kBylineOpeners[] = {"by", "von", "par", "por", "door", "przez", "di"};

// Cleans one raw author string; several names stay joined with "; ". Empty
// when nothing name-like remains.
std::string clean_author(std::string_view raw);

// The byline found in the body: rel=author links first, then author/byline
// class elements. Cleaned; empty when none.
std::string body_byline(const PageScan& scan);

}  // namespace pith::extraction::metadata
