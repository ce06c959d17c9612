// Unit tests of the tokenizer beyond html5lib: zero-copy views, entities in
// attributes, script data escapes, state switching as the tree builder does it,
// and hostile inputs (huge unterminated constructs, 300k attributes, NUL and
// random bytes) that must stay linear and never crash.
#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <string>
#include <vector>

#include "html/tokenizer/tokenizer.h"

namespace pith::html {
namespace {

struct Collected {
  TokenType type;
  std::string name;
  std::string data;
  std::vector<std::pair<std::string, std::string>> attrs;
  bool self_closing = false;
};

// Tokenizes all of `input`, merging adjacent character tokens.
std::vector<Collected> collect(std::string_view input, TokenizerState state = TokenizerState::Data,
                               std::string_view last_start_tag = {}) {
  Tokenizer tokenizer(input);
  tokenizer.set_state(state);
  if (!last_start_tag.empty()) tokenizer.set_last_start_tag(last_start_tag);
  std::vector<Collected> out;
  for (;;) {
    const Token& t = tokenizer.next();
    if (t.type == TokenType::EndOfFile) break;
    if (t.type == TokenType::Characters && !out.empty() && out.back().type == TokenType::Characters) {
      out.back().data += t.data;
      continue;
    }
    Collected c{t.type, std::string(t.name), std::string(t.data), {}, t.self_closing};
    if (t.type == TokenType::StartTag || t.type == TokenType::EndTag)
      for (const auto& a : t.attributes) c.attrs.emplace_back(a.name, a.value);
    out.push_back(std::move(c));
  }
  return out;
}

bool points_into(std::string_view view, std::string_view input) {
  return view.data() >= input.data() && view.data() + view.size() <= input.data() + input.size();
}

TEST(Tokenizer, PlainTextIsAViewIntoTheInput) {
  std::string input = "hello <b>world</b> caf\xC3\xA9 & more";
  Tokenizer tokenizer(input);
  const Token& t = tokenizer.next();
  ASSERT_EQ(t.type, TokenType::Characters);
  EXPECT_EQ(t.data, "hello ");
  EXPECT_TRUE(points_into(t.data, input));
  const Token& b = tokenizer.next();
  ASSERT_EQ(b.type, TokenType::StartTag);
  EXPECT_EQ(b.tag, dom::TagId::B);
  EXPECT_TRUE(points_into(b.name, input));
  EXPECT_EQ(tokenizer.next().data, "world");
  EXPECT_EQ(tokenizer.next().type, TokenType::EndTag);
  const Token& rest = tokenizer.next();
  EXPECT_EQ(rest.data, " caf\xC3\xA9 & more");  // a lone '&' does not force a copy
  EXPECT_TRUE(points_into(rest.data, input));
  EXPECT_EQ(tokenizer.next().type, TokenType::EndOfFile);
  EXPECT_EQ(tokenizer.next().type, TokenType::EndOfFile);
}

TEST(Tokenizer, NamesAreLowercasedAndAttributeViewsKeptWhenPossible) {
  std::string input = "<DIV Class=\"a b\" id=x data-X='1'>";
  Tokenizer tokenizer(input);
  const Token& t = tokenizer.next();
  ASSERT_EQ(t.type, TokenType::StartTag);
  EXPECT_EQ(t.name, "div");
  EXPECT_EQ(t.tag, dom::TagId::Div);
  ASSERT_EQ(t.attributes.size(), 3u);
  EXPECT_EQ(t.attributes[0].name, "class");
  EXPECT_EQ(t.attributes[0].value, "a b");
  EXPECT_TRUE(points_into(t.attributes[0].value, input));
  EXPECT_EQ(t.attributes[1].name, "id");
  EXPECT_TRUE(points_into(t.attributes[1].name, input));
  EXPECT_EQ(t.attributes[1].value, "x");
  EXPECT_EQ(t.attributes[2].name, "data-x");
  EXPECT_EQ(t.attributes[2].value, "1");
}

TEST(Tokenizer, EntitiesInAttributesFollowTheHistoricalRule) {
  auto tokens = collect("<a href=\"/x?a=1&amp;b=2&copy=3&not;&notit&lt\" title=&quot;hi&#x41;&#0;>");
  ASSERT_EQ(tokens.size(), 1u);
  ASSERT_EQ(tokens[0].attrs.size(), 2u);
  EXPECT_EQ(tokens[0].attrs[0].second, "/x?a=1&b=2&copy=3\xC2\xAC&notit<");
  EXPECT_EQ(tokens[0].attrs[1].second, "\"hiA\xEF\xBF\xBD");
}

TEST(Tokenizer, EntitiesInText) {
  auto tokens = collect("a&amp;b &notin; &notit; &#x80;&#150;&#xD800;&#x110000;&unknown; &#;");
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(tokens[0].data,
            "a&b \xE2\x88\x89 \xC2\xACit; \xE2\x82\xAC\xE2\x80\x93\xEF\xBF\xBD\xEF\xBF\xBD&unknown; &#;");
}

TEST(Tokenizer, DuplicateAttributesFirstWins) {
  auto tokens = collect("<p a=1 b=2 A=3 a=4 c>");
  ASSERT_EQ(tokens.size(), 1u);
  std::vector<std::pair<std::string, std::string>> want = {{"a", "1"}, {"b", "2"}, {"c", ""}};
  EXPECT_EQ(tokens[0].attrs, want);
}

TEST(Tokenizer, ScriptDataEscapes) {
  // "<!--" escapes; "<script>" inside double-escapes, so the first "</script>"
  // does not end the element; the second one (back in escaped mode) does.
  std::string body = "var a = 1 < 2; <!-- <script>x</script> y --> z";
  auto tokens = collect(body + "</script>after", TokenizerState::ScriptData, "script");
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].data, body);
  EXPECT_EQ(tokens[1].type, TokenType::EndTag);
  EXPECT_EQ(tokens[2].data, "after");

