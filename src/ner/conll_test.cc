#include "ner/conll.h"

#include <gtest/gtest.h>

#include "dossier/error.h"

namespace dossier::ner {
namespace {

constexpr const char* kSample =
    "-DOCSTART- -X- O O\n\nAmina NNP I-NP I-PER\nMwangi NNP I-NP I-PER\nspoke VBD I-VP O\n\n"
    "-DOCSTART- -X- O O\n\nNakuru NNP I-NP I-LOC\n";

TEST(Conll, ParsesDocumentsAndSentences) {
  const ConllFile file = parse_conll(kSample, "mem");
  ASSERT_EQ(file.documents.size(), 2u);
  EXPECT_EQ(file.columns, 4u);
  ASSERT_EQ(file.documents[0].sentences.size(), 1u);
  EXPECT_EQ(file.documents[0].sentences[0].size(), 3u);
  const TagDocument d = tag_document(file, file.documents[0]);
  EXPECT_EQ(d.forms[1], "Mwangi");
  const std::vector<Label> gold = gold_labels(file, file.documents[0], "mem");
  EXPECT_EQ(gold[0], begin_label(NerClass::kPer));
  EXPECT_EQ(gold[1], inside_label(NerClass::kPer));
  EXPECT_EQ(gold[2], kOutside);
}

TEST(Conll, WritesOneMoreColumn) {
  const ConllFile file = parse_conll(kSample, "mem");
  std::string out;
  write_with_predictions(file,
                         {{begin_label(NerClass::kPer), inside_label(NerClass::kPer), kOutside},
                          {begin_label(NerClass::kLoc)}},
                         out);
  EXPECT_EQ(out,
            "-DOCSTART- -X- O O O\n\nAmina NNP I-NP I-PER B-PER\nMwangi NNP I-NP I-PER I-PER\n"
            "spoke VBD I-VP O O\n\n-DOCSTART- -X- O O O\n\nNakuru NNP I-NP I-LOC B-LOC\n\n");
}

TEST(Conll, TextBeforeTheFirstDocstartIsADocument) {
  const ConllFile file = parse_conll("Oslo\r\n\nrain\n", "mem");
  ASSERT_EQ(file.documents.size(), 1u);
  EXPECT_EQ(file.documents[0].sentences.size(), 2u);
  EXPECT_EQ(file.columns, 1u);
}

TEST(Conll, ColumnMismatchNamesTheLine) {
  try {
    parse_conll("a B-PER\nb\n", "f.conll");
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_EQ(e.line(), 2u);
    EXPECT_EQ(e.file(), "f.conll");
  }
}

TEST(Conll, BadGoldTagIsAnError) {
  const ConllFile file = parse_conll("a B-PERSON\n", "mem");
  EXPECT_THROW(gold_labels(file, file.documents[0], "mem"), InputError);
}

}  // namespace
}  // namespace dossier::ner
