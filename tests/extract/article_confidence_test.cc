// The fitted confidence model must order the cases it was fitted for: a long
// prose article found whole scores high, a scrap chosen while most of the
// page's prose sits elsewhere scores low. Weights come from
// eval/calibrate_confidence.py; a refit that breaks this ordering is a bad fit.
#include "extract/article_confidence.h"

#include <gtest/gtest.h>

namespace pith::extraction {
namespace {

ConfidenceEvidence whole_article() {
  ConfidenceEvidence e;
  e.readerable = 120;
  e.chars = 6000;
  e.page_chars = 9000;
  e.blocks = 14;
  e.container_vouched = true;
  e.container_link_density = 0.05;
  e.link_density = 0.01;
  e.prose_chars = 5600;
  e.outside_prose_chars = 0;
  e.title_found = true;
  return e;
}

TEST(ArticleConfidence, WholeProseArticleIsConfident) {
  EXPECT_GT(article_confidence(whole_article()), 0.8);
}

TEST(ArticleConfidence, ProseLeftOutsideTheSelectionLowersConfidence) {
  ConfidenceEvidence e = whole_article();
  e.chars = 900;
  e.prose_chars = 500;
  e.readerable = 18;
  e.blocks = 3;
  e.outside_prose_chars = 7000;
  e.page_chars = 12000;
  e.title_found = false;
  double scrap = article_confidence(e);
  EXPECT_LT(scrap, 0.5);
  EXPECT_LT(scrap, article_confidence(whole_article()) - 0.3);
}

TEST(ArticleConfidence, StaysAProbability) {
  ConfidenceEvidence none;
  double c = article_confidence(none);
  EXPECT_GT(c, 0.0);
  EXPECT_LT(c, 1.0);
}

}  // namespace
}  // namespace pith::extraction