  tokens = collect("<!-- <script></SCRIPT >", TokenizerState::ScriptData, "script");
  ASSERT_EQ(tokens.size(), 1u);  // double escaped: "</SCRIPT " only leaves that mode
  tokens = collect("<!-- x </SCRIPT >", TokenizerState::ScriptData, "script");
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0].data, "<!-- x ");
  EXPECT_EQ(tokens[1].type, TokenType::EndTag);
  EXPECT_EQ(tokens[1].name, "script");
}

TEST(Tokenizer, TreeBuilderSwitchesStateAfterStartTag) {
  std::string input = "<title>a &amp; <b></title><style>p{}</b>&amp;</style><textarea>x";
  Tokenizer tokenizer(input);
  std::vector<std::string> seen;
  for (;;) {
    const Token& t = tokenizer.next();
    if (t.type == TokenType::EndOfFile) break;
    if (t.type == TokenType::StartTag) {
      if (t.tag == dom::TagId::Title || t.tag == dom::TagId::Textarea) tokenizer.set_state(TokenizerState::Rcdata);
      if (t.tag == dom::TagId::Style) tokenizer.set_state(TokenizerState::Rawtext);
      seen.push_back(std::string("<").append(t.name).append(">"));
    } else if (t.type == TokenType::EndTag) {
      seen.push_back(std::string("</").append(t.name).append(">"));
    } else {
      seen.push_back(std::string(t.data));
    }
  }
  std::vector<std::string> want = {"<title>", "a & <b>", "</title>", "<style>", "p{}</b>&amp;", "</style>",
                                   "<textarea>", "x"};
  EXPECT_EQ(seen, want);
}

TEST(Tokenizer, CdataOnlyWhenAllowed) {
  auto tokens = collect("<![CDATA[a<b]]>");
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(tokens[0].type, TokenType::Comment);
  EXPECT_EQ(tokens[0].data, "[CDATA[a<b]]");

  Tokenizer tokenizer("<![CDATA[a<b]]>c");
  tokenizer.set_cdata_allowed(true);
  const Token& t = tokenizer.next();
  ASSERT_EQ(t.type, TokenType::Characters);
  EXPECT_EQ(t.data, "a<b");
}

TEST(Tokenizer, NulHandlingPerState) {
  constexpr char kInput[] = "a\0b<x\0 y=\"\0\"><!--\0-->";
  std::string input(kInput, sizeof(kInput) - 1);
  auto tokens = collect(input);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].data, std::string("a\0b", 3));  // data state: kept for the tree builder
  EXPECT_EQ(tokens[1].name, "x\xEF\xBF\xBD");
  EXPECT_EQ(tokens[1].attrs[0].second, "\xEF\xBF\xBD");
  EXPECT_EQ(tokens[2].data, "\xEF\xBF\xBD");
  auto raw = collect(std::string("a\0", 2), TokenizerState::Rawtext);
  EXPECT_EQ(raw[0].data, "a\xEF\xBF\xBD");
}

TEST(Tokenizer, DoctypeFields) {
  Tokenizer tokenizer("<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\" 'http://x'>");
  const Token& t = tokenizer.next();
  ASSERT_EQ(t.type, TokenType::Doctype);
  EXPECT_EQ(t.name, "html");
  EXPECT_TRUE(t.has_public_id && t.has_system_id);
  EXPECT_EQ(t.public_id, "-//W3C//DTD HTML 4.01//EN");
  EXPECT_EQ(t.system_id, "http://x");
  EXPECT_FALSE(t.force_quirks);
}

// ---- Hostile inputs: each must finish quickly (linear) without crashing. ----

constexpr size_t kHuge = 8 << 20;
// Generous enough for sanitizer builds; a quadratic path on 8 MB takes hours.
constexpr double kLinearBudgetSeconds = 10.0;

