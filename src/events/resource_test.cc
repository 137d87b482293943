// The committed resources (models/events.dsr, models/lexicon.dsr) on sentences written for the
// tests: real countries, capitals standing for governments, agents, the CAMEO families.
#include <gtest/gtest.h>

#include <cstdlib>

#include "events/test_support.h"

namespace dossier::events {
namespace {

std::string models_dir() {
  const char* env = std::getenv("DOSSIER_MODELS");
  return env != nullptr && *env != '\0' ? env : DOSSIER_SOURCE_DIR "/models";
}

class Resource : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    verbs_ = new VerbDictionary(VerbDictionary::load(models_dir() + "/events.dsr"));
    lexicon_ = new lexicon::Lexicon(lexicon::Lexicon::load(models_dir() + "/lexicon.dsr"));
  }
  static void TearDownTestSuite() {
    delete verbs_;
    delete lexicon_;
  }

  // "code source_code target_code" of each event.
  std::vector<std::string> code(const std::string& text) const {
    const EventCoder coder(*verbs_, *lexicon_);
    const Document doc = testing::code_text(coder, text);
    std::vector<std::string> out;
    for (const Event& e : doc.events) out.push_back(e.code + " " + e.source_code + " " + e.target_code);
    return out;
  }

  static VerbDictionary* verbs_;
  static lexicon::Lexicon* lexicon_;
};

VerbDictionary* Resource::verbs_ = nullptr;
lexicon::Lexicon* Resource::lexicon_ = nullptr;

TEST_F(Resource, HoldsTheCameoDictionary) {
  EXPECT_GT(verbs_->block_count(), 350u);
  EXPECT_GT(verbs_->pattern_count(), 4000u);
  EXPECT_EQ(verbs_->code(verbs_->code_id("138")).label, "Threaten to use military force, not specified below");
  EXPECT_EQ(verbs_->code(verbs_->code_id("042")).quad_class, 1);
}

TEST_F(Resource, ActorsTakeCountryAndSectorCodes) {
  EXPECT_EQ(code("Kenyan police arrested dozens of protesters in Nairobi."),
            std::vector<std::string>{"173 KENCOP KENOPP"});  // "protesters in Nairobi"

  // A capital that acts is its government; the White House is the US administration.
  EXPECT_EQ(code("Beijing accused the White House of interference."),
            std::vector<std::string>{"112 CHNGOV USAGOV"});
}

TEST_F(Resource, CodesTheFamiliesOfTheIssue) {
  EXPECT_EQ(code("The Turkish foreign minister visited Greece."),
            (std::vector<std::string>{"042 TURGOV GRC", "043 GRC TURGOV"}));
  EXPECT_EQ(code("Norway hosted the Colombian delegation.")[0].substr(0, 3), "043");
  EXPECT_EQ(code("Chile offered to meet Bolivia.")[0].substr(0, 3), "036");
  EXPECT_EQ(code("Colombia will meet rebel leaders.")[0].substr(0, 3), "036");
  EXPECT_EQ(code("Mali called for humanitarian aid.")[0].substr(0, 4), "0233");
  EXPECT_EQ(code("Serbia rejected the Croatian proposal.")[0].substr(0, 2), "12");
  EXPECT_EQ(code("India threatened to attack Pakistan.")[0].substr(0, 3), "138");
  EXPECT_EQ(code("Syrian troops shelled Homs.")[0].substr(0, 2), "19");
}

}  // namespace
}  // namespace dossier::events
