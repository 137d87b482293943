// Event nouns: the lexicon read from the support blocks of the test dictionary, the support verbs
// that take them, and event nouns with "against", on sentences written for the tests.
#include "events/event_nouns.h"

#include <gtest/gtest.h>

#include "events/frames.h"
#include "events/test_support.h"

namespace dossier::events {
namespace {

class Nouns : public ::testing::Test {
 protected:
  VerbDictionary verbs = testing::small_verbs();
  lexicon::Lexicon lexicon = testing::small_lexicon();
  EventCoder coder{verbs, lexicon};
  EventNouns nouns{verbs};

  std::string noun_code(const std::string& text) const {
    const std::vector<Word> words = text_words(text, verbs);
    const NounHit hit = nouns.at(words, 0);
    return hit.code == kNoCode ? std::string() : verbs.code(hit.code).code;
  }

  // "code source -> target" of each event.
  std::vector<std::string> code(const std::string& text) const {
    std::string trace;
    const Document doc = testing::code_text(coder, text, &trace);
    std::vector<std::string> out;
    for (const Event& e : doc.events) out.push_back(e.code + " " + e.source_text + " -> " + e.target_text);
    if (out.empty()) ADD_FAILURE() << "no event in: " << text << "\n" << trace;
    return out;
  }
};

TEST_F(Nouns, LexiconComesFromSupportBlocks) {
  EXPECT_EQ(noun_code("hunger strike"), "142");
  EXPECT_EQ(noun_code("demonstrations"), "141");  // plural of a listed noun
  EXPECT_EQ(noun_code("strike"), "140");          // 143 and 140 tie within a family: its root
  EXPECT_EQ(noun_code("prison"), "");             // in a prepositional pattern: no event noun
  EXPECT_EQ(noun_code("riots"), "145");           // a verb of conflict used as a noun
  EXPECT_EQ(noun_code("invasion"), "192");        // a regular nominalisation of one
  EXPECT_EQ(noun_code("shelling"), "190");        // or its gerund
  EXPECT_EQ(noun_code("proposal"), "");           // a pattern noun of a block with its own act
  const VerbDictionary& d = verbs;
  EXPECT_TRUE(nouns.is_support(d.forms(d.word_id("continue"))[0].verb));
  EXPECT_FALSE(nouns.is_support(d.forms(d.word_id("refuse"))[0].verb));
}

TEST_F(Nouns, ASupportVerbTakesTheActOfItsNoun) {
  // CONTINUE lists no hunger strike; the pooled lexicon gives it.
  EXPECT_EQ(code("Freedonian teachers continued a hunger strike."),
            std::vector<std::string>{"142 Freedonian teachers -> "});
  // The object noun wins over a pattern that only matches further on.
  EXPECT_EQ(code("Ana Example staged a hunger strike in prison."),
            std::vector<std::string>{"142 Ana Example -> "});
}

TEST_F(Nouns, IntensifyingVerbsDoTheirNounsAct) {
  EXPECT_EQ(code("Freedonia strengthened the curfew in Sylvania."),
            std::vector<std::string>{"1723 Freedonia -> Sylvania"});
}

TEST_F(Nouns, IncreasingOnesOwnForcesMobilizesThem) {
  EXPECT_EQ(code("Freedonia reinforced its police on Monday."), std::vector<std::string>{"153 Freedonia -> "});
  // Someone else's police: no mobilization.
  EXPECT_TRUE(testing::code_text(coder, "Freedonia reinforced the Sylvanian police.").events.empty());
}

TEST_F(Nouns, TheGroundsOfACoerciveActAreAnAccusation) {
  EXPECT_EQ(code("Freedonian police arrested two teachers on charges of treason."),
            (std::vector<std::string>{"173 Freedonian police -> teachers", "112 Freedonian police -> teachers"}));
  EXPECT_EQ(code("Sylvania jailed Ana Example on accusations of spying."),
            (std::vector<std::string>{"173 Sylvania -> Ana Example", "112 Sylvania -> Ana Example"}));
  EXPECT_EQ(code("Sylvania jailed Ana Example on Monday."), std::vector<std::string>{"173 Sylvania -> Ana Example"});
}

TEST_F(Nouns, ModalsApplyToTheNounsAct) {
  EXPECT_EQ(code("Freedonia will extend the curfew in Sylvania."),
            std::vector<std::string>{"1323 Freedonia -> Sylvania"});
}

TEST_F(Nouns, HaltingAnActReducesRelationsOrDeescalates) {
  EXPECT_EQ(code("Freedonia halted negotiations with Sylvania."),
            std::vector<std::string>{"164 Freedonia -> Sylvania"});
  EXPECT_EQ(code("Freedonia may suspend negotiations with Sylvania."),  // then a threat
            std::vector<std::string>{"134 Freedonia -> Sylvania"});
  EXPECT_EQ(code("Freedonian teachers halted the strike."), std::vector<std::string>{"087 Freedonian teachers -> "});
  EXPECT_EQ(halt_code("073"), "1623");
  EXPECT_EQ(halt_code("045"), "165");
  EXPECT_EQ(halt_code("051"), "161");
  EXPECT_EQ(halt_code("193"), "087");
  EXPECT_EQ(halt_code("036"), "");  // an intention is not halted
}

TEST_F(Nouns, EventNounsAgainstAnActor) {
  EXPECT_EQ(code("Sylvanian riots against the Freedonian government continued."),
            std::vector<std::string>{"145 Sylvanian riots -> Freedonian government"});
  EXPECT_EQ(code("Freedonian teachers continued on Monday with demonstrations against the police."),
            std::vector<std::string>{"141 Freedonian teachers -> police"});
  EXPECT_EQ(code("Freedonian rebels surrendered after fierce shelling with the Sylvanian police."),
            (std::vector<std::string>{"0874 Freedonian rebels -> ", "190 Freedonian rebels -> Sylvanian police"}));
  // The object of a coded verb is that verb's act, not an event of its own.
  EXPECT_EQ(code("Freedonian rebels shelled the demonstrations against Sylvania."),
            std::vector<std::string>{"190 Freedonian rebels -> Sylvania"});
  // An assault is "on" its target; a protest "on" something is no act against it.
  EXPECT_EQ(code("Freedonian rebels continued on Monday with shelling on the Sylvanian police."),
            std::vector<std::string>{"190 Freedonian rebels -> Sylvanian police"});
  EXPECT_TRUE(testing::code_text(coder, "Sylvanian riots on the Freedonian border went on.").events.empty());
  // No actor after "against", or no act of conflict: nothing.
  EXPECT_TRUE(testing::code_text(coder, "Riots against the decree went on.").events.empty());
  EXPECT_TRUE(testing::code_text(coder, "A proposal against Sylvania went on.").events.empty());
}

}  // namespace
}  // namespace dossier::events
