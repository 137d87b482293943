// The committed models/lexicon.dsr: real place names, aliases, demonyms, organisations, agents.
#include <gtest/gtest.h>

#include <array>
#include <cstdlib>
#include <string>

#include "lexicon/fold.h"
#include "lexicon/lexicon.h"

namespace dossier::lexicon {
namespace {

const Lexicon& committed() {
  static const Lexicon lexicon = [] {
    const char* dir = std::getenv("DOSSIER_MODELS");
    const std::string models = dir != nullptr ? dir : DOSSIER_SOURCE_DIR "/models";
    return Lexicon::load(models + "/lexicon.dsr");
  }();
  return lexicon;
}

// The best hit of a phrase (case-sensitive) of the given kind, or nullopt.
std::optional<Entry> best(std::string_view text, Kind kind) {
  const Lexicon& lex = committed();
  for (const Hit& hit : lex.lookup(text, Matching::kCaseSensitive)) {
    const Entry e = lex.entry(hit.entry);
    if (e.kind == kind) return e;
  }
  return std::nullopt;
}

void expect_country(std::string_view text, std::string_view alpha3) {
  const auto e = best(text, Kind::kCountry);
  ASSERT_TRUE(e.has_value()) << text;
  EXPECT_EQ(e->country, alpha3) << text;
  const auto first = committed().lookup(text, Matching::kCaseSensitive);
  EXPECT_EQ(committed().entry(first.front().entry).kind, Kind::kCountry) << text;
}

TEST(CommittedLexicon, FindsCountriesByNameAliasAndAbbreviation) {
  expect_country("Kenya", "KEN");
  expect_country("United States", "USA");
  expect_country("United States of America", "USA");
  expect_country("U.S.", "USA");
  expect_country("US", "USA");
  expect_country("Holland", "NLD");
  expect_country("Netherlands", "NLD");
  expect_country("Burma", "MMR");
  expect_country("Myanmar", "MMR");
  expect_country("Britain", "GBR");
  expect_country("UK", "GBR");
  expect_country("Ivory Coast", "CIV");
  expect_country("Côte d’Ivoire", "CIV");
  expect_country("Cote d'Ivoire", "CIV");
  expect_country("Türkiye", "TUR");
  expect_country("Turkey", "TUR");
  expect_country("South Korea", "KOR");
  expect_country("Czechia", "CZE");
  expect_country("Czech Republic", "CZE");
  expect_country("Guinea-Bissau", "GNB");
  expect_country("Bosnia and Herzegovina", "BIH");
  expect_country("Bosnia & Herzegovina", "BIH");
  const Entry nld = committed().entry(committed().country("NLD"));
  EXPECT_EQ(nld.name, "Netherlands");
  EXPECT_EQ(nld.code, "NLD");
}

TEST(CommittedLexicon, RefusesLowerCaseWordsThatLookLikeNames) {
  EXPECT_TRUE(committed().lookup("us", Matching::kCaseSensitive).empty());
  EXPECT_FALSE(committed().lookup("us", Matching::kFolded).empty());
  EXPECT_FALSE(best("turkey", Kind::kCountry).has_value());
  EXPECT_FALSE(best("chad", Kind::kCountry).has_value());
}

TEST(CommittedLexicon, ListsAmbiguousNames) {
  const Lexicon& lex = committed();
  const auto georgia = lex.lookup("Georgia", Matching::kCaseSensitive);
  bool country = false, us_state = false;
  for (const Hit& h : georgia) {
    const Entry e = lex.entry(h.entry);
    country = country || (e.kind == Kind::kCountry && e.country == "GEO");
    us_state = us_state || (e.kind == Kind::kSubdivision && e.country == "USA");
  }
  EXPECT_TRUE(country);
  EXPECT_TRUE(us_state);
  // Paris, France before Paris, Texas: cities by population.
  std::vector<Entry> paris;
  for (const Hit& h : lex.lookup("Paris", Matching::kCaseSensitive)) {
    if (lex.entry(h.entry).kind == Kind::kCity) paris.push_back(lex.entry(h.entry));
  }
  ASSERT_GE(paris.size(), 2u);
  EXPECT_EQ(paris[0].country, "FRA");
  EXPECT_GT(paris[0].population, paris[1].population);
}

TEST(CommittedLexicon, LinksDemonymsToCountriesWithoutMerging) {
  for (const auto& [word, alpha3] : std::array<std::pair<const char*, const char*>, 8>{{
           {"Kenyan", "KEN"}, {"Kenyans", "KEN"}, {"Dutch", "NLD"}, {"Swiss", "CHE"},
           {"British", "GBR"}, {"Pakistani", "PAK"}, {"Pakistanis", "PAK"}, {"Afghan", "AFG"}}}) {
    const auto e = best(word, Kind::kNationality);
    ASSERT_TRUE(e.has_value()) << word;
    EXPECT_EQ(e->country, alpha3) << word;
    ASSERT_NE(e->parent, kNone) << word;
    const Entry country = committed().entry(e->parent);
    EXPECT_EQ(country.kind, Kind::kCountry) << word;
    EXPECT_EQ(country.country, alpha3) << word;
  }
  // Peoples with no single country.
  for (const char* group : {"Kurds", "Hutu", "Sunni", "Muslims"}) {
    const auto e = best(group, Kind::kNationality);
    ASSERT_TRUE(e.has_value()) << group;
    EXPECT_TRUE(e->country.empty()) << group;
  }
  EXPECT_TRUE(best("Muslim", Kind::kNationality)->has(kReligious));
}

TEST(CommittedLexicon, KnowsCitiesCapitalsAndSubdivisions) {
  const auto beijing = best("Beijing", Kind::kCity);
  ASSERT_TRUE(beijing.has_value());
  EXPECT_EQ(beijing->country, "CHN");
  EXPECT_EQ(beijing->code, "CHN");
  EXPECT_TRUE(beijing->has(kCapital));
  EXPECT_GT(beijing->population, 1'000'000u);
  const auto nairobi = best("Nairobi", Kind::kCity);
  ASSERT_TRUE(nairobi.has_value());
  EXPECT_TRUE(nairobi->has(kCapital));
  EXPECT_FALSE(best("Mombasa", Kind::kCity)->has(kCapital));
  EXPECT_EQ(best("Erdoğan", Kind::kPerson).has_value(), best("Erdogan", Kind::kPerson).has_value());
  const auto bavaria = best("Bavaria", Kind::kSubdivision);
  ASSERT_TRUE(bavaria.has_value());
  EXPECT_EQ(bavaria->country, "DEU");
  const auto borno = best("Borno State", Kind::kSubdivision);
  ASSERT_TRUE(borno.has_value());
  EXPECT_EQ(borno->country, "NGA");
  const auto africa = best("Sub-Saharan Africa", Kind::kRegion);
  ASSERT_TRUE(africa.has_value());
}

TEST(CommittedLexicon, ExpandsOrganisationAcronyms) {
  const auto nato = best("NATO", Kind::kOrganization);
  ASSERT_TRUE(nato.has_value());
  EXPECT_EQ(nato->name, "North Atlantic Treaty Organization");
  EXPECT_EQ(nato->code, "IGOWSTNAT");
  const auto un = committed().lookup("UN", Matching::kCaseSensitive);
  ASSERT_FALSE(un.empty());
  EXPECT_EQ(committed().entry(un.front().entry).name, "United Nations");
  EXPECT_EQ(committed().entry(un.front().entry).code, "IGOUNO");
  const auto eu = best("EU", Kind::kOrganization);
  ASSERT_TRUE(eu.has_value());
  EXPECT_EQ(eu->name, "European Union");
  EXPECT_TRUE(best("Hezbollah", Kind::kArmedGroup).has_value());
  EXPECT_TRUE(best("al-Shabaab", Kind::kArmedGroup).has_value());
}

TEST(CommittedLexicon, GivesAgentSectorsAndTitles) {
  const auto police = best("police", Kind::kAgent);
  ASSERT_TRUE(police.has_value());
  EXPECT_EQ(police->code, "COP");
  const auto rebels = best("rebels", Kind::kAgent);
  ASSERT_TRUE(rebels.has_value());
  EXPECT_EQ(rebels->code, "REB");
  EXPECT_TRUE(rebels->has(kPersonNoun));
  EXPECT_EQ(best("military", Kind::kAgent)->code, "MIL");
  EXPECT_EQ(best("government", Kind::kAgent)->code, "GOV");
  for (const char* title : {"Prime Minister", "president", "foreign minister", "envoy",
                            "Secretary-General", "president-elect", "ambassador", "minister"}) {
    const auto e = best(title, Kind::kAgent);
    ASSERT_TRUE(e.has_value()) << title;
    EXPECT_TRUE(e->has(kTitle)) << title;
  }
  EXPECT_FALSE(best("farmer", Kind::kAgent)->has(kTitle));
  EXPECT_TRUE(best("Adm.", Kind::kAgent).has_value());
}

TEST(CommittedLexicon, GivesPeopleTheirRoleOnADate) {
  const Lexicon& lex = committed();
  uint32_t karzai = kNone;
  for (const Hit& h : lex.lookup("Hamid Karzai", Matching::kCaseSensitive)) {
    if (lex.entry(h.entry).kind == Kind::kPerson) karzai = h.entry;
  }
  ASSERT_NE(karzai, kNone);
  EXPECT_FALSE(lex.dated_codes(karzai).empty());
  EXPECT_EQ(lex.code_on(karzai, {2005, 6, 1}), "AFGGOV");
}

TEST(CommittedLexicon, MatchesLongestPhraseInText) {
  const std::array<std::string_view, 5> tokens = {"United", "Arab", "Emirates", "officials", "said"};
  const Match m = committed().match(tokens, Matching::kCaseSensitive);
  ASSERT_EQ(m.tokens, 3u);
  EXPECT_EQ(committed().entry(m.hits.front().entry).country, "ARE");
  const std::array<std::string_view, 3> new_york = {"New", "York", "City"};
  EXPECT_GE(committed().match(new_york, Matching::kCaseSensitive).tokens, 2u);
}

}  // namespace
}  // namespace dossier::lexicon
