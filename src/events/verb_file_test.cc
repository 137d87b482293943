// The verb dictionary compiler and resource: blocks, verb forms, multi-word verbs, synonym sets,
// phrase patterns, codes, complement frames, the file round trip.
#include <gtest/gtest.h>

#include "dossier/error.h"
#include "events/test_support.h"
#include "events/verb_dictionary.h"
#include "events/verb_file.h"

namespace dossier::events {
namespace {

const Block& block_named(const VerbDictionary& d, std::string_view name) {
  for (size_t i = 0; i < d.block_count(); ++i) {
    if (d.block(static_cast<uint32_t>(i)).name == name) return d.block(static_cast<uint32_t>(i));
  }
  throw std::runtime_error("no block " + std::string(name));
}

std::string code_of(const VerbDictionary& d, uint16_t id) {
  return id == kNullCode ? "---" : id == kNoCode ? "" : d.code(id).code;
}

// The block a word form belongs to and how it is inflected.
std::pair<std::string, Inflection> form_of(const VerbDictionary& d, std::string_view word) {
  const auto forms = d.forms(d.word_id(word));
  if (forms.empty()) return {"", Inflection::kBase};
  return {d.block(d.verb(forms[0].verb).block).name, forms[0].inflection};
}

TEST(Codebook, ReadsLabelsGoldsteinAndRoots) {
  const Codebook book = testing::small_codebook();
  ASSERT_NE(book.find("042"), nullptr);
  EXPECT_EQ(book.find("042")->label, "Make a visit");
  EXPECT_DOUBLE_EQ(book.find("042")->goldstein, 1.9);
  EXPECT_EQ(book.find("01")->label, "Make public statement");  // capitals made a sentence
  EXPECT_EQ(book.find("0845")->code, "084");                   // longest listed prefix
  EXPECT_EQ(book.find("99"), nullptr);
  EXPECT_THROW(parse_codebook("no codes here", "", "x"), InputError);
}

TEST(Codes, QuadClassAndRoot) {
  EXPECT_EQ(root_of("0233"), 2);
  EXPECT_EQ(root_of("1384"), 13);
  EXPECT_EQ(root_of("---"), 0);
  EXPECT_EQ(root_of("99"), 0);
  EXPECT_EQ(quad_class_of("042"), 1);
  EXPECT_EQ(quad_class_of("073"), 2);
  EXPECT_EQ(quad_class_of("112"), 3);
  EXPECT_EQ(quad_class_of("190"), 4);
}

TEST(VerbFile, ReadsBlocksWithPrimaryAndPairedCodes) {
  VerbFileReport report;
  const VerbDictionary d = parse_verb_file(testing::kVerbFile, testing::small_codebook(), "t", &report);
  EXPECT_EQ(report.blocks, 22u);
  EXPECT_TRUE(report.skipped.empty());
  const Block& visit = block_named(d, "VISIT");
  EXPECT_EQ(code_of(d, visit.code), "042");
  EXPECT_EQ(code_of(d, visit.reverse), "043");
  EXPECT_EQ(code_of(d, block_named(d, "REFUSE").code), "---");
  EXPECT_EQ(d.code(d.code_id("042")).label, "Make a visit");
}

TEST(VerbFile, MakesRegularFormsAndKeepsListedOnes) {
  const VerbDictionary d = testing::small_verbs();
  EXPECT_EQ(form_of(d, "visit"), std::pair(std::string("VISIT"), Inflection::kBase));
  EXPECT_EQ(form_of(d, "visits"), std::pair(std::string("VISIT"), Inflection::kThird));
  EXPECT_EQ(form_of(d, "visited"), std::pair(std::string("VISIT"), Inflection::kPast));
  EXPECT_EQ(form_of(d, "visiting"), std::pair(std::string("VISIT"), Inflection::kGerund));
  EXPECT_EQ(form_of(d, "accused").first, "ACCUSE");   // -e + d
  EXPECT_EQ(form_of(d, "accusing").first, "ACCUSE");  // e dropped before -ing
  EXPECT_EQ(form_of(d, "met"), std::pair(std::string("MEET"), Inflection::kPast));
  EXPECT_EQ(form_of(d, "meeting"), std::pair(std::string("MEET"), Inflection::kGerund));
  EXPECT_TRUE(d.forms(d.word_id("meeted")).empty());  // listed forms replace the regular ones
  EXPECT_EQ(form_of(d, "shelled").first, "ATTACK");
}

TEST(VerbFile, MultiWordVerbsNameTheirOtherWords) {
  const VerbDictionary d = testing::small_verbs();
  const auto forms = d.forms(d.word_id("cordoned"));
  ASSERT_EQ(forms.size(), 1u);
  const Verb& v = d.verb(forms[0].verb);
  ASSERT_EQ(d.verb_back(v).size(), 1u);
  EXPECT_EQ(d.word(d.verb_back(v)[0]), "off");
  EXPECT_TRUE(d.verb_front(v).empty());
  EXPECT_EQ(code_of(d, v.code), "1721");
  const auto ruled = d.forms(d.word_id("ruled"));
  ASSERT_EQ(ruled.size(), 1u);
  EXPECT_EQ(d.word(d.verb_back(d.verb(ruled[0].verb))[0]), "out");
}

TEST(VerbFile, PatternsKeepPhrasesAndAdjacency) {
  const VerbDictionary d = testing::small_verbs();
  const Block& appeal = block_named(d, "APPEAL");
  ASSERT_EQ(appeal.pattern_count, 1u);
  const Pattern& p = d.patterns(appeal)[0];
  EXPECT_EQ(p.pre, 0);
  ASSERT_EQ(p.post, 3);
  const auto e = d.elements(p);
  EXPECT_EQ(d.word(e[0].value), "for");
  EXPECT_FALSE(e[0].grouped);
  EXPECT_EQ(d.word(e[1].value), "humanitarian");
  EXPECT_TRUE(e[1].grouped);
  EXPECT_EQ(d.word(e[2].value), "aid");
  EXPECT_TRUE(e[2].grouped);
  EXPECT_EQ(code_of(d, p.code), "0233");
}

TEST(VerbFile, SynonymSetsGetPluralsUnlessMarked) {
  const VerbDictionary d = testing::small_verbs();
  ASSERT_EQ(d.synset_count(), 2u);
  std::vector<std::string> currency, weapon;
  for (size_t i = 0; i < d.synset_size(0); ++i) {
    std::string phrase;
    for (uint32_t w : d.synset_phrase(0, i)) phrase += std::string(d.word(w)) + " ";
    currency.push_back(phrase);
  }
  for (size_t i = 0; i < d.synset_size(1); ++i) {
    std::string phrase;
    for (uint32_t w : d.synset_phrase(1, i)) phrase += std::string(d.word(w)) + " ";
    weapon.push_back(phrase);
  }
  EXPECT_EQ(currency, (std::vector<std::string>{"dollar ", "dollars ", "euro ", "euros "}));
  EXPECT_EQ(weapon, (std::vector<std::string>{"rocket ", "mortar shell "}));  // "&WEAPON_": no plurals
}

TEST(VerbFile, FramesComeFromCodesOrPatterns) {
  const VerbDictionary d = testing::small_verbs();
  EXPECT_EQ(block_named(d, "DEMAND").frame, 10);
  EXPECT_EQ(block_named(d, "APPEAL").frame, 2);
  EXPECT_EQ(block_named(d, "PROMISE").frame, 3);
  EXPECT_EQ(block_named(d, "THREATEN").frame, 13);
  EXPECT_EQ(block_named(d, "SAY").frame, 1);
  EXPECT_EQ(block_named(d, "REFUSE").frame, 12);  // "---" but its patterns code 12x
  EXPECT_EQ(block_named(d, "VISIT").frame, 0);
}

TEST(VerbFile, ReportsWhatItSkips) {
  VerbFileReport report;
  const std::string text = std::string(testing::kVerbFile) + "- * &NOSUCHSET [120]\n- VERBLESS [120]\n";
  parse_verb_file(text, testing::small_codebook(), "t", &report);
  ASSERT_EQ(report.skipped.size(), 2u);
  EXPECT_NE(report.skipped[0].find("undefined synonym set"), std::string::npos);
  EXPECT_NE(report.skipped[1].find("'*'"), std::string::npos);
  EXPECT_THROW(parse_verb_file("# nothing\n", testing::small_codebook(), "empty"), InputError);
}

TEST(VerbDictionary, RoundTripsThroughItsFile) {
  const VerbDictionary d = testing::small_verbs();
  const VerbDictionary e = VerbDictionary::from_bytes(d.file_bytes(), "copy");
  EXPECT_EQ(e.word_count(), d.word_count());
  EXPECT_EQ(e.block_count(), d.block_count());
  EXPECT_EQ(e.pattern_count(), d.pattern_count());
  EXPECT_EQ(e.code_count(), d.code_count());
  EXPECT_EQ(form_of(e, "shelling"), form_of(d, "shelling"));
  EXPECT_EQ(e.file_bytes(), d.file_bytes());
}

TEST(VerbDictionary, RejectsCorruptFiles) {
  std::string bytes = testing::small_verbs().file_bytes();
  bytes[bytes.size() / 2] ^= 0x5A;  // checksum no longer matches
  EXPECT_THROW(VerbDictionary::from_bytes(bytes, "bad"), ModelError);
  EXPECT_THROW(VerbDictionary::from_bytes(bytes.substr(0, 30), "short"), ModelError);
  EXPECT_THROW(VerbDictionary::load("/nonexistent/events.dsr"), ModelError);
}

}  // namespace
}  // namespace dossier::events
