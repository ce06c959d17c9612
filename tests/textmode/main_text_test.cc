// find_main_text() on real pages. The seed page is a news article copied from
// a browser (menus, legal notice, title, standfirst, byline, a video block,
// two photo captions, an app promo, the author's bio); its main content is
// exactly the twelve body paragraphs of article.txt, including the all-caps
// related headline that sits inside the body.
#include "textmode/main_text.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "test_files.h"
#include "textmode/line_features.h"

namespace pith::textmode {
namespace {

using test::read_file;

std::vector<std::string> main_lines(const std::string& text, const TextModeSettings& settings = {}) {
  const TextPage page = split_text_page(text);
  const MainText main = find_main_text(page, settings);
  std::vector<std::string> out;
  for (size_t i : main.lines) out.emplace_back(page.lines[i].text);
  return out;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) out.push_back(line);
  return out;
}

const std::string kSeeds = std::string(PITH_SHARED_DIR) + "/seeds/";

TEST(FindMainText, SeedPageGivesExactlyTheArticle) {
  const std::vector<std::string> got = main_lines(read_file(kSeeds + "page.txt"));
  const std::vector<std::string> want = lines_of(read_file(kSeeds + "article.txt"));
  ASSERT_EQ(want.size(), 12u);
  EXPECT_EQ(got, want);
}

TEST(FindMainText, SeedPageWithSingleNewlinesAndCrlfGivesTheSameArticle) {
  // A WET record has no blank lines; a Windows copy has CRLF.
  std::string wet;
  for (const std::string& line : lines_of(read_file(kSeeds + "page.txt"))) wet += line + "\r\n";
  EXPECT_EQ(main_lines(wet), main_lines(read_file(kSeeds + "page.txt")));
}

TEST(FindMainText, SeedPageTitleAndConfidence) {
  const TextPage page = split_text_page(read_file(kSeeds + "page.txt"));
  const MainText main = find_main_text(page);
  ASSERT_GE(main.title_line, 0);
  EXPECT_EQ(page.lines[size_t(main.title_line)].text,
            "Ex-US officials held secrets talks with Russians on Ukraine War: report");
  EXPECT_GT(main.confidence, 0.7);
  EXPECT_TRUE(main.warnings.empty());
  // The all-caps related headline inside the body reads as a subhead.
  ASSERT_FALSE(main.headings.empty());
  EXPECT_EQ(page.lines[main.headings.front()].text.rfind("RUSSIAN MISSILE STRIKE", 0), 0u);
}

TEST(FindMainText, FavorRecallKeepsAtLeastWhatBalancedKeeps) {
  const std::string text = read_file(kSeeds + "page.txt");
  const std::vector<std::string> balanced = main_lines(text);
  const std::vector<std::string> recall = main_lines(text, {Favor::Recall});
  const std::vector<std::string> precision = main_lines(text, {Favor::Precision});
  EXPECT_GE(recall.size(), balanced.size());
  EXPECT_LE(precision.size(), balanced.size());
}

TEST(FindMainText, MenuOnlyPageIsNotAnArticle) {
  const MainText main = find_main_text(split_text_page("Home\nNews\nSports\nWeather\nSign in\nMenu\n"));
  EXPECT_LT(main.confidence, 0.3);
  EXPECT_FALSE(main.warnings.empty());
}

TEST(FindMainText, EmptyPage) {
  const MainText main = find_main_text(split_text_page(""));
  EXPECT_TRUE(main.lines.empty());
  EXPECT_EQ(main.title_line, -1);
}

TEST(LineRoles, CaptionsPromosAndBiosOnTheSeed) {
  const TextPage page = split_text_page(read_file(kSeeds + "page.txt"));
  const PageFeatures features = compute_line_features(page);
  const auto role_of = [&](std::string_view prefix) {
    for (size_t i = 0; i < page.lines.size(); ++i)
      if (page.lines[i].text.rfind(prefix, 0) == 0) return features.facts[i].role;
    ADD_FAILURE() << "no line starts with " << prefix;
    return LineRole::Text;
  };
  EXPECT_EQ(role_of("In this photo provided"), LineRole::Caption);
  EXPECT_EQ(role_of("Debris from an attack"), LineRole::CaptionTitle);
  EXPECT_EQ(role_of("CLICK HERE"), LineRole::Promo);
  EXPECT_EQ(role_of("Bradford Betz is a"), LineRole::AuthorBio);
  EXPECT_EQ(role_of("RUSSIAN MISSILE STRIKE"), LineRole::Text);
  EXPECT_EQ(role_of("Former U.S. national security"), LineRole::Text);
}

// A news page of the readability set (herald-sun-1, Apache-2.0) as pith
// --format fulltext prints it: HTML mode's furniture phrases mark its labels,
// its notices and its photo caption, and none of them is article text.
TEST(LineRoles, FurniturePhrasesOfHtmlMode) {
  const TextPage page = split_text_page(read_file(std::string(PITH_SOURCE_DIR) + "/tests/textmode/testdata/herald-sun-1.fulltext.txt"));
  const PageFeatures features = compute_line_features(page);
  const MainText main = find_main_text(page);
  const auto line_of = [&](std::string_view prefix) -> size_t {
    for (size_t i = 0; i < page.lines.size(); ++i)
      if (page.lines[i].text.starts_with(prefix)) return i;
    ADD_FAILURE() << "no line starts with " << prefix;
    return 0;
  };
  const auto kept = [&](size_t line) { return std::count(main.lines.begin(), main.lines.end(), line) > 0; };
  const size_t read_more = line_of("Read more"), follow = line_of("Follow Us"), caption = line_of("A new Bill would");
  EXPECT_EQ(features.facts[read_more].role, LineRole::Label);
  EXPECT_EQ(features.facts[follow].role, LineRole::Label);
  EXPECT_EQ(features.facts[caption].role, LineRole::Caption);
  EXPECT_FALSE(kept(read_more));
  EXPECT_FALSE(kept(caption));
  // The paragraphs on either side of "Read more" are one article.
  EXPECT_TRUE(kept(read_more - 1));
  EXPECT_TRUE(kept(read_more + 1));
  EXPECT_EQ(features.facts[line_of("The Bill would require")].role, LineRole::Text);
  // The headline above the byline is the title, not the caption below it.
  EXPECT_EQ(main.title_line, long(line_of("Angry media won")));
}

// A caption whose credit label is glued to its last word, as The Telegraph
// prints them: a caption, left out, and the paragraphs around it stay one article.
TEST(LineRoles, CaptionWithAGluedCreditLabel) {
  std::string text = "Home\nNews\nWorld\nSign in\nTroops take control of the capital\n";
  const std::string paragraph =
      "The army said on Wednesday that it had taken control of the capital, and that the president and his "
      "family were safe, in a statement read on national television by a senior officer. ";
  for (int k = 0; k < 3; ++k) text += paragraph + "It was the " + std::to_string(k + 1) + " statement of the day.\n";
  text += "A man walks past an armoured personnel carrier parked on a street on Thursday Credit: STR/AFP\n";
  for (int k = 3; k < 6; ++k) text += paragraph + "It was the " + std::to_string(k + 1) + " statement of the day.\n";
  text += "Related Topics\nAfrica\nWorld news\n";
  const TextPage page = split_text_page(text);
  const PageFeatures features = compute_line_features(page);
  const MainText main = find_main_text(page);
  size_t caption = 0;
  for (size_t i = 0; i < page.lines.size(); ++i)
    if (page.lines[i].text.starts_with("A man walks")) caption = i;
  ASSERT_GT(caption, 0u);
  EXPECT_EQ(features.facts[caption].role, LineRole::Caption);
  const auto kept = [&](size_t line) { return std::count(main.lines.begin(), main.lines.end(), line) > 0; };
  EXPECT_FALSE(kept(caption));
  EXPECT_TRUE(kept(caption - 1));
  EXPECT_TRUE(kept(caption + 1));
}

}  // namespace
}  // namespace pith::textmode

namespace pith::textmode {
namespace {

// Input shapes the model never saw in training must still give a well-formed
// answer: arbitrary bytes (cut UTF-8, NULs, lone CRs), one enormous line,
// thousands of identical lines.
TEST(FindMainText, HostileInputsGiveWellFormedResults) {
  std::string noise;
  uint32_t state = 12345;
  for (int k = 0; k < 200000; ++k) {
    state = state * 1103515245u + 12345u;
    noise += char(state >> 23);
  }
  const std::string long_line(2'000'000, 'a');
  std::string repeated;
  for (int k = 0; k < 20000; ++k) repeated += "The same sentence of prose, repeated on every line of the page.\n";
  for (const std::string* text : std::initializer_list<const std::string*>{&noise, &long_line, &repeated}) {
    const TextPage page = split_text_page(*text);
    const MainText main = find_main_text(page);
    EXPECT_TRUE(std::is_sorted(main.lines.begin(), main.lines.end()));
    for (size_t i : main.lines) EXPECT_LT(i, page.lines.size());
    EXPECT_GE(main.confidence, 0.0);
    EXPECT_LE(main.confidence, 1.0);
  }
}

}  // namespace
}  // namespace pith::textmode
