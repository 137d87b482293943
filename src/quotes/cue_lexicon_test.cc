#include "quotes/cue_lexicon.h"

#include <gtest/gtest.h>

#include "dossier/error.h"

namespace dossier::quotes {
namespace {

CueLexicon sample() {
  CueEntry said{"said", "say", CuePos::kVerb, kAttested | kWordNetSpeech, 90, 100, 40, 50, 2, 100, 12, 11};
  CueEntry view{"view", "view", CuePos::kNoun, kAttested, 3, 30, 0, 0, 0, 20};
  Calibration calibration;
  calibration.quote.assign(kQuoteFeatureCount, 0.5f);
  calibration.speaker.assign(kQuoteFeatureCount, -0.25f);
  return CueLexicon({said, view}, calibration);
}

TEST(CueLexicon, FindsFormsAndRates) {
  const CueLexicon lexicon = sample();
  const int32_t said = lexicon.find("said");
  ASSERT_GE(said, 0);
  EXPECT_EQ(lexicon.entry(said).lemma, "say");
  EXPECT_FLOAT_EQ(lexicon.entry(said).cue_rate(), 0.9f);
  EXPECT_EQ(lexicon.find("walked"), -1);
}

TEST(CueLexicon, RoundTripsThroughTheModelFile) {
  const CueLexicon lexicon = CueLexicon::from_bytes(sample().file_bytes(), "sample");
  ASSERT_EQ(lexicon.size(), 2u);
  const CueEntry& view = lexicon.entry(lexicon.find("view"));
  EXPECT_EQ(view.pos, CuePos::kNoun);
  EXPECT_EQ(view.cue_count, 3u);
  EXPECT_EQ(view.text_count, 30u);
  EXPECT_EQ(lexicon.entry(lexicon.find("said")).object_count, 2u);
  EXPECT_EQ(lexicon.entry(lexicon.find("said")).that_text_count, 12u);
  EXPECT_EQ(lexicon.entry(lexicon.find("said")).that_cue_count, 11u);
  EXPECT_EQ(view.speech, 20u);
  EXPECT_EQ(lexicon.calibration().speaker, std::vector<float>(kQuoteFeatureCount, -0.25f));
}

TEST(CueLexicon, SpeechIsAMajorityOfCommunicationSenses) {
  const CueLexicon lexicon = sample();
  EXPECT_TRUE(lexicon.entry(lexicon.find("said")).is_speech());
  EXPECT_FALSE(lexicon.entry(lexicon.find("view")).is_speech());
  EXPECT_TRUE(lexicon.names_speech("said in a statement"));
  EXPECT_FALSE(lexicon.names_speech("view"));
  CueEntry according{"according", "accord", CuePos::kVerb, kAttested, 30, 31, 2, 20, 5};
  EXPECT_TRUE(according.is_speech());  // no attitude sense: attested as a cue
  according.origin = 0;
  EXPECT_FALSE(according.is_speech());
}

TEST(CueLexicon, RejectsACorruptFile) {
  std::string bytes = sample().file_bytes();
  bytes[bytes.size() - 3] ^= 0x5A;
  EXPECT_THROW(CueLexicon::from_bytes(bytes, "corrupt"), ModelError);
  EXPECT_THROW(CueLexicon::from_bytes(bytes.substr(0, 20), "short"), ModelError);
}

}  // namespace
}  // namespace dossier::quotes
