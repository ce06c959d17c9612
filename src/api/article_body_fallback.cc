// JSON-LD articleBody as the content; see article_body_fallback.h.
#include "api/article_body_fallback.h"

#include <string>
#include <vector>

#include "extract/block_segmenter.h"
#include "extract/boilerplate_vocabulary.h"
#include "extract/content_tree_builder.h"
#include "extract/metadata/text_normalize.h"
#include "html/parser.h"
#include "output/text_writer.h"

namespace pith::api {
namespace {

using extraction::ContentKind;
using extraction::ContentTree;

uint32_t words_of(std::string_view text) {
  uint32_t stop_words = 0;
  return extraction::count_words(text, &stop_words);
}

ContentTree tree_from_html(std::string_view markup, const extraction::Settings& settings) {
  dom::Document doc = html::parse_utf8(markup);
  extraction::SegmentOptions options;
  options.inline_structure = settings.links || settings.formatting || settings.images;
  options.images = settings.images;
  extraction::Segmentation seg;
  extraction::segment_blocks(doc, options, seg);
  std::vector<uint32_t> blocks, roots;
  for (uint32_t b = 0; b < seg.blocks.size(); ++b) {
    blocks.push_back(b);
    roots.push_back(seg.body);
  }
  ContentTree tree;
  extraction::build_content_tree(seg, blocks, roots, settings, tree);
  return tree;
}

ContentTree tree_from_lines(std::string_view text) {
  ContentTree tree;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    if (line.find_first_not_of(" \t\r") != std::string_view::npos)
      tree.add_text_block(ContentKind::Paragraph, line);
    pos = end + 1;
  }
  return tree;
}

}  // namespace

std::optional<ContentTree> article_body_content(std::string_view article_body, const ContentTree& extracted,
                                                const extraction::Settings& settings) {
  if (article_body.empty()) return std::nullopt;
  // Markup counts a few words of its own: enough to rule pages out before the
  // body is parsed, never to rule one in.
  const uint32_t raw_words = words_of(article_body);
  if (raw_words < kMinArticleBodyWords) return std::nullopt;
  const uint32_t extracted_words = words_of(output::write_text(extracted));
  if (extracted_words >= kArticleBodyShare * raw_words) return std::nullopt;
  ContentTree body = extraction::metadata::looks_like_markup(article_body)
                         ? tree_from_html(article_body, settings)
                         : tree_from_lines(article_body);
  const uint32_t body_words = words_of(output::write_text(body));
  if (body_words < kMinArticleBodyWords || extracted_words >= kArticleBodyShare * body_words)
    return std::nullopt;
  return body;
}

}  // namespace pith::api
