// The word layer: one case-folding rule and one closed-class module, computed once per token.
#include <gtest/gtest.h>

#include <string>

#include "text/closed_class.h"
#include "text/fold.h"
#include "text/text_stage.h"

namespace dossier::text {
namespace {

TEST(Fold, FullCaseFoldingOfAnyScript) {
  EXPECT_EQ(fold_case("Straße"), "strasse");
  EXPECT_EQ(fold_case("ÉLYSÉE"), "élysée");
  EXPECT_EQ(fold_case("ŁÓDŹ"), "łódź");
  EXPECT_EQ(fold_case("ΟΔΥΣΣΕΥΣ"), "οδυσσευσ");
  EXPECT_EQ(fold_case("NATO's"), "nato's");
  EXPECT_EQ(fold_case(""), "");
  EXPECT_EQ(fold_char(U'Ž'), U'ž');
  EXPECT_EQ(fold_char(U'Q'), U'q');
  std::string out = "x";
  append_fold_case("Ünal", out);
  EXPECT_EQ(out, "xünal");
}

TEST(ClosedClasses, PronounsCarryPersonNumberAndGender) {
  const ClosedClasses& c = ClosedClasses::builtin();
  const uint64_t she = c.of("she");
  EXPECT_TRUE(she & kWcSubjectPronoun);
  EXPECT_TRUE(she & kWcFeminine);
  EXPECT_TRUE(she & kWcThirdPerson);
  EXPECT_TRUE(she & kWcSingular);
  EXPECT_FALSE(she & kWcPlural);
  EXPECT_TRUE(c.of("them") & kWcObjectPronoun);
  EXPECT_TRUE(c.of("them") & kWcPlural);
  EXPECT_TRUE(c.of("his") & kWcPossessiveDet);
  EXPECT_TRUE(c.of("his") & kWcMasculine);
  EXPECT_TRUE(c.of("we") & kWcFirstPerson);
  EXPECT_EQ(c.of("minister"), 0u);
}

TEST(ClosedClasses, TimeWordsComeFromTheTimeGrammar) {
  const ClosedClasses& c = ClosedClasses::builtin();
  EXPECT_TRUE(c.of("november") & kWcMonth);
  EXPECT_TRUE(c.of("may") & kWcMonth);
  EXPECT_TRUE(c.of("may") & kWcModal);
  EXPECT_TRUE(c.of("thursday") & kWcWeekday);
  EXPECT_TRUE(c.of("fri") & kWcCalendarAbbrev);
  EXPECT_FALSE(c.of("fri") & kWcWeekday);  // an abbreviation is no name: "sun", "sat", "mar"
  EXPECT_FALSE(c.of("sun") & kWcWeekday);
  EXPECT_FALSE(c.of("friday") & kWcCalendarAbbrev);
  EXPECT_TRUE(c.of("yesterday") & kWcDeictic);
  EXPECT_TRUE(c.of("weeks") & kWcTimeUnit);
  EXPECT_TRUE(c.of("dozen") & kWcNumberWord);
  EXPECT_FALSE(c.of("a") & kWcNumberWord);
}

TEST(ClosedClasses, CalendarNamesKnowTheirMonthAndWeekday) {
  const ClosedClasses& c = ClosedClasses::builtin();
  EXPECT_EQ(c.month("sept"), 9);
  EXPECT_EQ(c.month("may"), 5);
  EXPECT_EQ(c.month("december"), 12);
  EXPECT_EQ(c.month("friday"), 0);
  EXPECT_EQ(c.weekday("thurs"), 3);
  EXPECT_EQ(c.weekday("monday"), 0);
  EXPECT_EQ(c.weekday("sundays"), -1);
}

TEST(ClosedClasses, StageDistinctionsAreSubclassesOfTheLayer) {
  const ClosedClasses& c = ClosedClasses::builtin();
  EXPECT_TRUE(c.of("wo") & kWcFuture);
  EXPECT_TRUE(c.of("wo") & kWcModal);
  EXPECT_TRUE(c.of("might") & kWcPossibility);
  EXPECT_TRUE(c.of("ought") & kWcObligation);
  EXPECT_TRUE(c.of("whether") & kWcConditional);
  EXPECT_FALSE(c.of("because") & kWcConditional);
  EXPECT_TRUE(c.of("'s") & kWcPossessiveClitic);
  EXPECT_TRUE(c.of("'s") & kWcBe);
  EXPECT_TRUE(c.of("that") & kWcSubordinator);
  EXPECT_TRUE(c.of("that") & kWcDemonstrative);
  EXPECT_TRUE(c.of("whom") & kWcRelative);
  EXPECT_FALSE(c.of("what") & kWcRelative);
  EXPECT_TRUE(c.of("another") & kWcIndefinite);
  EXPECT_FALSE(c.of("the") & kWcIndefinite);
  EXPECT_TRUE(c.of("however") & kWcAdverb);
  EXPECT_TRUE(c.of("poised") & kWcIntention);
  EXPECT_TRUE(c.of("delegation") & kWcCollective);
}

TEST(ClosedClasses, TitlesAndVerbsComeFromTheirResources) {
  const ClosedClasses& builtin = ClosedClasses::builtin();
  EXPECT_TRUE(builtin.of("gen") & kWcTitle);
  EXPECT_TRUE(builtin.of("mr") & kWcTitle);
  EXPECT_EQ(builtin.of("said") & kWcSpeechVerb, 0u);
  const ClosedClasses with_verbs({{"said", kWcSpeechVerb}, {"Believed", kWcCognitionVerb | kWcMonth}});
  EXPECT_TRUE(with_verbs.of("said") & kWcSpeechVerb);
  EXPECT_TRUE(with_verbs.of("believed") & kWcCognitionVerb);
  EXPECT_FALSE(with_verbs.of("believed") & kWcMonth);  // only verb classes come from the verb list
}

TEST(WordLayer, EveryTokenCarriesItsFoldAndClasses) {
  Document doc;
  doc.text = "ÉLYSÉE talks\n\nShe met Mr. Ó Briain on Friday, “They’re late,” he said.";
  segment(doc);
  ASSERT_FALSE(doc.tokens.empty());
  bool saw_she = false, saw_title = false, saw_friday = false, saw_clitic = false;
  for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
    const std::string_view fold = doc.token_fold(t);
    EXPECT_EQ(fold, fold_case(doc.token_form(t))) << t;
    if (!fold.ends_with('.')) {
      EXPECT_EQ(doc.tokens[t].classes, ClosedClasses::builtin().of(fold)) << fold;
    }
    saw_she = saw_she || (fold == "she" && doc.tokens[t].is(kWcFeminine));
    saw_title = saw_title || (fold == "mr." && doc.tokens[t].is(kWcTitle));
    saw_friday = saw_friday || (fold == "friday" && doc.tokens[t].is(kWcWeekday));
    saw_clitic = saw_clitic || (fold == "'re" && doc.tokens[t].is(kWcBe));
  }
  EXPECT_EQ(doc.token_fold(0), "élysée");
  EXPECT_EQ(doc.token_fold(0), fold_case("Élysée"));  // an accented capital matches its lower case
  EXPECT_TRUE(saw_she);
  EXPECT_TRUE(saw_friday);
  EXPECT_TRUE(saw_clitic);
  EXPECT_TRUE(saw_title);
}

}  // namespace
}  // namespace dossier::text
