#include "dom/document.h"

#include <gtest/gtest.h>

#include <string>

#include "dom/tag.h"
#include "dom/traversal.h"
#include "dom/tree_dump.h"
#include "dom/tree_stats.h"

namespace pith::dom {
namespace {

TEST(TagTest, KnownNamesRoundTrip) {
  for (int i = 1; i < kTagCount; ++i) {
    TagId id = static_cast<TagId>(i);
    EXPECT_EQ(tag_id_from_name(tag_name(id)), id) << tag_name(id);
  }
  EXPECT_EQ(tag_id_from_name("div"), TagId::Div);
  EXPECT_EQ(tag_id_from_name("annotation-xml"), TagId::Annotation_xml);
  EXPECT_EQ(tag_id_from_name("DIV"), TagId::Unknown);  // callers lowercase first
  EXPECT_EQ(tag_id_from_name("custom-element"), TagId::Unknown);
  EXPECT_EQ(tag_id_from_name(""), TagId::Unknown);
}

TEST(TagSetTest, Membership) {
  constexpr TagSet headings = {TagId::H1, TagId::H2};
  static_assert(headings.contains(TagId::H1));
  EXPECT_FALSE(headings.contains(TagId::P));
  EXPECT_TRUE((headings | TagSet{TagId::P}).contains(TagId::P));
}

TEST(DocumentTest, BuildsAndDumpsTree) {
  Document doc;
  Node* html = doc.create_element(TagId::Html, "html");
  Document::append_child(doc.root(), html);
  Node* body = doc.create_element(TagId::Body, "body");
  Document::append_child(html, body);
  Node* p = doc.create_element(TagId::P, "p");
  Attribute attrs[] = {{"id", "x"}, {"class", "lead"}};
  doc.set_attributes(p, attrs, 2);
  Document::append_child(body, p);
  doc.insert_text(p, nullptr, "Hello");
  doc.insert_text(p, nullptr, ", world");  // merges into the same text node
  Node* svg = doc.create_element(TagId::Svg, "svg", Namespace::Svg);
  Document::insert_before(body, svg, p);
  doc.add_attribute(svg, {"href", "#a", AttrNamespace::XLink});

  EXPECT_EQ(dump_html5lib_tree(doc.root()),
            "| <html>\n"
            "|   <body>\n"
            "|     <svg svg>\n"
            "|       xlink href=\"#a\"\n"
            "|     <p>\n"
            "|       class=\"lead\"\n"
            "|       id=\"x\"\n"
            "|       \"Hello, world\"\n");
  ASSERT_NE(p->attribute("class"), nullptr);
  EXPECT_EQ(p->attribute("class")->value, "lead");
  EXPECT_EQ(p->attribute("style"), nullptr);
}

TEST(DocumentTest, DetachAndMoveChildren) {
  Document doc;
  Node* a = doc.create_element(TagId::Div, "div");
  Node* b = doc.create_element(TagId::Div, "div");
  Document::append_child(doc.root(), a);
  Document::append_child(doc.root(), b);
  for (const char* t : {"x", "y", "z"}) Document::append_child(a, doc.create_comment(t));
  Node* middle = a->first_child->next_sibling;
  Document::detach(middle);
  EXPECT_EQ(middle->parent, nullptr);
  Document::move_children(a, b);
  EXPECT_EQ(a->first_child, nullptr);
  std::string seen;
  for (Node* c : children(b)) {
    EXPECT_EQ(c->parent, b);
    seen += c->data;
  }
  EXPECT_EQ(seen, "xz");
}

TEST(DocumentTest, TemplateContentIsDumpedUnderContent) {
  Document doc;
  Node* t = doc.create_element(TagId::Template, "template");
  Document::append_child(doc.root(), t);
  t->template_content = doc.create_fragment();
  Document::append_child(t->template_content, doc.create_element(TagId::P, "p"));
  Document::append_child(doc.root(), doc.create_doctype("html", "", "x", false, true));
  EXPECT_EQ(dump_html5lib_tree(doc.root()),
            "| <template>\n"
            "|   content\n"
            "|     <p>\n"
            "| <!DOCTYPE html \"\" \"x\">\n");
  TreeStats stats = measure_tree(doc.root());
  EXPECT_EQ(stats.nodes, 3u);
  EXPECT_EQ(stats.elements, 2u);
  EXPECT_EQ(stats.max_depth, 2u);
}

TEST(DocumentTest, DeepTreeWalksWithoutRecursion) {
  constexpr int kDepth = 300000;
  Document doc;
  Node* parent = doc.root();
  for (int i = 0; i < kDepth; ++i) {
    Node* div = doc.create_element(TagId::Div, "div");
    Document::append_child(parent, div);
    parent = div;
  }
  doc.insert_text(parent, nullptr, "leaf");
  TreeStats stats = measure_tree(doc.root());
  EXPECT_EQ(stats.max_depth, static_cast<size_t>(kDepth) + 1);
  EXPECT_EQ(stats.nodes, static_cast<size_t>(kDepth) + 1);
  size_t walked = 0;
  for (Node* n : descendants(doc.root())) walked += n != nullptr;
  EXPECT_EQ(walked, stats.nodes);
  size_t up = 0;
  for (Node* a : ancestors(parent)) up += a != nullptr;
  EXPECT_EQ(up, static_cast<size_t>(kDepth));
}

TEST(ArenaTest, ExtendsLatestAllocationOnly) {
  Arena arena;
  std::string_view a = arena.copy("abc");
  EXPECT_TRUE(arena.try_extend(a.data() + a.size(), 2));
  std::string_view b = arena.copy("x");
  EXPECT_FALSE(arena.try_extend(a.data() + a.size() + 2, 1));
  EXPECT_TRUE(arena.try_extend(b.data() + b.size(), 1));
  void* big = arena.allocate(10 << 20, 8);  // larger than a chunk
  EXPECT_NE(big, nullptr);
  EXPECT_GE(arena.bytes_reserved(), size_t{10} << 20);
}

}  // namespace
}  // namespace pith::dom
