// The default command: every input through pith::extract (or the fulltext
// writer), rendered in the chosen format, written in input order.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cli_options.h"

namespace pith::cli {

// Returns the process exit code: 0, or 1 when an input could not be read or
// the output could not be written.
int run_extract_command(const CliOptions& options);

// Where a WARC record came from, for the json/jsonl fields "warc_file" and
// "warc_date" (the WARC-Date of the capture): "source" alone, the record's ID,
// does not say which of a crawl's files holds it.
struct WarcOrigin {
  std::string file;
  std::string date;
};

// One input's output in the chosen format, from its bytes; the Document's
// warnings go to `warnings` (exposed for tests).
// `wet_text`: the bytes are a WET conversion record's text (text mode unless
// --input html).
std::string render_document(const CliOptions& options, const std::string& source, std::string_view bytes,
                            const std::string& url, std::vector<std::string>* warnings = nullptr,
                            bool wet_text = false, const WarcOrigin* warc = nullptr);

// The jsonl/json record of an input that failed.
std::string render_error_record(const std::string& source, const std::string& url, const std::string& error);

}  // namespace pith::cli
