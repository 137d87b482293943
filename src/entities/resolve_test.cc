// Cross-document resolution and role conflicts on small invented multi-article fixtures.
#include "entities/resolve.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "entities/conflicts.h"
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
constexpr EntityType kNorp = EntityType::kNorp;

struct Article {
  std::string text;
  std::vector<Name> names;
  std::string date;  // ISO or empty
};

// The articles annotated and resolved across documents.
Dossier resolved(const std::vector<Article>& articles) {
  Dossier dossier;
  for (size_t i = 0; i < articles.size(); ++i) {
    Document d = make_document(articles[i].text, articles[i].names, "a" + std::to_string(i + 1));
    if (!articles[i].date.empty()) d.meta.date = CivilDate::parse_iso(articles[i].date);
    annotate_entities(d, lex());
    dossier.documents.push_back(std::move(d));
  }
  stage::add_findings(dossier, resolve_entities(dossier, lex()));
  return dossier;
}

Dossier analyse(const std::vector<Article>& articles) {
  Dossier dossier = resolved(articles);
  dossier.conflicts = find_role_conflicts(dossier);
  return dossier;
}

// The entity of the first mention with this text in document doc, or -1.
int32_t entity_of(const Dossier& dossier, uint32_t doc, std::string_view text) {
  const int m = testing::find_mention(dossier.documents[doc], text);
  return m < 0 ? -2 : dossier.entity_of(doc, m);
}

TEST(Resolve, TransliterationsAndAliasesMerge) {
  const Dossier d = analyse({
      {"Muammar Gaddafi addressed Libyans. The U.S. protested.", {{"Muammar Gaddafi", kPer}, {"Libyans", kNorp}, {"U.S.", kGpe}}, ""},
      {"Moammar Kadhafi spoke in Tripoli. The United States said no.", {{"Moammar Kadhafi", kPer}, {"Tripoli", kGpe}, {"United States", kGpe}}, ""},
      {"Qaddafi warned Europe. Holland sent envoys.", {{"Qaddafi", kPer}, {"Europe", kGpe}, {"Holland", kGpe}}, ""},
      {"The Netherlands and the EU met. Kenyan officials came.", {{"Netherlands", kGpe}, {"EU", kOrg}, {"Kenyan", kNorp}}, ""},
      {"The European Union met Kenya.", {{"European Union", kOrg}, {"Kenya", kGpe}}, ""},
  });
  const int32_t gaddafi = entity_of(d, 0, "Muammar Gaddafi");
  ASSERT_GE(gaddafi, 0);
  EXPECT_EQ(entity_of(d, 1, "Moammar Kadhafi"), gaddafi);
  EXPECT_EQ(entity_of(d, 2, "Qaddafi"), gaddafi);
  EXPECT_EQ(entity_of(d, 0, "U.S."), entity_of(d, 1, "United States"));
  EXPECT_EQ(entity_of(d, 2, "Holland"), entity_of(d, 3, "Netherlands"));
  EXPECT_EQ(entity_of(d, 3, "EU"), entity_of(d, 4, "European Union"));
  // The demonym is its own entity, tied to the country by its code.
  const int32_t kenyan = entity_of(d, 3, "Kenyan");
  const int32_t kenya = entity_of(d, 4, "Kenya");
  ASSERT_GE(kenyan, 0);
  EXPECT_NE(kenyan, kenya);
  EXPECT_EQ(d.entities[static_cast<size_t>(kenyan)].country, "KEN");
  EXPECT_EQ(d.entities[static_cast<size_t>(kenya)].country, "KEN");
  const Entity& g = d.entities[static_cast<size_t>(gaddafi)];
  EXPECT_EQ(g.type, kPer);
  EXPECT_EQ(g.aliases.size(), 3u);
  const Entity& eu = d.entities[static_cast<size_t>(entity_of(d, 3, "EU"))];
  EXPECT_EQ(eu.name, "European Union");
}

