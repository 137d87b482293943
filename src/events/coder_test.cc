// The event coder on sentences written for the tests, with the test dictionary: one fixture per
// code family the issue names (visit, host, intent to meet, appeal for aid, accuse, reject,
// threaten with force, fight), sources and targets, negation, passives, frames, dates.
#include <gtest/gtest.h>

#include "events/test_support.h"

namespace dossier::events {
namespace {

struct Coded {
  std::string code, source, target, source_code, target_code, trigger;
};

class Coder : public ::testing::Test {
 protected:
  VerbDictionary verbs = testing::small_verbs();
  lexicon::Lexicon lexicon = testing::small_lexicon();
  EventCoder coder{verbs, lexicon};

  std::vector<Coded> code(const std::string& text) const {
    std::string trace;
    const Document doc = testing::code_text(coder, text, &trace);
    std::vector<Coded> out;
    for (const Event& e : doc.events) {
      out.push_back({e.code, e.source_text, e.target_text, e.source_code, e.target_code,
                     std::string(doc.slice(e.trigger))});
    }
    if (out.empty()) ADD_FAILURE() << "no event in: " << text << "\n" << trace;
    return out;
  }
};

TEST_F(Coder, VisitIsHosted) {
  const auto e = code("Ana Example visited Sylvania on Monday.");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].code, "042");
  EXPECT_EQ(e[0].source, "Ana Example");
  EXPECT_EQ(e[0].source_code, "FRDELI");
  EXPECT_EQ(e[0].target, "Sylvania");
  EXPECT_EQ(e[1].code, "043");  // the paired code, actors reversed
  EXPECT_EQ(e[1].source, "Sylvania");
}

TEST_F(Coder, Host) {
  const auto e = code("Sylvania hosted the Freedonian minister.");
  ASSERT_GE(e.size(), 1u);
  EXPECT_EQ(e[0].code, "043");
  EXPECT_EQ(e[0].target_code, "FRDGOV");
}

TEST_F(Coder, IntentToMeetFromAPromiseOrAFuture) {
  auto e = code("Freedonia promised to meet Sylvania.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].code, "036");
  EXPECT_EQ(e[0].source, "Freedonia");
  EXPECT_EQ(e[0].target, "Sylvania");
  EXPECT_EQ(e[0].trigger, "promised to meet");
  e = code("Sylvania will visit Freedonia.");
  ASSERT_EQ(e.size(), 1u);  // no "host" for a visit that has not happened
  EXPECT_EQ(e[0].code, "036");
}

TEST_F(Coder, AppealForHumanitarianAid) {
  const auto e = code("The Freedonian government appealed for humanitarian aid.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].code, "0233");
  EXPECT_EQ(e[0].source_code, "FRDGOV");
}

TEST_F(Coder, DemandVerbsMirrorAppealPatterns) {
  // The DEMAND block's appeal pattern (0241) is a demand when a demand verb takes it.
  auto e = code("Freedonian teachers demanded elections.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].code, "1041");
  e = code("Freedonia appealed for humanitarian aid.");  // an appeal verb keeps its family
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].code, "0233");
}

TEST_F(Coder, Accuse) {
  const auto e = code("Sylvania accused Freedonian police of torture.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].code, "112");
  EXPECT_EQ(e[0].target, "Freedonian police");
  EXPECT_EQ(e[0].target_code, "FRDCOP");
}

TEST_F(Coder, RejectFamily) {
  EXPECT_EQ(code("Sylvania rejected the Freedonian proposal.")[0].code, "120");
  EXPECT_EQ(code("Sylvania ruled out talks.")[0].code, "125");
  const auto e = code("Sylvania refused to meet Freedonia.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].code, "125");  // a refusal to meet
  EXPECT_EQ(e[0].target, "Freedonia");
  EXPECT_EQ(code("Sylvania will not meet Freedonia.")[0].code, "125");  // a negated cooperation
}

TEST_F(Coder, ThreatenWithMilitaryForce) {
  const auto e = code("Freedonia threatened to attack Sylvania.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].code, "1384");
  EXPECT_EQ(e[0].target, "Sylvania");
  EXPECT_EQ(code("Rebels warned that they would shell Port Mara.")[0].code, "1384");
}

TEST_F(Coder, Fight) {
  auto e = code("Freedonian rebels shelled Port Mara with rockets.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].code, "194");
  EXPECT_EQ(e[0].source_code, "FRDREB");
  EXPECT_EQ(e[0].target_code, "FRDGOV");  // a capital that is acted on is its government
}

TEST_F(Coder, ArmedForcesYieldBySurrendering) {
  auto e = code("Freedonian rebels surrendered to Sylvania.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].code, "0874");
  e = code("Ana Example surrendered to Sylvania.");  // no armed force: a plain yield
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].code, "080");
}

TEST_F(Coder, AVerbOfSayingAfterItsClauseIsVerbal) {
  // "protested" reports the clause before it: a verbal protest (the block's 110) about its subject.
  auto e = code("Freedonia shelled Port Mara, a Sylvanian minister protested on Monday.");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[1].code, "110");
  EXPECT_EQ(e[1].source, "Sylvanian minister");
  EXPECT_EQ(e[1].target, "Freedonia");
  e = code("Sylvanian teachers protested against Freedonia.");  // a protest as such
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].code, "140");
}

TEST_F(Coder, KillingsByNonStateHandsAreUnconventionalViolence) {
  auto e = code("Freedonian rebels killed two teachers.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].code, "180");
  e = code("Freedonian police killed two rebels.");  // state forces: conventional force
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].code, "190");
  e = code("Two teachers were killed on Monday.");  // no known hand
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].code, "180");
}

