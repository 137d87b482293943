// The time stage over a document: a time word inside the name of an organisation is no time.
#include "time/time_stage.h"

#include <gtest/gtest.h>

#include <string>

namespace dossier::time {
namespace {

Mention name(const std::string& text, std::string_view words, EntityType type) {
  Mention mention;
  const auto at = static_cast<uint32_t>(text.find(words));
  mention.span = {at, at + static_cast<uint32_t>(words.size())};
  mention.type = type;
  return mention;
}

std::vector<std::string> times_of(const std::string& text, std::vector<Mention> mentions) {
  Document doc;
  doc.text = text;
  doc.meta.date = CivilDate{2025, 11, 8};
  doc.mentions = std::move(mentions);
  make_time_stage()->process(doc);
  std::vector<std::string> out;
  for (const Timex& timex : doc.times) out.emplace_back(doc.slice(timex.span));
  return out;
}

TEST(TimeStage, TimeWordsInsideOrganisationNamesAreNoTimes) {
  const std::string text = "Residents told Valdoria Today they left today.";
  EXPECT_EQ(times_of(text, {name(text, "Valdoria Today", EntityType::kOrg)}), std::vector<std::string>{"today"});
  // Without the name, a capitalised "Today" inside a sentence still names something (grammar.cc).
  EXPECT_EQ(times_of(text, {}), std::vector<std::string>{"today"});
}

TEST(TimeStage, WeekdaysSwallowedByANameStayTimes) {
  const std::string text = "The president met Sununu Sunday.";
  EXPECT_EQ(times_of(text, {name(text, "Sununu Sunday", EntityType::kOrg)}), std::vector<std::string>{"Sunday"});
}

}  // namespace
}  // namespace dossier::time
