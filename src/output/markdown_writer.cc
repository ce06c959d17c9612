// The Markdown writer walks the tree once. Inline content of the block being
// written collects in `inline_` (already escaped, hard breaks as "\\\n",
// emphasis as markers that resolve_emphasis() writes once the block is whole);
// when the block ends it is cut into lines and each line gets the prefixes of
// the enclosing containers (list items, quotes). Tables collect their cells
// and are laid out when the table ends.
#include "output/markdown_writer.h"

#include <algorithm>
#include <optional>

#include "output/markdown_emphasis.h"
#include "output/markdown_escape.h"
#include "output/markdown_inline.h"
#include "output/tree_walk.h"
#include "output/url_safety.h"
#include "output/whitespace.h"

namespace pith::output {
namespace {

// Nesting depth of emphasis/links/code spans that is still rendered as markup.
constexpr size_t kMaxSpanDepth = 16;

class MarkdownWriter {
 public:
  MarkdownWriter() { scopes_.push_back({}); }

  bool enter(uint32_t id, const ContentNode& node) {
    // A block straight inside a list ("<ol><li>…</li><ol>…</ol>", a nesting
    // editors write) goes on in the list's last item, indented under it: at
    // the list's own level it would end the list and restart its numbers.
    if (!open_.empty() && open_.back().second == ContentKind::List && node.kind != ContentKind::ListItem &&
        is_block(node.kind) && !lists_.empty() && lists_.back().item_indent > 0 && table_depth_ == 0 &&
        !in_code_block_) {
      flush_leaf();
      const std::string indent(lists_.back().item_indent, ' ');
      scopes_.push_back({indent, indent, indent, true, true});
      continued_.push_back(id);
    }
    const bool descend = enter_node(id, node);
    if (descend) open_.emplace_back(id, node.kind);
    return descend;
  }

  void leave(uint32_t id, const ContentNode& node) {
    if (!open_.empty() && open_.back().first == id) open_.pop_back();
    leave_node(id, node);
    if (!continued_.empty() && continued_.back() == id) {
      flush_leaf();
      scopes_.pop_back();
      continued_.pop_back();
      if (node.kind == ContentKind::List) need_blank_ = false;  // the next item follows, as after a nested list
    }
  }

  std::string finish() {
    flush_leaf();
    return std::move(out_);
  }

 private:
  bool enter_node(uint32_t id, const ContentNode& node) {
    if (in_code_block_) {  // children of a code block are more code
      if (node.kind == ContentKind::Text) append_code(node.text);
      if (node.kind == ContentKind::LineBreak) code_ += '\n';
      return true;
    }
    if (table_depth_ > 0) return enter_in_table(node);
    switch (node.kind) {
      case ContentKind::Text:
        open_implicit_leaf();
        append_text(node.text);
        return false;
      case ContentKind::LineBreak:
        open_implicit_leaf();
        append_break();
        return false;
      case ContentKind::Emphasis:
      case ContentKind::Strong:
      case ContentKind::InlineCode:
      case ContentKind::Link:
        open_implicit_leaf();
        return enter_span(node);
      case ContentKind::Image:
        open_implicit_leaf();
        append_image(node);
        return false;
      default:
        break;
    }
    flush_leaf();
    if (node.kind != ContentKind::List) scopes_.back().after_list = false;
    switch (node.kind) {
      case ContentKind::Paragraph:
      case ContentKind::Heading:
        leaf_ = node.kind;
        leaf_level_ = node.level;
        return true;
      case ContentKind::CodeBlock:
        code_.clear();
        append_code(node.text);
        in_code_block_ = true;
        return true;
      case ContentKind::HorizontalRule:
        emit_block_lines({"---"});
        return false;
      case ContentKind::List:
        enter_list(node);
        return true;
      case ContentKind::ListItem:
        enter_list_item();
        return true;
      case ContentKind::Quote:
        separate();
        scopes_.push_back({"> ", "> ", ">", false});
        need_blank_ = false;
        return true;
      case ContentKind::Table:
      case ContentKind::TableRow:
      case ContentKind::TableCell:
        ++table_depth_;
        table_root_ = id;
        rows_.clear();
        if (node.kind != ContentKind::Table) rows_.emplace_back();
        if (node.kind == ContentKind::TableCell) rows_.back().emplace_back();
        return true;
      default:  // Figure, and kinds a newer extractor may add: their children count
        return true;
    }
  }

