// Actor positions: stances, objects, grouping of one actor's events across documents.
#include <gtest/gtest.h>

#include "events/confidence.h"
#include "events/positions.h"
#include "events/test_support.h"

namespace dossier::events {
namespace {

TEST(Stance, FollowsTheCodeFamilyAndTheWords) {
  EXPECT_EQ(stance_of("1053", "demanded", "the release"), "demands");
  EXPECT_EQ(stance_of("0233", "appealed", "for aid"), "appeals");
  EXPECT_EQ(stance_of("036", "promised to meet", "to meet"), "promises");
  EXPECT_EQ(stance_of("125", "refused to meet", "to meet Sylvania"), "refuses");
  EXPECT_EQ(stance_of("120", "rejected", "arbitration"), "rejects");
  EXPECT_EQ(stance_of("1384", "warned", "that"), "warns");
  EXPECT_EQ(stance_of("1384", "threatened to attack", "to attack"), "threatens");
  EXPECT_EQ(stance_of("051", "praised", "the deal"), "praises");
  EXPECT_EQ(stance_of("190", "attacked", "X"), "");
  EXPECT_EQ(stance_of("112", "accused", "X"), "");
}

TEST(Positions, GroupOneActorsStancesAcrossDocuments) {
  const VerbDictionary verbs = testing::small_verbs();
  const lexicon::Lexicon lexicon = testing::small_lexicon();
  const EventCoder coder(verbs, lexicon);
  Dossier dossier;
  dossier.documents.push_back(testing::code_text(
      coder, "The teachers' union demanded the release of the minister.\nThe union rejected the proposal."));
  dossier.documents.push_back(testing::code_text(
      coder, "The teachers' union demanded the release of the minister.\nSylvania threatened to attack Freedonia."));
  const std::vector<Position> positions = find_positions(dossier, kConfidentEvent);
  ASSERT_EQ(positions.size(), 3u);
  EXPECT_EQ(positions[0].actor, "Teachers' union");
  EXPECT_EQ(positions[0].statement, "demands the release of the minister");
  EXPECT_EQ(positions[0].actor_code, "---LAB");
  ASSERT_EQ(positions[0].evidence.size(), 2u);  // the same demand in both articles
  EXPECT_EQ(positions[0].evidence[1].doc, 1u);
  EXPECT_EQ(positions[1].statement, "threatens to attack Freedonia");
  EXPECT_EQ(positions[2].actor, "Union");
  EXPECT_EQ(positions[2].statement, "rejects the proposal");
}

TEST(Positions, AnActorOrObjectThatIsOnlyAnArticleIsNoPosition) {
  Dossier dossier;
  Document doc;
  doc.text = "A rejected it. The union rejected a.";
  for (const char* words : {"A rejected it.", "The union rejected a."}) {
    const auto at = static_cast<uint32_t>(doc.text.find(words));
    Event e;
    e.code = "120";
    e.span = {at, at + static_cast<uint32_t>(std::string_view(words).size())};
    const auto verb = static_cast<uint32_t>(doc.text.find("rejected", at));
    e.trigger = {verb, verb + 8};
    e.source_text = words[0] == 'A' ? "A" : "the union";
    e.target_text = words[0] == 'A' ? "it" : "a";
    doc.events.push_back(e);
  }
  dossier.documents.push_back(doc);
  for (const Position& p : find_positions(dossier, kConfidentEvent)) EXPECT_FALSE(p.actor.empty());
}

}  // namespace
}  // namespace dossier::events
