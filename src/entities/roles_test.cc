// Role claims: pre-nominal titles, appositives, relative clauses, "As the former ...", possessive
// owners and status words, on sentences written for these tests.
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "entities/document_entities.h"
#include "entities/test_document.h"
#include "lexicon/lexicon.h"

namespace dossier::entities {
namespace {

using testing::make_document;
using testing::Name;

const lexicon::Lexicon& lex() { return testing::test_lexicon(); }

constexpr EntityType kPer = EntityType::kPerson;
constexpr EntityType kOrg = EntityType::kOrg;
constexpr EntityType kGpe = EntityType::kGpe;

struct Expected {
  std::string title;
  RoleStatus status;
  std::string org;
  std::string holder;
};

void expect_roles(const std::string& text, const std::vector<Name>& names,
                  const std::vector<Expected>& expected, const std::string& dateline = "") {
  Document d = make_document(text, names);
  d.meta.dateline = dateline;
  annotate_entities(d, lex());
  ASSERT_EQ(d.roles.size(), expected.size()) << text;
  for (size_t i = 0; i < expected.size(); ++i) {
    const RoleClaim& r = d.roles[i];
    EXPECT_EQ(r.title, expected[i].title) << text;
    EXPECT_EQ(r.status, expected[i].status) << text << " / " << r.title;
    EXPECT_EQ(r.org, expected[i].org) << text << " / " << r.title;
    EXPECT_EQ(d.slice(d.mentions[r.holder].span), expected[i].holder) << text;
    EXPECT_TRUE(r.span.contains(d.mentions[r.holder].span)) << text;
  }
}

TEST(Roles, PrenominalTitles) {
  expect_roles("British Foreign Secretary David Cameron flew to Kyiv.",
               {{"David Cameron", kPer}, {"Kyiv", kGpe}},
               {{"foreign secretary", RoleStatus::kCurrent, "United Kingdom", "David Cameron"}});
  expect_roles("UN Secretary-General António Guterres spoke.",
               {{"UN", kOrg}, {"António Guterres", kPer}},
               {{"secretary-general", RoleStatus::kCurrent, "United Nations", "António Guterres"}});
  expect_roles("Defence Minister Rustem Umerov said so.", {{"Rustem Umerov", kPer}},
               {{"defence minister", RoleStatus::kCurrent, "", "Rustem Umerov"}});
  expect_roles("The plan came from retired Adm. James Stavridis.", {{"James Stavridis", kPer}},
               {{"admiral", RoleStatus::kFormer, "", "James Stavridis"}});
  expect_roles("President-elect Maria Okafor named her team.", {{"Maria Okafor", kPer}},
               {{"president", RoleStatus::kFuture, "", "Maria Okafor"}});
  expect_roles("Kenyan opposition leader Raila Odinga rallied.", {{"Raila Odinga", kPer}},
               {{"opposition leader", RoleStatus::kCurrent, "Kenya", "Raila Odinga"}});
  expect_roles("Former French President Nicolas Sarkozy was tried.", {{"Nicolas Sarkozy", kPer}},
               {{"president", RoleStatus::kFormer, "France", "Nicolas Sarkozy"}});
}

TEST(Roles, PossessiveOwners) {
  expect_roles("Russia's envoy Vasily Nebenzia objected.", {{"Russia's", kGpe}, {"Vasily Nebenzia", kPer}},
               {{"envoy", RoleStatus::kCurrent, "Russian Federation", "Vasily Nebenzia"}});
  expect_roles("The Kremlin sent Putin's envoy Dmitry Kozak.",
               {{"Kremlin", kOrg}, {"Putin's", kPer}, {"Dmitry Kozak", kPer}},
               {{"envoy", RoleStatus::kCurrent, "Vladimir Putin", "Dmitry Kozak"}});
}

TEST(Roles, AppositivesAndClauses) {
  expect_roles("Guterres, a former prime minister of Portugal, arrived.",
               {{"Guterres", kPer}, {"Portugal", kGpe}},
               {{"prime minister", RoleStatus::kFormer, "Portugal", "Guterres"}});
  expect_roles("Guterres, a Portuguese politician who is now the head of the UN, spoke.",
               {{"Guterres", kPer}, {"UN", kOrg}},
               {{"politician", RoleStatus::kCurrent, "Portugal", "Guterres"},
                {"head", RoleStatus::kCurrent, "United Nations", "Guterres"}});
  expect_roles("Jens Lindqvist, who was finance minister of Sweden, declined.",
               {{"Jens Lindqvist", kPer}, {"Sweden", kGpe}},
               {{"finance minister", RoleStatus::kFormer, "Sweden", "Jens Lindqvist"}});
  expect_roles("Amara Diallo, the acting mayor, resigned.", {{"Amara Diallo", kPer}},
               {{"mayor", RoleStatus::kActing, "", "Amara Diallo"}});
}

TEST(Roles, AdverbsAndConjunctionsStayOutOfTheTitle) {
  expect_roles("Ingrid Solheim, now foreign secretary, said so.", {{"Ingrid Solheim", kPer}},
               {{"foreign secretary", RoleStatus::kCurrent, "", "Ingrid Solheim"}});
  expect_roles("But Swedish Prime Minister Lars Holm disagreed.", {{"Lars Holm", kPer}},
               {{"prime minister", RoleStatus::kCurrent, "Sweden", "Lars Holm"}});
  // A clause that gives an office to someone else is no title of the name before it.
  expect_roles("Lars Holm, made him deputy in May.", {{"Lars Holm", kPer}}, {});
}

TEST(Roles, EveryRoleHasAConfidence) {
  Document d = make_document("Prime Minister Lars Holm spoke. Ana Ruiz, who was finance minister of Sweden, left.",
                             {{"Lars Holm", kPer}, {"Ana Ruiz", kPer}, {"Sweden", kGpe}});
  annotate_entities(d, lex());
  ASSERT_EQ(d.roles.size(), 2u);
  for (const RoleClaim& r : d.roles) {
    EXPECT_GT(r.confidence, 0.0f);
    EXPECT_LE(r.confidence, 1.0f);
  }
  // A title before the name is firmer than one read from a relative clause.
  EXPECT_GT(d.roles[0].confidence, d.roles[1].confidence);
}

TEST(Roles, PossessiveCliticsOwnTheRoleAndStayOutOfTheTitle) {
  expect_roles("Jonas Berg, the group's director, said so.", {{"Jonas Berg", kPer}},
               {{"director", RoleStatus::kCurrent, "", "Jonas Berg"}});
  expect_roles("Velmora's prime minister, Ada Vell, resigned.", {{"Velmora", kGpe}, {"Ada Vell", kPer}},
               {{"prime minister", RoleStatus::kCurrent, "Velmora", "Ada Vell"}});
  expect_roles("Ada Vell, Velmora's prime minister, resigned.", {{"Ada Vell", kPer}, {"Velmora", kGpe}},
               {{"prime minister", RoleStatus::kCurrent, "Velmora", "Ada Vell"}});
}

TEST(Roles, NationalOfficesBelongToTheDatelineCountry) {
  expect_roles("Prime Minister Ada Vell visited Velmora's flooded north.", {{"Ada Vell", kPer}, {"Velmora", kGpe}},
               {{"prime minister", RoleStatus::kCurrent, "Velmora", "Ada Vell"}}, "VESSBY, Velmora");
  expect_roles("Finance Minister Ivo Stark spoke.", {{"Ivo Stark", kPer}},
               {{"finance minister", RoleStatus::kCurrent, "Kenya", "Ivo Stark"}}, "NAIROBI");
  // Not a national office, or a country the text gives: the dateline adds nothing.
  expect_roles("Mayor Ivo Stark spoke.", {{"Ivo Stark", kPer}},
               {{"mayor", RoleStatus::kCurrent, "", "Ivo Stark"}}, "NAIROBI");
  expect_roles("Kenyan Finance Minister Ivo Stark spoke in Paris.", {{"Ivo Stark", kPer}, {"Paris", kGpe}},
               {{"finance minister", RoleStatus::kCurrent, "Kenya", "Ivo Stark"}}, "PARIS");
}

TEST(Roles, AsTheFormer) {
  expect_roles("As the former Prime Minister of Portugal, Guterres knows Europe.",
               {{"Portugal", kGpe}, {"Guterres", kPer}, {"Europe", kGpe}},
               {{"prime minister", RoleStatus::kFormer, "Portugal", "Guterres"}});
}

TEST(Roles, JobsFromWordNetAreTitles) {
  expect_roles("\"It is absurd,\" screenwriter Talia Brun wrote.", {{"Talia Brun", kPer}},
               {{"screenwriter", RoleStatus::kCurrent, "", "Talia Brun"}});
  expect_roles("Republican presidential nominee Oren Vask spoke.", {{"Oren Vask", kPer}},
               {{"presidential nominee", RoleStatus::kCurrent, "Republican", "Oren Vask"}});
  // An adjective that describes the holder stays out; one that classifies the office stays in.
  expect_roles("Ilse Mora, a conservative columnist who has been critical of Vask, wrote.",
               {{"Ilse Mora", kPer}, {"Vask", kPer}},
               {{"columnist", RoleStatus::kCurrent, "", "Ilse Mora"}});
  expect_roles("Ilse Mora, a long-shot presidential candidate, spoke.", {{"Ilse Mora", kPer}},
               {{"presidential candidate", RoleStatus::kCurrent, "", "Ilse Mora"}});
  // A party and state tag between commas does not hide the appositive after it.
  expect_roles("Ilse Mora, R-Ore., a long-shot presidential candidate, spoke.", {{"Ilse Mora", kPer}},
               {{"presidential candidate", RoleStatus::kCurrent, "", "Ilse Mora"}});
  // A job that serves a person names the person.
  expect_roles("Dara Holt, a spokeswoman for Vask, did not respond.", {{"Dara Holt", kPer}, {"Vask", kPer}},
               {{"spokeswoman", RoleStatus::kCurrent, "Vask", "Dara Holt"}});
}

TEST(Roles, AbbreviatedTitlesAreSpelledOut) {
  expect_roles("Ohio Gov. Lena Pratt trailed Sen. Omar Teller.", {{"Ohio", kGpe}, {"Lena Pratt", kPer}, {"Omar Teller", kPer}},
               {{"governor", RoleStatus::kCurrent, "Ohio", "Lena Pratt"},
                {"senator", RoleStatus::kCurrent, "", "Omar Teller"}});
  expect_roles("Lt. Gov. Lena Pratt and Rep. Omar Teller agreed.", {{"Lena Pratt", kPer}, {"Omar Teller", kPer}},
               {{"lieutenant governor", RoleStatus::kCurrent, "", "Lena Pratt"},
                {"representative", RoleStatus::kCurrent, "", "Omar Teller"}});
  expect_roles("Former Gov. Lena Pratt ruled out a bid.", {{"Lena Pratt", kPer}},
               {{"governor", RoleStatus::kFormer, "", "Lena Pratt"}});
}

TEST(Roles, OrganisationBeforeTheTitle) {
  // An acronym the lexicon does not know is the body, not a word of the title.
  expect_roles("Indiana GOP Rep. Lena Pratt will run.", {{"Lena Pratt", kPer}},
               {{"representative", RoleStatus::kCurrent, "GOP", "Lena Pratt"}});
  // "House Speaker" is the lexicon's "speaker of the house".
  expect_roles("House Speaker Omar Teller spoke.", {{"House", kOrg}, {"Omar Teller", kPer}},
               {{"speaker of the house", RoleStatus::kCurrent, "House", "Omar Teller"}});
}

TEST(Roles, TitleSetOffBeforeTheName) {
  expect_roles("Vask fired his speechwriter, Ilse Mora, in May.", {{"Vask", kPer}, {"Ilse Mora", kPer}},
               {{"speechwriter", RoleStatus::kCurrent, "", "Ilse Mora"}});
  expect_roles("A former presidential candidate -- Omar Teller -- spoke.", {{"Omar Teller", kPer}},
               {{"presidential candidate", RoleStatus::kFormer, "", "Omar Teller"}});
  // A noun set off by a comma with no determiner is not a title of the name after it.
  expect_roles("In a statement, Omar Teller said so.", {{"Omar Teller", kPer}}, {});
}

TEST(Roles, NoRoleWithoutATitle) {
  expect_roles("Tuesday Jane Smith, 45, of Leeds, said nothing.", {{"Jane Smith", kPer}, {"Leeds", kGpe}}, {});
  expect_roles("The leader Jane Smith spoke.", {{"Jane Smith", kPer}}, {});
  // The name after "chairman of the" is the office's organisation, even when tagged as a person.
  expect_roles("He is now the chairman of the Harbour Party in Leeds.", {{"Harbour Party", kPer}, {"Leeds", kGpe}}, {});
}

}  // namespace
}  // namespace dossier::entities

