// The HTML writer maps each content kind to one element; the only decisions
// are which tag a node gets from its context (a paragraph in a figure is its
// caption) and which URLs are safe to keep.
#include "output/html_writer.h"

#include <algorithm>
#include <vector>

#include "output/tree_walk.h"
#include "output/url_safety.h"
#include "output/whitespace.h"

namespace pith::output {

void append_html_escaped(std::string& out, std::string_view text, bool attribute) {
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"':
        if (attribute) {
          out += "&quot;";
        } else {
          out += c;
        }
        break;
      case '\0': out += "\xEF\xBF\xBD"; break;  // NUL is never allowed in HTML
      default:
        if (!is_invisible_control(c)) out += c;
    }
  }
}

namespace {

class HtmlWriter {
 public:
  HtmlWriter() { out_ = "<article>\n"; }

  // Pages nest loosely (an old-style <ul> indenting a paragraph, a list
  // straight in a list, a table's <caption>): a node its parent cannot hold in
  // valid HTML gets the element it needs around it (the content tree already
  // gives every item its list and every cell its row and table).
  bool enter(uint32_t id, const ContentNode& node) {
    const ContentKind parent = kinds_.empty() ? ContentKind::Paragraph : kinds_.back();
    std::string_view open, close;
    if (parent == ContentKind::List && node.kind != ContentKind::ListItem) {
      open = "<li>", close = "</li>\n";
    } else if (parent == ContentKind::Table && node.kind != ContentKind::TableRow) {
      open = "<tr><td>", close = "</td></tr>\n";
    } else if (parent == ContentKind::TableRow && node.kind != ContentKind::TableCell) {
      open = "<td>", close = "</td>";
    }
    if (!open.empty()) {
      start_block();
      out_ += open;
    }
    closers_.push_back(close);
    kinds_.push_back(node.kind);
    return enter_node(id, node);
  }

  void leave(uint32_t id, const ContentNode& node) {
    leave_node(id, node);
    kinds_.pop_back();
    out_ += closers_.back();
    closers_.pop_back();
  }

  std::string finish() {
    start_block();
    out_ += "</article>\n";
    return std::move(out_);
  }

 private:
  bool enter_node(uint32_t, const ContentNode& node) {
    switch (node.kind) {
      case ContentKind::Text:
        append_html_escaped(out_, node.text);
        return false;
      case ContentKind::LineBreak:
        out_ += "<br>";
        return false;
      case ContentKind::Image:
        if (!node.url.empty() && safe_url(node.url)) {
          out_ += "<img src=\"";
          append_html_escaped(out_, node.url, true);
          out_ += "\" alt=\"";
          append_html_escaped(out_, node.text, true);
          out_ += "\">";
        }
        return false;
      case ContentKind::Link:
        if (node.url.empty() || !safe_url(node.url)) {
          tags_.push_back("");
          return true;
        }
        out_ += "<a href=\"";
        append_html_escaped(out_, node.url, true);
        out_ += "\">";
        tags_.push_back("a");
        return true;
      case ContentKind::HorizontalRule:
        start_block();
        out_ += "<hr>\n";
        return false;
      case ContentKind::CodeBlock:
        start_block();
        out_ += "<pre><code";
        if (!node.language.empty()) {
          out_ += " class=\"language-";
          append_html_escaped(out_, node.language, true);
          out_ += '"';
        }
        out_ += '>';
        append_html_escaped(out_, node.text);
        tags_.push_back("code></pre");
        return true;
      default:
        break;
    }
    std::string tag = tag_for(node);
    if (is_block(node.kind)) start_block();
    out_ += '<';
    out_ += tag;
    out_ += '>';
    if (holds_blocks(node.kind)) out_ += '\n';
    if (node.kind == ContentKind::InlineCode) append_html_escaped(out_, node.text);
    tags_.push_back(std::move(tag));
    return true;
  }

  void leave_node(uint32_t, const ContentNode& node) {
    switch (node.kind) {
      case ContentKind::Text:
      case ContentKind::LineBreak:
      case ContentKind::Image:
      case ContentKind::HorizontalRule:
        return;
      default:
        break;
    }
    std::string tag = std::move(tags_.back());
    tags_.pop_back();
    if (tag.empty()) return;
    if (holds_blocks(node.kind)) start_block();
    out_ += "</";
    out_ += tag;
    out_ += '>';
    if (is_block(node.kind)) out_ += '\n';
  }

  static bool holds_blocks(ContentKind kind) {
    return kind == ContentKind::List || kind == ContentKind::Quote || kind == ContentKind::Table ||
           kind == ContentKind::TableRow || kind == ContentKind::Figure;
  }

  void start_block() {
    if (!out_.empty() && out_.back() != '\n') out_ += '\n';
  }

  std::string tag_for(const ContentNode& node) const {
    switch (node.kind) {
      case ContentKind::Paragraph: return in_figure() ? "figcaption" : "p";
      case ContentKind::Heading: {
        std::string h = "h0";
        h[1] = static_cast<char>('0' + std::clamp<int>(node.level, 1, 6));
        return h;
      }
      case ContentKind::List: return node.ordered ? "ol" : "ul";
      case ContentKind::ListItem: return "li";
      case ContentKind::Table: return "table";
      case ContentKind::TableRow: return "tr";
      case ContentKind::TableCell: return node.header ? "th" : "td";
      case ContentKind::Quote: return "blockquote";
      case ContentKind::Figure: return "figure";
      case ContentKind::Emphasis: return "em";
      case ContentKind::Strong: return "strong";
      case ContentKind::InlineCode: return "code";
      default: return "div";  // a kind added later still renders its children
    }
  }

  bool in_figure() const { return !tags_.empty() && tags_.back() == "figure"; }

  std::string out_;
  std::vector<std::string> tags_;  // closing tag per open node ("" = none)
  std::vector<ContentKind> kinds_;        // per node being visited, outermost first
  std::vector<std::string_view> closers_;  // per node: the end of the element wrapped around it
};

}  // namespace

std::string write_html(const extraction::ContentTree& tree) {
  HtmlWriter writer;
  walk(tree, writer);
  return writer.finish();
}

}  // namespace pith::output
