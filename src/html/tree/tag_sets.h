// Named tag sets of the tree construction stage (HTML Standard §13.2.4.2 "the
// stack of open elements", §13.2.4.3, §13.2.6.3 "closing elements that have
// implied end tags"). Each set is a constexpr TagSet so that membership is a bit
// test; the sets only cover HTML elements, namespaces are checked by callers.
#pragma once

#include "dom/tag.h"

namespace pith::html::tree {

using dom::TagId;
using dom::TagSet;

// §13.2.4.2 "special" category, HTML namespace part (MathML mi/mo/mn/ms/mtext/
// annotation-xml and SVG foreignObject/desc/title are special too; see
// is_special() in open_element_stack.h).
inline constexpr TagSet kSpecial = {
    TagId::Address,  TagId::Applet,     TagId::Area,     TagId::Article,  TagId::Aside,
    TagId::Base,     TagId::Basefont,   TagId::Bgsound,  TagId::Blockquote, TagId::Body,
    TagId::Br,       TagId::Button,     TagId::Caption,  TagId::Center,   TagId::Col,
    TagId::Colgroup, TagId::Dd,         TagId::Details,  TagId::Dir,      TagId::Div,
    TagId::Dl,       TagId::Dt,         TagId::Embed,    TagId::Fieldset, TagId::Figcaption,
    TagId::Figure,   TagId::Footer,     TagId::Form,     TagId::Frame,    TagId::Frameset,
    TagId::H1,       TagId::H2,         TagId::H3,       TagId::H4,       TagId::H5,
    TagId::H6,       TagId::Head,       TagId::Header,   TagId::Hgroup,   TagId::Hr,
    TagId::Html,     TagId::Iframe,     TagId::Img,      TagId::Input,    TagId::Keygen,
    TagId::Li,       TagId::Link,       TagId::Listing,  TagId::Main,     TagId::Marquee,
    TagId::Menu,     TagId::Meta,       TagId::Nav,      TagId::Noembed,  TagId::Noframes,
    TagId::Noscript, TagId::Object,     TagId::Ol,       TagId::P,        TagId::Param,
    TagId::Plaintext, TagId::Pre,       TagId::Script,   TagId::Search,   TagId::Section,
    TagId::Select,   TagId::Source,     TagId::Style,    TagId::Summary,  TagId::Table,
    TagId::Tbody,    TagId::Td,         TagId::Template, TagId::Textarea, TagId::Tfoot,
    TagId::Th,       TagId::Thead,      TagId::Title,    TagId::Tr,       TagId::Track,
    TagId::Ul,       TagId::Wbr,        TagId::Xmp};

// §13.2.4.2 "formatting" category.
inline constexpr TagSet kFormatting = {TagId::A,     TagId::B,      TagId::Big,    TagId::Code,
                                       TagId::Em,    TagId::Font,   TagId::I,      TagId::Nobr,
                                       TagId::S,     TagId::Small,  TagId::Strike, TagId::Strong,
                                       TagId::Tt,    TagId::U};

// §13.2.4.2 "has an element in scope": the HTML boundary elements of the
// default scope (plus the MathML/SVG ones, handled by the stack). The current
// standard lists select too (customizable <select>).
inline constexpr TagSet kDefaultScope = {TagId::Applet,  TagId::Caption, TagId::Html,
                                         TagId::Table,   TagId::Td,      TagId::Th,
                                         TagId::Marquee, TagId::Object,  TagId::Select,
                                         TagId::Template};
// Extra boundaries of "list item scope" and "button scope".
inline constexpr TagSet kListItemScopeExtra = {TagId::Ol, TagId::Ul};
inline constexpr TagSet kButtonScopeExtra = {TagId::Button};
// "Table scope" boundaries (HTML namespace only).
inline constexpr TagSet kTableScope = {TagId::Html, TagId::Table, TagId::Template};

// §13.2.6.3 "generate implied end tags".
inline constexpr TagSet kImpliedEndTags = {TagId::Dd,     TagId::Dt,  TagId::Li, TagId::Optgroup,
                                           TagId::Option, TagId::P,   TagId::Rb, TagId::Rp,
                                           TagId::Rt,     TagId::Rtc};
// "generate all implied end tags thoroughly".
inline constexpr TagSet kImpliedEndTagsThorough =
    kImpliedEndTags | TagSet{TagId::Caption, TagId::Colgroup, TagId::Tbody, TagId::Td,
                             TagId::Tfoot, TagId::Th, TagId::Thead, TagId::Tr};

inline constexpr TagSet kHeadings = {TagId::H1, TagId::H2, TagId::H3,
                                     TagId::H4, TagId::H5, TagId::H6};

// Current nodes that make "in table" send characters to "in table text", and
// the targets that turn on foster parenting.
inline constexpr TagSet kTableTextParents = {TagId::Table, TagId::Tbody, TagId::Template,
                                             TagId::Tfoot, TagId::Thead, TagId::Tr};
inline constexpr TagSet kFosterTargets = {TagId::Table, TagId::Tbody, TagId::Tfoot,
                                          TagId::Thead, TagId::Tr};

inline constexpr TagSet kTableSections = {TagId::Tbody, TagId::Tfoot, TagId::Thead};
inline constexpr TagSet kCells = {TagId::Td, TagId::Th};

// "clear the stack back to a table context" and friends.
inline constexpr TagSet kTableContext = {TagId::Table, TagId::Template, TagId::Html};
inline constexpr TagSet kTableBodyContext = {TagId::Tbody, TagId::Tfoot, TagId::Thead,
                                             TagId::Template, TagId::Html};
inline constexpr TagSet kTableRowContext = {TagId::Tr, TagId::Template, TagId::Html};

// In body: start tags that close a <p> in button scope and open a block.
inline constexpr TagSet kBlockStarts = {
    TagId::Address, TagId::Article,    TagId::Aside,  TagId::Blockquote, TagId::Center,
    TagId::Details, TagId::Dialog,     TagId::Dir,    TagId::Div,        TagId::Dl,
    TagId::Fieldset, TagId::Figcaption, TagId::Figure, TagId::Footer,    TagId::Header,
    TagId::Hgroup,  TagId::Main,       TagId::Menu,   TagId::Nav,        TagId::Ol,
    TagId::P,       TagId::Search,     TagId::Section, TagId::Summary,   TagId::Ul};
// In body: end tags that close a block element in scope.
inline constexpr TagSet kBlockEnds =
    TagSet{TagId::Address,  TagId::Article,    TagId::Aside,   TagId::Blockquote, TagId::Button,
           TagId::Center,   TagId::Details,    TagId::Dialog,  TagId::Dir,        TagId::Div,
           TagId::Dl,       TagId::Fieldset,   TagId::Figcaption, TagId::Figure,  TagId::Footer,
           TagId::Header,   TagId::Hgroup,     TagId::Listing, TagId::Main,       TagId::Menu,
           TagId::Nav,      TagId::Ol,         TagId::Pre,     TagId::Search,     TagId::Section,
           TagId::Summary,  TagId::Ul};

// Elements whose start tag in "in head" (or via it) is processed by in head rules.
inline constexpr TagSet kHeadContent = {TagId::Base,     TagId::Basefont, TagId::Bgsound,
                                        TagId::Link,     TagId::Meta,     TagId::Noframes,
                                        TagId::Script,   TagId::Style,    TagId::Template,
                                        TagId::Title};

// §13.2.6.5 breakout tags of foreign content.
inline constexpr TagSet kForeignBreakout = {
    TagId::B,    TagId::Big,    TagId::Blockquote, TagId::Body,   TagId::Br,   TagId::Center,
    TagId::Code, TagId::Dd,     TagId::Div,        TagId::Dl,     TagId::Dt,   TagId::Em,
    TagId::Embed, TagId::H1,    TagId::H2,         TagId::H3,     TagId::H4,   TagId::H5,
    TagId::H6,   TagId::Head,   TagId::Hr,         TagId::I,      TagId::Img,  TagId::Li,
    TagId::Listing, TagId::Menu, TagId::Meta,      TagId::Nobr,   TagId::Ol,   TagId::P,
    TagId::Pre,  TagId::Ruby,   TagId::S,          TagId::Small,  TagId::Span, TagId::Strong,
    TagId::Strike, TagId::Sub,  TagId::Sup,        TagId::Table,  TagId::Tt,   TagId::U,
    TagId::Ul,   TagId::Var};

}  // namespace pith::html::tree