double seconds_to_drain(std::string_view input, TokenizerState state = TokenizerState::Data,
                        size_t* tokens = nullptr) {
  auto start = std::chrono::steady_clock::now();
  Tokenizer tokenizer(input);
  tokenizer.set_state(state);
  tokenizer.set_last_start_tag("script");
  size_t n = 0;
  while (tokenizer.next().type != TokenType::EndOfFile) ++n;
  if (tokens) *tokens = n;
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

TEST(TokenizerHostile, UnterminatedConstructs) {
  std::string filler(kHuge, 'a');
  for (std::string prefix : {"<!--", "<a href=\"", "<a href='", "<a href=", "<!DOCTYPE html PUBLIC \"",
                                    "<?", "<a ", "<![CDATA[", "<abc"}) {
    size_t tokens = 0;
    EXPECT_LT(seconds_to_drain(prefix + filler, TokenizerState::Data, &tokens), kLinearBudgetSeconds) << prefix;
    EXPECT_LE(tokens, 1u) << prefix;
  }
  std::string dashes(kHuge, '-');
  EXPECT_LT(seconds_to_drain("<!--" + dashes), kLinearBudgetSeconds);
  std::string script = "<!--";
  while (script.size() < kHuge) script += "<script>-- -<!-- </scrip ";
  EXPECT_LT(seconds_to_drain(script, TokenizerState::ScriptData), kLinearBudgetSeconds);
  std::string lts(kHuge, '<');
  EXPECT_LT(seconds_to_drain(lts), kLinearBudgetSeconds);
  EXPECT_LT(seconds_to_drain(lts, TokenizerState::ScriptData), kLinearBudgetSeconds);
  std::string amps;
  while (amps.size() < kHuge) amps += "&amp&#x41&CounterClockwiseContourIntegra";
  EXPECT_LT(seconds_to_drain(amps), kLinearBudgetSeconds);
  EXPECT_LT(seconds_to_drain("<a b=\"" + amps), kLinearBudgetSeconds);
}

TEST(TokenizerHostile, ManyAttributesOnOneTag) {
  std::string distinct = "<a";
  for (int i = 0; i < 300000; ++i) distinct += " a" + std::to_string(i) + "=" + std::to_string(i);
  distinct += ">";
  Tokenizer tokenizer(distinct);
  auto start = std::chrono::steady_clock::now();
  const Token& t = tokenizer.next();
  double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_EQ(t.type, TokenType::StartTag);
  EXPECT_EQ(t.attributes.size(), 300000u);
  EXPECT_EQ(t.attributes[299999].name, "a299999");
  EXPECT_LT(elapsed, kLinearBudgetSeconds);

  std::string same = "<a";
  for (int i = 0; i < 300000; ++i) same += " X=" + std::to_string(i);
  same += ">";
  Tokenizer dup(same);
  const Token& d = dup.next();
  ASSERT_EQ(d.attributes.size(), 1u);
  EXPECT_EQ(d.attributes[0].value, "0");
  EXPECT_GT(dup.parse_errors(), 299000u);
}

TEST(TokenizerHostile, RewrittenAttributesStayValidWhileTheTagGrows) {
  // Every name has a capital and every value an entity, so all of them are
  // copies; they must survive the storage growing underneath them.
  std::string input = "<a";
  std::string long_value;
  for (int i = 0; i < 3000; ++i) long_value.append("&lt;").append(std::to_string(i));
  input += " LONG=\"" + long_value + "\"";
  for (int i = 0; i < 50000; ++i) input += " N" + std::to_string(i) + "=\"v&amp;" + std::to_string(i) + "\"";
  input += ">";
  Tokenizer tokenizer(input);
  const Token& t = tokenizer.next();
  ASSERT_EQ(t.attributes.size(), 50001u);
  std::string want_long;
  for (int i = 0; i < 3000; ++i) want_long.append("<").append(std::to_string(i));
  EXPECT_EQ(t.attributes[0].name, "long");
  EXPECT_EQ(t.attributes[0].value, want_long);
  for (int i = 0; i < 50000; ++i) {
    std::string number = std::to_string(i);
    ASSERT_EQ(t.attributes[i + 1].name.substr(1), number);
    ASSERT_EQ(t.attributes[i + 1].name[0], 'n');
    ASSERT_EQ(t.attributes[i + 1].value.substr(2), number);
    ASSERT_EQ(t.attributes[i + 1].value.substr(0, 2), "v&");
  }
}

TEST(TokenizerHostile, RandomBytesNeverCrash) {
  std::mt19937 rng(12345);
  const char alphabet[] = "<>/!-=\"'&#;xX0aA \t\n[]?CDATA\0script";
  for (int round = 0; round < 2000; ++round) {
    std::string input(rng() % 200, ' ');
    for (char& c : input) c = round % 2 ? static_cast<char>(rng()) : alphabet[rng() % (sizeof(alphabet) - 1)];
    for (TokenizerState state : {TokenizerState::Data, TokenizerState::Rcdata, TokenizerState::Rawtext,
                                 TokenizerState::ScriptData, TokenizerState::Plaintext,
                                 TokenizerState::CdataSection}) {
      Tokenizer tokenizer(input);
      tokenizer.set_state(state);
      tokenizer.set_last_start_tag("script");
      size_t total = 0;
      int guard = 0;
      for (;; ++guard) {
        const Token& t = tokenizer.next();
        if (t.type == TokenType::EndOfFile) break;
        total += t.data.size();
        ASSERT_LT(guard, 10000);
      }
      EXPECT_LE(total, input.size() * 3 + 16);
    }
  }
}

}  // namespace
}  // namespace pith::html
