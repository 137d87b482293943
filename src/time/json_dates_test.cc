// The time fields of the JSON writer: times, and the date of each quote and role claim.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "dossier/writers.h"
#include "time/tagger.h"

namespace dossier::time {
namespace {

nlohmann::json written(const Dossier& dossier) {
  std::ostringstream out;
  write_json(dossier, out);
  return nlohmann::json::parse(out.str());
}

Dossier one_article() {
  Document doc;
  doc.id = "a";
  doc.text = "Mayor Ana Ruiz said on Friday: \"The bridge opens next year.\" Ruiz, the mayor, smiled.";
  doc.meta.date = CivilDate{2023, 3, 14};
  doc.meta.date_basis = DateBasis::kMetadata;
  const auto first = static_cast<uint32_t>(doc.text.find(" Ruiz,") + 1);
  doc.sentences.push_back({{0, first - 1}, 0, 0, 0});
  doc.sentences.push_back({{first, static_cast<uint32_t>(doc.text.size())}, 0, 0, 0});
  static const TimeTagger tagger;
  doc.times = tagger.tag(doc.text, doc.meta.date);
  Quote quote;
  const auto open = static_cast<uint32_t>(doc.text.find('"'));
  quote.span = {open, static_cast<uint32_t>(doc.text.find('"', open + 1) + 1)};
  const auto said = static_cast<uint32_t>(doc.text.find("said"));
  quote.cue = {said, said + 4};
  doc.quotes.push_back(quote);
  Mention holder;
  holder.span = {first, first + 4};
  holder.type = EntityType::kPerson;
  doc.mentions.push_back(holder);
  RoleClaim role;
  const auto mayor = static_cast<uint32_t>(doc.text.find("the mayor"));
  role.span = {mayor, mayor + 9};
  role.title = "mayor";
  doc.roles.push_back(role);
  Dossier dossier;
  dossier.documents.push_back(std::move(doc));
  Entity entity;
  entity.id = "E1";
  entity.name = "Ana Ruiz";
  entity.type = EntityType::kPerson;
  entity.mentions.push_back({0, 0});
  entity.roles.push_back({0, 0});
  dossier.entities.push_back(entity);
  dossier.entity_of_chain.push_back({});
  return dossier;
}

TEST(JsonTimeFields, TimesCarryTypeValueAndCodePointOffsets) {
  const auto json = written(one_article());
  ASSERT_EQ(json["times"].size(), 2u);
  EXPECT_EQ(json["times"][0]["text"], "Friday");
  EXPECT_EQ(json["times"][0]["type"], "DATE");
  EXPECT_EQ(json["times"][0]["value"], "2023-03-10");
  EXPECT_EQ(json["times"][1]["value"], "2024");
}

TEST(JsonTimeFields, QuotesAreDatedByTheirReportingClause) {
  const auto json = written(one_article());
  ASSERT_EQ(json["quotes"].size(), 1u);
  EXPECT_EQ(json["quotes"][0]["date"], "2023-03-10");
  EXPECT_EQ(json["quotes"][0]["date_basis"], "timex");
}

TEST(JsonTimeFields, RolesFallBackToTheArticleDate) {
  const auto json = written(one_article());
  const auto& roles = json["entities"][0]["roles"];
  ASSERT_EQ(roles.size(), 1u);
  EXPECT_EQ(roles[0]["date"], "2023-03-14");
  EXPECT_EQ(roles[0]["date_basis"], "article");
}

}  // namespace
}  // namespace dossier::time
