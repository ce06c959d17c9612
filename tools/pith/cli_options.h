// The default command's options (`pith [OPTIONS] INPUT...`) and their
// registration on the CLI11 app, with the help text and examples.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "pith/extract.h"

namespace pith::cli {

enum class Format { Txt, Markdown, Json, Jsonl, Html, Fulltext };

struct CliOptions {
  std::vector<std::string> inputs;  // files, directories, "-"
  std::string input_list;           // --input-list FILE: PATH[<TAB>URL] per line
  Format format = Format::Txt;
  bool with_metadata = false;       // YAML front matter for txt/markdown
  unsigned jobs = 1;                // -j: worker threads
  std::string output;               // -o FILE; empty = stdout
  bool quiet = false;               // no warnings or progress on stderr
  Options extract;                  // passed to pith::extract for each input

  // Flags as typed, before finish_options() turns them into the fields above.
  struct Raw {
    std::string format = "txt";
    std::string input = "auto";
    bool precision = false;
    bool recall = false;
    bool no_tables = false;
    bool no_normalize = false;
    bool with_markdown = false;  // json/jsonl: a "markdown" field
    bool with_html = false;      // json/jsonl: an "html" field
  } raw;
};

// Adds the default command's options to `app`; the values land in `options`
// once app.parse() has run and finish_options() has been called.
void add_options(CLI::App& app, CliOptions& options);

// Resolves what CLI11 cannot express directly (format → extract flags,
// --input). Returns an error message for a usage error, or "".
std::string finish_options(CliOptions& options);

// Text for the end of --help: the formats, the jsonl record, exit codes, examples.
const char* help_footer();

}  // namespace pith::cli
