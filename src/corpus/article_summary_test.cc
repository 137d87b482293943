#include "corpus/article_summary.h"

#include <gtest/gtest.h>

#include "corpus/corpus_test_support.h"
#include "dossier/error.h"
#include "util/model_file.h"

namespace dossier::corpus {
namespace {

using testing::Article;
using testing::day;
using testing::term_model;

Dossier two_articles() {
  return testing::analyze({{"a", "The Harbour Authority of Lessport closed the northern pier on Monday after a crane "
                                 "collapsed. Director Ilse Marrow said repairs would take until 3 March.",
                            day(2025, 2, 10), "Lessport Daily"},
                           {"b", "A crane collapsed at the northern pier, and the Harbour Authority closed it.",
                            std::nullopt, "Coast Wire"}});
}

void expect_same(const ArticleSummary& a, const ArticleSummary& b) {
  EXPECT_EQ(a.doc, b.doc);
  EXPECT_EQ(a.day, b.day);
  EXPECT_EQ(a.mentioned_days, b.mentioned_days);
  EXPECT_EQ(a.shingles, b.shingles);
  EXPECT_EQ(a.minhash, b.minhash);
  ASSERT_EQ(a.terms.size(), b.terms.size());
  for (size_t i = 0; i < a.terms.size(); ++i) {
    EXPECT_EQ(a.terms[i].term, b.terms[i].term);
    EXPECT_EQ(a.terms[i].count, b.terms[i].count);
  }
  ASSERT_EQ(a.entities.size(), b.entities.size());
  for (size_t i = 0; i < a.entities.size(); ++i) {
    EXPECT_EQ(a.entities[i].key, b.entities[i].key);
    EXPECT_EQ(a.entities[i].count, b.entities[i].count);
    EXPECT_EQ(a.entities[i].type, b.entities[i].type);
  }
  ASSERT_EQ(a.names.size(), b.names.size());
  for (size_t i = 0; i < a.names.size(); ++i) {
    EXPECT_EQ(a.names[i].key, b.names[i].key);
    EXPECT_EQ(a.names[i].name, b.names[i].name);
  }
  EXPECT_EQ(a.words, b.words);
  EXPECT_EQ(a.lead.per_document, b.lead.per_document);
  ASSERT_EQ(a.lead.sentences.size(), b.lead.sentences.size());
  for (size_t i = 0; i < a.lead.sentences.size(); ++i) {
    EXPECT_EQ(a.lead.sentences[i].sentence, b.lead.sentences[i].sentence);
    ASSERT_EQ(a.lead.sentences[i].terms.size(), b.lead.sentences[i].terms.size());
    for (size_t t = 0; t < a.lead.sentences[i].terms.size(); ++t) {
      EXPECT_EQ(a.lead.sentences[i].terms[t].term, b.lead.sentences[i].terms[t].term);
      EXPECT_EQ(a.lead.sentences[i].terms[t].count, b.lead.sentences[i].terms[t].count);
    }
  }
}

// A stored text summary, decoded and completed with the entities, is the summary computed whole.
TEST(ArticleSummaryCodec, DecodedSummaryCompletedEqualsComputed) {
  const Dossier dossier = two_articles();
  for (uint32_t i = 0; i < dossier.documents.size(); ++i) {
    const ArticleSummary computed = summarize_article(dossier, i, term_model());
    EXPECT_FALSE(computed.terms.empty());
    EXPECT_FALSE(computed.lead.sentences.empty());
    ArticleSummary read = decode_summary(encode_summary(summarize_text(dossier.documents[i], term_model())), "a");
    read.doc = i;
    add_entities(dossier, i, read);
    expect_same(read, computed);
  }
  const std::vector<std::string> stored = {encode_summary(summarize_text(dossier.documents[0], term_model())), ""};
  const auto all = summarize_articles(dossier, term_model(), 2, stored);
  ASSERT_EQ(all.size(), 2u);
  for (uint32_t i = 0; i < 2; ++i) expect_same(all[i], summarize_article(dossier, i, term_model()));
}

// Figures read with the summary are stored and read back as FigureReader reads them from the
// document; one beyond the article is refused.
TEST(ArticleSummaryCodec, FiguresRoundTrip) {
  const Dossier dossier = testing::analyze(
      {{"a", "Floods hit the valley of Marrow.\n\nAt least 12 people were killed and nearly 300 homes were "
             "damaged, officials said on Tuesday.",
        day(2025, 4, 8), "Valley Post"}});
  const FigureReader reader;
  const std::vector<Figure> direct = reader.read(dossier.documents[0], term_model());
  ASSERT_FALSE(direct.empty());
  EXPECT_FALSE(summarize_text(dossier.documents[0], term_model()).figures.has_value());
  const ArticleSummary s = summarize_text(dossier.documents[0], term_model(), &reader);
  const ArticleSummary read = decode_summary(encode_summary(s), "article a");
  check_summary(read, dossier.documents[0], "article a");
  ASSERT_TRUE(read.figures.has_value());
  ASSERT_EQ(read.figures->size(), direct.size());
  for (size_t i = 0; i < direct.size(); ++i) {
    const Figure& a = (*read.figures)[i];
    const Figure& b = direct[i];
    EXPECT_EQ(a.value, b.value);
    EXPECT_EQ(a.low, b.low);
    EXPECT_EQ(a.high, b.high);
    EXPECT_EQ(a.quantity, b.quantity);
    EXPECT_EQ(a.label, b.label);
    EXPECT_EQ(a.text, b.text);
    EXPECT_EQ(a.span, b.span);
    EXPECT_EQ(a.sentence, b.sentence);
    EXPECT_EQ(a.body_sentence, b.body_sentence);
  }
  ArticleSummary beyond = s;
  beyond.figures->front().span.end = static_cast<uint32_t>(dossier.documents[0].text.size() + 1);
  EXPECT_THROW(check_summary(decode_summary(encode_summary(beyond), "article a"), dossier.documents[0], "article a"),
               ModelError);
}

// A damaged or inconsistent encoding is refused with the name given.
TEST(ArticleSummaryCodec, DamagedEncodingsAreRefused) {
  EXPECT_THROW(decode_summary("junk", "article x"), ModelError);
  const Dossier dossier = two_articles();
  ArticleSummary s = summarize_text(dossier.documents[0], term_model());
  ASSERT_GT(s.shingles.size(), 2u);
  ArticleSummary unsorted = s;
  std::swap(unsorted.shingles[0], unsorted.shingles[1]);
  EXPECT_THROW(decode_summary(encode_summary(unsorted), "article x"), ModelError);
  ArticleSummary short_signature = s;
  short_signature.minhash.pop_back();
  EXPECT_THROW(decode_summary(encode_summary(short_signature), "article x"), ModelError);
  ArticleSummary beyond = s;
  ASSERT_FALSE(beyond.lead.sentences.empty());
  beyond.lead.sentences.back().sentence = static_cast<uint32_t>(dossier.documents[0].sentences.size());
  const ArticleSummary decoded = decode_summary(encode_summary(beyond), "article x");
  EXPECT_THROW(check_summary(decoded, dossier.documents[0], "article x"), ModelError);
  std::string bytes = encode_summary(s);
  bytes.back() = static_cast<char>(bytes.back() ^ 1);  // the checksum no longer matches
  try {
    decode_summary(bytes, "article x");
    FAIL() << "a damaged summary was read";
  } catch (const ModelError& e) {
    EXPECT_NE(std::string(e.what()).find("article x"), std::string::npos);
  }
}

}  // namespace
}  // namespace dossier::corpus
