#include "html/parser.h"

#include <string>

#include "html/encoding/input_decoder.h"
#include "html/tokenizer/tokenizer.h"
#include "html/tree/tree_builder.h"

namespace pith::html {
namespace {

// "svg path" → {Svg, "path"}; "math mi" → {MathMl, "mi"}; "td" → {Html, "td"}.
FragmentContext fragment_context_from(std::string_view spec) {
  if (spec.starts_with("svg ")) return {dom::Namespace::Svg, spec.substr(4)};
  if (spec.starts_with("math ")) return {dom::Namespace::MathMl, spec.substr(5)};
  return {dom::Namespace::Html, spec};
}

dom::Document build_tree(std::string_view normalised_text, const ParseOptions& options) {
  dom::Document document;
  Tokenizer tokenizer(normalised_text);
  TreeBuilder builder(document, tokenizer, options.scripting, options.max_tree_depth);
  if (!options.fragment_context.empty())
    builder.set_fragment_context(fragment_context_from(options.fragment_context));
  builder.run();
  return document;
}

}  // namespace

dom::Document parse(std::string_view bytes, const ParseOptions& options) {
  DecodedInput input = decode_input(bytes, options.charset);
  dom::Document document = build_tree(input.text, options);
  document.encoding = std::move(input.encoding);
  return document;
}

dom::Document parse_utf8(std::string_view text, const ParseOptions& options) {
  // Going through the decoder keeps the tokenizer's contract (valid UTF-8,
  // newlines normalised) for callers whose "UTF-8" is not; valid input without
  // CR is not copied.
  ParseOptions utf8 = options;
  utf8.charset = "utf-8";
  return parse(text, utf8);
}

}  // namespace pith::html
