// See article_confidence.h.
#include "extract/article_confidence.h"

#include <algorithm>
#include <cmath>

#include "extract/confidence_weights.h"

namespace pith::extraction {

double article_confidence(const ConfidenceEvidence& e) {
  const double features[kConfidenceFeatures] = {
      std::min(1.0, e.readerable / 40.0),
      std::log1p(double(e.chars)) / 10.0,
      e.page_chars ? double(e.chars) / double(e.page_chars) : 0.0,
      std::log1p(double(e.blocks)) / 5.0,
      e.container_vouched ? 1.0 : 0.0,
      e.container_link_density,
      e.fallback ? 1.0 : 0.0,
      e.link_density,
      e.chars ? double(e.prose_chars) / double(e.chars) : 0.0,
      double(e.outside_prose_chars) / double(e.outside_prose_chars + e.prose_chars + 1),
      e.title_found ? 1.0 : 0.0,
  };
  double z = kConfidenceBias;
  for (int i = 0; i < kConfidenceFeatures; ++i) z += kConfidenceWeights[i] * features[i];
  return 1.0 / (1.0 + std::exp(-z));
}

}  // namespace pith::extraction