TEST(Resolve, NamesakesAndRelativesStayApart) {
  const Dossier d = analyse({
      {"Boris Johnson spoke in London.", {{"Boris Johnson", kPer}, {"London", kGpe}}, ""},
      {"Boris Yeltsin spoke in Moscow.", {{"Boris Yeltsin", kPer}, {"Moscow", kGpe}}, ""},
      {"Bill Clinton visited Haiti.", {{"Bill Clinton", kPer}, {"Haiti", kGpe}}, ""},
      {"Hillary Clinton visited the State Department.", {{"Hillary Clinton", kPer}, {"State Department", kOrg}}, ""},
      {"Clinton told the State Department staff to wait.", {{"Clinton", kPer}, {"State Department", kOrg}}, ""},
      {"Johnson returned to London.", {{"Johnson", kPer}, {"London", kGpe}}, ""},
  });
  EXPECT_NE(entity_of(d, 0, "Boris Johnson"), entity_of(d, 1, "Boris Yeltsin"));
  EXPECT_NE(entity_of(d, 2, "Bill Clinton"), entity_of(d, 3, "Hillary Clinton"));
  // The bare surname goes where its article's other names point.
  EXPECT_EQ(entity_of(d, 4, "Clinton"), entity_of(d, 3, "Hillary Clinton"));
  EXPECT_EQ(entity_of(d, 5, "Johnson"), entity_of(d, 0, "Boris Johnson"));
}

TEST(Resolve, CanonicalNameIsTheFullestFrequentForm) {
  const Dossier d = analyse({
      {"Recep Tayyip Erdogan met Erdogan's aides.", {{"Recep Tayyip Erdogan", kPer}, {"Erdogan's", kPer}}, ""},
      {"Recep Tayyip Erdoğan spoke. Erdoğan left.", {{"Recep Tayyip Erdoğan", kPer}, {"Erdoğan", kPer}}, ""},
      {"Tayyip Erdogan won. Recep Tayyip Erdogan thanked voters.", {{"Tayyip Erdogan", kPer}, {"Recep Tayyip Erdogan", kPer}}, ""},
  });
  const int32_t e = entity_of(d, 0, "Recep Tayyip Erdogan");
  ASSERT_GE(e, 0);
  EXPECT_EQ(entity_of(d, 1, "Recep Tayyip Erdoğan"), e);
  EXPECT_EQ(entity_of(d, 2, "Tayyip Erdogan"), e);
  // Spellings that differ only in diacritics count as one form, shown with its diacritics.
  EXPECT_EQ(d.entities[static_cast<size_t>(e)].name, "Recep Tayyip Erdoğan");
  const auto& aliases = d.entities[static_cast<size_t>(e)].aliases;
  EXPECT_NE(std::find(aliases.begin(), aliases.end(), "Erdoğan"), aliases.end());
}

TEST(Resolve, KhAndHAreOneTransliteration) {
  const Dossier d = analyse({
      {"Finance Minister Petar Hrelić spoke in Dravo.", {{"Petar Hrelić", kPer}, {"Dravo", kGpe}}, ""},
      {"Petar Hrelic, the finance minister, left Dravo.", {{"Petar Hrelic", kPer}, {"Dravo", kGpe}}, ""},
      {"Petar Khrelich met bankers. Khrelich's plan won.", {{"Petar Khrelich", kPer}, {"Khrelich's", kPer}}, ""},
      {"Petra Hrelić, his sister, stayed home.", {{"Petra Hrelić", kPer}}, ""},
  });
  const int32_t e = entity_of(d, 0, "Petar Hrelić");
  ASSERT_GE(e, 0);
  EXPECT_EQ(entity_of(d, 1, "Petar Hrelic"), e);
  EXPECT_EQ(entity_of(d, 2, "Petar Khrelich"), e);
  EXPECT_NE(entity_of(d, 3, "Petra Hrelić"), e);
  EXPECT_EQ(d.entities[static_cast<size_t>(e)].name, "Petar Hrelić");
}

