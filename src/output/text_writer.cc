// The text writer maps the content tree onto LineBuilder: blocks end lines,
// rows and cells go to its table handling, code is preformatted.
#include "output/text_writer.h"

#include "output/line_builder.h"
#include "output/tree_walk.h"

namespace pith::output {
namespace {

class TextWriter {
 public:
  bool enter(uint32_t, const ContentNode& node) {
    if (node.title) return false;  // metadata, not body text
    switch (node.kind) {
      case ContentKind::Text:
        if (code_depth_) {
          lines_.append_verbatim(node.text);
        } else {
          lines_.append(node.text);
        }
        return false;
      case ContentKind::LineBreak:
        lines_.boundary();
        return false;
      case ContentKind::Image:
        return false;
      case ContentKind::InlineCode:
        lines_.append(node.text);
        return true;
      case ContentKind::TableRow:
        lines_.begin_row();
        return true;
      case ContentKind::TableCell:
        lines_.begin_cell();
        return true;
      case ContentKind::CodeBlock:
        lines_.boundary();
        ++code_depth_;
        lines_.append_verbatim(node.text);
        return true;
      default:
        if (is_block(node.kind)) lines_.boundary();
        return true;
    }
  }

  void leave(uint32_t, const ContentNode& node) {
    if (node.title) return;
    switch (node.kind) {
      case ContentKind::TableRow:
        lines_.end_row();
        break;
      case ContentKind::CodeBlock:
        --code_depth_;
        lines_.boundary();
        break;
      default:
        if (is_block(node.kind)) lines_.boundary();
        break;
    }
  }

  std::string finish() { return lines_.finish(); }

 private:
  LineBuilder lines_;
  int code_depth_ = 0;
};

}  // namespace

std::string write_text(const extraction::ContentTree& tree) {
  TextWriter writer;
  walk(tree, writer);
  return writer.finish();
}

}  // namespace pith::output
