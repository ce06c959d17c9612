// Option definitions in one place, so --help, defaults and validation agree.
#include "cli_options.h"

#include <map>

namespace pith::cli {

void add_options(CLI::App& app, CliOptions& o) {
  CliOptions::Raw& r = o.raw;
  app.add_option("inputs", o.inputs, "HTML, text or WARC/WET files, directories (walked recursively) or - for stdin")
      ->type_name("INPUT...");
  app.add_option("--format,-f", r.format, "Output format: txt, markdown, json, jsonl, html, fulltext")
      ->check(CLI::IsMember({"txt", "markdown", "json", "jsonl", "html", "fulltext"}))
      ->default_str("txt");
  app.add_option("--url", o.extract.url, "The page's URL (base for links, hostname, dates in the path)");
  CLI::Option* precision = app.add_flag("--precision", r.precision, "Favor precision: less noise, may miss parts");
  CLI::Option* recall = app.add_flag("--recall", r.recall, "Favor recall: more text, more noise");
  precision->excludes(recall);
  app.add_flag("--no-tables", r.no_tables, "Leave tables out of the main content");
  app.add_flag("--links", o.extract.links, "Keep link targets (markdown, html)");
  app.add_flag("--images", o.extract.images, "Keep images (markdown, html)");
  app.add_flag("--comments", o.extract.comments, "Also extract reader comments (json/jsonl field \"comments\")");
  app.add_flag("--formatting", o.extract.formatting, "Keep bold, italic and code (markdown, html)");
  app.add_flag("--with-metadata", o.with_metadata, "txt/markdown: start with a YAML front-matter header");
  app.add_flag("--with-markdown", r.with_markdown,
               "json/jsonl: add the Markdown rendering as field \"markdown\" (with --links, --images …)");
  app.add_flag("--with-html", r.with_html, "json/jsonl: add the clean HTML article as field \"html\"");
  app.add_option("--input", r.input,
                 "Input kind: html, text (a page's visible text, e.g. a WET record) or auto (by content)")
      ->check(CLI::IsMember({"auto", "html", "text"}))
      ->default_str("auto");
  app.add_option("--charset", o.extract.charset,
                 "Encoding label to decode input with (a BOM still wins); default: sniff");
  app.add_option("--min-length", o.extract.min_length,
                 "Pages with less main text (characters) count as not-an-article: empty text, a warning");
  app.add_flag("--no-normalize", r.no_normalize,
               "Hand text out as the page spells it (default: Unicode NFC, one spelling per character)");
  app.add_option("--target-language", o.extract.target_language,
                 "ISO 639-1 code; pages in other languages give empty text and a warning");
  app.add_option("-j,--jobs", o.jobs, "Worker threads; output keeps the input order")
      ->check(CLI::Range(1u, 256u))
      ->default_str("1");
  app.add_option("-o,--output", o.output, "Write to FILE instead of standard output");
  app.add_option("--input-list", o.input_list,
                 "Read inputs from FILE: one `PATH` or `PATH<TAB>URL` per line (per-page URLs for batches)");
  app.add_flag("-q,--quiet", o.quiet, "No warnings and no progress bar on standard error");
}

std::string finish_options(CliOptions& o) {
  const CliOptions::Raw& r = o.raw;
  static const std::map<std::string, Format> formats = {
      {"txt", Format::Txt},   {"markdown", Format::Markdown}, {"json", Format::Json},
      {"jsonl", Format::Jsonl}, {"html", Format::Html},       {"fulltext", Format::Fulltext}};
  o.format = formats.at(r.format);
  o.extract.favor = r.precision ? Favor::Precision : r.recall ? Favor::Recall : Favor::Balanced;
  o.extract.tables = !r.no_tables;
  o.extract.normalize_unicode = !r.no_normalize;
  o.extract.input = r.input == "html" ? InputKind::Html : r.input == "text" ? InputKind::Text : InputKind::Auto;
  const bool json = o.format == Format::Json || o.format == Format::Jsonl;
  o.extract.markdown = o.format == Format::Markdown || r.with_markdown;
  o.extract.html = o.format == Format::Html || r.with_html;
  if (o.with_metadata && o.format != Format::Txt && o.format != Format::Markdown)
    return "--with-metadata applies to --format txt and markdown (json and jsonl always carry metadata)";
  if ((r.with_markdown || r.with_html) && !json)
    return std::string(r.with_markdown ? "--with-markdown" : "--with-html") +
           " applies to --format json and jsonl (use --format markdown or html for the rendering alone)";
  if (o.inputs.empty() && o.input_list.empty()) return "no INPUT given (a file, a directory or - for stdin)";
  return "";
}

const char* help_footer() {
  return R"(Formats:
  txt       the article body, one paragraph per line (table cells joined by " | ";
            the headline is the title, see --with-metadata);
            with several inputs (txt, markdown, html, fulltext) a blank line
            separates the documents
  markdown  CommonMark with pipe tables; --formatting/--links/--images add markup
  html      a clean <article>
  json      one object per input (an array when there are several)
  jsonl     one object per line: source, url, title, author, date, sitename,
            language, confidence, text, warnings, ... and "error" when the input
            failed; one record per input, always in input order
            (--with-markdown / --with-html add those renderings, e.g. for a corpus)
  fulltext  every visible block of the page, one per line (no extraction)

Exit codes: 0 success, 1 an input could not be read or written (in a batch the
run goes on and the input's record carries "error"), 2 usage error.

Examples:
  pith page.html                                  main text of one page
  pith --format markdown --links --images page.html
  curl -s https://example.com/a | pith --url https://example.com/a -
  pith --format jsonl -j 4 -o out.jsonl pages/    a directory, 4 threads
  pith --format jsonl --input-list list.tsv       PATH<TAB>URL per line
  pith --format fulltext page.html                everything visible
  pith --input text page.txt                      main text of a page's visible text
  pith --format jsonl -j 2 crawl.warc.gz          one record per response (WET: per conversion),
                                                  "source" is the WARC-Record-ID, "warc_file" and
                                                  "warc_date" say which file and when it was captured
  pith parse --tree page.html                     the parser's tree)";
}

}  // namespace pith::cli
