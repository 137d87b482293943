#include "text/text_stage.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "text/chars.h"
#include "text/normalize.h"
#include "util/utf8.h"

namespace dossier::text {
namespace {

Document document_of(std::string text, std::vector<HeaderSpan> headers = {}) {
  Document doc;
  doc.id = "test";
  doc.text = std::move(text);
  doc.meta.header_spans = std::move(headers);
  segment(doc);
  return doc;
}

HeaderSpan header_of(const std::string& text, const std::string& part, BlockKind kind) {
  const auto begin = static_cast<uint32_t>(text.find(part));
  return {{begin, begin + static_cast<uint32_t>(part.size())}, kind};
}

bool on_boundary(const std::string& text, uint32_t pos) {
  return pos == text.size() || (pos < text.size() && !util::is_continuation(static_cast<unsigned char>(text[pos])));
}

// Every invariant of the text layer; the first failure is reported with the text.
void check_layer(const Document& doc) {
  const std::string& text = doc.text;
  const auto size = static_cast<uint32_t>(text.size());
  uint32_t previous_block_end = 0;
  uint32_t next_sentence = 0;
  for (uint32_t b = 0; b < doc.blocks.size(); ++b) {
    const Block& block = doc.blocks[b];
    ASSERT_LE(previous_block_end, block.span.begin) << text;
    ASSERT_LT(block.span.begin, block.span.end) << text;
    ASSERT_LE(block.span.end, size) << text;
    ASSERT_TRUE(on_boundary(text, block.span.begin) && on_boundary(text, block.span.end)) << text;
    ASSERT_EQ(block.first_sentence, next_sentence) << text;
    ASSERT_GE(block.sentence_count, 1u) << text;
    next_sentence += block.sentence_count;
    previous_block_end = block.span.end;
  }
  ASSERT_EQ(next_sentence, doc.sentences.size()) << text;
  uint32_t next_token = 0;
  uint32_t previous_sentence_end = 0;
  for (const Sentence& s : doc.sentences) {
    ASSERT_LT(s.block, doc.blocks.size()) << text;
    ASSERT_TRUE(doc.blocks[s.block].span.contains(s.span)) << text;
    ASSERT_LE(previous_sentence_end, s.span.begin) << text;
    ASSERT_EQ(s.first_token, next_token) << text;
    ASSERT_GE(s.token_count, 1u) << text;
    ASSERT_EQ(s.span.begin, doc.tokens[s.first_token].span.begin) << text;
    ASSERT_EQ(s.span.end, doc.tokens[s.first_token + s.token_count - 1].span.end) << text;
    next_token += s.token_count;
    previous_sentence_end = s.span.end;
  }
  ASSERT_EQ(next_token, doc.tokens.size()) << text;
  std::vector<bool> covered(size, false);
  uint32_t previous_token_end = 0;
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
    const Token& t = doc.tokens[i];
    ASSERT_LE(previous_token_end, t.span.begin) << text;
    ASSERT_LT(t.span.begin, t.span.end) << text;
    ASSERT_TRUE(on_boundary(text, t.span.begin) && on_boundary(text, t.span.end))
        << "token " << i << " [" << t.span.begin << ", " << t.span.end << ") of " << text;
    ASSERT_FALSE(is_space_kind(char_kind(code_point_at(text, t.span.begin).value))) << text;
    ASSERT_TRUE(t.norm == Token::kNoNorm || t.norm < doc.token_norms.size()) << text;
    ASSERT_FALSE(doc.token_form(i).empty() && t.norm == Token::kNoNorm) << text;
    ASSERT_TRUE(!t.has(kTokAbbrev) || text[t.span.end - 1] == '.') << text;
    std::string form;
    const bool changed = append_matching_form(doc.slice(t.span), form);
    ASSERT_EQ(doc.token_form(i), changed ? std::string_view(form) : doc.slice(t.span)) << text;
    const int32_t sentence = doc.sentence_at(t.span.begin);
    ASSERT_GE(sentence, 0) << text;
    ASSERT_EQ(t.has(kTokSentenceStart), doc.sentences[static_cast<size_t>(sentence)].first_token == i) << text;
    for (uint32_t p = t.span.begin; p < t.span.end; ++p) covered[p] = true;
    previous_token_end = t.span.end;
  }
  // Every character that is not white space belongs to a token.
  for (uint32_t pos = 0; pos < size;) {
    const CodePoint cp = code_point_at(text, pos);
    if (!is_space_kind(char_kind(cp.value))) {
      ASSERT_TRUE(covered[pos]) << "offset " << pos << " of " << text;
    }
    pos += cp.length;
  }
}

TEST(TextStage, SegmentsAnArticleWithHeaders) {
  const std::string text =
      "Flood waters recede in Port Amara\n"
      "By Lena Duarte\n"
      "PORT AMARA \u2014 Residents returned on Tuesday after the river fell 2.5 metres overnight.\n\n"
      "\u201cWe lost everything,\u201d said Mr. Okoye, a baker. Lt. Gen. R. Salas said the U.S. sent aid.\n\n"
      "Officials expect more rain.";
  const Document doc = document_of(text, {header_of(text, "Flood waters recede in Port Amara", BlockKind::kHeadline),
                                          header_of(text, "By Lena Duarte", BlockKind::kByline),
                                          header_of(text, "PORT AMARA \u2014", BlockKind::kDateline)});
  check_layer(doc);
  ASSERT_EQ(doc.blocks.size(), 6u);
  EXPECT_EQ(doc.blocks[0].kind, BlockKind::kHeadline);
  EXPECT_EQ(doc.blocks[2].kind, BlockKind::kDateline);
  EXPECT_EQ(doc.blocks[3].kind, BlockKind::kBody);
  std::vector<std::string> sentences;
  for (const Sentence& s : doc.sentences) sentences.emplace_back(doc.slice(s.span));
  EXPECT_EQ(sentences, (std::vector<std::string>{
                           "Flood waters recede in Port Amara", "By Lena Duarte", "PORT AMARA \u2014",
                           "Residents returned on Tuesday after the river fell 2.5 metres overnight.",
                           "\u201cWe lost everything,\u201d said Mr. Okoye, a baker.",
                           "Lt. Gen. R. Salas said the U.S. sent aid.", "Officials expect more rain."}));
  EXPECT_FALSE(doc.is_body(doc.sentences[0]));
  EXPECT_TRUE(doc.is_body(doc.sentences[3]));
  // The matching form of the curly quote is straight; the text is untouched.
  const Sentence& quote = doc.sentences[4];
  EXPECT_EQ(doc.token_form(quote.first_token), "\"");
  EXPECT_EQ(doc.slice(doc.tokens[quote.first_token].span), "\u201c");
  EXPECT_EQ(doc.token_form(doc.sentences[2].first_token + 2), "-");
}

TEST(TextStage, ReplacesEarlierLayers) {
  Document doc = document_of("One. Two.");
  segment(doc);
  check_layer(doc);
  EXPECT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(doc.tokens.size(), 4u);
}

TEST(TextStage, EmptyTextHasNoLayers) {
  const Document doc = document_of(" \n\t ");
  EXPECT_TRUE(doc.blocks.empty());
  EXPECT_TRUE(doc.tokens.empty());
}

// Random texts from pieces that exercise every rule, plus random code points.
std::string random_text(std::mt19937& rng) {
  static const std::vector<std::string> pieces = {
      "word", "Word", "U.S.", "Mr.", "Gen.", "No.", "J.", "1,000.50", "3.5%", "don't", "'s", "O'Neil",
      ".", ". ", "...", "\u2026", "?", "!", "?!", ",", ";", ":", "\"", "'", "``", "''", "\u201c", "\u201d",
      "\u2018", "\u2019", "(", ")", "[", "]", "-", "--", "\u2014", "\u2013", " ", " ", " ", "  ", "\n",
      "\n\n", "\r\n", "\t", "\u00a0", "\u200b", "\u00ad", "\u200d", "\ufeff", "\u2028", "1.", "\u2022",
      "http://x.org/a(b)", "www.y.com.", "a@b.cd", "@h", "#t", "e\u0301", "\u0301", "\ufb01", "\uff21",
      "\u5317\u4eac", "\U0001F44D\U0001F3FD", "\U0001F1EB\U0001F1F7", "\u0627\u0644", "\u0416", "&",
      "AT&T", "5-1/2", "'90s", "n't", "`", "$", "/", "_", "@", "#", "e.g.", "a.m.", "The", "the"};
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(0, 60);
  std::uniform_int_distribution<int> coin(0, 9);
  std::uniform_int_distribution<uint32_t> code_point(1, 0x10FFFF);
  std::string text;
  const int n = length(rng);
  for (int i = 0; i < n; ++i) {
    if (coin(rng) == 0) {
      char32_t c = code_point(rng);
      if (c >= 0xD800 && c <= 0xDFFF) c = 'x';
      util::append_utf8(text, c);
    } else {
      text += pieces[pick(rng)];
    }
  }
  return text;
}

// Random header spans on code-point boundaries, some overlapping or empty.
std::vector<HeaderSpan> random_headers(const std::string& text, std::mt19937& rng) {
  std::vector<HeaderSpan> headers;
  std::uniform_int_distribution<uint32_t> offset(0, static_cast<uint32_t>(text.size()));
  std::uniform_int_distribution<int> count(0, 3);
  const int n = count(rng);
  for (int i = 0; i < n; ++i) {
    uint32_t a = offset(rng);
    uint32_t b = offset(rng);
    while (a > 0 && !on_boundary(text, a)) --a;
    while (b > 0 && !on_boundary(text, b)) --b;
    if (a > b) std::swap(a, b);
    headers.push_back({{a, b}, static_cast<BlockKind>(1 + i % 6)});
  }
  return headers;
}

TEST(TextStage, LayersAreWellFormedOnRandomTexts) {
  std::mt19937 rng(20240611);
  for (int i = 0; i < 3000; ++i) {
    const std::string text = random_text(rng);
    const Document doc = document_of(text, random_headers(text, rng));
    check_layer(doc);
    if (HasFatalFailure()) return;
  }
}

}  // namespace
}  // namespace dossier::text
