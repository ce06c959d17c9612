#include "parse_command.h"

#include <chrono>
#include <cstdio>
#include <iostream>

#include "dom/tree_dump.h"
#include "dom/tree_stats.h"
#include "html/parser.h"
#include "input_files.h"

namespace pith::cli {
namespace {

int print_tree(const ParseCommand& command) {
  if (command.inputs.size() != 1) {
    std::cerr << "pith parse --tree: expected exactly one input (a file or -)\n";
    return 2;
  }
  std::string error;
  auto bytes = read_input(command.inputs[0], error);
  if (!bytes) {
    std::cerr << "pith parse: " << error << '\n';
    return 1;
  }
  dom::Document document = html::parse(*bytes, command.options);
  std::string tree = dom::dump_html5lib_tree(document.root());
  std::fwrite(tree.data(), 1, tree.size(), stdout);
  return 0;
}

int print_stats(const ParseCommand& command) {
  std::string error;
  std::vector<std::string> files = expand_inputs(command.inputs, error);
  if (!error.empty()) {
    std::cerr << "pith parse: " << error << '\n';
    return 1;
  }
  size_t total_bytes = 0, total_nodes = 0, total_elements = 0, deepest = 0, failed = 0;
  std::chrono::duration<double> parsing{0};
  for (const std::string& path : files) {
    auto bytes = read_input(path, error);
    if (!bytes) {
      std::cerr << "pith parse: " << error << '\n';
      ++failed;
      continue;
    }
    auto start = std::chrono::steady_clock::now();
    dom::Document document = html::parse(*bytes, command.options);
    dom::TreeStats stats = dom::measure_tree(document.root());
    parsing += std::chrono::steady_clock::now() - start;
    std::printf("%s %zu %zu %zu %zu %s\n", path.c_str(), bytes->size(), stats.nodes, stats.elements,
                stats.max_depth, document.encoding.c_str());
    total_bytes += bytes->size();
    total_nodes += stats.nodes;
    total_elements += stats.elements;
    if (stats.max_depth > deepest) deepest = stats.max_depth;
  }
  double seconds = parsing.count();
  std::printf("total %zu %zu %zu %zu files=%zu failed=%zu parse_seconds=%.3f MB/s=%.1f\n", total_bytes,
              total_nodes, total_elements, deepest, files.size(), failed, seconds,
              seconds > 0 ? total_bytes / 1e6 / seconds : 0.0);
  return failed ? 1 : 0;
}

}  // namespace

int run_parse_command(const ParseCommand& command) {
  if (command.tree == command.stats) {
    std::cerr << "pith parse: choose one of --tree or --stats\n";
    return 2;
  }
  return command.tree ? print_tree(command) : print_stats(command);
}

}  // namespace pith::cli
