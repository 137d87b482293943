// The pipeline stage on a short invented article: mentions with schema types and offsets, one
// chain per mention group, and the provisional corpus grouping into entities.
#include "ner/ner_stage.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>

#include "ingest/header.h"
#include "text/text_stage.h"

namespace dossier::ner {
namespace {

std::string models_dir() {
  if (const char* env = std::getenv("DOSSIER_MODELS"); env != nullptr && *env != '\0') return env;
  return std::string(DOSSIER_SOURCE_DIR) + "/models";
}

const NerModel& model() {
  static const NerModel m = NerModel::load(models_dir() + "/" + std::string(kModelFile));
  return m;
}

Document annotated(std::string text) {
  Document d;
  d.id = "a";
  d.text = std::move(text);
  text::segment(d);
  tag_mentions(model(), d);
  group_mentions(d);
  return d;
}

const Mention* find(const Document& d, std::string_view name) {
  for (const Mention& m : d.mentions) {
    if (d.slice(m.span) == name) return &m;
  }
  return nullptr;
}

TEST(NerStage, BylinesAndDateLinesGiveNoMentions) {
  Document d;
  d.text = "Floods close Harbour Road\n\nBy Jane Okafor\nThe Harbour Courier, March 3, 2024\n\n"
           "Mayor Ana Ruiz closed Harbour Road in Portville on Saturday.\n";
  ingest::recognize_headers(d.text, d.meta);
  text::segment(d);
  tag_mentions(model(), d);
  ASSERT_NE(find(d, "Jane Okafor"), nullptr);
  drop_credit_mentions(d);
  EXPECT_EQ(find(d, "Jane Okafor"), nullptr);
  EXPECT_EQ(find(d, "Harbour Courier"), nullptr);
  EXPECT_EQ(find(d, "The Harbour Courier"), nullptr);
  const auto body = static_cast<uint32_t>(d.text.find("Mayor"));
  EXPECT_TRUE(std::any_of(d.mentions.begin(), d.mentions.end(), [&](const Mention& m) { return m.span.begin > body; }));
}

TEST(NerStage, TypesMentionsForTheSchema) {
  const Document d = annotated(
      "Kenyan police detained Wanjiru Odhiambo in Nairobi on Saturday , and the Interior "
      "Ministry said she would appear in court in Kenya on Monday .\n");
  const Mention* kenyan = find(d, "Kenyan");
  const Mention* person = find(d, "Wanjiru Odhiambo");
  const Mention* city = find(d, "Nairobi");
  const Mention* country = find(d, "Kenya");
  ASSERT_NE(kenyan, nullptr);
  ASSERT_NE(person, nullptr);
  ASSERT_NE(city, nullptr);
  ASSERT_NE(country, nullptr);
  EXPECT_EQ(kenyan->type, EntityType::kNorp);
  EXPECT_EQ(person->type, EntityType::kPerson);
  EXPECT_EQ(city->type, EntityType::kGpe);
  EXPECT_EQ(country->type, EntityType::kGpe);
  EXPECT_EQ(person->token_count, 2u);
  EXPECT_EQ(d.tokens[person->first_token].span.begin, person->span.begin);
  for (const Mention& m : d.mentions) EXPECT_EQ(m.kind, MentionKind::kName);
}

TEST(NerStage, TitleCaseHeadlineBlockKeepsOnlyItsNames) {
  Document d;
  d.text =
      "Kenyan Police Arrest Opposition Leader After Weekend Protests In Nairobi\n\n"
      "Police in Nairobi detained opposition leader Wanjiru Odhiambo on Saturday .\n";
  text::segment(d);
  ASSERT_FALSE(d.blocks.empty());
  d.blocks[0].kind = BlockKind::kHeadline;
  tag_mentions(model(), d);
  std::vector<std::string_view> in_headline;
  for (const Mention& m : d.mentions) {
    if (d.blocks[0].span.contains(m.span)) in_headline.push_back(d.slice(m.span));
  }
  EXPECT_EQ(in_headline, (std::vector<std::string_view>{"Kenyan", "Nairobi"}));
}

TEST(NerStage, GroupsMentionsOfOneNameIntoOneChain) {
  const Document d = annotated(
      "Wanjiru Odhiambo spoke in Nairobi .\nLater Wanjiru Odhiambo flew from Nairobi to Mombasa .\n");
  ASSERT_GE(d.mentions.size(), 4u);
  int odhiambo_chains = 0;
  for (const Chain& c : d.chains) {
    if (c.name == "Wanjiru Odhiambo") {
      ++odhiambo_chains;
      EXPECT_EQ(c.mentions.size(), 2u);
      EXPECT_EQ(c.type, EntityType::kPerson);
    }
  }
  EXPECT_EQ(odhiambo_chains, 1);
  for (const Mention& m : d.mentions) EXPECT_GE(m.chain, 0);
}

}  // namespace
}  // namespace dossier::ner
