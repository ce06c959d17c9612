// Title choice; see title.h.
#include "extract/metadata/title.h"

#include <algorithm>
#include <iterator>

#include "extract/metadata/text_normalize.h"
#include "extract/metadata/title_candidates.h"
#include "extract/metadata/title_model.h"
#include "extract/metadata/title_separators.h"

namespace pith::extraction::metadata {

static_assert(std::size(kTitleWeights) == kTitleFeatureCount &&
                  std::size(kTitlePairWeights) == kTitleFeatureCount * (kTitleFeatureCount - 1) / 2,
              "title_model.h is stale: rerun eval/tune_title.py --write");

namespace {

// w·f plus the pairwise terms over the candidate's non-zero features.
double score(const TitleCandidate& c) {
  size_t nonzero[kTitleFeatureCount];
  size_t count = 0;
  for (size_t i = 0; i < kTitleFeatureCount; ++i)
    if (c.features[i] != 0) nonzero[count++] = i;
  double s = 0;
  for (size_t a = 0; a < count; ++a) {
    size_t i = nonzero[a];
    double fi = c.features[i];
    s += kTitleWeights[i] * fi;
    size_t row = i * kTitleFeatureCount - i * (i + 1) / 2;  // start of (i, i+1) in the triangle
    for (size_t b = a + 1; b < count; ++b) {
      size_t j = nonzero[b];
      s += kTitlePairWeights[row + (j - i - 1)] * fi * c.features[j];
    }
  }
  return s;
}

}  // namespace

bool names_site(std::string_view segment, std::string_view sitename, std::string_view label) {
  std::string seg = comparison_key(segment);
  if (seg.empty()) return false;
  std::string site = comparison_key(sitename);
  if (!site.empty() && (seg == site || (site.size() >= 4 && seg.find(site) != std::string::npos &&
                                        seg.size() <= site.size() + 12) ||
                        (seg.size() >= 4 && site.find(seg) != std::string::npos)))
    return true;
  std::string lab = comparison_key(label);
  if (lab.size() >= 3 && (seg == lab || (seg.find(lab) != std::string::npos && seg.size() <= lab.size() + 12)))
    return true;
  return false;
}

std::string host_label(std::string_view hostname) {
  std::string_view h = hostname;
  if (istarts_with(h, "www.")) h.remove_prefix(4);
  // Drop the public suffix: last label, and a second-level one for ccTLD pairs (co.uk, com.au).
  size_t last = h.rfind('.');
  if (last == std::string_view::npos) return std::string(h);
  h = h.substr(0, last);
  size_t prev = h.rfind('.');
  std::string_view tail = prev == std::string_view::npos ? h : h.substr(prev + 1);
  if (prev != std::string_view::npos &&
      (tail == "co" || tail == "com" || tail == "org" || tail == "net" || tail == "gov" ||
       tail == "ac" || tail == "edu" || tail == "gv" || tail == "or")) {
    h = h.substr(0, prev);
    prev = h.rfind('.');
    tail = prev == std::string_view::npos ? h : h.substr(prev + 1);
  }
  return std::string(tail);
}

std::string strip_site_name(std::string_view title, std::string_view sitename,
                            std::string_view hostname) {
  std::string label = host_label(hostname);
  std::string t(title);
  for (int round = 0; round < 2; ++round) {
    std::vector<TitleSeparator> seps = find_title_separators(t);
    std::erase_if(seps, [](const TitleSeparator& s) {
      return s.kind != SeparatorKind::Strong && s.kind != SeparatorKind::Dash;
    });
    if (seps.empty()) break;
    std::string_view tv = t;
    const TitleSeparator& last = seps.back();
    std::string_view tail = tv.substr(last.pos + last.len);
    std::string_view before_tail = tv.substr(0, last.pos);
    if (names_site(tail, sitename, label) && !trim(before_tail).empty()) {
      t = std::string(trim(before_tail));
      continue;
    }
    const TitleSeparator& first = seps.front();
    std::string_view head = tv.substr(0, first.pos);
    std::string_view after_head = tv.substr(first.pos + first.len);
    if (names_site(head, sitename, label) && !trim(after_head).empty()) {
      t = std::string(trim(after_head));
      continue;
    }
    break;
  }
  return t;
}

double word_overlap(std::string_view a, std::string_view b) {
  std::vector<std::string> wa = title_words(a), wb = title_words(b);
  if (wa.empty() || wb.empty()) return 0;
  std::vector<std::string> common;
  std::set_intersection(wa.begin(), wa.end(), wb.begin(), wb.end(), std::back_inserter(common));
  size_t uni = wa.size() + wb.size() - common.size();
  return double(common.size()) / double(uni);
}

std::string choose_title(const TitleSources& s) {
  std::vector<TitleCandidate> candidates = title_candidates(s);
  const TitleCandidate* best = nullptr;
  double best_score = 0;
  for (const TitleCandidate& c : candidates) {
    double s = score(c);
    if (!best || s > best_score) {
      best = &c;
      best_score = s;
    }
  }
  return best ? best->text : std::string();
}

}  // namespace pith::extraction::metadata
