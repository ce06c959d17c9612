// The extractor side of the public API: parse, metadata, main content and the
// writers, with no knowledge of pith::Options or pith::Document.
#include "api/pipeline.h"

#include <algorithm>

#include "api/article_body_fallback.h"
#include "api/language_choice.h"
#include "extract/content_extractor.h"
#include "extract/metadata/metadata.h"
#include "extract/metadata/text_normalize.h"
#include "html/parser.h"
#include "output/html_writer.h"
#include "output/markdown_writer.h"
#include "output/text_writer.h"

namespace pith::api {
namespace {

// The writers end every line with '\n'; Document::text has no final newline.
std::string without_final_newline(std::string text) {
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

void copy_metadata(extraction::Metadata& m, PageResult& r) {
  r.title = std::move(m.title);
  r.author = std::move(m.author);
  r.date = std::move(m.date);
  r.date_modified = std::move(m.date_modified);
  r.sitename = std::move(m.sitename);
  r.hostname = std::move(m.hostname);
  r.language = std::move(m.language);
  r.url = std::move(m.url);
  r.description = std::move(m.description);
  r.image = std::move(m.image);
  r.license = std::move(m.license);
  r.categories = std::move(m.categories);
  r.tags = std::move(m.tags);
}

// A headline heading that opens with a kicker in an element of its own
// ("<h1><span class=overline>Die Zukunft der Arbeit</span>"Wir dekorieren
// …"</h1>") reads as one glued line ("Arbeit"Wir …") where the page's CSS
// set the kicker on a line above; the title already left it out. The heading
// then shows the title. A separator before the title ("Top Gear in Iran: Why
// …") makes the whole heading the page's own headline: kept.
void drop_headline_kicker(extraction::ContentTree& tree, std::string_view title) {
  uint32_t id = tree.title_heading();
  if (id == extraction::ContentTree::kRoot || title.empty()) return;
  const std::string text = tree.text_below(id);
  const std::string_view heading = extraction::metadata::trim(text);
  if (heading.size() <= title.size() || !heading.ends_with(title)) return;
  const std::string_view kicker = extraction::metadata::trim(heading.substr(0, heading.size() - title.size()));
  if (kicker.empty()) return;
  constexpr std::string_view kSeparators[] = {":", "|", "-", "/", ">", "\u00bb", "\u00b7", "\u2013", "\u2014", "\u2022"};
  for (std::string_view sep : kSeparators)
    if (kicker.ends_with(sep)) return;
  tree.set_text(id, title);
}

}  // namespace

PageResult run_pipeline(std::string_view bytes, const PipelineRequest& request) {
  ParseOptions parse_options;
  parse_options.charset = std::string(request.charset);
  dom::Document page = html::parse(bytes, parse_options);

  PageResult result;
  extraction::Metadata metadata = extraction::extract_metadata(page, request.settings.url);
  extraction::Settings settings = request.settings;
  settings.url = std::move(metadata.link_base);
  extraction::ExtractionResult content = extraction::extract_content(page, settings, metadata.title);
  if (auto body = article_body_content(metadata.article_body, content.content, settings)) {
    content.content = std::move(*body);
    content.warnings.assign(1, "text from the page's JSON-LD (its articleBody, or a how-to's or recipe's steps): its HTML holds little of the article");
    content.confidence = std::max(content.confidence, kArticleBodyConfidence);
  }
  copy_metadata(metadata, result);

  result.text = without_final_newline(output::write_text(content.content));
  // Markdown and HTML open with the title even where the page's headline sits
  // outside the content found (above a sidebar, in a banner) or the text came
  // from JSON-LD: a reader view shows what it is reading.
  if ((request.markdown || request.html) && !content.content.empty() && !result.title.empty()) {
    if (!content.content.has_title()) content.content.prepend_title(result.title);
    else drop_headline_kicker(content.content, result.title);
  }
  result.language = choose_language(std::move(result.language), result.text);
  if (request.markdown) result.markdown = output::write_markdown(content.content);
  if (request.html) result.html = output::write_html(content.content);
  if (request.settings.comments) result.comments = without_final_newline(output::write_text(content.comments));
  result.confidence = content.confidence;
  result.warnings = std::move(content.warnings);
  return result;
}

}  // namespace pith::api
