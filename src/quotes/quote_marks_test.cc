#include "quotes/quote_marks.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quotes/units.h"

namespace dossier::quotes {
namespace {

std::vector<std::string> segments_of(const std::string& text) {
  std::vector<std::string> out;
  for (const QuoteSegment& s : find_quote_segments(text, line_paragraphs(text))) {
    out.emplace_back(s.span.of(text));
  }
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
  const std::string text = "“The first part.\n\n“The second part.”\n\nAfter.";
  const auto segments = find_quote_segments(text, line_paragraphs(text));
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
