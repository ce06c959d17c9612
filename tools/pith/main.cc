// The pith command line. Subcommands map onto the layers: `parse` exercises the
// HTML parser alone; the default command turns pages into text.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <iostream>

#include "html/parser.h"
#include "input_files.h"
#include "parse_command.h"
#include "visible_text.h"

namespace {

constexpr int kExitInputError = 1;

int run_text_command(const std::vector<std::string>& inputs, const pith::ParseOptions& options) {
  std::string error;
  std::vector<std::string> files = pith::cli::expand_inputs(inputs, error);
  if (!error.empty()) {
    std::cerr << "pith: " << error << '\n';
    return kExitInputError;
  }
  int status = 0;
  for (const std::string& path : files) {
    auto bytes = pith::cli::read_input(path, error);
    if (!bytes) {
      std::cerr << "pith: " << error << '\n';
      status = kExitInputError;
      continue;
    }
    pith::dom::Document document = pith::html::parse(*bytes, options);
    std::string text = pith::cli::visible_text(document.root());
    std::fwrite(text.data(), 1, text.size(), stdout);
  }
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "pith: the main content of web pages.\n"
      "Until the extractor lands, `pith FILE` prints the page's visible text, one block per line."};
  app.require_subcommand(0, 1);
  app.set_version_flag("--version", "pith 0.1.0");

  pith::ParseOptions options;
  std::vector<std::string> inputs;
  app.add_option("--charset", options.charset,
                 "Encoding label to decode input with (a BOM still wins); default: sniff");
  app.add_option("inputs", inputs, "HTML files, directories (walked recursively) or - for stdin");

  pith::cli::ParseCommand parse;
  CLI::App* parse_app = app.add_subcommand("parse", "Run the HTML parser alone: print the tree or statistics");
  parse_app->add_flag("--tree", parse.tree, "Print the tree in the html5lib-tests format (one input)");
  parse_app->add_flag("--stats", parse.stats,
                      "Print `path bytes nodes elements max_depth encoding` per input and a total line");
  parse_app->add_option("--fragment", parse.options.fragment_context,
                        "Parse as a fragment in this context element: td, 'svg path', 'math mi'");
  std::string scripting = "off";
  parse_app->add_option("--scripting", scripting, "The scripting flag (affects <noscript>)")
      ->check(CLI::IsMember({"on", "off"}));
  parse_app->add_option("--charset", parse.options.charset, "Encoding label to decode input with");
  parse_app->add_option("inputs", parse.inputs, "Files, directories or -")->required();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }

  if (parse_app->parsed()) {
    parse.options.scripting = scripting == "on";
    return pith::cli::run_parse_command(parse);
  }
  if (inputs.empty()) {
    std::cerr << app.help();
    return 2;
  }
  return run_text_command(inputs, options);
}
