#include "store/codec.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "dossier/error.h"
#include "store/store_test_support.h"

namespace dossier::store {
namespace {

using testing::demo_first_half;
using testing::demo_second_half;
using testing::json_of;
using testing::test_pipeline;

Dossier analysed_demo() {
  auto paths = demo_first_half();
  for (auto& p : demo_second_half()) paths.push_back(p);
  return test_pipeline().analyze_paths(paths);
}

// Every layer and the corpus result come back as they were: the JSON writer, which reads every
// layer, writes the same bytes for the decoded dossier.
TEST(CodecTest, DocumentsAndCorpusRoundTrip) {
  const Dossier original = analysed_demo();
  ASSERT_GT(original.entities.size(), 0u);
  ASSERT_TRUE(std::any_of(original.documents.begin(), original.documents.end(),
                          [](const Document& d) { return !d.attributions.empty(); }));
  Dossier decoded;
  for (const Document& doc : original.documents) {
    Document copy;
    copy.id = doc.id;
    copy.path = doc.path;
    copy.text = doc.text;
    decode_layers(encode_layers(doc), "test", copy);
    EXPECT_EQ(encode_layers(copy), encode_layers(doc));
    EXPECT_EQ(copy.tokens.size(), doc.tokens.size());
    decoded.documents.push_back(std::move(copy));
  }
  decode_corpus(encode_corpus(original), "test", decoded);
  decoded.diagnostics = original.diagnostics;
  EXPECT_EQ(json_of(decoded), json_of(original));
  EXPECT_EQ(encode_corpus(decoded), encode_corpus(original));
}

TEST(CodecTest, MetaRoundTrip) {
  ArticleMeta meta;
  meta.title = "Dam holds";
  meta.authors = {"A. Writer", "B. Writer"};
  meta.date = CivilDate{2025, 11, 7};
  meta.date_basis = DateBasis::kText;
  meta.header_spans.push_back({Span{0, 9}, BlockKind::kHeadline});
  const ArticleMeta back = decode_meta(encode_meta(meta), "test");
  EXPECT_EQ(back.title, meta.title);
  EXPECT_EQ(back.authors, meta.authors);
  EXPECT_EQ(back.date, meta.date);
  EXPECT_EQ(back.date_basis, meta.date_basis);
  ASSERT_EQ(back.header_spans.size(), 1u);
  EXPECT_EQ(back.header_spans[0].span, (Span{0, 9}));
}

// A damaged or truncated row is refused with the row's name, never misread.
TEST(CodecTest, DamagedBytesAreRefused) {
  const Dossier original = analysed_demo();
  const Document& doc = original.documents.front();
  std::string bytes = encode_layers(doc);
  Document target;
  target.text = doc.text;
  std::string flipped = bytes;
  flipped[bytes.size() / 2] = static_cast<char>(flipped[bytes.size() / 2] ^ 0x40);
  EXPECT_THROW(decode_layers(flipped, "row 1", target), ModelError);
  EXPECT_THROW(decode_layers(bytes.substr(0, bytes.size() - 3), "row 1", target), ModelError);
  // The same layers against a shorter text: spans are checked against it.
  target.text = doc.text.substr(0, doc.text.size() / 2);
  EXPECT_THROW(decode_layers(bytes, "row 1", target), ModelError);
  // A corpus result made for other articles.
  Dossier fewer;
  fewer.documents.push_back(doc);
  EXPECT_THROW(decode_corpus(encode_corpus(original), "corpus", fewer), ModelError);
}

}  // namespace
}  // namespace dossier::store

namespace dossier::store {
namespace {

// Writes the seed corpus of fuzz/store_layers.cc (run with --gtest_also_run_disabled_tests):
// the demo's articles with their layers and the corpus result over the first one.
TEST(CodecTest, DISABLED_WriteFuzzSeeds) {
  const Dossier original = test_pipeline().analyze_paths(
      {testing::demo("2025-11-07-mpa-dam-burst.txt"), testing::demo("2025-11-08-valdoria-today-toll.html")});
  for (size_t i = 0; i < original.documents.size(); ++i) {
    const Document& doc = original.documents[i];
    Dossier one;
    one.documents.push_back(doc);
    const std::string layers = encode_layers(doc);
    std::string seed;
    seed.push_back(static_cast<char>(doc.text.size() & 0xFF));
    seed.push_back(static_cast<char>(doc.text.size() >> 8));
    seed += doc.text;
    for (int b = 0; b < 4; ++b) seed.push_back(static_cast<char>((layers.size() >> (8 * b)) & 0xFF));
    seed += layers;
    seed += encode_corpus(one);
    std::ofstream(std::string(DOSSIER_SOURCE_DIR) + "/fuzz/corpus/fuzz_store_layers/demo-" +
                  std::to_string(i + 1), std::ios::binary) << seed;
  }
}

}  // namespace
}  // namespace dossier::store
