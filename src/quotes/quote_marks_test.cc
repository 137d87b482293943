#include "quotes/quote_marks.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/text_stage.h"

namespace dossier::quotes {
namespace {

Document document_of(const std::string& text) {
  Document doc;
  doc.text = text;
  text::segment(doc);
  return doc;
}

std::vector<QuoteSegment> segments_in(const Document& doc) {
  return find_quote_segments(doc, quote_paragraphs(doc));
}

std::vector<std::string> segments_of(const std::string& text) {
  const Document doc = document_of(text);
  std::vector<std::string> out;
  for (const QuoteSegment& s : segments_in(doc)) out.emplace_back(s.span.of(doc.text));
  return out;
}

using Texts = std::vector<std::string>;

TEST(QuoteMarks, CurlyDoubleAndSingle) {
  EXPECT_EQ(segments_of("He said “We won.” Then ‘fine,’ she said."),
            (Texts{"“We won.”", "‘fine,’"}));
}

TEST(QuoteMarks, StraightMarksPairByFlanking) {
  EXPECT_EQ(segments_of("\"No,\" he said, \"never.\""), (Texts{"\"No,\"", "\"never.\""}));
}

TEST(QuoteMarks, ApostrophesAreNotQuotes) {
  EXPECT_TRUE(segments_of("Don’t touch the voters’ ballots in the ’90s or Trump's.").empty());
  EXPECT_TRUE(segments_of("It's the workers' harbour, isn't it?").empty());
}

TEST(QuoteMarks, NestedQuotesStayInside) {
  EXPECT_EQ(segments_of("“She told me, ‘Hold the line,’ and I did,” Berg said."),
            (Texts{"“She told me, ‘Hold the line,’ and I did,”"}));
  EXPECT_EQ(segments_of("\"He called it 'a trap' twice,\" she said."),
            (Texts{"\"He called it 'a trap' twice,\""}));
}

TEST(QuoteMarks, DoubledTypewriterMarks) {
  EXPECT_EQ(segments_of("''It's ours,'' said Berg. ''He said 'no.''' Fine."),
            (Texts{"''It's ours,''", "''He said 'no.'''"}));
}

TEST(QuoteMarks, GuillemetsAndLowNine) {
  EXPECT_EQ(segments_of("«Nous restons», a-t-il dit. „Wir warten ab“, sagte sie."),
            (Texts{"«Nous restons»", "„Wir warten ab“"}));
}

TEST(QuoteMarks, QuoteOverParagraphsIsLinked) {
  const Document doc = document_of("“The first part.\n\n“The second part.”\n\nAfter.");
  const std::string& text = doc.text;
  const auto segments = segments_in(doc);
  ASSERT_EQ(segments.size(), 2u);
  EXPECT_FALSE(segments[0].closed);
  EXPECT_EQ(segments[0].span.of(text), "“The first part.");
  EXPECT_EQ(segments[1].continues, 0);
  EXPECT_TRUE(segments[1].closed);
}

TEST(QuoteMarks, UnclosedSingleIsDropped) {
  EXPECT_TRUE(segments_of("The 'trial run went on.").empty());
}

}  // namespace
}  // namespace dossier::quotes
