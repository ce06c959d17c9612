// Which elements hold no visible main-content text, and which start and end
// a text block: the block segmenter's view of HTML, shared by the helpers that
// look ahead into the tree for it (grid_row.cc).
#pragma once

#include "dom/tag.h"

namespace pith::extraction {

// Subtrees that never hold visible main-content text (<rt>: ruby readings,
// furigana, would split the words they annotate).
inline constexpr dom::TagSet kSkipTags = {
    dom::TagId::Script,   dom::TagId::Style,    dom::TagId::Template,
    dom::TagId::Head,     dom::TagId::Title,    dom::TagId::Svg,
    dom::TagId::Math,     dom::TagId::Iframe,   dom::TagId::Object,
    dom::TagId::Embed,    dom::TagId::Select,   dom::TagId::Textarea,
    dom::TagId::Button,   dom::TagId::Input,    dom::TagId::Canvas,
    dom::TagId::Audio,    dom::TagId::Video,    dom::TagId::Map,
    dom::TagId::Datalist, dom::TagId::Option,   dom::TagId::Optgroup,
    dom::TagId::Meta,     dom::TagId::Link,     dom::TagId::Base,
    dom::TagId::Noembed,  dom::TagId::Noframes, dom::TagId::Applet,
    dom::TagId::Param,    dom::TagId::Source,   dom::TagId::Track,
    dom::TagId::Keygen,   dom::TagId::Progress, dom::TagId::Meter,
    dom::TagId::Frameset, dom::TagId::Rp,
    dom::TagId::Rt,
};

// Elements that start and end a block.
inline constexpr dom::TagSet kBlockTags = {
    dom::TagId::Address,    dom::TagId::Article,   dom::TagId::Aside,
    dom::TagId::Blockquote, dom::TagId::Body,      dom::TagId::Caption,
    dom::TagId::Center,     dom::TagId::Dd,        dom::TagId::Details,
    dom::TagId::Dialog,     dom::TagId::Dir,       dom::TagId::Div,
    dom::TagId::Dl,         dom::TagId::Dt,        dom::TagId::Fieldset,
    dom::TagId::Figcaption, dom::TagId::Figure,    dom::TagId::Footer,
    dom::TagId::Form,       dom::TagId::H1,        dom::TagId::H2,
    dom::TagId::H3,         dom::TagId::H4,        dom::TagId::H5,
    dom::TagId::H6,         dom::TagId::Header,    dom::TagId::Hgroup,
    dom::TagId::Hr,         dom::TagId::Html,      dom::TagId::Legend,
    dom::TagId::Li,         dom::TagId::Listing,   dom::TagId::Main,
    dom::TagId::Menu,       dom::TagId::Nav,       dom::TagId::Ol,
    dom::TagId::P,          dom::TagId::Plaintext, dom::TagId::Pre,
    dom::TagId::Section,    dom::TagId::Search,    dom::TagId::Summary,
    dom::TagId::Table,      dom::TagId::Tbody,     dom::TagId::Td,
    dom::TagId::Tfoot,      dom::TagId::Th,        dom::TagId::Thead,
    dom::TagId::Tr,         dom::TagId::Ul,        dom::TagId::Xmp,
};

} // namespace pith::extraction
