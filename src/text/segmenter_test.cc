#include "text/segmenter.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/tokenizer.h"

namespace dossier::text {
namespace {

using ::testing::ElementsAre;

// The sentences of a text taken as one block.
std::vector<std::string> sentences_of(const std::string& text) {
  std::vector<Token> tokens;
  std::vector<std::string> norms;
  tokenize(text, {0, static_cast<uint32_t>(text.size())}, tokens, norms);
  std::vector<Sentence> sentences;
  split_sentences(text, tokens, norms, 0, 0, sentences);
  std::vector<std::string> out;
  for (const Sentence& s : sentences) out.emplace_back(s.span.of(text));
  return out;
}

TEST(Segmenter, SplitsAtFullStops) {
  EXPECT_THAT(sentences_of("The talks failed. Both sides left! Will they return? Nobody knows."),
              ElementsAre("The talks failed.", "Both sides left!", "Will they return?", "Nobody knows."));
}

TEST(Segmenter, KeepsTitlesAndRanksWithTheirNames) {
  EXPECT_THAT(sentences_of("Lt. Gen. Omar Haddad met Sen. Alice Brandt and Gov. Paul Ruiz. Mr. Haddad left."),
              ElementsAre("Lt. Gen. Omar Haddad met Sen. Alice Brandt and Gov. Paul Ruiz.",
                          "Mr. Haddad left."));
}

TEST(Segmenter, KeepsInitialsAndInitialisms) {
  EXPECT_THAT(sentences_of("J. R. R. Tolkien wrote it. The U.S. Embassy and the U.N. mission agreed."),
              ElementsAre("J. R. R. Tolkien wrote it.", "The U.S. Embassy and the U.N. mission agreed."));
}

TEST(Segmenter, EndsAtAnInitialismBeforeASentenceStarter) {
  EXPECT_THAT(sentences_of("The aid came from the U.S. The rest came from Japan."),
              ElementsAre("The aid came from the U.S.", "The rest came from Japan."));
  EXPECT_THAT(sentences_of("Shares of Acme Corp. rose. They fell at 4 p.m. Officials said so."),
              ElementsAre("Shares of Acme Corp. rose.", "They fell at 4 p.m.", "Officials said so."));
}

TEST(Segmenter, SplitsThePeriodOffASentenceFinalAbbreviation) {
  const std::string text = "Aid came from the U.S. The rest came via Acme Inc.";
  std::vector<Token> tokens;
  std::vector<std::string> norms;
  tokenize(text, {0, static_cast<uint32_t>(text.size())}, tokens, norms);
  std::vector<Sentence> sentences;
  split_sentences(text, tokens, norms, 0, 0, sentences);
  std::vector<std::string> surfaces;
  for (const Token& t : tokens) surfaces.emplace_back(t.span.of(text));
  EXPECT_THAT(surfaces, ElementsAre("Aid", "came", "from", "the", "U.S", ".", "The", "rest", "came", "via",
                                    "Acme", "Inc", "."));
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_EQ(sentences[0].token_count, 6u);
  EXPECT_EQ(sentences[1].first_token, 6u);
  EXPECT_FALSE(tokens[4].has(kTokAbbrev));
  EXPECT_TRUE(tokens[5].has(kTokPunct));
}

TEST(Segmenter, ContinuesInLowerCaseAfterAnAbbreviation) {
  EXPECT_THAT(sentences_of("Acme Inc. said sales grew, vs. a loss, on Jan. 5 and No. 10 Downing St. agreed."),
              ElementsAre("Acme Inc. said sales grew, vs. a loss, on Jan. 5 and No. 10 Downing St. agreed."));
}

TEST(Segmenter, HandlesDecimalsAndEllipses) {
  EXPECT_THAT(sentences_of("Growth was 3.5 percent... Then it fell. He paused... and went on."),
              ElementsAre("Growth was 3.5 percent...", "Then it fell.", "He paused... and went on."));
}

TEST(Segmenter, PutsClosingQuotesAndBracketsInsideTheSentence) {
  EXPECT_THAT(sentences_of("\u201cWe will win.\u201d She smiled. (He did not.) \"Why?\" he asked."),
              ElementsAre("\u201cWe will win.\u201d", "She smiled.", "(He did not.)",
                          "\"Why?\" he asked."));
  EXPECT_THAT(sentences_of("He said: 'this is over.' Then he left."),
              ElementsAre("He said: 'this is over.'", "Then he left."));
}

TEST(Segmenter, StartsASentenceAtAnOpeningQuote) {
  EXPECT_THAT(sentences_of("The mayor spoke. \"We are ready,\" she said."),
              ElementsAre("The mayor spoke.", "\"We are ready,\" she said."));
}

TEST(Segmenter, DoesNotSplitBeforeLowerCaseOrPunctuation) {
  EXPECT_THAT(sentences_of("\"Stop!\" shouted the guard. Who?, he wondered."),
              ElementsAre("\"Stop!\" shouted the guard.", "Who?, he wondered."));
}

TEST(Segmenter, SplitsNumberedListsAndShortLines) {
  EXPECT_THAT(sentences_of("The plan has three parts:\n1. Cut taxes\n2. Build roads\n3. Hire nurses"),
              ElementsAre("The plan has three parts:", "1. Cut taxes", "2. Build roads", "3. Hire nurses"));
  EXPECT_THAT(sentences_of("Key points\n\u2022 Talks resume\n\u2022 Aid is flowing"),
              ElementsAre("Key points", "\u2022 Talks resume", "\u2022 Aid is flowing"));
}

TEST(Segmenter, JoinsHardWrappedLines) {
  const std::string text =
      "The committee met on Tuesday to discuss the budget for the coming\n"
      "year, and members said the talks were difficult but that a deal was\n"
      "Possible by the end of the month.";
  EXPECT_EQ(sentences_of(text).size(), 1u);
}

TEST(Segmenter, SplitsAShortLineFromTheNext) {
  EXPECT_THAT(sentences_of("WASHINGTON\nThe Senate voted on Friday to approve the spending bill after a long debate."),
              ElementsAre("WASHINGTON",
                          "The Senate voted on Friday to approve the spending bill after a long debate."));
}

TEST(Segmenter, SetsSentenceStartFlagsAndIndices) {
  const std::string text = "One. Two three.";
  std::vector<Token> tokens;
  std::vector<std::string> norms;
  tokenize(text, {0, static_cast<uint32_t>(text.size())}, tokens, norms);
  std::vector<Sentence> sentences;
  split_sentences(text, tokens, norms, 0, 7, sentences);
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_EQ(sentences[1].first_token, 2u);
  EXPECT_EQ(sentences[1].token_count, 3u);
  EXPECT_EQ(sentences[1].block, 7u);
  EXPECT_TRUE(tokens[0].has(kTokSentenceStart));
  EXPECT_FALSE(tokens[1].has(kTokSentenceStart));
  EXPECT_TRUE(tokens[2].has(kTokSentenceStart));
}

TEST(Segmenter, CutsRunawaySentences) {
  std::string text;
  for (uint32_t i = 0; i < 2 * kMaxSentenceTokens; ++i) text += "word ";
  const auto sentences = sentences_of(text);
  EXPECT_EQ(sentences.size(), 2u);
}

}  // namespace
}  // namespace dossier::text
