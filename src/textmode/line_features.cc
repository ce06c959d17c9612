// compute_line_features(): per-line statistics (line_stats.cc) placed in
// their page context. The context features carry most of the signal: prose
// comes in runs of long, punctuated lines, furniture in runs of short ones,
// and the article is usually the page's densest run of words.
#include "textmode/line_features.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <span>

#include "textmode/line_roles.h"
#include "textmode/line_stats.h"

namespace pith::textmode {
namespace {

// A "long line" is a line of prose: at least this many words ending a sentence,
// no copyright sign, fewer than one word in kLongLineMaxUiShare from the UI
// vocabulary, and no furniture role.
constexpr int kLongLineWords = 15;
constexpr int kLongLineMaxUiShare = 10;
// Neighbour features look this many text lines up and down.
constexpr int kNeighbourReach = 3;
// Distances in lines are capped here (beyond it, "far" is all that matters).
constexpr int kMaxDistance = 20;
// Densest region: the run of lines maximising Σ(words − cost). A low cost
// takes in short lines between paragraphs, a high one only solid prose.
constexpr std::array<double, 3> kDenseCosts = {2, 6, 15};
// Size of the counting table for the densest region's content words.
constexpr size_t kTopicSlots = 4096;

constexpr std::string_view kFeatureNames[] = {
#define PITH_TEXTMODE_FEATURE_NAME(name) #name,
    PITH_TEXTMODE_FEATURES(PITH_TEXTMODE_FEATURE_NAME)
#undef PITH_TEXTMODE_FEATURE_NAME
};

// A byline names at most this many words and pages rarely carry many bylines.
constexpr int kBylineMaxWords = 12;
constexpr size_t kMaxBylineNames = 16;
// A line "opens with the byline's name" when its first words (at most this many) are names from it.
constexpr size_t kBylineNameWords = 3;

// For every key, how many keys equal it (0 keys count as unique). Counted in
// an open-addressing table of at least twice as many slots as keys.
std::vector<int> count_equal(const std::vector<uint64_t>& keys) {
  size_t slots = 16;
  while (slots < 2 * keys.size()) slots *= 2;
  struct Slot {
    uint64_t key = 0;
    int count = 0;
  };
  std::vector<Slot> table(slots);
  std::vector<uint32_t> slot_of(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) {
    if (keys[i] == 0) continue;
    // The keys are hashes already; their high bits pick the slot.
    size_t k = size_t(keys[i] >> 40) & (slots - 1);
    while (table[k].count != 0 && table[k].key != keys[i]) k = (k + 1) & (slots - 1);
    table[k].key = keys[i];
    ++table[k].count;
    slot_of[i] = uint32_t(k);
  }
  std::vector<int> count(keys.size(), 1);
  for (size_t i = 0; i < keys.size(); ++i)
    if (keys[i] != 0) count[i] = table[slot_of[i]].count;
  return count;
}

// Reader comments: a short line of comment vocabulary heads them ("46
// Comments", "Leave a reply"), and each comment opens with a stamp, a short
// line with a time of day ("Posted by: Ann | May 3, 2012 at 05:15 AM").
constexpr int kCommentHeadingMaxWords = 12;
constexpr int kStampMaxWords = 15;
// Stamps above a line are counted up to this many.
constexpr int kMaxStampsAbove = 5;

// A sentence of prose: capitalised start, sentence end, at least this many
// words, a share of function words, no interface words.
constexpr int kProseMinWords = 5;
constexpr float kProseMinStopRate = 0.2f;

float rate(int part, int whole) { return whole > 0 ? float(part) / float(whole) : 0.f; }
// log(1 + words), from a table for the common short lines.
constexpr int kLogTableSize = 256;
const std::array<float, kLogTableSize> kLogTable = [] {
  std::array<float, kLogTableSize> t{};
  for (int k = 0; k < kLogTableSize; ++k) t[k] = std::log1p(float(k));
  return t;
}();
float log_words(int words) { return words < kLogTableSize ? kLogTable[words] : std::log1p(float(words)); }

struct Run {
  long first = 0, last = -1;  // inclusive; empty when last < first
};

Run densest_run(const std::vector<LineStats>& stats, double cost) {
  Run best, current;
  double best_sum = 0, sum = 0;
  for (size_t i = 0; i < stats.size(); ++i) {
    if (sum <= 0) {
      sum = 0;
      current.first = long(i);
    }
    sum += stats[i].words - cost;
    if (sum > best_sum) {
      best_sum = sum;
      best = {current.first, long(i)};
    }
  }
  return best;
}

// Signed distance from line i to the run: negative before it, positive after, 0 inside.
float run_distance(const Run& run, long i) {
  if (run.last < run.first) return float(kMaxDistance);
  if (i < run.first) return -float(std::min<long>(run.first - i, kMaxDistance));
  if (i > run.last) return float(std::min<long>(i - run.last, kMaxDistance));
  return 0.f;
}

}  // namespace

std::string_view feature_name(int index) {
  return index >= 0 && index < kFeatureCount ? kFeatureNames[index] : std::string_view("?");
}

PageFeatures compute_line_features(const TextPage& page) {
  const size_t n = page.lines.size();
  PageFeatures out;
  out.values.assign(n * kFeatureCount, 0.f);
  out.facts.resize(n);
  if (n == 0) return out;

  std::vector<LineStats> stats;
  stats.reserve(n);
  WordHashes hashes;
  for (const PageLine& line : page.lines) stats.push_back(scan_line(line.text, hashes));
  const auto content_words = [&](const LineStats& s) {
    return std::span<const uint32_t>(hashes.content.data() + s.content_begin, s.content_end - s.content_begin);
  };
  const auto capitalised_words = [&](const LineStats& s) {
    return std::span<const uint32_t>(hashes.capitalised.data() + s.capitalised_begin,
                                     s.capitalised_end - s.capitalised_begin);
  };
  std::vector<uint64_t> keys(n);
  for (size_t i = 0; i < n; ++i) keys[i] = stats[i].text_hash;
  const std::vector<int> line_count = count_equal(keys);
  for (size_t i = 0; i < n; ++i) keys[i] = stats[i].opening_hash;
  const std::vector<int> opening_count = count_equal(keys);

  long total_words = 0;
  int longest = 1;
  std::vector<char> is_long(n);
  std::vector<uint32_t> byline_names;
  for (size_t i = 0; i < n; ++i) {
    const LineStats& s = stats[i];
    total_words += s.words;
    longest = std::max(longest, s.words);
    if (s.byline_start && s.words <= kBylineMaxWords && byline_names.size() < kMaxBylineNames)
      byline_names.insert(byline_names.end(), hashes.capitalised.begin() + s.byline_names_begin,
                          hashes.capitalised.begin() + s.byline_names_end);
    out.facts[i] = {s.words, s.ends_sentence, s.upper >= 2 && s.lower == 0, LineRole::Text, s.byline_start};
  }

  std::vector<int> name_hits(n, 0);
  for (size_t i = 0; i < n; ++i) {
    if (stats[i].byline_start) continue;
    // Only a name the line opens with: "Jane Roe is …", not "… (Jane Roe)".
    const auto words = capitalised_words(stats[i]);
    const size_t leading = std::min<size_t>(size_t(stats[i].leading_capitalised), kBylineNameWords);
    for (size_t k = 0; k < words.size() && k < leading; ++k)
      name_hits[i] += std::find(byline_names.begin(), byline_names.end(), words[k]) != byline_names.end();
  }
  // Openings of paragraphs: a headline-like line starting the same way repeats one.
  std::vector<uint64_t> paragraph_openings;
  for (const LineStats& s : stats)
    if (s.opening_hash && s.ends_sentence && s.words >= kLongLineWords) paragraph_openings.push_back(s.opening_hash);
  std::sort(paragraph_openings.begin(), paragraph_openings.end());
  std::vector<char> repeated(n);
  for (size_t i = 0; i < n; ++i)
    repeated[i] = stats[i].opening_hash &&
                  std::binary_search(paragraph_openings.begin(), paragraph_openings.end(), stats[i].opening_hash);
  const std::vector<LineRole> roles = assign_line_roles(page, stats, name_hits, repeated);
  for (size_t i = 0; i < n; ++i) {
    out.facts[i].role = roles[i];
    const LineStats& s = stats[i];
    is_long[i] = s.words >= kLongLineWords && s.ends_sentence && !s.copyright &&
                 s.ui_words * kLongLineMaxUiShare < s.words && roles[i] == LineRole::Text;
  }

  // Neighbours skip transparent furniture, as the decoder does: the
  // paragraphs on either side of a caption are each other's neighbours.
  std::vector<long> previous_text(n, -1), next_text(n, -1);
  for (long i = 1, last = -1; i <= long(n); ++i) {
    if (in_reading_order(roles[i - 1])) last = i - 1;
    if (i < long(n)) previous_text[i] = last;
  }
  for (long i = long(n) - 2, next = -1; i >= -1; --i) {
    if (in_reading_order(roles[i + 1])) next = i + 1;
    if (i >= 0) next_text[i] = next;
  }

  // Nearest long line above and below every line.
  std::vector<int> long_above(n), long_below(n);
  for (size_t i = 0, last = SIZE_MAX; i < n; ++i) {
    long_above[i] = last == SIZE_MAX ? kMaxDistance : int(std::min<size_t>(i - last, kMaxDistance));
    if (is_long[i]) last = i;
  }
  for (size_t k = n, next = SIZE_MAX; k-- > 0;) {
    long_below[k] = next == SIZE_MAX ? kMaxDistance : int(std::min<size_t>(next - k, kMaxDistance));
    if (is_long[k]) next = k;
  }
  long first_long = -1, last_long = -1;
  for (size_t i = 0; i < n; ++i)
    if (is_long[i]) {
      if (first_long < 0) first_long = long(i);
      last_long = long(i);
    }

  std::array<Run, kDenseCosts.size()> dense;
  for (size_t k = 0; k < kDenseCosts.size(); ++k) dense[k] = densest_run(stats, kDenseCosts[k]);
  const Run& mid = dense[1];
  long mid_words = 0;
  std::vector<uint16_t> topic(kTopicSlots, 0);
  for (long i = mid.first; i <= mid.last; ++i) {
    mid_words += stats[i].words;
    for (uint32_t h : content_words(stats[i])) topic[h % kTopicSlots] += topic[h % kTopicSlots] < 65535;
  }

  // Prefix sums of log words, sentence ends, UI rates and long lines for windows.
  std::vector<double> sum_logw(n + 1), sum_end(n + 1), sum_ui(n + 1), sum_long(n + 1), sum_stamp(n + 1);
  const auto is_stamp = [&](size_t i) { return stats[i].clock_time && stats[i].words <= kStampMaxWords; };
  const auto is_comment_heading = [&](size_t i) {
    return stats[i].comment_words > 0 && stats[i].words <= kCommentHeadingMaxWords;
  };
  for (size_t i = 0; i < n; ++i) {
    sum_stamp[i + 1] = sum_stamp[i] + is_stamp(i);
    sum_logw[i + 1] = sum_logw[i] + log_words(stats[i].words);
    sum_end[i + 1] = sum_end[i] + stats[i].ends_sentence;
    sum_ui[i + 1] = sum_ui[i] + rate(stats[i].ui_words, stats[i].words);
    sum_long[i + 1] = sum_long[i] + is_long[i];
  }
  const auto window_mean = [&](const std::vector<double>& sum, long i, long radius) {
    const long lo = std::max(0L, i - radius), hi = std::min(long(n) - 1, i + radius);
    return float((sum[hi + 1] - sum[lo]) / double(hi - lo + 1));
  };

  const float page_log_words = std::log1p(float(total_words)), page_log_lines = std::log1p(float(n));
  long words_before = 0;
  // Comment headings and stamps seen so far below the page's first long line
  // (above it they are the page's header: "3 comments" beside the title).
  bool comment_heading_above = false;
  int stamps_above = 0;
  for (size_t i = 0; i < n; ++i) {
    const LineStats& s = stats[i];
    float* f = out.values.data() + i * kFeatureCount;
    const auto set = [&](Feature feature, float value) { f[int(feature)] = value; };
    const long li = long(i);
    // The text lines up to kNeighbourReach away on either side, -1 past the page's ends.
    std::array<long, 2 * kNeighbourReach + 1> around;
    around[kNeighbourReach] = li;
    for (int k = 1; k <= kNeighbourReach; ++k) {
      const long above = around[kNeighbourReach - k + 1], below = around[kNeighbourReach + k - 1];
      around[kNeighbourReach - k] = above >= 0 ? previous_text[above] : -1;
      around[kNeighbourReach + k] = below >= 0 ? next_text[below] : -1;
    }
    const auto neighbour_index = [&](long offset) { return around[kNeighbourReach + offset]; };
    const auto neighbour = [&](long offset) -> const LineStats* {
      const long j = neighbour_index(offset);
      return j >= 0 ? &stats[j] : nullptr;
    };

    set(Feature::LogWords, log_words(s.words));
    set(Feature::LogChars, log_words(s.chars));
    set(Feature::MeanWordLength, rate(s.word_bytes, s.words));
    set(Feature::StopWordRate, rate(s.stop_words, s.words));
    set(Feature::UiWordRate, rate(s.ui_words, s.words));
    set(Feature::UiWords, float(std::min(s.ui_words, 5)));
    set(Feature::CaptionWords, float(std::min(s.caption_words, 5)));
    set(Feature::MonthWords, float(std::min(s.month_words, 3)));
    set(Feature::EndsSentence, s.ends_sentence);
    set(Feature::EndsColon, s.ends_colon);
    set(Feature::EndsParen, s.ends_paren);
    set(Feature::StartsBullet, s.starts_bullet);
    set(Feature::StartsUpper, s.starts_upper);
    set(Feature::AllCaps, out.facts[i].all_caps);
    set(Feature::CapitalisedRate, rate(s.capitalised, s.words));
    set(Feature::DigitRate, rate(s.digits, s.chars));
    set(Feature::PunctRate, rate(s.punct, s.chars));
    set(Feature::CommaRate, rate(s.commas, s.words));
    set(Feature::Sentences, float(std::min(s.sentence_breaks, 10)));
    set(Feature::Copyright, s.copyright);
    set(Feature::Separators, float(std::min(s.separators, 5)));
    set(Feature::UrlLike, s.url_like);
    set(Feature::BylineStart, s.byline_start);
    set(Feature::BylineName, float(name_hits[i]));
    set(Feature::Duplicate, line_count[i] > 1);
    set(Feature::SharedOpening, s.opening_hash && opening_count[i] > 1);
    set(Feature::BlankBefore, float(std::min<size_t>(page.lines[i].blank_before, 3)));
    set(Feature::QuoteStart, s.quote_start);

    // Share of the line's content words found elsewhere in the densest region.
    int on_topic = 0;
    const bool inside_mid = li >= mid.first && li <= mid.last;
    const auto words = content_words(s);
    if (inside_mid)
      for (uint32_t h : words) --topic[h % kTopicSlots];
    for (uint32_t h : words) on_topic += topic[h % kTopicSlots] > 0;
    if (inside_mid)
      for (uint32_t h : words) ++topic[h % kTopicSlots];
    set(Feature::TopicOverlap, words.empty() ? -1.f : rate(on_topic, int(words.size())));

    set(Feature::LinePosition, float(i) / float(n));
    set(Feature::WordPosition, total_words > 0 ? float(words_before) / float(total_words) : 0.f);
    words_before += s.words;
    set(Feature::PageLogWords, page_log_words);
    set(Feature::PageLogLines, page_log_lines);
    set(Feature::ShareOfLongest, rate(s.words, longest));

    const auto neighbour_features = [&](long offset, Feature words, Feature ends) {
      const LineStats* o = neighbour(offset);
      set(words, o ? log_words(o->words) : -1.f);
      set(ends, o ? float(o->ends_sentence) : -1.f);
    };
    neighbour_features(-1, Feature::PrevLogWords, Feature::PrevEndsSentence);
    neighbour_features(+1, Feature::NextLogWords, Feature::NextEndsSentence);
    neighbour_features(-2, Feature::Prev2LogWords, Feature::Prev2EndsSentence);
    neighbour_features(+2, Feature::Next2LogWords, Feature::Next2EndsSentence);
    const auto detail = [&](long offset, Feature ui, Feature caption, Feature caps, Feature stop) {
      const LineStats* o = neighbour(offset);
      set(ui, o ? rate(o->ui_words, o->words) : -1.f);
      set(caption, o ? float(std::min(o->caption_words, 5)) : -1.f);
      set(caps, o ? float(o->upper >= 2 && o->lower == 0) : -1.f);
      set(stop, o ? rate(o->stop_words, o->words) : -1.f);
    };
    detail(-1, Feature::PrevUiRate, Feature::PrevCaption, Feature::PrevAllCaps, Feature::PrevStopRate);
    detail(+1, Feature::NextUiRate, Feature::NextCaption, Feature::NextAllCaps, Feature::NextStopRate);
    set(Feature::Prev3LogWords, neighbour(-3) ? log_words(neighbour(-3)->words) : -1.f);
    set(Feature::Next3LogWords, neighbour(+3) ? log_words(neighbour(+3)->words) : -1.f);

    set(Feature::WindowLogWords2, window_mean(sum_logw, li, 2));
    set(Feature::WindowLogWords5, window_mean(sum_logw, li, 5));
    set(Feature::WindowLongLines3, window_mean(sum_long, li, 3));
    set(Feature::WindowSentenceEnds3, window_mean(sum_end, li, 3));
    set(Feature::WindowUiRate3, window_mean(sum_ui, li, 3));
    set(Feature::DistanceLongAbove, float(long_above[i]));
    set(Feature::DistanceLongBelow, float(long_below[i]));
    set(Feature::AfterLastLong, last_long < 0 ? float(kMaxDistance) : float(std::clamp(li - last_long, 0L, long(kMaxDistance))));
    set(Feature::BeforeFirstLong, first_long < 0 ? float(kMaxDistance) : float(std::clamp(first_long - li, 0L, long(kMaxDistance))));

    const auto dense_features = [&](const Run& run, Feature inside, Feature distance) {
      set(inside, li >= run.first && li <= run.last);
      set(distance, run_distance(run, li));
    };
    dense_features(dense[0], Feature::InDenseLow, Feature::DistDenseLow);
    dense_features(dense[1], Feature::InDenseMid, Feature::DistDenseMid);
    dense_features(dense[2], Feature::InDenseHigh, Feature::DistDenseHigh);
    set(Feature::PosInDenseMid, inside_mid && mid.last > mid.first ? float(li - mid.first) / float(mid.last - mid.first) : -1.f);
    set(Feature::CreditParen, s.credit_paren);
    set(Feature::CaptionStart, s.caption_start);
    set(Feature::PrevCreditParen, neighbour(-1) ? float(neighbour(-1)->credit_paren) : -1.f);
    set(Feature::NextCreditParen, neighbour(+1) ? float(neighbour(+1)->credit_paren) : -1.f);
    set(Feature::NextCaptionStart, neighbour(+1) ? float(neighbour(+1)->caption_start) : -1.f);
    const auto shared_opening = [&](long offset) {
      const LineStats* o = neighbour(offset);
      return o ? float(o->opening_hash && opening_count[size_t(neighbour_index(offset))] > 1) : -1.f;
    };
    set(Feature::PrevSharedOpening, shared_opening(-1));
    set(Feature::Prev2SharedOpening, shared_opening(-2));
    const auto prose = [&](const LineStats* o) {
      if (!o) return -1.f;
      return float(o->starts_upper && o->ends_sentence && o->words >= kProseMinWords && o->ui_words == 0 &&
                   rate(o->stop_words, o->words) >= kProseMinStopRate);
    };
    set(Feature::ProseSentence, prose(&s));
    set(Feature::PrevProseSentence, prose(neighbour(-1)));
    set(Feature::NextProseSentence, prose(neighbour(+1)));
    set(Feature::DenseMidShare, total_words > 0 ? float(mid_words) / float(total_words) : 0.f);
    set(Feature::CommentHeading, is_comment_heading(i));
    set(Feature::ClockTime, s.clock_time);
    set(Feature::AfterCommentHeading, comment_heading_above);
    set(Feature::StampsAbove, float(std::min(stamps_above, kMaxStampsAbove)));
    set(Feature::WindowStamps5, window_mean(sum_stamp, li, 5));
    if (first_long >= 0 && li >= first_long) {
      comment_heading_above = comment_heading_above || is_comment_heading(i);
      stamps_above += is_stamp(i);
    }
  }
  return out;
}

}  // namespace pith::textmode
