// See line_builder.h.
#include "output/line_builder.h"

#include "output/text_writer.h"
#include "output/whitespace.h"

namespace pith::output {

void LineBuilder::append(std::string_view text) { append_collapsed(line_, text); }

void LineBuilder::append_verbatim(std::string_view text) {
  for (char c : text) {
    if (c == '\n') {
      boundary();
    } else if (c != '\r') {
      line_ += c;
    }
  }
}

void LineBuilder::boundary() {
  if (cells_in_row_.empty()) {
    end_line();
  } else {
    append_collapsed(line_, " ");
  }
}

void LineBuilder::begin_row() {
  boundary();
  cells_in_row_.push_back(0);
}

void LineBuilder::begin_cell() {
  if (cells_in_row_.empty() || cells_in_row_.back()++ == 0) return;
  trim_trailing_spaces(line_);
  line_ += kTextCellSeparator;
}

void LineBuilder::end_row() {
  if (!cells_in_row_.empty()) cells_in_row_.pop_back();
  boundary();
}

std::string LineBuilder::finish() {
  end_line();
  return std::move(out_);
}

void LineBuilder::end_line() {
  trim_trailing_spaces(line_);
  if (!line_.empty()) {
    out_ += line_;
    out_ += '\n';
  }
  line_.clear();
}

}  // namespace pith::output
