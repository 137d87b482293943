// Regression fixtures, invented, for the errors of event coding read on real political news
// (issue 16): political verbs read as force, negation and modality, conditions, pronouns that
// stand for no actor, places read as targets, dates from a background clause, and confidence.
#include <gtest/gtest.h>

#include "events/confidence.h"
#include "events/test_support.h"
#include "time/tagger.h"

namespace dossier::events {
namespace {

class NewsErrors : public ::testing::Test {
 protected:
  VerbDictionary verbs = testing::small_verbs();
  lexicon::Lexicon lexicon = testing::small_lexicon();
  EventCoder coder{verbs, lexicon};

  // The document coded with its time expressions tagged (article date 2025-03-04, a Tuesday).
  Document code(const std::string& text) const {
    Document doc = testing::code_text(coder, text);
    static const time::TimeTagger tagger;
    doc.times = tagger.tag(doc.text, doc.meta.date);
    coder.code(doc);
    return doc;
  }

  std::string codes(const std::string& text) const {
    std::string out;
    for (const Event& e : code(text).events) out += (out.empty() ? "" : " ") + e.code;
    return out;
  }
};

TEST_F(NewsErrors, APoliticalRowIsNoForce) {
  EXPECT_EQ(codes("Ana Example attacked the minister over the budget."), "111");
  EXPECT_EQ(codes("Ana Example hits Blue Lantern over its report."), "111");
  // Armed actors, a state as such, a place attacked: force.
  EXPECT_EQ(codes("Freedonian rebels attacked the minister."), "190");
  EXPECT_EQ(codes("Freedonia attacked Sylvania."), "190");
  EXPECT_EQ(codes("Freedonian police killed Ana Example."), "190");  // a harm verb is a physical act
}

TEST_F(NewsErrors, NegatedAndUnmeantActsAreNone) {
  EXPECT_EQ(codes("Ana Example had not meant to attack the minister."), "");
  EXPECT_EQ(codes("Sylvania has no desire to attack Freedonia."), "");
  EXPECT_EQ(codes("Sylvania did not attack Freedonia."), "");
}

TEST_F(NewsErrors, AConditionIsNoFact) {
  const Document doc = code("If Freedonian rebels attack Port Mara, Sylvania will send humanitarian aid.");
  for (const Event& e : doc.events) EXPECT_NE(e.code.substr(0, 2), "19") << e.code;
}

TEST_F(NewsErrors, APronounThatStandsForNoActorIsNoSource) {
  EXPECT_EQ(codes("It accused Sylvania of torture."), "");
  // "it" is never the plural subject of the sentence before.
  const Document doc = code("Freedonian rebels shelled Port Mara.\nIt accused Sylvania of torture.");
  for (const Event& e : doc.events) {
    if (e.code == "112") {
      EXPECT_NE(e.source_text, "Freedonian rebels");
    }
  }
}

TEST_F(NewsErrors, APlaceAfterInSaysWhereNotToWhom) {
  const Document doc = code("Ana Example met in Port Mara on Monday.");
  for (const Event& e : doc.events) EXPECT_NE(e.target_text, "Port Mara") << e.code;
}

TEST_F(NewsErrors, ABackgroundClauseDoesNotDateTheEvent) {
  const Document doc = code("Ana Example, who led Sylvania from 1962 to 1970, accused the minister on Monday.");
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].date.has_value());
  EXPECT_EQ(doc.events[0].date->iso(), "2025-03-03");
  EXPECT_EQ(doc.events[0].date_basis, EventDateBasis::kTimex);
  const Document background = code("Ana Example, who led Sylvania in 1962, accused the minister.");
  ASSERT_EQ(background.events.size(), 1u);
  EXPECT_EQ(background.events[0].date_basis, EventDateBasis::kNone);  // not 1962
}

TEST_F(NewsErrors, AnActOfSomeTimeAgoIsUndated) {
  // Past, perfect and future acts with no time expression of their own happened (or will) on a
  // day the text does not tell; an act told in the present is the article's.
  for (const char* text : {"Ana Example accused the minister.", "Ana Example has accused the minister.",
                           "Ana Example will visit Sylvania."}) {
    const Document doc = code(text);
    ASSERT_FALSE(doc.events.empty()) << text;
    EXPECT_EQ(doc.events[0].date_basis, EventDateBasis::kNone) << text;
    EXPECT_FALSE(doc.events[0].date.has_value()) << text;
  }
  const Document now = code("Ana Example accuses the minister.");
  ASSERT_FALSE(now.events.empty());
  EXPECT_EQ(now.events[0].date_basis, EventDateBasis::kArticle);
  const Document dated = code("Ana Example accused the minister on Monday.");
  ASSERT_FALSE(dated.events.empty());
  EXPECT_EQ(dated.events[0].date_basis, EventDateBasis::kTimex);
}

TEST_F(NewsErrors, EveryEventCarriesAConfidence) {
  const Document named = code("Freedonia accused Sylvania of torture.");
  const Document agent = code("The police accused the teachers union of fraud.");
  ASSERT_FALSE(named.events.empty());
  ASSERT_FALSE(agent.events.empty());
  for (const Document* doc : {&named, &agent}) {
    for (const Event& e : doc->events) {
      EXPECT_GE(e.confidence, kMinConfidence);
      EXPECT_LE(e.confidence, 1.0);
    }
  }
  EXPECT_GT(named.events[0].confidence, agent.events[0].confidence);  // coded names over common nouns
}

}  // namespace
}  // namespace dossier::events
