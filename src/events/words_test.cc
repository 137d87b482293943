// The coder's words read the word layer: one folded form and one set of classes per token.
#include <gtest/gtest.h>

#include "events/closed_class.h"
#include "events/test_support.h"
#include "events/words.h"
#include "text/text_stage.h"

namespace dossier::events {
namespace {

TEST(Words, FormsAndClassesComeFromTheWordLayer) {
  Document doc;
  doc.text = "ÉLYSÉE officials won\u2019t meet on Thursday, Mr. Ó Briain said.";
  text::segment(doc);
  const VerbDictionary verbs = testing::small_verbs();
  const Sentence& s = doc.sentences.at(0);
  const std::vector<Word> words = sentence_words(doc, s.first_token, s.first_token + s.token_count, verbs);
  ASSERT_FALSE(words.empty());
  EXPECT_EQ(words[0].lower, "élysée");
  EXPECT_EQ(words[0].lower, doc.token_fold(words[0].token));
  bool future = false, negation = false, thursday = false, title = false;
  for (const Word& w : words) {
    future = future || (w.lower == "wo" && (w.cls & kFuture) != 0);
    negation = negation || (w.lower == "n't" && (w.cls & kNegation) != 0);
    thursday = thursday || (w.lower == "thursday" && (w.cls & kTimeWord) != 0);
    title = title || w.lower == "mr.";  // the tokenizer kept the period: one word
  }
  EXPECT_TRUE(future);
  EXPECT_TRUE(negation);
  EXPECT_TRUE(thursday);
  EXPECT_TRUE(title);
}

TEST(Words, ProjectionKeepsTheCodersDistinctions) {
  EXPECT_EQ(word_class("that"), static_cast<uint32_t>(kThat));
  EXPECT_TRUE(word_class("after") & kSubordinator);
  EXPECT_FALSE(word_class("after") & kPreposition);
  EXPECT_TRUE(word_class("against") & kPreposition);
  EXPECT_TRUE(word_class("'s") & kDeterminer);
  EXPECT_TRUE(word_class("'s") & kBe);
  EXPECT_TRUE(word_class("may") & kPossible);
  EXPECT_FALSE(word_class("may") & kTimeWord);  // the modal, not the month
  EXPECT_TRUE(word_class("march") & kTimeWord);
  EXPECT_TRUE(word_class("if") & kConditional);
  EXPECT_TRUE(word_class("never") & kAdverb);
  EXPECT_TRUE(is_function_word("according"));
  EXPECT_FALSE(is_function_word("minister"));
}

}  // namespace
}  // namespace dossier::events
