#include "quotes/cue_lexicon.h"

#include <gtest/gtest.h>

#include "dossier/error.h"

namespace dossier::quotes {
namespace {

CueLexicon sample() {
  CueEntry said{"said", "say", CuePos::kVerb, kAttested | kWordNetSpeech, 90, 100, 40, 50, 2};
  CueEntry view{"view", "view", CuePos::kNoun, kAttested, 3, 30, 0, 0, 0};
  return CueLexicon({said, view});
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
}

TEST(CueLexicon, RejectsACorruptFile) {
  std::string bytes = sample().file_bytes();
  bytes[bytes.size() - 3] ^= 0x5A;
  EXPECT_THROW(CueLexicon::from_bytes(bytes, "corrupt"), ModelError);
  EXPECT_THROW(CueLexicon::from_bytes(bytes.substr(0, 20), "short"), ModelError);
}

}  // namespace
}  // namespace dossier::quotes
