// The plain-text writers' line discipline: one line under construction,
// ended at every block boundary and line break. Inside a table row, block
// boundaries and breaks become spaces and cells are joined with
// kTextCellSeparator, so a row stays on one line. Preformatted text keeps its
// spaces and its line ends; every other run of whitespace collapses to one
// space. Empty lines are never written; a row whose first cell is empty
// starts with " | " so the empty cell stays visible.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pith::output {

class LineBuilder {
 public:
  void append(std::string_view text);           // whitespace collapsed
  void append_verbatim(std::string_view text);  // preformatted: spaces kept, '\n' ends the line
  void boundary();                              // a block starts or ends, or a <br>
  void begin_row();
  void begin_cell();
  void end_row();
  std::string finish();                         // every line ends with '\n'

 private:
  void end_line();

  std::string out_;
  std::string line_;
  std::vector<int> cells_in_row_;  // one entry per open (nested) table row
};

}  // namespace pith::output
