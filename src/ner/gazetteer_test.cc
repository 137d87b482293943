#include "ner/gazetteer.h"

#include <gtest/gtest.h>

#include "util/hash.h"

namespace dossier::ner {
namespace {

std::vector<uint64_t> hashes(std::initializer_list<std::string_view> words) {
  std::vector<uint64_t> out;
  for (const auto w : words) out.push_back(util::fnv1a(w));
  return out;
}

Gazetteer sample() {
  Gazetteer g;
  g.categories() = {"country", "region"};
  g.add(hashes({"south", "sudan"}), 0);
  g.add(hashes({"sudan"}), 0);
  g.add(hashes({"south", "kordofan"}), 1);
  g.freeze();
  return g;
}

TEST(Gazetteer, MarksBeginAndInside) {
  const Gazetteer g = sample();
  const auto sentence = hashes({"in", "south", "sudan", "today"});
  uint8_t begin[4], inside[4];
  g.match(sentence.data(), 4, begin, inside);
  EXPECT_EQ(begin[0], 0);
  EXPECT_EQ(begin[1], 1);   // "south sudan"
  EXPECT_EQ(inside[2], 1);  // inside "south sudan"
  EXPECT_EQ(begin[2], 1);   // "sudan"
  EXPECT_EQ(begin[3] | inside[3], 0);
}

TEST(Gazetteer, WholePhraseCategories) {
  const Gazetteer g = sample();
  const auto phrase = hashes({"south", "kordofan"});
  EXPECT_EQ(g.categories_of(phrase.data(), 2), 2);
  EXPECT_EQ(g.categories_of(phrase.data(), 1), 0);  // "south" alone is only a prefix
  EXPECT_EQ(g.category_bit("region"), 2);
  EXPECT_EQ(g.category_bit("city"), 0);
}

TEST(Gazetteer, SavesAndLoads) {
  const Gazetteer g = sample();
  util::ModelWriter w;
  g.save(w);
  util::ModelReader r = util::ModelReader::from_bytes(w.file_bytes("g", 1), "mem", "g", 1, 1);
  const Gazetteer back = Gazetteer::load(r);
  const auto phrase = hashes({"south", "sudan"});
  EXPECT_EQ(back.categories_of(phrase.data(), 2), 1);
  EXPECT_EQ(back.phrase_count(), 3u);
}

}  // namespace
}  // namespace dossier::ner