TEST(Resolve, AOneOffMistypedMentionJoinsItsPerson) {
  const Dossier d = analyse({
      {"Karin Olberg opened the port in Sundvik.", {{"Karin Olberg", kPer}, {"Sundvik", kGpe}}, ""},
      {"Karin Olberg spoke in Sundvik on Monday.", {{"Karin Olberg", kPer}, {"Sundvik", kGpe}}, ""},
      {"Karin Olberg thanked the dock workers.", {{"Karin Olberg", kOrg}}, ""},
      {"Talks with Olberg ended in Sundvik.", {{"Olberg", kGpe}, {"Sundvik", kGpe}}, ""},
  });
  const int32_t e = entity_of(d, 0, "Karin Olberg");
  ASSERT_GE(e, 0);
  EXPECT_EQ(entity_of(d, 2, "Karin Olberg"), e);
  EXPECT_EQ(entity_of(d, 3, "Olberg"), e);
  EXPECT_EQ(d.entities[static_cast<size_t>(e)].type, kPer);
  EXPECT_NE(entity_of(d, 3, "Sundvik"), e);
}

TEST(Resolve, ANewspaperIsNotShortForItsCountry) {
  const Dossier d = analyse({
      {"The Velmora Daily said floods hit towns in Velmora.", {{"Velmora Daily", kOrg}, {"Velmora", kGpe}}, ""},
      {"Velmora asked its neighbours for help.", {{"Velmora", kOrg}}, ""},
      {"Velmora Daily reporters travelled north.", {{"Velmora Daily", kOrg}}, ""},
  });
  EXPECT_NE(entity_of(d, 0, "Velmora Daily"), entity_of(d, 0, "Velmora"));
  EXPECT_NE(entity_of(d, 2, "Velmora Daily"), entity_of(d, 1, "Velmora"));
  EXPECT_EQ(entity_of(d, 0, "Velmora"), entity_of(d, 1, "Velmora"));
}

TEST(Resolve, ANameWhereAPlaceStandsIsAPlace) {
  // The tagger calls the country an organisation; datelines and "in" say it is a place.
  const Dossier d = analyse({
      {"KESTO, Velmora - Velmora's parliament met.", {{"KESTO", kGpe}, {"Velmora", kOrg}, {"Velmora's", kOrg}}, ""},
      {"KESTO, Velmora - Floods hit towns in Velmora.", {{"KESTO", kGpe}, {"Velmora", kOrg}, {"Velmora", kOrg}}, ""},
      {"Velmora's banks lent money to Velmora farmers.", {{"Velmora's", kOrg}, {"Velmora", kOrg}}, ""},
  });
  const int32_t e = entity_of(d, 0, "Velmora");
  ASSERT_GE(e, 0);
  EXPECT_EQ(d.entities[static_cast<size_t>(e)].type, kGpe);
}

TEST(Conflicts, SittingVersusFormerInTheSamePeriod) {
  const Dossier d = analyse({
      {"Portuguese Prime Minister Tomas Alvarenga opened the summit.", {{"Tomas Alvarenga", kPer}}, "2024-05-02"},
      {"Tomas Alvarenga, a former prime minister of Portugal, now leads the agency.", {{"Tomas Alvarenga", kPer}, {"Portugal", kGpe}}, "2024-05-03"},
  });
  ASSERT_EQ(d.conflicts.size(), 1u);
  const Conflict& c = d.conflicts[0];
  EXPECT_EQ(c.attribute, "role");
  EXPECT_EQ(c.claims.size(), 2u);
  EXPECT_EQ(d.entities[static_cast<size_t>(c.entity)].name, "Tomas Alvarenga");
  EXPECT_NE(c.explanation.find("former prime minister"), std::string::npos);
  EXPECT_NE(c.explanation.find("2024-05-02"), std::string::npos);
  // The "former" article is the later one: the person may have left office in between.
  EXPECT_EQ(c.severity, "differs");
}

TEST(Conflicts, FormerBeforeSittingContradicts) {
  const Dossier d = analyse({
      {"Tomas Alvarenga, a former prime minister of Portugal, now leads the agency.", {{"Tomas Alvarenga", kPer}, {"Portugal", kGpe}}, "2024-05-01"},
      {"Portuguese Prime Minister Tomas Alvarenga opened the summit.", {{"Tomas Alvarenga", kPer}}, "2024-05-03"},
  });
  ASSERT_EQ(d.conflicts.size(), 1u);
  EXPECT_EQ(d.conflicts[0].severity, "contradicts");
  EXPECT_EQ(d.conflicts[0].claims[0].value, "current prime minister of Portugal");
}

