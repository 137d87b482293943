// dossier ner --conll: the input comes back with one more column, the predicted IOB2 tag.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>

#include "e2e/cli_runner.h"

namespace dossier::testing {
namespace {

using ::testing::HasSubstr;

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) out.push_back(line);
  return out;
}

TEST(NerCli, AddsThePredictedTagAsALastColumn) {
  const std::string dir = make_temp_dir();
  write_file(dir + "/in.conll",
             "-DOCSTART- -X- O O\n\nAmina NNP I-NP I-PER\nOkafor NNP I-NP I-PER\nflew VBD I-VP O\n"
             "to TO I-PP O\nLagos NNP I-NP I-LOC\n. . O O\n\nShe PRP I-NP O\nlanded VBD I-VP O\n"
             ". . O O\n");
  const CliResult r = run_cli({"ner", "--conll", dir + "/in.conll"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto out = lines(r.out);
  ASSERT_EQ(out.size(), 13u);
  EXPECT_EQ(out[0], "-DOCSTART- -X- O O O");
  EXPECT_EQ(out[1], "");
  EXPECT_EQ(out[2], "Amina NNP I-NP I-PER B-PER");
  EXPECT_EQ(out[3], "Okafor NNP I-NP I-PER I-PER");
  EXPECT_EQ(out[6], "Lagos NNP I-NP I-LOC B-LOC");
  EXPECT_EQ(out[8], "");
  EXPECT_EQ(out[9], "She PRP I-NP O O");
}

TEST(NerCli, BadInputIsNamedWithItsLine) {
  const std::string dir = make_temp_dir();
  write_file(dir + "/bad.conll", "Lagos NNP\nrain\n");
  const CliResult r = run_cli({"ner", "--conll", dir + "/bad.conll"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("bad.conll:2"));
  EXPECT_EQ(run_cli({"ner", "--conll", dir + "/absent.conll"}).exit_code, 2);
  EXPECT_EQ(run_cli({"ner"}).exit_code, 2);
}

}  // namespace
}  // namespace dossier::testing