  void leave_node(uint32_t id, const ContentNode& node) {
    if (in_code_block_ && node.kind != ContentKind::CodeBlock) return;
    if (table_depth_ > 0) {
      leave_in_table(id, node);
      return;
    }
    switch (node.kind) {
      case ContentKind::Emphasis:
      case ContentKind::Strong:
      case ContentKind::InlineCode:
      case ContentKind::Link:
        leave_span(node);
        return;
      case ContentKind::Text:
      case ContentKind::LineBreak:
      case ContentKind::Image:
      case ContentKind::HorizontalRule:
        return;
      case ContentKind::CodeBlock:
        in_code_block_ = false;
        emit_code(node.language);
        return;
      default:
        break;
    }
    flush_leaf();
    switch (node.kind) {
      case ContentKind::List:
        lists_.pop_back();
        scopes_.back().after_list = true;
        scopes_.back().last_marker = last_marker_;
        need_blank_ = true;
        break;
      case ContentKind::ListItem:
        scopes_.pop_back();
        need_blank_ = false;  // tight: the next item follows directly
        break;
      case ContentKind::Quote:
        scopes_.pop_back();
        need_blank_ = true;
        break;
      default:
        break;
    }
  }

  // A container's line prefixes: `first` for its first line, `rest` for the
  // others, `blank` for its blank lines.
  struct Scope {
    std::string first, rest, blank;
    bool is_item = false;
    bool first_used = false;
    bool after_list = false;  // the previous block in this scope was a list
    char last_marker = 0;
  };
  struct ListState {
    bool ordered;
    char marker;
    int counter = 0;
    size_t item_indent = 0;  // width of the last item's marker; 0 before the first item
  };
  struct Span {
    ContentKind kind;
    size_t start;
    std::string url;
  };

  // ---- blocks ---------------------------------------------------------------

  void separate() {
    if (need_blank_ && !out_.empty()) {
      std::string line;
      for (size_t i = 1; i < scopes_.size(); ++i) line += scopes_[i].blank;
      trim_trailing_spaces(line);
      out_ += line;
      out_ += '\n';
    }
    need_blank_ = false;
  }

  void emit_line(std::string_view content) {
    std::string line;
    for (size_t i = 1; i < scopes_.size(); ++i) {
      Scope& s = scopes_[i];
      line += s.first_used ? s.rest : s.first;
      s.first_used = true;
    }
    line += content;
    trim_trailing_spaces(line);
    out_ += line;
    out_ += '\n';
  }

  void emit_block_lines(const std::vector<std::string>& lines) {
    separate();
    for (const std::string& l : lines) emit_line(l);
    need_blank_ = true;
  }

  void enter_list(const ContentNode& node) {
    // Inside a list item a nested list follows the item's text directly.
    if (scopes_.back().is_item && scopes_.back().first_used) need_blank_ = false;
    separate();
    const Scope& scope = scopes_.back();
    char marker = node.ordered ? '.' : '-';
    // Two lists in a row with the same marker would merge into one.
    if (scope.after_list && scope.last_marker == marker) marker = node.ordered ? ')' : '*';
    lists_.push_back({node.ordered, marker});
    last_marker_ = marker;
  }

  void enter_list_item() {
    separate();
    std::string first;
    if (lists_.empty()) {
      first = "- ";
    } else if (lists_.back().ordered) {
      first = std::to_string(++lists_.back().counter) + lists_.back().marker + ' ';
    } else {
      first = std::string(1, lists_.back().marker) + ' ';
    }
    std::string indent(first.size(), ' ');
    if (!lists_.empty()) lists_.back().item_indent = first.size();
    scopes_.push_back({first, indent, indent, true});
    need_blank_ = false;
  }

  void open_implicit_leaf() {
    if (!leaf_) leaf_ = ContentKind::Paragraph;
  }

  // Writes the inline content collected so far as the current leaf block.
  void flush_leaf() {
    if (!leaf_) return;
    ContentKind kind = *leaf_;
    leaf_.reset();
    std::string text = resolve_emphasis(std::move(inline_));
    inline_.clear();
    for (Span& s : spans_) s.start = 0;
    // Hard breaks at the end mean nothing.
    while (true) {
      trim_trailing_spaces(text);
      if (text.size() >= 2 && text.compare(text.size() - 2, 2, "\\\n") == 0) {
        text.resize(text.size() - 2);
      } else {
        break;
      }
    }
    if (text.find_first_not_of(" \n") == std::string::npos) return;
    std::vector<std::string> lines;
    if (kind == ContentKind::Heading) {
      std::string heading;
      for (size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 2, "\\\n") == 0) {
          append_collapsed(heading, " ");
          ++i;
        } else {
          heading += text[i];
        }
      }
      trim_trailing_spaces(heading);
      size_t lead = heading.find_first_not_of(' ');
      heading.erase(0, lead);
      // A trailing run of '#' would be read as the closing sequence.
      if (!heading.empty() && heading.back() == '#') {
        size_t run = heading.find_last_not_of('#') + 1;
        heading.insert(heading.begin() + static_cast<std::ptrdiff_t>(run), '\\');
      }
      int level = std::clamp<int>(leaf_level_, 1, 6);
      lines.push_back(std::string(level, '#') + ' ' + heading);
    } else {
      size_t pos = 0;
      while (pos <= text.size()) {
        size_t end = text.find('\n', pos);
        if (end == std::string::npos) end = text.size();
        std::string_view line(text.data() + pos, end - pos);
        size_t lead = line.find_first_not_of(' ');
        line.remove_prefix(lead == std::string_view::npos ? line.size() : lead);
        if (!line.empty()) lines.push_back(escape_line_start(line));
        pos = end + 1;
      }
    }
    emit_block_lines(lines);
  }

