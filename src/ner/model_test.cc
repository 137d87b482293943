#include "ner/model.h"

#include <gtest/gtest.h>

#include "dossier/error.h"
#include "ner/features.h"
#include "util/hash.h"

namespace dossier::ner {
namespace {

NerModel small_model() {
  NerModel m;
  m.description = "test";
  PassWeights pass;
  pass.groups = kAllFirstPassGroups;
  pass.row_bits = 10;
  pass.emissions.assign((size_t{1} << 10) * kNumLabels, 0);
  for (size_t i = 0; i < pass.emissions.size(); i += 37) pass.emissions[i] = static_cast<int16_t>(i % 200 - 100);
  for (size_t i = 0; i < pass.transitions.size(); ++i) pass.transitions[i] = static_cast<int32_t>(i) - 40;
  pass.start[1] = 5;
  m.passes.push_back(pass);
  pass.groups |= kGroupDocLabels;
  m.passes.push_back(pass);
  m.words = WordTable({util::fnv1a("a"), util::fnv1a("b")}, {WordInfo{{1, 2, 3}, 4, 5}, WordInfo{}});
  m.gazetteer.categories() = {"country"};
  m.gazetteer.add({util::fnv1a("chad")}, 0);
  m.gazetteer.freeze();
  return m;
}

TEST(NerModel, RoundTripsByteForByte) {
  const NerModel m = small_model();
  const std::string bytes = m.to_bytes();
  const NerModel back = NerModel::from_bytes(bytes, "mem");
  EXPECT_EQ(back.to_bytes(), bytes);
  ASSERT_EQ(back.passes.size(), 2u);
  EXPECT_EQ(back.passes[0].emissions, m.passes[0].emissions);
  EXPECT_EQ(back.passes[1].transitions, m.passes[1].transitions);
  const WordInfo* a = back.words.find(util::fnv1a("a"));
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->clusters[2], 3);
  EXPECT_EQ(a->cap_bin, 4);
}

TEST(NerModel, CorruptFilesAreRejected) {
  std::string bytes = small_model().to_bytes();
  std::string flipped = bytes;
  flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 1);
  EXPECT_THROW(NerModel::from_bytes(flipped, "mem"), ModelError);
  EXPECT_THROW(NerModel::from_bytes(bytes.substr(0, bytes.size() - 3), "mem"), ModelError);
  EXPECT_THROW(NerModel::load("/nonexistent/ner.model"), ModelError);
}

TEST(NerModel, FirstPassMustNotReadLabels) {
  NerModel m = small_model();
  m.passes[0].groups |= kGroupDocLabels;
  EXPECT_THROW(NerModel::from_bytes(m.to_bytes(), "mem"), ModelError);
}

}  // namespace
}  // namespace dossier::ner
