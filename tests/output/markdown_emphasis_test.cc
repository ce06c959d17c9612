// Emphasis as pages mark it up, written so that CommonMark reads it back as
// the same text: the cases come from the shared datasets' pages, where the
// naive writer left asterisks in the rendered text.
#include "output/markdown_emphasis.h"

#include <gtest/gtest.h>

#include "content_builder.h"
#include "output/markdown_writer.h"

namespace pith::output {
namespace {

using namespace testing;

// One paragraph of alternating text and spans: {kind, text}; Text for plain runs.
std::string paragraph(std::initializer_list<std::pair<ContentKind, std::string>> runs) {
  ContentTree t;
  uint32_t p = node(t, kRoot, ContentKind::Paragraph);
  for (const auto& [kind, s] : runs) {
    if (kind == ContentKind::Text) text(t, p, s);
    else span(t, p, kind, s);
  }
  return write_markdown(t);
}

constexpr ContentKind kText = ContentKind::Text, kEm = ContentKind::Emphasis, kStrong = ContentKind::Strong;

TEST(MarkdownEmphasis, PlainSpansHugTheirWords) {
  EXPECT_EQ(paragraph({{kText, "a "}, {kStrong, "bold"}, {kText, " and "}, {kEm, " spaced "}, {kText, "word"}}),
            "a **bold** and *spaced* word\n");
  EXPECT_EQ(paragraph({{kText, "fo"}, {kEm, "o"}, {kText, "bar"}}), "fo*o*bar\n");  // inside a word `*` works
}

// "<b>33%</b>of": a closing run after punctuation and before a letter does not close.
TEST(MarkdownEmphasis, PunctuationAtTheEdgeStepsOut) {
  EXPECT_EQ(paragraph({{kStrong, "33%"}, {kText, "of those"}}), "**33**%of those\n");
  EXPECT_EQ(paragraph({{kText, "Musik dazu verhelfen"}, {kStrong, ", den Punkt zu überwinden"}, {kText, " und"}}),
            "Musik dazu verhelfen, **den Punkt zu überwinden** und\n");
  EXPECT_EQ(paragraph({{kText, "an "}, {kStrong, "„Extrablatt“"}, {kText, "."}}), "an **„Extrablatt“**.\n");
  EXPECT_EQ(paragraph({{kText, "Qualifié de "}, {kStrong, "\"gourou\""}, {kText, "par un"}}),
            "Qualifié de **\"gourou**\"par un\n");
}

// "Montauk<b>.</b>", "AI<b>,</b>", "<i>“</i>": nothing a reader sees as emphasis.
TEST(MarkdownEmphasis, PunctuationAloneLosesItsEmphasis) {
  EXPECT_EQ(paragraph({{kText, "Seite von Montauk"}, {kStrong, "."}, {kText, " Angler"}}),
            "Seite von Montauk. Angler\n");
  EXPECT_EQ(paragraph({{kText, "pir"}, {kStrong, "—"}, {kText, "yarrrr"}}), "pir—yarrrr\n");
}

TEST(MarkdownEmphasis, EmptySpansGo) {
  EXPECT_EQ(paragraph({{kText, "Chance“"}, {kStrong, ""}, {kText, " Falls"}}), "Chance“ Falls\n");
  EXPECT_EQ(paragraph({{kText, "weich."}, {kStrong, " "}, {kText, "Durch"}}), "weich. Durch\n");
}

// "<b>r</b><b>eactivación</b>", "<b><i>NDR</i></b><b>-Recherchen</b>": back-to-back runs of one kind are one.
TEST(MarkdownEmphasis, AdjacentRunsMerge) {
  EXPECT_EQ(paragraph({{kText, "de la "}, {kStrong, "r"}, {kStrong, "eactivación"}, {kText, " comercial"}}),
            "de la **reactivación** comercial\n");
  ContentTree t;
  uint32_t p = node(t, kRoot, ContentKind::Paragraph);
  text(t, p, "nach ");
  uint32_t b = node(t, p, ContentKind::Strong);
  span(t, b, ContentKind::Emphasis, "NDR");
  span(t, p, ContentKind::Strong, "-Recherchen betroffen.");
  text(t, p, " Von");
  EXPECT_EQ(write_markdown(t), "nach ***NDR*-Recherchen betroffen.** Von\n");
}

TEST(MarkdownEmphasis, HardBreakAtTheEndStaysOutside) {
  ContentTree t;
  uint32_t p = node(t, kRoot, ContentKind::Paragraph);
  uint32_t b = node(t, p, ContentKind::Strong);
  text(t, b, "Sunshine:");
  node(t, b, ContentKind::LineBreak);
  text(t, p, "Am 4. Oktober");
  EXPECT_EQ(write_markdown(t), "**Sunshine:**\\\nAm 4. Oktober\n");
}

// Link syntax is never split: a span that cannot close before ")" keeps its text only.
TEST(MarkdownEmphasis, LinkSyntaxStaysWhole) {
  ContentTree t;
  uint32_t p = node(t, kRoot, ContentKind::Paragraph);
  text(t, p, "read ");
  uint32_t b = node(t, p, ContentKind::Strong);
  span(t, b, ContentKind::Link, "this", "https://example.com/a");
  text(t, p, "now");
  EXPECT_EQ(write_markdown(t), "read [this](https://example.com/a)now\n");
}

TEST(MarkdownEmphasis, InsideCodeThereIsNone) {
  ContentTree t;
  uint32_t p = node(t, kRoot, ContentKind::Paragraph);
  uint32_t code = node(t, p, ContentKind::InlineCode);
  text(t, code, "make ");
  span(t, code, ContentKind::Strong, "install");
  EXPECT_EQ(write_markdown(t), "`make install`\n");
}

// "<code>rehash<br>which openssl</code>": a code span cannot hold a line break.
TEST(MarkdownEmphasis, CodeSpanLinesAreSpansOfTheirOwn) {
  ContentTree t;
  uint32_t p = node(t, kRoot, ContentKind::Paragraph);
  text(t, p, "type: ");
  uint32_t code = node(t, p, ContentKind::InlineCode);
  text(t, code, "rehash");
  node(t, code, ContentKind::LineBreak);
  text(t, code, "which openssl");
  EXPECT_EQ(write_markdown(t), "type: `rehash`\\\n`which openssl`\n");
}

TEST(MarkdownEmphasis, ControlCharactersNeverPassAsMarkers) {
  EXPECT_EQ(paragraph({{kText, "WWF\x07 (2020):\x03 Report\x01"}}), "WWF (2020): Report\n");
}

// "find_all(<span>&#x2;a&#x2;</span>)" in a <pre>: code keeps the page's text but not its controls.
TEST(MarkdownEmphasis, CodeBlocksDropControlsToo) {
  ContentTree t;
  uint32_t pre = node(t, kRoot, ContentKind::CodeBlock);
  text(t, pre, "g.find_all(\x02" "a\x02)\tx");
  EXPECT_EQ(write_markdown(t), "```\ng.find_all(a)\tx\n```\n");
}

TEST(MarkdownEmphasis, ResolverLeavesUnmarkedTextAlone) {
  EXPECT_EQ(resolve_emphasis("a \\*b\\* [c](d)"), "a \\*b\\* [c](d)");
  EXPECT_EQ(resolve_emphasis(std::string("x") + kStrongOpen + "y"), "xy");  // unpaired markers are dropped
  EXPECT_EQ(resolve_emphasis(std::string("€") + kEmphasisOpen + "5" + kEmphasisClose), "€*5*");
}

}  // namespace
}  // namespace pith::output
