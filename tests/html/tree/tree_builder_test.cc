// Tree builder unit tests: hostile nesting stays linear and iterative, foster
// parenting, template contents, fragments, and a few insertion-mode details.
// The html5lib conformance cases run separately (tests/conformance).
#include <chrono>
#include <string>

#include <gtest/gtest.h>

#include "dom/traversal.h"
#include "dom/tree_dump.h"
#include "html/parser.h"

namespace pith::html {
namespace {

std::string dump(std::string_view html, const ParseOptions& options = {}) {
  dom::Document doc = parse_utf8(html, options);
  return dom::dump_html5lib_tree(doc.root());
}

const dom::Node* body_of(const dom::Document& doc) {
  const dom::Node* html = doc.root()->last_child;
  return html ? html->last_child : nullptr;
}

std::string repeat(std::string_view unit, size_t n) {
  std::string s;
  s.reserve(unit.size() * n);
  for (size_t i = 0; i < n; ++i) s.append(unit);
  return s;
}

TEST(TreeBuilder, DeepDivNestingHasFullDepthWithoutALimit) {
  constexpr size_t kDepth = 300'000;
  ParseOptions unlimited;
  unlimited.max_tree_depth = 0;
  dom::Document doc = parse_utf8(repeat("<div>", kDepth), unlimited);
  size_t depth = 0;
  for (const dom::Node* n = body_of(doc)->first_child; n; n = n->first_child) {
    ASSERT_TRUE(n->is_html(dom::TagId::Div));
    ++depth;
  }
  EXPECT_EQ(depth, kDepth);
}

// With max_tree_depth elements open, a new element is the current node's next
// sibling: the nesting stops, no text is lost or reordered, and the stack of
// open elements still closes each element where the standard does (the last
// <p> is the body's). Inline elements flatten too: <b> leaves its <p>.
TEST(TreeBuilder, NestingStopsAtTheDepthLimit) {
  ParseOptions options;
  options.max_tree_depth = 8;  // html, body and six divs
  std::string tree = dump(repeat("<div>", 10) + "<p>a<b>b</b></p>" + repeat("</div>", 10) + "<p>c</p>", options);
  std::string expected = "| <html>\n|   <head>\n|   <body>\n";
  std::string indent = "|     ";
  for (int i = 0; i < 5; ++i, indent += "  ") expected += indent + "<div>\n";
  for (int i = 0; i < 5; ++i) expected += indent + "<div>\n";  // the 6th to 10th, side by side
  expected += indent + "<p>\n" + indent + "  \"a\"\n" + indent + "<b>\n" + indent + "  \"b\"\n";
  expected += "|     <p>\n|       \"c\"\n";
  EXPECT_EQ(tree, expected);
}

TEST(TreeBuilder, DefaultDepthLimitIsTheBrowsers) {
  dom::Document doc = parse_utf8(repeat("<div>", 2'000) + "deep");
  size_t depth = 0;
  const dom::Node* n = body_of(doc);
  for (; n->first_child && n->first_child->is_html(dom::TagId::Div); n = n->first_child) ++depth;
  EXPECT_EQ(depth, ParseOptions{}.max_tree_depth - 2);  // html and body count
  size_t divs = 0;
  std::string text;
  for (const dom::Node* d : dom::descendants(body_of(doc))) {
    divs += d->is_html(dom::TagId::Div);
    if (d->is_text()) text += d->data;
  }
  EXPECT_EQ(divs, 2'000u);
  EXPECT_EQ(text, "deep");
  EXPECT_EQ(ParseOptions{}.max_tree_depth, 512u);
}

TEST(TreeBuilder, DeepNestingWithScopeBoundaryStaysFast) {
  // A <p> below a <button> makes every <div> ask "p in button scope?".
  auto start = std::chrono::steady_clock::now();
  dom::Document doc = parse_utf8("<p><button>" + repeat("<div>", 200'000));
  auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_LT(std::chrono::duration<double>(elapsed).count(), 5.0);
  EXPECT_TRUE(body_of(doc)->first_child->is_html(dom::TagId::P));
}

TEST(TreeBuilder, UnclosedFormattingElementsDoNotExplode) {
  constexpr size_t kCount = 100'000;
  auto start = std::chrono::steady_clock::now();
  dom::Document same = parse_utf8(repeat("<b><i><a>", kCount));
  std::string varied;
  for (size_t i = 0; i < kCount; ++i) {
    std::string id = std::to_string(i);
    varied += "<b id=" + id + "><i id=" + id + "><a id=" + id + ">";
  }
  dom::Document distinct = parse_utf8(varied);
  auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_LT(std::chrono::duration<double>(elapsed).count(), 10.0);
  size_t elements = 0;
  for (const dom::Node* n = same.root(); n; n = dom::next_in_preorder(n, same.root()))
    if (n->is_element()) ++elements;
  // Noah's Ark keeps at most three look-alikes, so each <a> reopens a bounded
  // number of elements: linear in the input.
  EXPECT_GT(elements, 3 * kCount);
  EXPECT_LT(elements, 10 * kCount);
}

// Shapes that make a naive tree builder quadratic; each must finish quickly.
double seconds_to_parse(const std::string& html) {
  auto start = std::chrono::steady_clock::now();
  dom::Document doc = parse_utf8(html);
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

TEST(TreeBuilder, HostileShapesStayLinear) {
  constexpr size_t kN = 100'000;
  constexpr double kBudget = 10.0;  // seconds; linear code needs well under one
  // Adoption agency on a formatting element under a deep stack.
  EXPECT_LT(seconds_to_parse("<b>" + repeat("<div>", kN) + repeat("</b>", kN)), kBudget);
  // Inner-loop removals of many non-special elements.
  EXPECT_LT(seconds_to_parse("<b>" + repeat("<span>", kN) + repeat("<div>", kN) + repeat("</b>", kN)),
            kBudget);
  // Unmatched unknown end tags over many open unknown elements.
  EXPECT_LT(seconds_to_parse("<div>" + repeat("<x>", kN) + repeat("</y>", kN)), kBudget);
  // Unmatched end tags over deep SVG.
  EXPECT_LT(seconds_to_parse("<svg>" + repeat("<g>", kN) + repeat("</x>", kN)), kBudget);
  // Formatting end tags whose element sits before the last marker.
  EXPECT_LT(seconds_to_parse("<b><table><td>" + repeat("<i id=k>", kN) + repeat("</b>", kN)),
            kBudget);
  // Foster-parented text growing while comments go into the table.
  EXPECT_LT(seconds_to_parse("<table>" + repeat("xy<!---->", kN)), kBudget);
  // Resetting the insertion mode after </table> under a deep stack.
  EXPECT_LT(seconds_to_parse(repeat("<div>", kN) + repeat("<table></table>", kN)), kBudget);
  // <li> after many spans inside a cell (the li walk stops at the cell).
  EXPECT_LT(seconds_to_parse("<li><table><td>" + repeat("<span>", kN) + repeat("<li>", kN)), kBudget);
}

TEST(TreeBuilder, FosterParentsContentOutOfTables) {
  EXPECT_EQ(dump("<table><tr>a<td>b</table>"),
            "| <html>\n|   <head>\n|   <body>\n|     \"a\"\n|     <table>\n|       <tbody>\n"
            "|         <tr>\n|           <td>\n|             \"b\"\n");
  EXPECT_EQ(dump("<table><b>x</b><tr><td>y"),
            "| <html>\n|   <head>\n|   <body>\n|     <b>\n|       \"x\"\n|     <table>\n"
            "|       <tbody>\n|         <tr>\n|           <td>\n|             \"y\"\n");
}

TEST(TreeBuilder, TemplateContentsLiveInAFragment) {
  dom::Document doc = parse_utf8("<template><tr><td>cell</td></tr></template>");
  const dom::Node* head = doc.root()->last_child->first_child;
  const dom::Node* tmpl = head->first_child;
  ASSERT_TRUE(tmpl->is_html(dom::TagId::Template));
  EXPECT_EQ(tmpl->first_child, nullptr);
  ASSERT_NE(tmpl->template_content, nullptr);
  EXPECT_EQ(tmpl->template_content->type, dom::NodeType::DocumentFragment);
  EXPECT_TRUE(tmpl->template_content->first_child->is_html(dom::TagId::Tr));
}

TEST(TreeBuilder, FragmentRootHoldsTheChildren) {
  ParseOptions options;
  options.fragment_context = "tr";
  dom::Document doc = parse_utf8("<td>a<td>b", options);
  EXPECT_EQ(doc.root()->type, dom::NodeType::DocumentFragment);
  EXPECT_EQ(dom::dump_html5lib_tree(doc.root()), "| <td>\n|   \"a\"\n| <td>\n|   \"b\"\n");
}

TEST(TreeBuilder, ForeignContentAdjustsNames) {
  EXPECT_EQ(dump("<svg viewbox='0 0 1 1'><clippath xlink:href=#a></clippath></svg>"),
            "| <html>\n|   <head>\n|   <body>\n|     <svg svg>\n|       viewBox=\"0 0 1 1\"\n"
            "|       <svg clipPath>\n|         xlink href=\"#a\"\n");
}

TEST(TreeBuilder, PreDropsOneLeadingNewline) {
  EXPECT_EQ(dump("<pre>\n\nx</pre>"),
            "| <html>\n|   <head>\n|   <body>\n|     <pre>\n|       \"\nx\"\n");
}

TEST(TreeBuilder, QuirksModeFromDoctype) {
  EXPECT_EQ(parse_utf8("<!DOCTYPE html><p>").quirks_mode, dom::QuirksMode::NoQuirks);
  EXPECT_EQ(parse_utf8("<p>").quirks_mode, dom::QuirksMode::Quirks);
  EXPECT_EQ(parse_utf8("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
                       "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">")
                .quirks_mode,
            dom::QuirksMode::LimitedQuirks);
  EXPECT_EQ(parse_utf8("<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">")
                .quirks_mode,
            dom::QuirksMode::Quirks);
}

TEST(TreeBuilder, NoscriptFollowsTheScriptingFlag) {
  ParseOptions off;
  ParseOptions on;
  on.scripting = true;
  EXPECT_EQ(dump("<body><noscript><img src=a></noscript>", off),
            "| <html>\n|   <head>\n|   <body>\n|     <noscript>\n|       <img>\n"
            "|         src=\"a\"\n");
  EXPECT_EQ(dump("<body><noscript><img src=a></noscript>", on),
            "| <html>\n|   <head>\n|   <body>\n|     <noscript>\n|       \"<img src=a>\"\n");
}

TEST(TreeBuilder, ParserLeavesNodeFlagsClear) {
  dom::Document doc = parse_utf8("<b><i><p>x</b>y<table><tr><td><a>z");
  for (const dom::Node* n = doc.root(); n; n = dom::next_in_preorder(n, doc.root()))
    EXPECT_EQ(n->flags, 0);
}

}  // namespace
}  // namespace pith::html
