// The scorer counts as conlleval does: hand-made cases, and random files scored by both it and
// ../shared/eval/conlleval.py (when present) must give byte-identical reports.
#include "eval/conll_score.h"

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>

namespace dossier::eval {
namespace {

ChunkScorer score(const std::string& text) {
  ChunkScorer s;
  s.add_text(text, "mem");
  return s;
}

TEST(ConllScore, Iob1GoldAgainstIob2Predictions) {
  const ChunkScorer s = score("a I-PER B-PER\nb I-PER I-PER\nc O O\nd I-LOC B-LOC\n");
  EXPECT_EQ(s.total().gold, 2u);
  EXPECT_EQ(s.total().correct, 2u);
  EXPECT_EQ(s.tokens(), 4u);
}

TEST(ConllScore, PartialAndWrongTypeChunksScoreZero) {
  const ChunkScorer s = score(
      "a B-ORG B-ORG\nb I-ORG I-ORG\nc I-ORG O\nd O O\ne B-PER B-LOC\nf O O\ng B-LOC B-LOC\nh O I-LOC\n");
  EXPECT_EQ(s.total().correct, 0u);
  EXPECT_EQ(s.total().found, 3u);
  EXPECT_EQ(s.total().gold, 3u);
}

TEST(ConllScore, ReportFormat) {
  const ChunkScorer s = score(
      "a B-PER B-PER\nb I-PER I-PER\nc O O\nd B-LOC B-LOC\ne O B-ORG\nf B-ORG O\ng O O\nh B-MISC O\n");
  EXPECT_EQ(s.report(),
            "processed 8 tokens with 4 phrases; found: 3 phrases; correct: 2.\n"
            "accuracy:  62.50%; precision:  66.67%; recall:  50.00%; FB1:  57.14\n"
            "              LOC: precision: 100.00%; recall: 100.00%; FB1: 100.00  1\n"
            "             MISC: precision:   0.00%; recall:   0.00%; FB1:   0.00  0\n"
            "              ORG: precision:   0.00%; recall:   0.00%; FB1:   0.00  1\n"
            "              PER: precision: 100.00%; recall: 100.00%; FB1: 100.00  1\n"
            "F1 57.14\n");
}

std::string conlleval_script() {
  const char* env = std::getenv("DOSSIER_SHARED");
  const std::string shared = env != nullptr && *env != '\0' ? env : std::string(DOSSIER_SOURCE_DIR) + "/../shared";
  return shared + "/eval/conlleval.py";
}

std::string run(const std::string& command) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return out;
  std::array<char, 4096> buffer{};
  size_t n = 0;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) out.append(buffer.data(), n);
  pclose(pipe);
  return out;
}

TEST(ConllScore, AgreesWithConllevalPyOnRandomFiles) {
  const std::string script = conlleval_script();
  if (!std::filesystem::exists(script)) GTEST_SKIP() << "no " << script;
  std::mt19937 rng(3);
  const std::array<const char*, 10> tags{"O", "O", "O", "B-PER", "I-PER", "B-LOC", "I-LOC", "I-ORG", "B-MISC", "E-ORG"};
  const std::string path = std::filesystem::temp_directory_path() / "dossier_conll_score_test.txt";
  for (int trial = 0; trial < 2; ++trial) {
    std::string text = "-DOCSTART- -X- O O\n\n";
    for (int i = 0; i < 2000; ++i) {
      if (rng() % 9 == 0) text += "\n";
      const char* gold = tags[rng() % tags.size()];
      const char* pred = rng() % 3 == 0 ? tags[rng() % tags.size()] : gold;
      text += std::string("w X ") + gold + " " + pred + "\n";
    }
    std::ofstream(path, std::ios::binary) << text;
    EXPECT_EQ(score(text).report(), run("python3 " + script + " " + path)) << "trial " << trial;
  }
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace dossier::eval
