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

TEST(Roles, NoRoleWithoutATitle) {
  expect_roles("Tuesday Jane Smith, 45, of Leeds, said nothing.", {{"Jane Smith", kPer}, {"Leeds", kGpe}}, {});
  expect_roles("The leader Jane Smith spoke.", {{"Jane Smith", kPer}}, {});
  // The name after "chairman of the" is the office's organisation, even when tagged as a person.
  expect_roles("He is now the chairman of the Harbour Party in Leeds.", {{"Harbour Party", kPer}, {"Leeds", kGpe}}, {});
}

}  // namespace
}  // namespace dossier::entities
