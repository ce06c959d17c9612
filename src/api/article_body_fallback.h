// Script-rendered pages (Vue, Next.js, paywalls that hide the text) often ship
// the article only inside their JSON-LD `articleBody`, while the HTML body
// holds a teaser, a caption or nothing. When the extracted content is a small
// part of a long articleBody, the articleBody is the better answer.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "extract/content_tree.h"
#include "extract/extract_settings.h"

namespace pith::api {

// An articleBody shorter than this (words) is a teaser or a summary: the page's
// own content stays.
inline constexpr uint32_t kMinArticleBodyWords = 150;
// The articleBody replaces content holding less than this share of its words.
inline constexpr double kArticleBodyShare = 0.5;
// Confidence at least this when the articleBody is used: an article type with
// a long body says "article", though not that its text is all there.
inline constexpr double kArticleBodyConfidence = 0.6;

// The articleBody as a content tree when it should replace `extracted`: HTML
// markup in it is parsed and its blocks kept (paragraphs, headings, lists…),
// plain text gives a paragraph per line.
std::optional<extraction::ContentTree> article_body_content(std::string_view article_body,
                                                            const extraction::ContentTree& extracted,
                                                            const extraction::Settings& settings);

}  // namespace pith::api
