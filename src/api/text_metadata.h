// Metadata of a text page (text mode): what the lines around the article say.
// The title line is the model's business (textmode::find_title_line); the
// date and the author are read here, with HTML mode's parsers, from the
// article's header: the lines just above it and its first lines.
#pragma once

#include <string>
#include <string_view>

#include "textmode/main_text.h"

namespace pith::api {

// The header is this many lines above the article (headline, dateline, byline,
// captions) and its first this-many lines ("Mar 3, 2020 — The city …").
// Chosen with eval/textmode_metadata_eval.py (trafilatura's 728 dated pages:
// 12 and 2 lines found 63.9% of the dates, 25 and 8 lines 68.8%).
inline constexpr size_t kHeaderLinesAbove = 25, kHeaderLinesInside = 8;
// A dateline is short: a date inside a paragraph ("In May 2019, …") tells
// what the article is about, not when it appeared.
inline constexpr size_t kDatelineMaxBytes = 160;
// A byline line is shorter still ("Posted on May 3, 2019 by Jane Roe · News").
inline constexpr size_t kBylineLineMaxBytes = 100;
// Most words of a name read from a byline line.
inline constexpr size_t kBylineNameMaxWords = 4;

// The publication date as "YYYY-MM-DD": a date in the URL path (as in HTML
// mode), else the nearest short line with a date in the header. Numeric dates
// are read month first on English pages ("03/05/2020"). Empty when none.
std::string text_page_date(const textmode::TextPage& page, const textmode::MainText& main, std::string_view language,
                           std::string_view url);

// The author: the "By …" line the model found (main.byline_line), else the
// nearest header line with a byline word before a name ("Veröffentlicht am
// 17. Dezember 2019 von Simon Dückert", "Mai 3, 2019 · von freeman1984 · News").
// Cleaned like an HTML byline; empty when none.
std::string text_page_author(const textmode::TextPage& page, const textmode::MainText& main);

// The description: the standfirst between the title and the article
// (main.standfirst_line), else the article's first line, as Readability.js
// takes the first paragraph for its excerpt. Empty when there is no article.
std::string text_page_description(const textmode::TextPage& page, const textmode::MainText& main);

}  // namespace pith::api
