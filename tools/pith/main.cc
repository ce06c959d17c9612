// The pith command line. `pith [OPTIONS] INPUT...` extracts the main content of
// pages (extract_command); `pith parse` runs the HTML parser alone.
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli_options.h"
#include "extract_command.h"
#include "parse_command.h"
#include "pith/extract.h"

namespace {
constexpr int kExitUsage = 2;
}

int main(int argc, char** argv) {
  CLI::App app{"pith: the main content and metadata of web pages."};
  app.footer(pith::cli::help_footer());
  app.require_subcommand(0, 1);
  app.set_version_flag("--version", std::string("pith ") + pith::version());

  pith::cli::CliOptions options;
  pith::cli::add_options(app, options);

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
  parse_app->add_option("--max-depth", parse.options.max_tree_depth,
                        "Deeper elements become siblings, as in browsers; 0: the standard's tree, unlimited")
      ->capture_default_str();
  parse_app->add_option("inputs", parse.inputs, "Files, directories or -")->required();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : kExitUsage;
  }

  if (parse_app->parsed()) {
    parse.options.scripting = scripting == "on";
    return pith::cli::run_parse_command(parse);
  }
  std::string usage_error = pith::cli::finish_options(options);
  if (!usage_error.empty()) {
    std::cerr << "pith: " << usage_error << "\nRun `pith --help` for usage and examples.\n";
    return kExitUsage;
  }
  return pith::cli::run_extract_command(options);
}
