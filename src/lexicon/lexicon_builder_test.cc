// A small lexicon built in the test: the builder, the file layout and the lookups.
#include <gtest/gtest.h>
#include <zlib.h>

#include <array>
#include <string_view>

#include "dossier/error.h"
#include "lexicon/lexicon.h"
#include "lexicon/lexicon_builder.h"
#include "lexicon/lexicon_format.h"
#include "util/model_file.h"

namespace dossier::lexicon {
namespace {

struct Small {
  LexiconBuilder builder;
  uint32_t usa, georgia, georgia_state, kenya, kenyan, paris, paris_tx, police, person;
};

Small small_lexicon() {
  Small s;
  auto& b = s.builder;
  s.usa = b.add({Kind::kCountry, 0, "United States", "USA", "USA", 0, kNone, {}});
  b.add_form(s.usa, "United States", FormKind::kName, Shape::kCapitalised);
  b.add_form(s.usa, "United States of America", FormKind::kName, Shape::kCapitalised);
  b.add_form(s.usa, "U.S.", FormKind::kAbbreviation, Shape::kUpper);
  b.add_form(s.usa, "America", FormKind::kAlias, Shape::kCapitalised);
  s.georgia = b.add({Kind::kCountry, 0, "Georgia", "GEO", "GEO", 0, kNone, {}});
  b.add_form(s.georgia, "Georgia", FormKind::kName, Shape::kCapitalised);
  s.georgia_state =
      b.add({Kind::kSubdivision, 0, "Georgia", "USA", "USA", 10'700'000, s.usa, {}});
  b.add_form(s.georgia_state, "Georgia", FormKind::kName, Shape::kCapitalised);
  s.kenya = b.add({Kind::kCountry, 0, "Kenya", "KEN", "KEN", 0, kNone, {}});
  b.add_form(s.kenya, "Kenya", FormKind::kName, Shape::kCapitalised);
  s.kenyan = b.add({Kind::kNationality, 0, "Kenyan", "KEN", "KEN", 0, s.kenya, {}});
  b.add_form(s.kenyan, "Kenyan", FormKind::kName, Shape::kCapitalised);
  b.add_form(s.kenyan, "Kenyans", FormKind::kPlural, Shape::kCapitalised);
  s.paris_tx = b.add({Kind::kCity, 0, "Paris", "USA", "USA", 25'000, s.usa, {}});
  b.add_form(s.paris_tx, "Paris", FormKind::kName, Shape::kCapitalised);
  s.paris = b.add({Kind::kCity, kCapital, "Paris", "FRA", "FRA", 2'100'000, kNone, {}});
  b.add_form(s.paris, "Paris", FormKind::kName, Shape::kCapitalised);
  s.police = b.add({Kind::kAgent, 0, "police", "", "COP", 0, kNone, {}});
  b.add_form(s.police, "police", FormKind::kName, Shape::kAnyCase);
  b.add_form(s.police, "police", FormKind::kPlural, Shape::kAnyCase);
  s.person = b.add({Kind::kPerson, 0, "Ana Example", "", "XYZELI", 0, kNone,
                    {{"XYZGOV", 20010101, 20051231}, {"XYZOPP", 20060101, 0}}});
  b.add_form(s.person, "Ana Example", FormKind::kName, Shape::kCapitalised);
  return s;
}

Lexicon round_trip(const LexiconBuilder& builder) {
  return Lexicon::from_bytes(builder.file_bytes(), "small.dsr");
}

TEST(LexiconBuilder, RoundTripsEntries) {
  const Small s = small_lexicon();
  const Lexicon lex = round_trip(s.builder);
  ASSERT_EQ(lex.size(), s.builder.size());
  const Entry kenyan = lex.entry(s.kenyan);
  EXPECT_EQ(kenyan.kind, Kind::kNationality);
  EXPECT_EQ(kenyan.name, "Kenyan");
  EXPECT_EQ(kenyan.country, "KEN");
  EXPECT_EQ(kenyan.parent, s.kenya);
  EXPECT_TRUE(lex.entry(s.paris).has(kCapital));
  EXPECT_EQ(lex.entry(s.paris).population, 2'100'000u);
  EXPECT_EQ(lex.country("KEN"), s.kenya);
  EXPECT_EQ(lex.country("XXX"), kNone);
}

TEST(LexiconBuilder, ListsAmbiguousReadingsBestFirst) {
  const Small s = small_lexicon();
  const Lexicon lex = round_trip(s.builder);
  const auto georgia = lex.find_key("georgia");
  ASSERT_EQ(georgia.size(), 2u);
  EXPECT_EQ(georgia[0].entry, s.georgia);        // country before US state
  EXPECT_EQ(georgia[1].entry, s.georgia_state);
  const auto paris = lex.find_key("paris");
  ASSERT_EQ(paris.size(), 2u);
  EXPECT_EQ(paris[0].entry, s.paris);            // larger city first
}

TEST(LexiconBuilder, CaseSensitiveLookupHonoursShapes) {
  const Small s = small_lexicon();
  const Lexicon lex = round_trip(s.builder);
  EXPECT_EQ(lex.lookup("U.S.", Matching::kCaseSensitive).size(), 1u);
  EXPECT_EQ(lex.lookup("US", Matching::kCaseSensitive).size(), 1u);
  EXPECT_TRUE(lex.lookup("us", Matching::kCaseSensitive).empty());
  EXPECT_TRUE(lex.lookup("Us", Matching::kCaseSensitive).empty());
  EXPECT_EQ(lex.lookup("us", Matching::kFolded).size(), 1u);
  EXPECT_TRUE(lex.lookup("georgia", Matching::kCaseSensitive).empty());
  EXPECT_EQ(lex.lookup("Police", Matching::kCaseSensitive).size(), 1u);
  EXPECT_EQ(lex.lookup("police", Matching::kCaseSensitive).size(), 1u);
}

TEST(LexiconBuilder, KeepsBestFormOfRepeatedKey) {
  const Small s = small_lexicon();
  const Lexicon lex = round_trip(s.builder);
  const auto police = lex.find_key("police");
  ASSERT_EQ(police.size(), 1u);
  EXPECT_EQ(police[0].form, FormKind::kName);
}

TEST(LexiconBuilder, MatchesLongestPhrase) {
  const Small s = small_lexicon();
  const Lexicon lex = round_trip(s.builder);
  const std::array<std::string_view, 6> tokens = {"United", "States", "of", "America", "said", "."};
  const Match m = lex.match(tokens, Matching::kCaseSensitive);
  EXPECT_EQ(m.tokens, 4u);
  ASSERT_FALSE(m.hits.empty());
  EXPECT_EQ(m.hits[0].entry, s.usa);
  // A prefix that is a key of its own is found when the longer phrase is cut short.
  const std::array<std::string_view, 3> shorter = {"United", "States", "officials"};
  EXPECT_EQ(lex.match(shorter, Matching::kCaseSensitive).tokens, 2u);
  // A prefix with no entry of its own matches nothing.
  const std::array<std::string_view, 2> united = {"United", "front"};
  EXPECT_EQ(lex.match(united, Matching::kCaseSensitive).tokens, 0u);
  // Case-sensitive matching refuses the lower-case pronoun; folded matching takes it.
  const std::array<std::string_view, 2> us = {"us", "all"};
  EXPECT_EQ(lex.match(us, Matching::kCaseSensitive).tokens, 0u);
  EXPECT_EQ(lex.match(us, Matching::kFolded).tokens, 1u);
}

TEST(LexiconBuilder, MatchesOverDocumentTokens) {
  const Small s = small_lexicon();
  const Lexicon lex = round_trip(s.builder);
  Document doc;
  doc.text = "Many Kenyans met U.S. police.";
  const auto add = [&](uint32_t b, uint32_t e) { doc.tokens.push_back({{b, e}, kTokWord}); };
  add(0, 4);    // Many
  add(5, 12);   // Kenyans
  add(13, 16);  // met
  add(17, 21);  // U.S.
  add(22, 28);  // police
  add(28, 29);  // .
  const uint32_t end = static_cast<uint32_t>(doc.tokens.size());
  Match m = lex.match(doc, 1, end, Matching::kCaseSensitive);
  ASSERT_EQ(m.tokens, 1u);
  EXPECT_EQ(m.hits[0].entry, s.kenyan);
  EXPECT_EQ(m.hits[0].form, FormKind::kPlural);
  m = lex.match(doc, 3, end, Matching::kCaseSensitive);
  ASSERT_EQ(m.tokens, 1u);
  EXPECT_EQ(m.hits[0].entry, s.usa);
  EXPECT_EQ(lex.match(doc, 0, end, Matching::kCaseSensitive).tokens, 0u);
  EXPECT_EQ(lex.match(doc, 5, end, Matching::kCaseSensitive).tokens, 0u);
  EXPECT_EQ(lex.match(doc, 4, 4, Matching::kCaseSensitive).tokens, 0u);
}

TEST(LexiconBuilder, GivesCodeOnDate) {
  const Small s = small_lexicon();
  const Lexicon lex = round_trip(s.builder);
  EXPECT_EQ(lex.code_on(s.person, {2003, 5, 1}), "XYZGOV");
  EXPECT_EQ(lex.code_on(s.person, {2010, 1, 1}), "XYZOPP");
  EXPECT_EQ(lex.code_on(s.person, {1990, 1, 1}), "XYZELI");
  EXPECT_EQ(lex.dated_codes(s.person).size(), 2u);
  EXPECT_TRUE(lex.dated_codes(s.kenya).empty());
}

TEST(LexiconBuilder, EmptyLexiconLoads) {
  const LexiconBuilder empty;
  const Lexicon lex = round_trip(empty);
  EXPECT_EQ(lex.size(), 0u);
  EXPECT_TRUE(lex.find_key("kenya").empty());
  EXPECT_FALSE(LexiconBuilder().add_form(0, "...", FormKind::kName, Shape::kAnyCase));
}

TEST(LexiconFile, RejectsCorruptTruncatedAndForeignFiles) {
  const std::string bytes = small_lexicon().builder.file_bytes();
  std::string corrupt = bytes;
  corrupt[corrupt.size() / 2] ^= 0x5A;
  EXPECT_THROW(Lexicon::from_bytes(corrupt, "corrupt.dsr"), ModelError);
  EXPECT_THROW(Lexicon::from_bytes(bytes.substr(0, bytes.size() - 7), "cut.dsr"), ModelError);
  util::ModelWriter other;
  other.u32(1);
  EXPECT_THROW(Lexicon::from_bytes(other.file_bytes("ner", 1), "ner.dsr"), ModelError);
  EXPECT_THROW(Lexicon::from_bytes(other.file_bytes(format::kFileKind, format::kVersion + 1),
                                   "future.dsr"),
               ModelError);
  EXPECT_THROW(Lexicon::load("/nonexistent/lexicon.dsr"), ModelError);
}

// A well-formed file whose compressed tables disagree with each other: checksums pass, the
// table checks must not.
TEST(LexiconFile, RejectsInconsistentTablesWithValidChecksum) {
  util::ModelWriter tables;
  tables.string("abc");
  const std::array<uint32_t, 1> kinds = {0};
  tables.u32_array(kinds);
  tables.u32_array({});  // one entry but no name references
  const std::string inner = tables.file_bytes(format::kTablesKind, format::kVersion);
  uLongf size = compressBound(static_cast<uLong>(inner.size()));
  std::string packed(size, '\0');
  ASSERT_EQ(compress(reinterpret_cast<Bytef*>(packed.data()), &size,
                     reinterpret_cast<const Bytef*>(inner.data()), static_cast<uLong>(inner.size())),
            Z_OK);
  packed.resize(size);
  util::ModelWriter outer;
  outer.u64(inner.size());
  outer.string(packed);
  EXPECT_THROW(Lexicon::from_bytes(outer.file_bytes(format::kFileKind, format::kVersion), "bad"),
               ModelError);
  util::ModelWriter lying;
  lying.u64(inner.size() + 5);  // inflates to fewer bytes than it claims
  lying.string(packed);
  EXPECT_THROW(Lexicon::from_bytes(lying.file_bytes(format::kFileKind, format::kVersion), "bad"),
               ModelError);
}

}  // namespace
}  // namespace dossier::lexicon
