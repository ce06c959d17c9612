// Reading, extracting and rendering happen on the worker threads; the main
// thread only writes finished records in order and reports failures.
#include "extract_command.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

#include "api/input_kind.h"
#include "api/text_pipeline.h"
#include "batch_runner.h"
#include "html/parser.h"
#include "input_files.h"
#include "output/front_matter.h"
#include "output/fulltext_writer.h"
#include "output/json_writer.h"
#include "pith/extract.h"
#include "progress_bar.h"

namespace pith::cli {
namespace {

std::string with_newline(std::string s) {
  if (!s.empty() && s.back() != '\n') s += '\n';
  return s;
}

// Every visible line of the page; a text page's own non-blank lines.
std::string fulltext(const CliOptions& options, std::string_view bytes) {
  api::SniffedInput input = api::sniff_input(bytes, options.extract.input);
  std::string_view charset = options.extract.charset.empty() ? input.charset : options.extract.charset;
  if (input.kind == InputKind::Text) return api::text_fulltext(input.body, charset);
  ParseOptions parse_options;
  parse_options.charset = std::string(charset);
  dom::Document page = html::parse(input.body, parse_options);
  return output::write_fulltext(page.root());
}

}  // namespace

std::string render_document(const CliOptions& options, const std::string& source, std::string_view bytes,
                            const std::string& url, std::vector<std::string>* warnings) {
  if (options.format == Format::Fulltext) return with_newline(fulltext(options, bytes));
  Options extract_options = options.extract;
  if (!url.empty()) extract_options.url = url;
  Document doc = extract(bytes, extract_options);
  if (warnings) *warnings = doc.warnings;
  switch (options.format) {
    case Format::Json:
    case Format::Jsonl: {
      output::JsonObject record;
      record.field("source", source);
      output::add_document_fields(record, doc);
      return record.str() + '\n';
    }
    case Format::Markdown:
      return (options.with_metadata ? output::write_front_matter(doc) : "") + with_newline(doc.markdown);
    case Format::Html:
      return with_newline(doc.html);
    default:
      return (options.with_metadata ? output::write_front_matter(doc) : "") + with_newline(doc.text);
  }
}

std::string render_error_record(const std::string& source, const std::string& url, const std::string& error) {
  Document empty;
  empty.url = url;
  output::JsonObject record;
  record.field("source", source).field("error", error);
  output::add_document_fields(record, empty);
  return record.str() + '\n';
}

int run_extract_command(const CliOptions& options) {
  std::string error;
  std::vector<InputItem> items = expand_input_items(options.inputs, error);
  if (error.empty() && !options.input_list.empty()) read_input_list(options.input_list, items, error);
  if (!error.empty()) {
    std::cerr << "pith: " << error << '\n';
    return 1;
  }
  if (items.empty()) {
    if (!options.quiet) std::cerr << "pith: no input files found\n";
    return 0;
  }

  std::FILE* out = stdout;
  if (!options.output.empty()) {
    out = std::fopen(options.output.c_str(), "wb");
    if (!out) {
      std::cerr << "pith: " << options.output << ": cannot open for writing: " << std::strerror(errno) << '\n';
      return 1;
    }
  }
  const bool single = items.size() == 1;
  const bool json = options.format == Format::Json || options.format == Format::Jsonl;
  const bool json_array = options.format == Format::Json && !single;

  auto work = [&](size_t i) {
    const InputItem& item = items[i];
    Record record;
    std::string read_error;
    auto bytes = read_input(item.path, read_error);
    if (!bytes) {
      record.failed = true;
      record.error = read_error;
      if (json) record.output = render_error_record(item.path, item.url, read_error);
      return record;
    }
    std::vector<std::string> warnings;
    record.output = render_document(options, item.path, *bytes, item.url, &warnings);
    // json and jsonl carry the warnings; for the other formats a single input
    // explains itself on stderr (in a batch that would drown the output).
    if (single && !json && !options.quiet) {
      for (const std::string& w : warnings) record.messages += "pith: " + item.path + ": warning: " + w + '\n';
    }
    return record;
  };

  size_t failed = 0, written = 0;
  const bool bar = !options.quiet && progress_wanted(items.size());
  ProgressBar progress(items.size(), bar);
  if (json_array) std::fputs("[\n", out);
  auto sink = [&](size_t i, Record& record) {
    if (record.failed) {
      ++failed;
      if (!options.quiet || single) std::cerr << (bar ? "\r\033[K" : "") << "pith: " << record.error << '\n';
    }
    std::cerr << record.messages;
    if (!record.output.empty()) {
      std::string& text = record.output;
      if (json_array) {
        if (written > 0) std::fputs(",\n", out);
        if (text.back() == '\n') text.pop_back();
      } else if (!json && written > 0) {
        std::fputc('\n', out);  // a blank line between documents
      }
      std::fwrite(text.data(), 1, text.size(), out);
      ++written;
    }
    progress.advance(i + 1, failed);
  };
  run_ordered(items.size(), options.jobs, work, sink);
  if (json_array) std::fputs("\n]\n", out);

  bool write_failed = std::fflush(out) != 0 || std::ferror(out);
  if (out != stdout) write_failed = std::fclose(out) != 0 || write_failed;
  if (write_failed) {
    std::cerr << "pith: " << (options.output.empty() ? "standard output" : options.output)
              << ": write error: " << std::strerror(errno) << '\n';
    return 1;
  }
  return failed ? 1 : 0;
}

}  // namespace pith::cli
