// The committed model on invented headlines: Title Case and ALL CAPS lines must not turn every
// capitalised word into an entity, and the names in them must still be found.
#include "ner/tagger.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include "ner/conll.h"

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

struct Tagged {
  ConllFile file;
  std::vector<std::vector<Label>> gold, predicted;
  std::vector<std::vector<CaseMode>> modes;
};

Tagged tag_fixture() {
  Tagged t;
  t.file = read_conll(std::string(DOSSIER_SOURCE_DIR) + "/src/ner/testdata/headlines.conll");
  const Tagger tagger(model());
  TaggerScratch scratch;
  for (const auto& d : t.file.documents) {
    t.gold.push_back(gold_labels(t.file, d, "headlines.conll"));
    t.predicted.emplace_back();
    tagger.tag(tag_document(t.file, d), scratch, t.predicted.back());
    t.modes.push_back(scratch.extractor.sentence_modes());
  }
  return t;
}

TEST(Tagger, HeadlinesDoNotMakeEveryCapitalisedWordAName) {
  const Tagged t = tag_fixture();
  int capitalised_plain = 0, tagged_plain = 0;
  for (size_t d = 0; d < t.gold.size(); ++d) {
    const TagDocument doc = tag_document(t.file, t.file.documents[d]);
    for (size_t s = 0; s < doc.sentences.size(); ++s) {
      if (t.modes[d][s] == CaseMode::kNormal) continue;
      for (uint32_t i = doc.sentences[s].first; i < doc.sentences[s].first + doc.sentences[s].count; ++i) {
        if (t.gold[d][i] != kOutside) continue;
        ++capitalised_plain;
        if (t.predicted[d][i] != kOutside) {
          ++tagged_plain;
          ADD_FAILURE() << "tagged '" << doc.forms[i] << "' as " << label_name(t.predicted[d][i]);
        }
      }
    }
  }
  EXPECT_GT(capitalised_plain, 50);
  EXPECT_LE(tagged_plain * 20, capitalised_plain) << tagged_plain << " of " << capitalised_plain;
}

TEST(Tagger, FindsTheNamesInHeadlinesAndBody) {
  const Tagged t = tag_fixture();
  int names = 0, found = 0;
  for (size_t d = 0; d < t.gold.size(); ++d) {
    for (size_t i = 0; i < t.gold[d].size(); ++i) {
      if (t.gold[d][i] == kOutside) continue;
      ++names;
      if (t.predicted[d][i] == t.gold[d][i]) ++found;
    }
  }
  EXPECT_GE(found * 10, names * 9) << found << " of " << names << " name tokens";
}

TEST(Tagger, RecognisesTheCaseModesOfTheFixture) {
  const Tagged t = tag_fixture();
  ASSERT_EQ(t.modes.size(), 3u);
  EXPECT_EQ(t.modes[0][0], CaseMode::kTitle);
  EXPECT_EQ(t.modes[0][1], CaseMode::kAllCaps);
  EXPECT_EQ(t.modes[0][2], CaseMode::kNormal);
}

TEST(Tagger, SameDocumentSameLabels) {
  const ConllFile file = parse_conll("Talks\nin\nGeneva\nresumed\n.\n", "mem");
  const Tagger tagger(model());
  TaggerScratch scratch;
  std::vector<Label> a, b;
  tagger.tag(tag_document(file, file.documents[0]), scratch, a);
  tagger.tag(tag_document(file, file.documents[0]), scratch, b);
  EXPECT_EQ(a, b);
  EXPECT_EQ(a[2], begin_label(NerClass::kLoc));
}

TEST(Tagger, TokensOutsideSentencesStayOutside) {
  TagDocument d;
  d.forms = {"Geneva", "Talks", "in", "Geneva", "resumed", "Geneva"};
  d.sentences = {TagSentence{1, 4, SentenceKind::kBody}};
  const Tagger tagger(model());
  TaggerScratch scratch;
  std::vector<Label> labels;
  tagger.tag(d, scratch, labels);
  ASSERT_EQ(labels.size(), 6u);
  EXPECT_EQ(labels[0], kOutside);
  EXPECT_EQ(labels[3], begin_label(NerClass::kLoc));
  EXPECT_EQ(labels[5], kOutside);
}

}  // namespace
}  // namespace dossier::ner