  // Code as the page has it, but for invisible controls, as in text.
  void append_code(std::string_view text) {
    for (char c : text)
      if (!is_invisible_control(c)) code_ += c;
  }

  void emit_code(const std::string& language) {
    std::string code = std::move(code_);
    code_.clear();
    while (!code.empty() && (code.back() == '\n' || code.back() == '\r')) code.pop_back();
    if (code.empty()) return;
    std::string fence(std::max<size_t>(3, longest_run(code, '`') + 1), '`');
    std::string info;
    for (char c : language) {
      if (c == '`' || is_ascii_space(c)) break;
      info += c;
    }
    std::vector<std::string> lines{fence + info};
    size_t pos = 0;
    while (pos <= code.size()) {
      size_t end = code.find('\n', pos);
      if (end == std::string::npos) end = code.size();
      std::string line = code.substr(pos, end - pos);
      if (!line.empty() && line.back() == '\r') line.pop_back();
      lines.push_back(std::move(line));
      pos = end + 1;
    }
    lines.push_back(fence);
    emit_block_lines(lines);
  }

  // ---- inline ---------------------------------------------------------------

  std::string& target() { return table_depth_ > 0 ? current_cell() : inline_; }

  void append_space(std::string& out) {
    if (!out.empty() && out.back() != ' ' && out.back() != '\n') out += ' ';
  }

  void append_text(std::string_view text) {
    append_markdown_text(target(), text, code_span_depth_ > 0, table_depth_ > 0);
  }

  void append_break() {
    if (table_depth_ > 0) {
      append_space(current_cell());
      return;
    }
    trim_trailing_spaces(inline_);
    for (Span& s : spans_) s.start = std::min(s.start, inline_.size());  // a span may start in the trimmed spaces
    if (inline_.empty() || inline_.back() == '\n') return;
    inline_ += "\\\n";
  }

  void append_image(const ContentNode& node) {
    if (node.url.empty() || !safe_url(node.url)) return;
    std::string& out = target();
    std::string alt;
    std::swap(alt, out);
    append_text(node.text);
    std::swap(alt, out);
    out += "![";
    out += alt;
    out += "](";
    append_url(out, node.url);
    out += ')';
  }

  bool enter_span(const ContentNode& node) {
    // Past this depth spans keep only their text: wrapping re-copies the
    // span's content, which nested without bound would be quadratic.
    if (spans_.size() >= kMaxSpanDepth) {
      spans_.push_back({ContentKind::Text, 0, {}});
      if (node.kind == ContentKind::InlineCode) append_text_raw(node.text);
      return true;
    }
    if (node.kind == ContentKind::InlineCode) {
      ++code_span_depth_;
      spans_.push_back({node.kind, target().size(), {}});
      append_text_raw(node.text);
      return true;
    }
    spans_.push_back({node.kind, target().size(), node.url});
    return true;
  }

  void append_text_raw(std::string_view text) {
    if (text.empty()) return;
    ++code_span_depth_;
    append_text(text);
    --code_span_depth_;
  }

  void leave_span(const ContentNode& node) {
    if (spans_.empty()) return;
    Span span = std::move(spans_.back());
    spans_.pop_back();
    if (span.kind == ContentKind::Text) return;  // beyond kMaxSpanDepth
    std::string& out = target();
    size_t start = std::min(span.start, out.size());
    std::string content = out.substr(start);
    out.resize(start);
    switch (node.kind) {
      case ContentKind::InlineCode: {
        --code_span_depth_;
        if (content.find_first_not_of(' ') == std::string::npos) {
          out += content;
          return;
        }
        append_code_span(out, content);
        return;
      }
      case ContentKind::Link: {
        bool nested = std::any_of(spans_.begin(), spans_.end(),
                                  [](const Span& s) { return s.kind == ContentKind::Link; });
        // A link without text (an icon, a heading's permalink) has nothing to
        // click in a rendering; its URL is not the page's text either.
        if (span.url.empty() || nested || code_span_depth_ > 0 || !safe_url(span.url) ||
            !has_visible_text(content)) {
          out += content;
          return;
        }
        append_link(out, content, span.url);
        return;
      }
      default: {  // Emphasis, Strong: markers, made delimiters by resolve_emphasis()
        if (code_span_depth_ > 0) {  // inside code, emphasis would be literal asterisks
          out += content;
          return;
        }
        const bool strong = node.kind == ContentKind::Strong;
        out += strong ? kStrongOpen : kEmphasisOpen;
        out += content;
        out += strong ? kStrongClose : kEmphasisClose;
        return;
      }
    }
  }

