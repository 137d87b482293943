#include "util/model_file.h"

#include <gtest/gtest.h>

#include "dossier/error.h"

namespace dossier::util {
namespace {

std::string sample_file() {
  ModelWriter w;
  w.u32(7);
  w.string("hello");
  const std::vector<float> weights{1.5f, -2.0f};
  w.f32_array(weights);
  w.f64(0.25);
  return w.file_bytes("test", 3);
}

TEST(ModelFile, RoundTrips) {
  ModelReader r = ModelReader::from_bytes(sample_file(), "mem", "test", 1, 3);
  EXPECT_EQ(r.version(), 3u);
  EXPECT_EQ(r.u32(), 7u);
  EXPECT_EQ(r.string(), "hello");
  EXPECT_EQ(r.f32_array(), (std::vector<float>{1.5f, -2.0f}));
  EXPECT_EQ(r.f64(), 0.25);
  EXPECT_NO_THROW(r.expect_end());
}

TEST(ModelFile, IsLittleEndianOnDisk) {
  const std::string bytes = sample_file();
  // magic 8, container 4, kind length 4, "test" 4, version 4, size 8, checksum 4.
  EXPECT_EQ(bytes.substr(8, 4), std::string("\x01\x00\x00\x00", 4));
  EXPECT_EQ(bytes.substr(20, 4), std::string("\x03\x00\x00\x00", 4));
  EXPECT_EQ(bytes.substr(36, 4), std::string("\x07\x00\x00\x00", 4));
}

TEST(ModelFile, RejectsWrongKindVersionAndCorruption) {
  EXPECT_THROW(ModelReader::from_bytes(sample_file(), "mem", "other", 1, 3), ModelError);
  EXPECT_THROW(ModelReader::from_bytes(sample_file(), "mem", "test", 4, 5), ModelError);
  std::string corrupt = sample_file();
  corrupt.back() ^= 1;
  EXPECT_THROW(ModelReader::from_bytes(corrupt, "mem", "test", 1, 3), ModelError);
  EXPECT_THROW(ModelReader::from_bytes("DOSSIER", "mem", "test", 1, 3), ModelError);
  EXPECT_THROW(ModelReader::from_bytes(sample_file().substr(0, 40), "mem", "test", 1, 3),
               ModelError);
}

TEST(ModelFile, ReadingPastTheEndThrows) {
  ModelReader r = ModelReader::from_bytes(sample_file(), "mem", "test", 1, 3);
  r.u32();
  r.string();
  r.f32_array();
  r.f64();
  EXPECT_THROW(r.u32(), ModelError);
}

TEST(ModelFile, HugeCountsAreRejectedBeforeAllocating) {
  ModelWriter w;
  w.u64(1ull << 60);  // claims an enormous array
  ModelReader r = ModelReader::from_bytes(w.file_bytes("test", 1), "mem", "test", 1, 1);
  EXPECT_THROW(r.f32_array(), ModelError);
}

TEST(ModelFile, ErrorNamesTheFile) {
  try {
    ModelReader::open("/nonexistent/ner.model", "ner", 1, 1);
    FAIL();
  } catch (const ModelError& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent/ner.model"), std::string::npos);
  }
}

}  // namespace
}  // namespace dossier::util
