// Reading, extracting and rendering happen on the worker threads; the main
// thread only writes finished records in order and reports failures.
#include "extract_command.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <optional>

#include "api/input_check.h"
#include "api/input_kind.h"
#include "api/text_pipeline.h"
#include "batch_runner.h"
#include "html/parser.h"
#include "input_files.h"
#include "io/warc_reader.h"
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
std::string fulltext(const CliOptions& options, std::string_view bytes, InputKind kind,
                     std::vector<std::string>& warnings) {
  api::SniffedInput input = api::sniff_input(bytes, kind);
  if (!input.decode_error.empty()) warnings.push_back(input.decode_error);
  input.body = api::within_page_limit(input.body, warnings);
  std::string_view charset = options.extract.charset.empty() ? input.charset : options.extract.charset;
  if (input.kind == InputKind::Text) return api::text_fulltext(input.body, charset);
  ParseOptions parse_options;
  parse_options.charset = std::string(charset);
  dom::Document page = html::parse(input.body, parse_options);
  return output::write_fulltext(page.root());
}

}  // namespace

std::string render_document(const CliOptions& options, const std::string& source, std::string_view bytes,
                            const std::string& url, std::vector<std::string>* warnings, bool wet_text,
                            const WarcOrigin* warc) {
  // A WET record is text unless the user insisted on HTML.
  InputKind kind = wet_text && options.extract.input == InputKind::Auto ? InputKind::Text : options.extract.input;
  if (options.format == Format::Fulltext) {
    std::vector<std::string> fulltext_warnings;
    std::string text = with_newline(fulltext(options, bytes, kind, fulltext_warnings));
    if (warnings) *warnings = std::move(fulltext_warnings);
    return text;
  }
  Options extract_options = options.extract;
  extract_options.input = kind;
  if (!url.empty()) extract_options.url = url;
  Document doc = extract(bytes, extract_options);
  if (warnings) *warnings = doc.warnings;
  switch (options.format) {
    case Format::Json:
    case Format::Jsonl: {
      output::JsonObject record;
      record.field("source", source);
      if (warc) record.field("warc_file", warc->file).field("warc_date", warc->date);
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

namespace {

// One document of the run: a file read by the worker, or a WARC record
// already in memory.
struct Job {
  std::string source;  // the path, or the WARC-Record-ID
  std::string url;
  std::optional<std::string> bytes;
  bool wet_text = false;  // a WET conversion record
  bool from_warc = false;
  WarcOrigin warc;  // from_warc: the file and the capture's WARC-Date
  uint64_t input_bytes = 0;  // a plain input's size on disk, for the progress bar
};

// WARC records are read in batches of this many per worker thread, so a
// multi-gigabyte file streams through bounded memory.
constexpr size_t kWarcRecordsPerThread = 32;

// Response records carry pages (with their HTTP header); conversion records
// are WET text. Requests, metadata and warcinfo are not documents.
}  // namespace

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
  // Standard input is read whole up front, so that its first bytes can tell
  // whether it is a WARC file.
  std::optional<std::string> standard_input;
  std::vector<bool> warc(items.size());
  // Sizes only feed the progress bar: a batch of a million files is not
  // stat'ed when no bar can be shown.
  const bool may_show_progress = !options.quiet && stderr_is_terminal();
  std::vector<uint64_t> sizes(items.size());
  size_t plain_inputs = 0;
  uint64_t total_bytes = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    if (items[i].path == "-") {
      if (!standard_input) standard_input = read_input("-", error);
      warc[i] = standard_input && io::looks_like_warc(*standard_input);
      sizes[i] = standard_input ? standard_input->size() : 0;
    } else {
      warc[i] = is_warc_file(items[i].path);
      std::error_code ec;
      const auto size = may_show_progress ? std::filesystem::file_size(items[i].path, ec) : 0;
      sizes[i] = ec ? 0 : size;
    }
    plain_inputs += !warc[i];
    total_bytes += sizes[i];
  }
  const bool any_warc = std::find(warc.begin(), warc.end(), true) != warc.end();
  const bool single = items.size() == 1 && !warc[0];
  const bool json = options.format == Format::Json || options.format == Format::Jsonl;
  const bool json_array = options.format == Format::Json && !single;

  // An input that failed: its error, and in json/jsonl its error record.
  auto failed_record = [&](const std::string& source, const std::string& url, std::string error) {
    Record record;
    record.failed = true;
    if (json) record.output = render_error_record(source, url, error);
    record.error = std::move(error);
    return record;
  };
  // Past kMaxPageBytes (and room for a WARC and an HTTP header block)
  // extract() would not look: a huge file is not read whole, nor a
  // compressed one decompressed whole.
  constexpr size_t kMaxInputBytes = kMaxPageBytes + 2 * io::kMaxHeaderBytes;

  auto work = [&](const Job& job) {
    Record record;
    std::string read_error;
    std::optional<std::string> read;
    if (!job.bytes) read = read_input(job.source, read_error, kMaxInputBytes);
    const std::optional<std::string>& bytes = job.bytes ? job.bytes : read;
    if (!bytes) return failed_record(job.source, job.url, read_error);
    // A page stored compressed (page.html.gz, page.html.zst) is read as its
    // content; a WARC record's block is a page as the server sent it.
    std::string_view page = *bytes;
    std::string decompressed;
    if (!job.from_warc && io::compression_of(page) != io::Compression::None) {
      std::string why;
      decompressed = io::decompress(page, kMaxInputBytes, why);
      if (!why.empty()) return failed_record(job.source, job.url, job.source + ": " + why);
      page = decompressed;
    }
    std::vector<std::string> warnings;
    record.output = render_document(options, job.source, page, job.url, &warnings, job.wet_text,
                                    job.from_warc ? &job.warc : nullptr);
    // json and jsonl carry the warnings; for the other formats a single input
    // explains itself on stderr (in a batch that would drown the output).
    if (single && !json && !options.quiet) {
      for (const std::string& w : warnings) record.messages += "pith: " + job.source + ": warning: " + w + '\n';
    }
    return record;
  };

  size_t failed = 0, written = 0, plain_done = 0;
  // With WARC files the bar counts bytes: inputs done, and how far into the
  // WARC file being read the reader is.
  uint64_t bytes_done = 0, warc_bytes_read = 0;
  const bool bar =
      may_show_progress && (any_warc ? total_bytes >= kProgressMinBytes : plain_inputs >= kProgressMinInputs);
  ProgressBar progress(any_warc ? total_bytes : plain_inputs,
                       any_warc ? ProgressBar::Unit::Bytes : ProgressBar::Unit::Inputs, bar);
  if (json_array) std::fputs("[\n", out);
  auto write = [&](Record& record, const Job& job) {
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
    if (!job.from_warc) {
      ++plain_done;
      bytes_done += job.input_bytes;
    }
    progress.advance(any_warc ? bytes_done + warc_bytes_read : plain_done, written, failed);
  };
  auto run_jobs = [&](std::vector<Job>& jobs) {
    run_ordered(
        jobs.size(), options.jobs, [&](size_t i) { return work(jobs[i]); },
        [&](size_t i, Record& record) { write(record, jobs[i]); });
    jobs.clear();
  };

  std::vector<Job> jobs;
  for (size_t i = 0; i < items.size(); ++i) {
    if (!warc[i]) {
      std::optional<std::string> bytes;
      if (items[i].path == "-") bytes = standard_input;
      jobs.push_back({items[i].path, items[i].url, std::move(bytes), false, false, {}, sizes[i]});
      continue;
    }
    run_jobs(jobs);  // the plain inputs before it, in order
    io::WarcReader reader = items[i].path == "-" ? io::WarcReader(io::WarcReader::InMemory{*standard_input})
                                                 : io::WarcReader(items[i].path);
    io::WarcRecord r;
    const size_t batch = kWarcRecordsPerThread * options.jobs;
    // Damaged data costs an error record and the records it spoils; reading
    // goes on at the next record that can be read.
    while (true) {
      while (reader.next(r)) {
        if (!r.is_document()) continue;
        std::string source = r.record_id.empty() ? items[i].path : r.record_id;
        std::string url = r.target_uri.empty() ? items[i].url : r.target_uri;
        jobs.push_back({std::move(source), std::move(url), std::move(r.block), r.type == "conversion", true,
                        {items[i].path, std::string(r.header.find("WARC-Date").value_or(""))}, 0});
        if (jobs.size() >= batch) {
          warc_bytes_read = reader.input_bytes();
          run_jobs(jobs);
        }
      }
      warc_bytes_read = reader.input_bytes();
      run_jobs(jobs);
      if (reader.ok()) break;
      Record record = failed_record(items[i].path, items[i].url, items[i].path + ": " + reader.error());
      Job damaged;  // a record of the WARC file, not an input of its own
      damaged.from_warc = true;
      write(record, damaged);
      if (!reader.resume() && reader.ok()) break;
    }
    bytes_done += sizes[i];
    warc_bytes_read = 0;
  }
  run_jobs(jobs);
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
