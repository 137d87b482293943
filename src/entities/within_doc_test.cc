// Within-document linking: names, acronyms, aliases, descriptions and pronouns, on short
// invented articles.
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "entities/document_entities.h"
#include "entities/test_document.h"
#include "lexicon/lexicon.h"

namespace dossier::entities {
namespace {

using testing::chain_texts;
using testing::find_mention;
using testing::make_document;
using testing::Name;

const lexicon::Lexicon& lex() { return testing::test_lexicon(); }

constexpr EntityType kPer = EntityType::kPerson;
constexpr EntityType kOrg = EntityType::kOrg;
constexpr EntityType kGpe = EntityType::kGpe;

bool linked(const Document& d, int a, int b) {
  return a >= 0 && b >= 0 && d.mentions[static_cast<size_t>(a)].chain >= 0 &&
         d.mentions[static_cast<size_t>(a)].chain == d.mentions[static_cast<size_t>(b)].chain;
}

TEST(WithinDoc, SurnameAndDescriptionsJoinTheFullName) {
  Document d = make_document(
      "UN Secretary-General António Guterres arrived in Nairobi on Monday. Guterres met the "
      "president. The UN chief said the talks were useful. The secretary-general left on Tuesday.",
      {{"UN", kOrg}, {"António Guterres", kPer}, {"Nairobi", kGpe}, {"Guterres", kPer}});
  annotate_entities(d, lex());
  const int full = find_mention(d, "António Guterres");
  EXPECT_TRUE(linked(d, full, find_mention(d, "Guterres", 2)));
  EXPECT_TRUE(linked(d, full, find_mention(d, "The UN chief")));
  EXPECT_TRUE(linked(d, full, find_mention(d, "The secretary-general")));
  EXPECT_EQ(d.chains[static_cast<size_t>(d.mentions[static_cast<size_t>(full)].chain)].name,
            "António Guterres");
  // "the president" fits no role anyone holds in the text: no link.
  EXPECT_EQ(find_mention(d, "the president"), -1);
}

TEST(WithinDoc, ADescriptionFitsOnlyAHolderOfTheSameStatus) {
  Document d = make_document(
      "Former prime minister Ana Ruiz attended the vote. The prime minister said the talks would "
      "go on. The former prime minister left early.",
      {{"Ana Ruiz", kPer}});
  annotate_entities(d, lex());
  const int ruiz = find_mention(d, "Ana Ruiz");
  EXPECT_EQ(find_mention(d, "The prime minister"), -1);
  EXPECT_TRUE(linked(d, ruiz, find_mention(d, "The former prime minister")));
}

TEST(WithinDoc, APersonsTitleMakesAMistypedNameAPerson) {
  Document d = make_document(
      "A ministry spokesman, Karel Vos, rejected the claim. Mira Lund, the group's director, "
      "disagreed. The Harbour Fund said it would pay. Spokesman Ivo Barta declined to comment.",
      {{"Karel Vos", kOrg}, {"Mira Lund", kOrg}, {"Harbour Fund", kOrg}, {"Ivo Barta", EntityType::kMisc}});
  annotate_entities(d, lex());
  EXPECT_EQ(d.mentions[static_cast<size_t>(find_mention(d, "Karel Vos"))].type, kPer);
  EXPECT_EQ(d.mentions[static_cast<size_t>(find_mention(d, "Mira Lund"))].type, kPer);
  EXPECT_EQ(d.mentions[static_cast<size_t>(find_mention(d, "Ivo Barta"))].type, kPer);
  EXPECT_EQ(d.mentions[static_cast<size_t>(find_mention(d, "Harbour Fund"))].type, kOrg);
}

TEST(WithinDoc, TitlesLeaveTheNameAndMakeItAPersons) {
  Document d = make_document(
      "Tomas Brandvik spoke. Mr. Brandvik left. Sen. Lacy Dorn agreed with Mr. Brandvik, and Mr. Olsen nodded.",
      {{"Tomas Brandvik", kPer}, {"Mr. Brandvik", kOrg}, {"Sen. Lacy Dorn", EntityType::kMisc}, {"Mr. Brandvik", kGpe},
       {"Olsen", kOrg}});
  annotate_entities(d, lex());
  const int second = find_mention(d, "Brandvik", 1);
  ASSERT_GE(second, 0);
  EXPECT_EQ(d.mentions[static_cast<size_t>(second)].type, kPer);
  EXPECT_TRUE(linked(d, find_mention(d, "Tomas Brandvik"), second));
  EXPECT_EQ(find_mention(d, "Mr. Brandvik"), -1);
  const int dorn = find_mention(d, "Lacy Dorn");
  ASSERT_GE(dorn, 0);
  EXPECT_EQ(d.mentions[static_cast<size_t>(dorn)].type, kPer);
  // A form of address just before a name the tagger typed an organisation.
  const int olsen = find_mention(d, "Olsen");
  ASSERT_GE(olsen, 0);
  EXPECT_EQ(d.mentions[static_cast<size_t>(olsen)].type, kPer);
  EXPECT_LT(d.mentions[static_cast<size_t>(olsen)].confidence, 1.0f);
}

// The lexicon knows some people with their form of address ("Mr. Obama" in the actor files): the
// form of address still leaves the name, unlike a place's first word ("St. Louis").
TEST(WithinDoc, AFormOfAddressLeavesANameTheLexiconKnowsAsAPersons) {
  Document d = make_document("The money went to Mr. Obama. Officials in St. Louis agreed.",
                             {{"Mr. Obama", kGpe}, {"St. Louis", kGpe}});
  annotate_entities(d, lex());
  const int obama = find_mention(d, "Obama");
  ASSERT_GE(obama, 0);
  EXPECT_EQ(d.mentions[static_cast<size_t>(obama)].type, kPer);
  EXPECT_EQ(find_mention(d, "Mr. Obama"), -1);
  EXPECT_GE(find_mention(d, "St. Louis"), 0);
}

TEST(WithinDoc, ASpelledOutTitleLeavesANameOfTwoWordsTypedAnOrganisation) {
  Document d = make_document("Mayor Bill de Varga spoke. General Motors and Mayor Varga agreed.",
                             {{"Mayor Bill de Varga", kOrg}, {"General Motors", kOrg}, {"Mayor Varga", kOrg}});
  annotate_entities(d, lex());
  const int varga = find_mention(d, "Bill de Varga");
  ASSERT_GE(varga, 0);
  EXPECT_EQ(d.mentions[static_cast<size_t>(varga)].type, kPer);
  EXPECT_EQ(d.mentions[static_cast<size_t>(find_mention(d, "General Motors"))].type, kOrg);
  // One word after the title may be the rest of an organisation's name: it stays whole.
  EXPECT_GE(find_mention(d, "Mayor Varga"), 0);
}

TEST(WithinDoc, AGivenNameAloneJoinsTheOnePersonOfIt) {
  Document d = make_document("Hanna Lind and Erik Berg spoke. Hanna said she was pleased.",
                             {{"Hanna Lind", kPer}, {"Erik Berg", kPer}, {"Hanna", kPer}});
  annotate_entities(d, lex());
  EXPECT_TRUE(linked(d, 0, 2));
  Document two = make_document("Hanna Lind and Hanna Berg spoke. Hanna said she was pleased.",
                               {{"Hanna Lind", kPer}, {"Hanna Berg", kPer}, {"Hanna", kPer}});
  annotate_entities(two, lex());
  EXPECT_FALSE(linked(two, 0, 2));
  EXPECT_FALSE(linked(two, 1, 2));
}

TEST(WithinDoc, APartysMembersAreAGroupNotTheParty) {
  Document d = make_document(
      "The Valdorian Labour Party won. Labour senators cheered, and Labour formed a government.",
      {{"Valdorian Labour Party", kOrg}, {"Labour", EntityType::kMisc}, {"Labour", kOrg}});
  annotate_entities(d, lex());
  EXPECT_EQ(d.mentions[1].type, EntityType::kNorp);
  EXPECT_FALSE(linked(d, 0, 1));
  EXPECT_TRUE(linked(d, 0, 2));
}

TEST(WithinDoc, ANameTheLexiconKnowsAsAPeopleIsAGroup) {
  Document d = make_document("Christians and Sunnis marched in Lesna. Kenyans watched the Solberg Festival.",
                             {{"Christians", EntityType::kMisc}, {"Sunnis", EntityType::kMisc},
                              {"Lesna", kGpe}, {"Kenyans", EntityType::kMisc},
                              {"Solberg Festival", EntityType::kMisc}});
  annotate_entities(d, lex());
  EXPECT_EQ(d.mentions[static_cast<size_t>(find_mention(d, "Christians"))].type, EntityType::kNorp);
  EXPECT_EQ(d.mentions[static_cast<size_t>(find_mention(d, "Sunnis"))].type, EntityType::kNorp);
  EXPECT_EQ(d.mentions[static_cast<size_t>(find_mention(d, "Kenyans"))].type, EntityType::kNorp);
  EXPECT_EQ(d.mentions[static_cast<size_t>(find_mention(d, "Solberg Festival"))].type, EntityType::kMisc);
}

TEST(WithinDoc, NamesOfOneEnumerationTakeTheMajorityType) {
  Document d = make_document(
      "Insurers Corvane, Baltrix, Mendova and Quillon Group paid. Lena Voss, Tarn and Ostrova met.",
      {{"Corvane", kOrg}, {"Baltrix", kPer}, {"Mendova", kOrg}, {"Quillon Group", kOrg},
       {"Lena Voss", kPer}, {"Tarn", kOrg}, {"Ostrova", kGpe}});
  annotate_entities(d, lex());
  EXPECT_EQ(d.mentions[static_cast<size_t>(find_mention(d, "Baltrix"))].type, kOrg);
  // No type holds a strict majority of a list of three: each keeps its own.
  EXPECT_EQ(d.mentions[static_cast<size_t>(find_mention(d, "Lena Voss"))].type, kPer);
  EXPECT_EQ(d.mentions[static_cast<size_t>(find_mention(d, "Tarn"))].type, kOrg);
}

TEST(WithinDoc, APluralDemonymTaggedAsAPersonIsAGroup) {
  Document d = make_document("Latinos and Jews voted. Adrian Jewell spoke.",
                             {{"Latinos", kPer}, {"Jews", EntityType::kMisc}, {"Adrian Jewell", kPer}});
  annotate_entities(d, lex());
  EXPECT_EQ(d.mentions[static_cast<size_t>(find_mention(d, "Latinos"))].type, EntityType::kNorp);
  EXPECT_EQ(d.mentions[static_cast<size_t>(find_mention(d, "Jews"))].type, EntityType::kNorp);
  EXPECT_EQ(d.mentions[static_cast<size_t>(find_mention(d, "Adrian Jewell"))].type, kPer);
}

TEST(WithinDoc, TheLexiconsOrganisationsAndStatesOutrankTheTagger) {
  Document d = make_document("Goldman Sachs hired Clinton aides in Kenya. Edward Snowden spoke.",
                             {{"Goldman Sachs", kPer}, {"Clinton", kPer}, {"Kenya", EntityType::kMisc},
                              {"Edward Snowden", kPer}});
  annotate_entities(d, lex());
  EXPECT_EQ(d.mentions[static_cast<size_t>(find_mention(d, "Goldman Sachs"))].type, kOrg);
  // A city's name is also a person's; the actor files list people among organisations.
  EXPECT_EQ(d.mentions[static_cast<size_t>(find_mention(d, "Clinton"))].type, kPer);
  EXPECT_EQ(d.mentions[static_cast<size_t>(find_mention(d, "Kenya"))].type, kGpe);
  EXPECT_EQ(d.mentions[static_cast<size_t>(find_mention(d, "Edward Snowden"))].type, kPer);
}

TEST(WithinDoc, APersonsSurnameBeforeVotersStaysThePerson) {
  Document d = make_document("Lena Voss won. Voss voters cheered, and Keld lawmakers left.",
                             {{"Lena Voss", kPer}, {"Voss", kPer}, {"Keld", kPer}});
  annotate_entities(d, lex());
  EXPECT_EQ(d.mentions[static_cast<size_t>(find_mention(d, "Voss", 1))].type, kPer);
  EXPECT_EQ(d.mentions[static_cast<size_t>(find_mention(d, "Keld"))].type, EntityType::kNorp);
}

TEST(WithinDoc, AnUnsureNameThatIsASourceIsABody) {
  Document d = make_document("According to Valdorwire , the Solberg Festival opened .",
                             {{"Valdorwire", EntityType::kMisc}, {"Solberg Festival", EntityType::kMisc}});
  annotate_entities(d, lex());
  EXPECT_EQ(d.mentions[static_cast<size_t>(find_mention(d, "Valdorwire"))].type, kOrg);
  EXPECT_EQ(d.mentions[static_cast<size_t>(find_mention(d, "Solberg Festival"))].type, EntityType::kMisc);
}

TEST(WithinDoc, AcronymsAliasesAndPossessives) {
  Document d = make_document(
      "The European Union and the United States signed the deal. The EU said Washington agreed. "
      "U.S. officials said NATO's role was small. The North Atlantic Treaty Organization met.",
      {{"European Union", kOrg}, {"United States", kGpe}, {"EU", kOrg}, {"Washington", kGpe},
       {"U.S.", kGpe}, {"NATO's", kOrg}, {"North Atlantic Treaty Organization", kOrg}});
  annotate_entities(d, lex());
  EXPECT_TRUE(linked(d, find_mention(d, "European Union"), find_mention(d, "EU")));
  EXPECT_TRUE(linked(d, find_mention(d, "United States"), find_mention(d, "U.S.")));
  EXPECT_FALSE(linked(d, find_mention(d, "United States"), find_mention(d, "Washington")));
  EXPECT_TRUE(linked(d, find_mention(d, "NATO's"), find_mention(d, "North Atlantic Treaty Organization")));
  const auto& chain = d.chains[static_cast<size_t>(d.mentions[static_cast<size_t>(find_mention(d, "EU"))].chain)];
  EXPECT_EQ(chain.name, "European Union");
}

TEST(WithinDoc, HollandIsTheNetherlands) {
  Document d = make_document("Holland beat Spain. The Netherlands will play again on Sunday.",
                             {{"Holland", kGpe}, {"Spain", kGpe}, {"Netherlands", kGpe}});
  annotate_entities(d, lex());
  EXPECT_TRUE(linked(d, 0, 2));
  EXPECT_FALSE(linked(d, 0, 1));
}

TEST(WithinDoc, RelativesWithOneSurnameStayApart) {
  Document d = make_document(
      "Bill Clinton and Hillary Clinton arrived. Hillary Clinton spoke first. Clinton said she "
      "would run.",
      {{"Bill Clinton", kPer}, {"Hillary Clinton", kPer}, {"Hillary Clinton", kPer}, {"Clinton", kPer}});
  annotate_entities(d, lex());
  EXPECT_FALSE(linked(d, 0, 1));
  EXPECT_TRUE(linked(d, 1, 2));
  // A bare surname goes to the family member mentioned last.
  EXPECT_TRUE(linked(d, 2, find_mention(d, "Clinton")));
}

TEST(WithinDoc, SpeechVerbPronounsFindTheirSpeaker) {
  Document d = make_document(
      "Defence Minister Rustem Umerov visited the front. He said the army needed shells. "
      "Later Mrs. Halvorsen, a Norwegian envoy, arrived. She said Oslo would help. He thanked her.",
      {{"Rustem Umerov", kPer}, {"Halvorsen", kPer}, {"Oslo", kGpe}});
  annotate_entities(d, lex());
  const int he = find_mention(d, "He");
  ASSERT_GE(he, 0);
  EXPECT_EQ(d.mentions[static_cast<size_t>(he)].kind, MentionKind::kPronoun);
  EXPECT_TRUE(linked(d, find_mention(d, "Rustem Umerov"), he));
  EXPECT_TRUE(linked(d, find_mention(d, "Halvorsen"), find_mention(d, "She")));
  // The last "He" has two men and women before it; the woman is excluded by her form of address.
  EXPECT_TRUE(linked(d, find_mention(d, "Rustem Umerov"), find_mention(d, "He", static_cast<size_t>(he) + 1)));
  // Every link keeps its evidence.
  for (const MentionLink& link : d.links) EXPECT_LT(link.antecedent, d.mentions.size());
}

TEST(WithinDoc, OrganisationDescriptionsByHeadNoun) {
  Document d = make_document(
      "The European Commission proposed a law. The commission said it would vote in May. "
      "Kenya rejected it. Officials across the country protested.",
      {{"European Commission", kOrg}, {"Kenya", kGpe}});
  annotate_entities(d, lex());
  EXPECT_TRUE(linked(d, find_mention(d, "European Commission"), find_mention(d, "The commission")));
  EXPECT_TRUE(linked(d, find_mention(d, "Kenya"), find_mention(d, "the country")));
}

TEST(WithinDoc, MentionsStayInTextOrderAndRerunIsStable) {
  Document d = make_document("Angela Merkel spoke. She said Merkel's party won.",
                             {{"Angela Merkel", kPer}, {"Merkel's", kPer}});
  annotate_entities(d, lex());
  const size_t count = d.mentions.size();
  for (size_t i = 1; i < d.mentions.size(); ++i) {
    EXPECT_LE(d.mentions[i - 1].span.begin, d.mentions[i].span.begin);
  }
  annotate_entities(d, lex());
  EXPECT_EQ(d.mentions.size(), count);
  EXPECT_EQ(chain_texts(d, 0).size(), 3u);
  EXPECT_EQ(d.chains[0].name, "Angela Merkel");
}

}  // namespace
}  // namespace dossier::entities
