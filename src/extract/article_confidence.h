// How sure pith is that a page is an article and that the selection holds all
// of it: pith::Document::confidence. A logistic model over a few facts the
// extractor already knows, fitted to per-page F1 on ../shared/datasets by
// eval/calibrate_confidence.py, so that a confidence of 0.8 means roughly
// "80% of such pages come out with F1 ≥ 0.9".
#pragma once

#include <cstdint>

namespace pith::extraction {

struct ConfidenceEvidence {
  double readerable = 0;          // Readability's √(length − 140) sum over the selection
  uint32_t chars = 0;             // characters selected
  uint32_t page_chars = 0;        // characters of visible text on the whole page
  uint32_t blocks = 0;            // blocks selected
  bool container_vouched = false; // <article>/<main> or a class/id the vocabulary calls content
  double container_link_density = 0;
  bool fallback = false;          // the second pass (no class/id vocabulary) was used
  double link_density = 0;        // linked characters / characters, over the selection
  uint32_t prose_chars = 0;       // selected characters in prose blocks (sentences, ≥ kProseBlockChars)
  uint32_t outside_prose_chars = 0;  // the same outside the selection: article text left behind?
  bool title_found = false;       // a selected block repeats the page title
};

// A block this long that ends like a sentence reads as article prose.
constexpr uint32_t kProseBlockChars = 80;

double article_confidence(const ConfidenceEvidence& evidence);

}  // namespace pith::extraction