  // ---- tables ---------------------------------------------------------------

  std::string& current_cell() {
    if (rows_.empty()) rows_.emplace_back();
    if (rows_.back().empty()) rows_.back().emplace_back();
    return rows_.back().back();
  }

  bool enter_in_table(const ContentNode& node) {
    switch (node.kind) {
      case ContentKind::Text:
        append_text(node.text);
        return false;
      case ContentKind::LineBreak:
        append_break();
        return false;
      case ContentKind::Image:
        append_image(node);
        return false;
      case ContentKind::Emphasis:
      case ContentKind::Strong:
      case ContentKind::InlineCode:
      case ContentKind::Link:
        return enter_span(node);
      case ContentKind::CodeBlock:
        append_space(current_cell());
        append_text(node.text);
        return true;
      case ContentKind::Table:
        ++table_depth_;
        return true;
      case ContentKind::TableRow:
        if (table_depth_ == 1) {
          rows_.emplace_back();
        } else {
          append_space(current_cell());
        }
        return true;
      case ContentKind::TableCell:
        if (table_depth_ == 1) {
          if (rows_.empty()) rows_.emplace_back();
          rows_.back().emplace_back();
        } else {
          append_space(current_cell());
        }
        return true;
      default:
        append_space(current_cell());
        return true;
    }
  }

  void leave_in_table(uint32_t id, const ContentNode& node) {
    switch (node.kind) {
      case ContentKind::Emphasis:
      case ContentKind::Strong:
      case ContentKind::InlineCode:
      case ContentKind::Link:
        leave_span(node);
        return;
      default:
        // The table ends with the node that started it: a Table, or a row or
        // cell that a sloppy tree put where a table should be.
        if (id == table_root_) {
          table_depth_ = 0;
          emit_table();
        } else if (node.kind == ContentKind::Table) {
          --table_depth_;
        }
        return;
    }
  }

  void emit_table() {
    std::vector<std::vector<std::string>> rows;
    size_t columns = 0;
    for (auto& row : rows_) {
      std::vector<std::string> cells;
      bool any = false;
      for (auto& cell : row) {
        std::string c = collapse_whitespace(resolve_emphasis(std::move(cell)));
        if (!c.empty()) any = true;
        cells.push_back(std::move(c));
      }
      if (!any) continue;
      columns = std::max(columns, cells.size());
      rows.push_back(std::move(cells));
    }
    rows_.clear();
    if (rows.empty()) return;
    std::vector<std::string> lines;
    auto format_row = [&](const std::vector<std::string>& cells) {
      std::string line = "|";
      for (size_t i = 0; i < columns; ++i) {
        line += ' ';
        if (i < cells.size()) line += cells[i];
        line += " |";
      }
      return line;
    };
    lines.push_back(format_row(rows[0]));
    std::string delimiter = "|";
    for (size_t i = 0; i < columns; ++i) delimiter += " --- |";
    lines.push_back(delimiter);
    for (size_t r = 1; r < rows.size(); ++r) lines.push_back(format_row(rows[r]));
    emit_block_lines(lines);
  }

  std::string out_;
  std::vector<Scope> scopes_;  // scopes_[0] is the document
  std::vector<ListState> lists_;
  std::vector<std::pair<uint32_t, ContentKind>> open_;  // the nodes being walked, innermost last
  std::vector<uint32_t> continued_;  // blocks written inside the last item of the list holding them
  char last_marker_ = 0;
  bool need_blank_ = false;

  std::optional<ContentKind> leaf_;
  uint8_t leaf_level_ = 0;
  std::string inline_;
  std::vector<Span> spans_;
  int code_span_depth_ = 0;
  std::string code_;
  bool in_code_block_ = false;

  int table_depth_ = 0;
  uint32_t table_root_ = 0;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace

std::string write_markdown(const extraction::ContentTree& tree) {
  MarkdownWriter writer;
  walk(tree, writer);
  return writer.finish();
}

}  // namespace pith::output
