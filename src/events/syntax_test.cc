// The shallow syntax: words, actor phrases and their codes, verb groups (auxiliaries, negation,
// passives, infinitives), pattern matching, complement frames.
#include <gtest/gtest.h>

#include "events/actors.h"
#include "events/frames.h"
#include "events/patterns.h"
#include "events/test_support.h"
#include "events/verb_groups.h"
#include "events/words.h"

namespace dossier::events {
namespace {

class Syntax : public ::testing::Test {
 protected:
  VerbDictionary verbs = testing::small_verbs();
  lexicon::Lexicon lexicon = testing::small_lexicon();
  ActorFinder finder{lexicon, verbs};

  std::vector<std::string> texts(std::string_view s) const {
    std::vector<std::string> out;
    for (const Word& w : text_words(s, verbs)) out.emplace_back(w.text);
    return out;
  }

  struct Read {
    std::vector<Word> words;
    std::vector<Actor> actors;
    std::vector<int32_t> actor_at;
    std::vector<VerbGroup> groups;
    std::string text(uint32_t first, uint32_t end) const {
      std::string s;
      for (uint32_t i = first; i < end; ++i) s += (i > first ? " " : "") + std::string(words[i].text);
      return s;
    }
  };

  Read read(std::string_view s) const {
    Read r;
    r.words = text_words(s, verbs);
    r.actors = finder.find(r.words, CivilDate{2025, 3, 4});
    r.actor_at = actor_index(r.actors, r.words.size());
    const std::vector<uint8_t> timeish = time_words(r.words, nullptr);
    r.groups = find_verb_groups(r.words, r.actor_at, r.actors, timeish, verbs);
    return r;
  }