TEST_F(Coder, NegatedConflictIsNoEvent) {
  const Document doc = testing::code_text(coder, "Freedonia did not attack Sylvania.");
  EXPECT_TRUE(doc.events.empty());
}

TEST_F(Coder, PassiveTakesItsAgent) {
  auto e = code("Freedonian police were attacked by rebels.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].source, "rebels");
  EXPECT_EQ(e[0].target, "Freedonian police");
  e = code("A minister was attacked in Sylvania.");  // no agent: the authority of the place
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].source, "Sylvania");
  EXPECT_EQ(e[0].target, "minister");
}

TEST_F(Coder, DemandsThroughReportedObligation) {
  auto e = code("Freedonia demanded the release of the minister.");
  EXPECT_EQ(e[0].code, "1053");
  e = code("Sylvania said that Freedonia must release the minister.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].code, "100");  // "release" is no verb of the test dictionary
  EXPECT_EQ(e[0].source, "Sylvania");
  EXPECT_EQ(e[0].target, "Freedonia");
}

TEST_F(Coder, PronounsAndCoordinatedSubjects) {
  auto e = code("Freedonia said it will meet Sylvania.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].source, "Freedonia");
  e = code("Freedonia and Sylvania accused rebels.");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].source, "Freedonia");
  EXPECT_EQ(e[1].source, "Sylvania");
  e = code("Rebels shelled Port Mara and accused the government.");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[1].source, "Rebels");  // the second verb shares the subject
}

TEST_F(Coder, AVerbWhosePatternTookItsObjectGovernsNoBareClause) {
  // "promised" belongs to a relative clause on "the release", not to a demand.
  const auto e = code("Freedonia demanded the release the Sylvanian police promised on Monday.");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].code, "1053");
  EXPECT_EQ(e[0].source, "Freedonia");
  EXPECT_EQ(e[1].code, "030");
  EXPECT_EQ(e[1].source, "Sylvanian police");
}

TEST_F(Coder, TheObjectOfAnInfinitiveIsNoLaterSubject) {
  // "the Freedonian police" is what was to be attacked, not who was blamed.
  const auto e = code("A plot to attack the Freedonian police was blamed by Sylvania on Monday.");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].code, "190");
  EXPECT_EQ(e[0].source, "");
  EXPECT_EQ(e[0].target, "Freedonian police");
  EXPECT_EQ(e[1].code, "112");
  EXPECT_EQ(e[1].source, "Sylvania");
  EXPECT_EQ(e[1].target, "");
}

TEST_F(Coder, AppositionsAreSkipped) {
  const auto e = code("Sylvania, a rival of the Freedonian government, accused rebels.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].source, "Sylvania");
}

TEST_F(Coder, EventsAreDatedByTheirSentence) {
  const Document doc = testing::code_text(coder, "Sylvania accuses rebels on 2 March 2025.");
  ASSERT_EQ(doc.events.size(), 1u);
  // Without the time stage the article date dates an act told in the present.
  ASSERT_TRUE(doc.events[0].date.has_value());
  EXPECT_EQ(doc.events[0].date->iso(), "2025-03-04");
  EXPECT_EQ(doc.events[0].date_basis, EventDateBasis::kArticle);
  EXPECT_EQ(doc.events[0].quad_class, 3);
  EXPECT_DOUBLE_EQ(doc.events[0].goldstein, -2.0);
  EXPECT_EQ(doc.events[0].label, "Accuse");
}

}  // namespace
}  // namespace dossier::events
