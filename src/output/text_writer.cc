// The text writer keeps one line under construction and ends it at every block
// boundary; inside a table row block boundaries become spaces so a row stays
// on one line.
#include "output/text_writer.h"

#include "output/text_util.h"
#include "output/tree_walk.h"

namespace pith::output {
namespace {

class TextWriter {
 public:
  bool enter(uint32_t, const ContentNode& node) {
    switch (node.kind) {
      case ContentKind::Text:
        if (code_depth_) {
          append_verbatim(node.text);
        } else {
          append_collapsed(line_, node.text);
        }
        return false;
      case ContentKind::LineBreak:
        if (row_depth_) {
          append_collapsed(line_, " ");
        } else {
          end_line();
        }
        return false;
      case ContentKind::Image:
        return false;
      case ContentKind::InlineCode:
        append_collapsed(line_, node.text);
        return true;
      case ContentKind::TableRow:
        block_boundary();
        ++row_depth_;
        cells_in_row_.push_back(0);
        return true;
      case ContentKind::TableCell:
        if (row_depth_ && cells_in_row_.back()++ > 0) {
          trim_trailing_spaces(line_);
          line_ += kTextCellSeparator;
        }
        return true;
      case ContentKind::CodeBlock:
        block_boundary();
        ++code_depth_;
        append_verbatim(node.text);
        return true;
      default:
        if (is_block(node.kind)) block_boundary();
        return true;
    }
  }

  void leave(uint32_t, const ContentNode& node) {
    switch (node.kind) {
      case ContentKind::TableRow:
        --row_depth_;
        cells_in_row_.pop_back();
        block_boundary();
        break;
      case ContentKind::CodeBlock:
        --code_depth_;
        block_boundary();
        break;
      default:
        if (is_block(node.kind)) block_boundary();
        break;
    }
  }

  std::string finish() {
    end_line();
    return std::move(out_);
  }

 private:
  void block_boundary() {
    if (row_depth_) {
      append_collapsed(line_, " ");
    } else {
      end_line();
    }
  }

  void end_line() {
    trim_trailing_spaces(line_);
    if (!line_.empty()) {
      out_ += line_;
      out_ += '\n';
    }
    line_.clear();
  }

  // Code keeps its spaces and its lines; blank lines inside code are dropped
  // like every other empty line. Inside a table row it is flattened.
  void append_verbatim(const std::string& text) {
    for (char c : text) {
      if (c == '\n') {
        if (row_depth_) {
          append_collapsed(line_, " ");
        } else {
          end_line();
        }
      } else if (c != '\r') {
        line_ += c;
      }
    }
  }

  std::string out_;
  std::string line_;
  int row_depth_ = 0;
  int code_depth_ = 0;
  std::vector<int> cells_in_row_;
};

}  // namespace

std::string write_text(const extraction::ContentTree& tree) {
  TextWriter writer;
  walk(tree, writer);
  return writer.finish();
}

}  // namespace pith::output