  std::string pattern_code(std::string_view s) const {
    const Read r = read(s);
    if (r.groups.empty()) return "no verb";
    std::vector<int32_t> group_at(r.words.size(), -1);
    for (size_t k = 0; k < r.groups.size(); ++k) {
      for (uint32_t i = r.groups[k].first; i < r.groups[k].end; ++i) group_at[i] = static_cast<int32_t>(k);
    }
    const PatternMatch m = match_patterns(verbs, r.words, r.actor_at, r.actors, group_at, 0, r.groups[0],
                                          Window{0, static_cast<uint32_t>(r.words.size())});
    return m.pattern == nullptr ? "none" : verbs.code(m.pattern->code).code;
  }
};

TEST_F(Syntax, WordsSplitEdgePunctuationAndClitics) {
  EXPECT_EQ(texts("Iran's envoy didn't say \"no\"."),
            (std::vector<std::string>{"Iran", "'s", "envoy", "did", "n't", "say", "\"", "no", "\"", "."}));
  EXPECT_EQ(texts("the U.S., Gen. Smith and workers' rights"),
            (std::vector<std::string>{"the", "U.S.", ",", "Gen.", "Smith", "and", "workers", "'", "rights"}));
  EXPECT_EQ(texts("Freedonia\u2019s \u201cwar\u201d"),
            (std::vector<std::string>{"Freedonia", "\u2019s", "\u201c", "war", "\u201d"}));
  const auto words = text_words("Rejected proposals", verbs);
  EXPECT_TRUE(words[0].has(kWordCapital));
  EXPECT_EQ(words[0].lower, "rejected");
  EXPECT_EQ(verbs.word(words[1].stem), "proposal");  // plural noun matches the pattern's singular
}

TEST_F(Syntax, ActorsTakeCountryAndSectorCodes) {
  const Read r = read("Freedonian police and the Sylvanian government met Ana Example in Port Mara.");
  ASSERT_GE(r.actors.size(), 4u);
  EXPECT_EQ(r.text(r.actors[0].first, r.actors[0].end), "Freedonian police");
  EXPECT_EQ(r.actors[0].code, "FRDCOP");
  EXPECT_EQ(r.text(r.actors[1].first, r.actors[1].end), "Sylvanian government");
  EXPECT_EQ(r.actors[1].code, "SYLGOV");
  EXPECT_EQ(r.actors[0].group, r.actors[1].group);  // conjoined
  EXPECT_GE(r.actors[0].group, 0);
  EXPECT_EQ(r.actors[2].code, "FRDELI");  // a person's code
  EXPECT_TRUE(r.actors[3].capital);
  EXPECT_EQ(r.actors[3].code, "FRD");
}

TEST_F(Syntax, AgentNounsAloneAndAsHeads) {
  const Read r = read("Rebels and the teachers' union accused the minister.");
  ASSERT_EQ(r.actors.size(), 3u);
  EXPECT_EQ(r.actors[0].code, "---REB");
  EXPECT_EQ(r.actors[0].kind, ActorKind::kAgent);
  // "union" is no entry of its own, but the head of three agent nouns coded LAB.
  EXPECT_EQ(r.text(r.actors[1].first, r.actors[1].end), "teachers ' union");
  EXPECT_EQ(r.actors[1].code, "---LAB");
  EXPECT_EQ(r.actors[2].code, "---GOV");
}

TEST_F(Syntax, VerbGroupsReadAuxiliariesNegationAndPassives) {
  Read r = read("Freedonia will not visit Sylvania.");
  ASSERT_EQ(r.groups.size(), 1u);
  EXPECT_TRUE(r.groups[0].future);
  EXPECT_TRUE(r.groups[0].negated);
  EXPECT_EQ(r.text(r.groups[0].first, r.groups[0].end), "will not visit");

  r = read("Freedonian police were attacked by rebels.");
  ASSERT_EQ(r.groups.size(), 1u);
  EXPECT_TRUE(r.groups[0].passive);

  // A verb whose participle is spelled like its base ("HIT {HITS HITTING}").
  r = read("Freedonian police have been hit by rebels.");
  ASSERT_EQ(r.groups.size(), 1u);
  EXPECT_TRUE(r.groups[0].passive);
  r = read("Freedonian police have been attack by rebels.");  // a regular verb's base is no participle
  EXPECT_TRUE(r.groups.empty());

  r = read("Sylvania has visited Freedonia and never accused it.");
  ASSERT_EQ(r.groups.size(), 2u);
  EXPECT_FALSE(r.groups[0].passive);
  EXPECT_TRUE(r.groups[1].negated);

  r = read("Freedonia refused to meet Sylvania.");
  ASSERT_EQ(r.groups.size(), 2u);
  EXPECT_EQ(r.groups[1].mood, Mood::kInfinitive);

  r = read("Sylvania is ready to meet Freedonia.");
  ASSERT_EQ(r.groups.size(), 1u);
  EXPECT_TRUE(r.groups[0].intent);
  EXPECT_TRUE(r.groups[0].construction);
  EXPECT_EQ(r.groups[0].frame_first, 1u);  // "is ready to meet"
}

TEST_F(Syntax, VerbFormsAfterDeterminersAreNouns) {
  EXPECT_TRUE(read("The attack and the visit.").groups.empty());
  EXPECT_TRUE(read("Talks on their first meeting.").groups.empty());
  const Read r = read("Sylvania shelled the border, accusing rebels.");
  ASSERT_EQ(r.groups.size(), 2u);
  EXPECT_EQ(r.groups[1].mood, Mood::kParticiple);
}

TEST_F(Syntax, MultiWordVerbs) {
  const Read r = read("Police cordoned off the roads.");
  ASSERT_EQ(r.groups.size(), 1u);
  EXPECT_EQ(r.text(r.groups[0].head, r.groups[0].end), "cordoned off");
}

TEST_F(Syntax, PatternsMatchPhrasesAroundTheVerb) {
  EXPECT_EQ(pattern_code("Freedonia appealed for humanitarian aid."), "0233");
  EXPECT_EQ(pattern_code("Freedonia appealed for urgent humanitarian aid."), "0233");  // inside {...}
  EXPECT_EQ(pattern_code("Freedonia appealed for calm and for aid."), "none");
  EXPECT_EQ(pattern_code("Sylvania rejected the new proposals."), "120");        // plural of the noun
  EXPECT_EQ(pattern_code("Sylvania rejected talks."), "125");
  EXPECT_EQ(pattern_code("Rebels shelled Port Mara with rockets."), "194");
  EXPECT_EQ(pattern_code("Rebels shelled Port Mara with mortar shells."), "194");  // nouns take plurals
  EXPECT_EQ(pattern_code("Freedonia demanded dollars."), "none");                    // "(FOR ...)" needed
  EXPECT_EQ(pattern_code("Freedonia demanded the release."), "1053");
}

TEST_F(Syntax, PatternsDoNotReachIntoOtherClauses) {
  // "release" belongs to the clause after "that".
  EXPECT_EQ(pattern_code("Freedonia demanded that Sylvania speed up the release."), "none");
}

TEST(Frames, MirrorCooperativeActs) {
  EXPECT_EQ(combine_frame(3, "042"), "036");    // intend to visit: meet
  EXPECT_EQ(combine_frame(3, "0841"), "0353");  // intend to release
  EXPECT_EQ(combine_frame(3, "073"), "0333");   // intend to give humanitarian aid
  EXPECT_EQ(combine_frame(3, ""), "030");
  EXPECT_EQ(combine_frame(10, "0841"), "1053");
  EXPECT_EQ(combine_frame(10, "064"), "1014");
  EXPECT_EQ(combine_frame(2, "073"), "0233");
  EXPECT_EQ(combine_frame(2, "046"), "026");
  EXPECT_EQ(combine_frame(12, "042"), "125");
  EXPECT_EQ(combine_frame(12, "0834"), "1234");
  EXPECT_EQ(combine_frame(12, "190"), "");  // refusing to attack rejects nothing
}

TEST(Frames, IntentionsToHarmAreThreats) {
  EXPECT_EQ(combine_frame(13, "190"), "1384");
  EXPECT_EQ(combine_frame(3, "190"), "1384");
  EXPECT_EQ(combine_frame(13, "161"), "1313");
  EXPECT_EQ(combine_frame(13, "1723"), "1323");
  EXPECT_EQ(combine_frame(13, "191"), "1381");
  EXPECT_EQ(combine_frame(13, "143"), "133");
  EXPECT_EQ(combine_frame(13, "2042"), "1385");
  EXPECT_EQ(combine_frame(13, "042"), "130");
}

TEST(Frames, NegationRejectsOnlyCooperation) {
  EXPECT_EQ(negate_code("042"), "125");
  EXPECT_EQ(negate_code("0341"), "1231");
  EXPECT_EQ(negate_code("190"), "");
  EXPECT_EQ(negate_code("112"), "");
}

}  // namespace
}  // namespace dossier::events
