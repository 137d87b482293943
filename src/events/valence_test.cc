#include "events/valence.h"

#include <gtest/gtest.h>

#include "dossier/error.h"
#include "events/coder.h"
#include "events/test_support.h"

namespace dossier::events {
namespace {

ValenceLexicon small_valence() { return ValenceLexicon({"disgrace", "failure", "honest", "great"}, {-3, -2, 2, 3}); }

TEST(Valence, RatesFoldedWordsAndRoundTrips) {
  const ValenceLexicon lexicon = small_valence();
  EXPECT_EQ(lexicon.valence("disgrace"), -3);
  EXPECT_EQ(lexicon.valence("great"), 3);
  EXPECT_EQ(lexicon.valence("table"), 0);
  const ValenceLexicon again = ValenceLexicon::from_bytes(lexicon.file_bytes(), "valence.bin");
  EXPECT_EQ(again.size(), 4u);
  EXPECT_EQ(again.valence("failure"), -2);
}

TEST(Valence, RefusesRatingsOutOfRangeAndDamagedFiles) {
  EXPECT_THROW(ValenceLexicon({"a"}, {9}), ModelError);
  EXPECT_THROW(ValenceLexicon({"a", "b"}, {1}), ModelError);
  std::string bytes = small_valence().file_bytes();
  bytes[bytes.size() / 2] ^= 0x5a;
  EXPECT_THROW(ValenceLexicon::from_bytes(bytes, "valence.bin"), ModelError);
}

class SpeechActs : public ::testing::Test {
 protected:
  VerbDictionary verbs = testing::small_verbs();
  lexicon::Lexicon lexicon = testing::small_lexicon();
  ValenceLexicon valence = small_valence();
  EventCoder coder{verbs, lexicon, {}, nullptr, &valence};

  // "<speaker> said <content>" with the speaker and a name in the content as mentions and one
  // indirect quote, as the entity and quote stages leave them.
  Document code(const std::string& speaker, const std::string& content, const std::string& named) const {
    Document doc;
    doc.id = "test";
    doc.text = speaker + " said " + content + ".";
    doc.meta.date = CivilDate{2025, 3, 4};
    text::segment(doc);
    const auto at = [&](const std::string& s) {
      const auto b = static_cast<uint32_t>(doc.text.find(s));
      return Span{b, b + static_cast<uint32_t>(s.size())};
    };
    Mention who;
    who.span = at(speaker);
    who.type = EntityType::kPerson;
    who.chain = 0;
    doc.mentions.push_back(who);
    Mention other;
    other.span = at(named);
    other.type = EntityType::kPerson;
    other.chain = 1;
    doc.mentions.push_back(other);
    Quote q;
    q.kind = QuoteKind::kIndirect;
    q.span = at(content);
    q.cue = at("said");
    q.speaker_span = who.span;
    q.speaker_mention = 0;
    q.speaker_text = speaker;
    doc.quotes.push_back(q);
    coder.code(doc);
    return doc;
  }
};

TEST_F(SpeechActs, NegativeWordsAboutSomeoneAreCriticism) {
  const Document doc = code("Mara Lind", "the plan of Tom Reyes was a disgrace and a failure", "Tom Reyes");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].code, "111");
  EXPECT_EQ(doc.events[0].source_mention, 0);
  EXPECT_EQ(doc.events[0].target_mention, 1);
  EXPECT_EQ(doc.slice(doc.events[0].trigger), "said");
}

TEST_F(SpeechActs, PositiveWordsArePraiseAndNegationTurnsTheSign) {
  EXPECT_EQ(code("Mara Lind", "Tom Reyes was honest and great", "Tom Reyes").events.at(0).code, "051");
  EXPECT_EQ(code("Mara Lind", "Tom Reyes was not honest", "Tom Reyes").events.at(0).code, "111");
}

TEST_F(SpeechActs, WordsWithoutValenceGiveNoAct) {
  for (const Event& e : code("Mara Lind", "Tom Reyes would arrive on the train", "Tom Reyes").events) {
    EXPECT_NE(e.code, "111");
    EXPECT_NE(e.code, "051");
  }
}

}  // namespace
}  // namespace dossier::events