namespace dossier::entities {
namespace {

// A predicate that is not a noun phrase headed by the title gives no role: a verb between the
// copula and a title ("is demanding", "is elected"), a title that is another name's ("President
// Okafor"), or a title that only modifies the noun after it ("a major donor").
TEST(Roles, OnlyATitleThatHeadsThePredicateIsARole) {
  expect_roles("Tom Reyes is demanding President Maria Okafor resign.", {{"Tom Reyes", kPer}, {"Maria Okafor", kPer}},
               {{"president", RoleStatus::kCurrent, "", "Maria Okafor"}});
  expect_roles("If Tom Reyes is elected president, taxes will rise.", {{"Tom Reyes", kPer}}, {});
  expect_roles("Ana Ruiz is also a major donor to the party.", {{"Ana Ruiz", kPer}}, {});
  expect_roles("Ana Ruiz is also a senator.", {{"Ana Ruiz", kPer}}, {{"senator", RoleStatus::kCurrent, "", "Ana Ruiz"}});
  expect_roles("Ana Ruiz, a senator from Leeds, spoke.", {{"Ana Ruiz", kPer}, {"Leeds", kGpe}},
               {{"senator", RoleStatus::kCurrent, "Leeds", "Ana Ruiz"}});
}

}  // namespace
}  // namespace dossier::entities
