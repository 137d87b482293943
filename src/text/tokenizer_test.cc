#include "text/tokenizer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dossier::text {
namespace {

using ::testing::ElementsAre;

struct Tokenized {
  std::string text;
  std::vector<Token> tokens;
  std::vector<std::string> norms;

  std::vector<std::string> surfaces() const {
    std::vector<std::string> out;
    for (const Token& t : tokens) out.emplace_back(t.span.of(text));
    return out;
  }
  std::vector<std::string> forms() const {
    std::vector<std::string> out;
    for (const Token& t : tokens) {
      out.emplace_back(t.norm == Token::kNoNorm ? std::string(t.span.of(text)) : norms[t.norm]);
    }
    return out;
  }
  const Token& find(std::string_view surface) const {
    for (const Token& t : tokens) {
      if (t.span.of(text) == surface) return t;
    }
    ADD_FAILURE() << "no token " << surface;
    return tokens.front();
  }
};

Tokenized run(std::string text) {
  Tokenized result;
  result.text = std::move(text);
  tokenize(result.text, {0, static_cast<uint32_t>(result.text.size())}, result.tokens, result.norms);
  return result;
}

std::vector<std::string> tokens_of(std::string text) { return run(std::move(text)).surfaces(); }

TEST(Tokenizer, SplitsPunctuationAndKeepsAbbreviations) {
  EXPECT_THAT(tokens_of("Mr. Smith went to the U.S. on Jan. 5, he said."),
              ElementsAre("Mr.", "Smith", "went", "to", "the", "U.S.", "on", "Jan.", "5", ",", "he",
                          "said", "."));
  EXPECT_THAT(tokens_of("Lt. Gen. Ali Khan met Sen. Ruiz (R-Texas) in St. Paul."),
              ElementsAre("Lt.", "Gen.", "Ali", "Khan", "met", "Sen.", "Ruiz", "(", "R-Texas", ")", "in",
                          "St.", "Paul", "."));
}

TEST(Tokenizer, KeepsInitialsAndInitialisms) {
  EXPECT_THAT(tokens_of("J. R. R. Tolkien and George W. Bush at 5 p.m. e.g. U.N."),
              ElementsAre("J.", "R.", "R.", "Tolkien", "and", "George", "W.", "Bush", "at", "5", "p.m.",
                          "e.g.", "U.N."));
  EXPECT_THAT(tokens_of("a U.S.-led force"), ElementsAre("a", "U.S.-led", "force"));
}

TEST(Tokenizer, SplitsClitics) {
  EXPECT_THAT(tokens_of("The minister's aide didn't say they're ready; I'd go."),
              ElementsAre("The", "minister", "'s", "aide", "did", "n't", "say", "they", "'re", "ready",
                          ";", "I", "'d", "go", "."));
  EXPECT_THAT(tokens_of("can't won't CAN'T"), ElementsAre("ca", "n't", "wo", "n't", "CA", "N'T"));
  EXPECT_THAT(tokens_of("O'Brien's rock'n'roll"), ElementsAre("O'Brien", "'s", "rock'n'roll"));
  EXPECT_THAT(tokens_of("the players' union"), ElementsAre("the", "players", "'", "union"));
  EXPECT_THAT(tokens_of("in the '90s"), ElementsAre("in", "the", "'90s"));
}

TEST(Tokenizer, SplitsCurlyClitics) {
  const Tokenized t = run("Kenya\u2019s leader doesn\u2019t");
  EXPECT_THAT(t.surfaces(), ElementsAre("Kenya", "\u2019s", "leader", "does", "n\u2019t"));
  EXPECT_THAT(t.forms(), ElementsAre("Kenya", "'s", "leader", "does", "n't"));
}

TEST(Tokenizer, KeepsNumbersWhole) {
  EXPECT_THAT(tokens_of("$1,000.50 rose 3.5% to 5-1/2 at 10:30 in 1990-95, .5 less"),
              ElementsAre("$", "1,000.50", "rose", "3.5", "%", "to", "5-1/2", "at", "10:30", "in",
                          "1990-95", ",", ".5", "less"));
  EXPECT_THAT(tokens_of("won 6-4 in 2016/17"), ElementsAre("won", "6-4", "in", "2016/17"));
  EXPECT_THAT(tokens_of("C$ 1.5 and US$20, up +0.30 to 4+5"),
              ElementsAre("C$", "1.5", "and", "US$", "20", ",", "up", "+0.30", "to", "4", "+", "5"));
}

TEST(Tokenizer, KeepsHyphenatedWords) {
  const Tokenized t = run("Urdu-speaking, well-known -- and AT&T's");
  EXPECT_THAT(t.surfaces(), ElementsAre("Urdu-speaking", ",", "well-known", "--", "and", "AT&T", "'s"));
  EXPECT_THAT(tokens_of("pre- and post-war, 24- to 30-foot, BEIRUT- The"),
              ElementsAre("pre-", "and", "post-war", ",", "24-", "to", "30-foot", ",", "BEIRUT", "-", "The"));
  EXPECT_TRUE(t.find("Urdu-speaking").has(kTokHyphenated));
  EXPECT_FALSE(t.find("and").has(kTokHyphenated));
}

TEST(Tokenizer, KeepsUrlsEmailsAndHandles) {
  const Tokenized t = run("See https://example.org/a_b?x=1 (or www.example.com/news). "
                          "Mail desk@example.net, @reporter #Elections2024");
  EXPECT_THAT(t.surfaces(),
              ElementsAre("See", "https://example.org/a_b?x=1", "(", "or", "www.example.com/news", ")",
                          ".", "Mail", "desk@example.net", ",", "@reporter", "#Elections2024"));
  EXPECT_TRUE(t.find("desk@example.net").has(kTokUrl));
  EXPECT_TRUE(t.find("@reporter").has(kTokUrl));
  EXPECT_THAT(tokens_of("(see https://en.wikipedia.org/wiki/Foo_(bar))"),
              ElementsAre("(", "see", "https://en.wikipedia.org/wiki/Foo_(bar)", ")"));
}

TEST(Tokenizer, SplitsRunsOfPunctuation) {
  EXPECT_THAT(tokens_of("Wait... what?! No -- never\u2026"),
              ElementsAre("Wait", "...", "what", "?!", "No", "--", "never", "\u2026"));
}

TEST(Tokenizer, MarksQuoteDirection) {
  const Tokenized t = run("He said \"we won\" and \u201cthey lost\u201d; ``fine,'' she said.");
  EXPECT_THAT(t.surfaces(), ElementsAre("He", "said", "\"", "we", "won", "\"", "and", "\u201c", "they",
                                        "lost", "\u201d", ";", "``", "fine", ",", "''", "she", "said",
                                        "."));
  const auto& tokens = t.tokens;
  EXPECT_TRUE(tokens[2].has(kTokQuote) && tokens[2].has(kTokOpen));
  EXPECT_TRUE(tokens[5].has(kTokQuote) && tokens[5].has(kTokClose));
  EXPECT_TRUE(tokens[7].has(kTokOpen));
  EXPECT_TRUE(tokens[10].has(kTokClose));
  EXPECT_TRUE(tokens[12].has(kTokOpen) && tokens[12].has(kTokQuote));
  EXPECT_TRUE(tokens[15].has(kTokClose) && tokens[15].has(kTokQuote));
  EXPECT_THAT(t.forms()[7], "\"");
  EXPECT_THAT(t.forms()[12], "\"");
  EXPECT_THAT(t.forms()[15], "\"");
}

TEST(Tokenizer, SetsSurfaceFlags) {
  const Tokenized t = run("NATO said\n  iPhone 42 ;");
  const auto& tokens = t.tokens;
  EXPECT_TRUE(tokens[0].has(kTokWord) && tokens[0].has(kTokAllUpper) && tokens[0].has(kTokUpperInitial));
  EXPECT_TRUE(tokens[0].has(kTokLineStart));
  EXPECT_FALSE(tokens[0].has(kTokSpaceBefore));
  EXPECT_TRUE(tokens[1].has(kTokSpaceBefore) && !tokens[1].has(kTokLineStart));
  EXPECT_TRUE(tokens[2].has(kTokLineStart) && !tokens[2].has(kTokUpperInitial));
  EXPECT_TRUE(tokens[3].has(kTokNumber) && !tokens[3].has(kTokWord));
  EXPECT_TRUE(tokens[4].has(kTokPunct));
}

TEST(Tokenizer, NormalisesMatchingFormsOnly) {
  const Tokenized t = run("\ufb01nance \u2013 co\u00adoperate caf\u0065\u0301 \uff21\uff22 plain");
  EXPECT_THAT(t.surfaces(), ElementsAre("\ufb01nance", "\u2013", "co\u00adoperate", "cafe\u0301",
                                        "\uff21\uff22", "plain"));
  EXPECT_THAT(t.forms(), ElementsAre("finance", "-", "cooperate", "caf\u00e9", "AB", "plain"));
  EXPECT_EQ(t.find("plain").norm, Token::kNoNorm);
  EXPECT_EQ(t.norms.size(), 5u);
}

TEST(Tokenizer, TreatsUnicodeSpacesAsSeparators) {
  EXPECT_THAT(tokens_of("10\u00a0km\u2009away\u200bnow"), ElementsAre("10", "km", "away", "now"));
}

TEST(Tokenizer, HandlesOtherScripts) {
  EXPECT_THAT(tokens_of("\u041c\u043e\u0441\u043a\u0432\u0430, \u5317\u4eac\u5e02 \u0627\u0644\u0642\u062f\u0633."),
              ElementsAre("\u041c\u043e\u0441\u043a\u0432\u0430", ",", "\u5317", "\u4eac", "\u5e02",
                          "\u0627\u0644\u0642\u062f\u0633", "."));
  EXPECT_THAT(tokens_of("\U0001F44D\U0001F3FD ok \U0001F1EB\U0001F1F7"),
              ElementsAre("\U0001F44D\U0001F3FD", "ok", "\U0001F1EB", "\U0001F1F7"));
}

TEST(Tokenizer, ListNumbersKeepTheirPeriodOnlyAtLineStart) {
  EXPECT_THAT(tokens_of("1. Apples\n2. Pears in 2016."),
              ElementsAre("1.", "Apples", "2.", "Pears", "in", "2016", "."));
}

TEST(Tokenizer, NumberAbbreviationsNeedANumber) {
  EXPECT_THAT(tokens_of("No. 10 said no."), ElementsAre("No.", "10", "said", "no", "."));
}

TEST(Tokenizer, RespectsTheRange) {
  std::string text = "skip this. Take these words. skip";
  std::vector<Token> tokens;
  std::vector<std::string> norms;
  tokenize(text, {11, 28}, tokens, norms);
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(tokens.front().span.begin, 11u);
  EXPECT_EQ(tokens.back().span.end, 28u);
  EXPECT_TRUE(tokens.front().has(kTokSpaceBefore));
  EXPECT_FALSE(tokens.front().has(kTokLineStart));
}

}  // namespace
}  // namespace dossier::text
