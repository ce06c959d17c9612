// Name adjustments for foreign elements (HTML Standard §13.2.6.1): SVG tag names
// and attribute names get their camelCase spelling back, MathML's
// definitionurl becomes definitionURL, and xlink:/xml:/xmlns attributes move to
// their namespaces. Tables map the tokenizer's lowercase names.
#include "html/tree/tree_builder_impl.h"

namespace pith::html::tree {
namespace {

struct NamePair {
  std::string_view lower;
  std::string_view adjusted;
};

constexpr NamePair kSvgTagNames[] = {
    {"altglyph", "altGlyph"},
    {"altglyphdef", "altGlyphDef"},
    {"altglyphitem", "altGlyphItem"},
    {"animatecolor", "animateColor"},
    {"animatemotion", "animateMotion"},
    {"animatetransform", "animateTransform"},
    {"clippath", "clipPath"},
    {"feblend", "feBlend"},
    {"fecolormatrix", "feColorMatrix"},
    {"fecomponenttransfer", "feComponentTransfer"},
    {"fecomposite", "feComposite"},
    {"feconvolvematrix", "feConvolveMatrix"},
    {"fediffuselighting", "feDiffuseLighting"},
    {"fedisplacementmap", "feDisplacementMap"},
    {"fedistantlight", "feDistantLight"},
    {"fedropshadow", "feDropShadow"},
    {"feflood", "feFlood"},
    {"fefunca", "feFuncA"},
    {"fefuncb", "feFuncB"},
    {"fefuncg", "feFuncG"},
    {"fefuncr", "feFuncR"},
    {"fegaussianblur", "feGaussianBlur"},
    {"feimage", "feImage"},
    {"femerge", "feMerge"},
    {"femergenode", "feMergeNode"},
    {"femorphology", "feMorphology"},
    {"feoffset", "feOffset"},
    {"fepointlight", "fePointLight"},
    {"fespecularlighting", "feSpecularLighting"},
    {"fespotlight", "feSpotLight"},
    {"fetile", "feTile"},
    {"feturbulence", "feTurbulence"},
    {"foreignobject", "foreignObject"},
    {"glyphref", "glyphRef"},
    {"lineargradient", "linearGradient"},
    {"radialgradient", "radialGradient"},
    {"textpath", "textPath"},
};

constexpr NamePair kSvgAttributeNames[] = {
    {"attributename", "attributeName"},
    {"attributetype", "attributeType"},
    {"basefrequency", "baseFrequency"},
    {"baseprofile", "baseProfile"},
    {"calcmode", "calcMode"},
    {"clippathunits", "clipPathUnits"},
    {"diffuseconstant", "diffuseConstant"},
    {"edgemode", "edgeMode"},
    {"filterunits", "filterUnits"},
    {"glyphref", "glyphRef"},
    {"gradienttransform", "gradientTransform"},
    {"gradientunits", "gradientUnits"},
    {"kernelmatrix", "kernelMatrix"},
    {"kernelunitlength", "kernelUnitLength"},
    {"keypoints", "keyPoints"},
    {"keysplines", "keySplines"},
    {"keytimes", "keyTimes"},
    {"lengthadjust", "lengthAdjust"},
    {"limitingconeangle", "limitingConeAngle"},
    {"markerheight", "markerHeight"},
    {"markerunits", "markerUnits"},
    {"markerwidth", "markerWidth"},
    {"maskcontentunits", "maskContentUnits"},
    {"maskunits", "maskUnits"},
    {"numoctaves", "numOctaves"},
    {"pathlength", "pathLength"},
    {"patterncontentunits", "patternContentUnits"},
    {"patterntransform", "patternTransform"},
    {"patternunits", "patternUnits"},
    {"pointsatx", "pointsAtX"},
    {"pointsaty", "pointsAtY"},
    {"pointsatz", "pointsAtZ"},
    {"preservealpha", "preserveAlpha"},
    {"preserveaspectratio", "preserveAspectRatio"},
    {"primitiveunits", "primitiveUnits"},
    {"refx", "refX"},
    {"refy", "refY"},
    {"repeatcount", "repeatCount"},
    {"repeatdur", "repeatDur"},
    {"requiredextensions", "requiredExtensions"},
    {"requiredfeatures", "requiredFeatures"},
    {"specularconstant", "specularConstant"},
    {"specularexponent", "specularExponent"},
    {"spreadmethod", "spreadMethod"},
    {"startoffset", "startOffset"},
    {"stddeviation", "stdDeviation"},
    {"stitchtiles", "stitchTiles"},
    {"surfacescale", "surfaceScale"},
    {"systemlanguage", "systemLanguage"},
    {"tablevalues", "tableValues"},
    {"targetx", "targetX"},
    {"targety", "targetY"},
    {"textlength", "textLength"},
    {"viewbox", "viewBox"},
    {"viewtarget", "viewTarget"},
    {"xchannelselector", "xChannelSelector"},
    {"ychannelselector", "yChannelSelector"},
    {"zoomandpan", "zoomAndPan"},
};

struct ForeignAttribute {
  std::string_view qualified;  // as the tokenizer emits it
  std::string_view local;
  dom::AttrNamespace ns;
};

constexpr ForeignAttribute kForeignAttributes[] = {
    {"xlink:actuate", "actuate", dom::AttrNamespace::XLink},
    {"xlink:arcrole", "arcrole", dom::AttrNamespace::XLink},
    {"xlink:href", "href", dom::AttrNamespace::XLink},
    {"xlink:role", "role", dom::AttrNamespace::XLink},
    {"xlink:show", "show", dom::AttrNamespace::XLink},
    {"xlink:title", "title", dom::AttrNamespace::XLink},
    {"xlink:type", "type", dom::AttrNamespace::XLink},
    {"xml:lang", "lang", dom::AttrNamespace::Xml},
    {"xml:space", "space", dom::AttrNamespace::Xml},
    {"xmlns", "xmlns", dom::AttrNamespace::Xmlns},
    {"xmlns:xlink", "xlink", dom::AttrNamespace::Xmlns},
};

template <size_t N>
std::string_view lookup(const NamePair (&table)[N], std::string_view name) {
  for (const NamePair& p : table)
    if (p.lower == name) return p.adjusted;
  return {};
}

}  // namespace

std::string_view adjusted_svg_tag_name(std::string_view name) {
  std::string_view a = lookup(kSvgTagNames, name);
  return a.empty() ? name : a;
}

void adjust_svg_attributes(std::vector<dom::Attribute>& attrs) {
  for (dom::Attribute& a : attrs) {
    std::string_view adjusted = lookup(kSvgAttributeNames, a.name);
    if (!adjusted.empty()) a.name = adjusted;
  }
}

void adjust_mathml_attributes(std::vector<dom::Attribute>& attrs) {
  for (dom::Attribute& a : attrs)
    if (a.name == "definitionurl") a.name = "definitionURL";
}

void adjust_foreign_attributes(std::vector<dom::Attribute>& attrs) {
  for (dom::Attribute& a : attrs) {
    if (a.name.size() < 5 || a.name[0] != 'x') continue;
    for (const ForeignAttribute& f : kForeignAttributes) {
      if (f.qualified == a.name) {
        a.name = f.local;
        a.ns = f.ns;
        break;
      }
    }
  }
}

}  // namespace pith::html::tree