TEST(Conflicts, NoFalseAlarmForACareerOrDistantDates) {
  // Past-tense career in one article; the sitting role years earlier in another; undated.
  const Dossier d = analyse({
      {"Portuguese Prime Minister Tomas Alvarenga opened the summit.", {{"Tomas Alvarenga", kPer}}, "2001-05-02"},
      {"Tomas Alvarenga, a former prime minister of Portugal, now leads the agency.", {{"Tomas Alvarenga", kPer}, {"Portugal", kGpe}}, "2020-05-03"},
      {"Tomas Alvarenga, who was prime minister of Portugal, spoke.", {{"Tomas Alvarenga", kPer}, {"Portugal", kGpe}}, ""},
  });
  EXPECT_TRUE(d.conflicts.empty());
}

TEST(Conflicts, TwoHeadOfficesAtOnce) {
  const Dossier d = analyse({
      {"French President Claire Dubois met farmers.", {{"Claire Dubois", kPer}}, "2024-01-10"},
      {"German Chancellor Claire Dubois met farmers.", {{"Claire Dubois", kPer}}, "2024-01-11"},
  });
  ASSERT_EQ(d.conflicts.size(), 1u);
  EXPECT_EQ(d.conflicts[0].claims.size(), 2u);
}

// The reports of one story, resolved, with the story given, then the role conflicts.
Dossier analyse_story(const std::vector<Article>& articles) {
  Dossier dossier = resolved(articles);
  Story story;
  story.id = "S1";
  for (uint32_t i = 0; i < articles.size(); ++i) story.documents.push_back(i);
  dossier.stories.push_back(std::move(story));
  dossier.conflicts = find_role_conflicts(dossier);
  return dossier;
}

TEST(Conflicts, AnUndatedReportIsPlacedByItsStory) {
  const Dossier d = analyse_story({
      {"Portuguese Prime Minister Tomas Alvarenga opened the summit.", {{"Tomas Alvarenga", kPer}}, "2024-05-02"},
      {"Prime Minister Tomas Alvarenga of Portugal closed the summit.", {{"Tomas Alvarenga", kPer}, {"Portugal", kGpe}}, "2024-05-03"},
      {"Tomas Alvarenga, a former prime minister of Portugal, attended the summit.", {{"Tomas Alvarenga", kPer}, {"Portugal", kGpe}}, ""},
  });
  ASSERT_EQ(d.conflicts.size(), 1u);
  const Conflict& c = d.conflicts[0];
  EXPECT_GE(c.claims.size(), 2u);
  EXPECT_NE(c.explanation.find("undated, placed by its story"), std::string::npos) << c.explanation;
  EXPECT_NE(c.explanation.find("article a3"), std::string::npos);
}

TEST(Conflicts, UndatedReportsAreComparedWithinTheirStory) {
  const Dossier d = analyse_story({
      {"Portuguese Prime Minister Tomas Alvarenga opened the summit.", {{"Tomas Alvarenga", kPer}}, ""},
      {"Tomas Alvarenga, a former prime minister of Portugal, attended the summit.", {{"Tomas Alvarenga", kPer}, {"Portugal", kGpe}}, ""},
  });
  ASSERT_EQ(d.conflicts.size(), 1u);
  EXPECT_NE(d.conflicts[0].explanation.find("compared within its story"), std::string::npos)
      << d.conflicts[0].explanation;
  EXPECT_EQ(d.conflicts[0].severity, "contradicts");
}

TEST(Conflicts, AStoryWithoutAContradictionHasNone) {
  const Dossier d = analyse_story({
      {"Portuguese Prime Minister Tomas Alvarenga opened the summit.", {{"Tomas Alvarenga", kPer}}, "2024-05-02"},
      {"Prime Minister Tomas Alvarenga of Portugal closed the summit.", {{"Tomas Alvarenga", kPer}, {"Portugal", kGpe}}, ""},
      {"Ines Faria, a former prime minister of Portugal, attended the summit.", {{"Ines Faria", kPer}, {"Portugal", kGpe}}, ""},
  });
  EXPECT_TRUE(d.conflicts.empty());
}

}  // namespace
}  // namespace dossier::entities
