// Real-page regression: the first 20 pages of the readability set (in manifest
// order), scored with the article-extraction-benchmark metric of
// ../shared/tools/score.py (shingle_score.h). Fails below a recorded floor.
#include <gtest/gtest.h>

#include <iostream>
#include <string>

#include "extract_test_util.h"
#include "shingle_score.h"

namespace pith::extraction {
namespace {

constexpr double kF1Floor = 0.96;  // measured 0.974 when recorded
constexpr int kPages = 20;

TEST(ReadabilityRegression, F1AboveFloor) {
  std::string dir = std::string(PITH_SHARED_DIR) + "/datasets/readability/";
  testing::SetScore score;
  int pages = testing::for_each_page(dir, kPages, [&](const std::string& html, const std::string& gold) {
    dom::Document doc = html::parse(html);
    ExtractionResult r = extract_content(doc, extraction::Settings{}, {});
    score.add(gold, output::write_text(r.content));
  });
  ASSERT_EQ(pages, kPages) << "missing " << dir;
  double P = score.precision(), R = score.recall(), F1 = score.f1();
  std::cout << "readability[0:" << kPages << "] P=" << P << " R=" << R << " F1=" << F1 << "\n";
  EXPECT_GE(F1, kF1Floor);
}

}  // namespace
}  // namespace pith::extraction
