#include "text/blocks.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dossier::text {
namespace {

struct Shown {
  std::string text;
  BlockKind kind;
  bool operator==(const Shown&) const = default;
};

std::vector<Shown> blocks_of(const std::string& text, const std::vector<HeaderSpan>& headers = {}) {
  std::vector<Shown> out;
  for (const Block& b : find_blocks(text, headers)) out.push_back({std::string(b.span.of(text)), b.kind});
  return out;
}

HeaderSpan header_of(const std::string& text, const std::string& part, BlockKind kind) {
  const auto begin = static_cast<uint32_t>(text.find(part));
  return {{begin, begin + static_cast<uint32_t>(part.size())}, kind};
}

TEST(Blocks, SplitsParagraphsAtBlankLines) {
  const std::string text = "  First paragraph,\nwrapped here.\n\n \t\nSecond one.\n";
  const std::vector<Shown> expected = {{"First paragraph,\nwrapped here.", BlockKind::kBody},
                                       {"Second one.", BlockKind::kBody}};
  EXPECT_EQ(blocks_of(text), expected);
}

TEST(Blocks, SplitsEveryLineWhenTheBodyHasNoBlankLine) {
  const std::string text = "Headline here\n\nFirst paragraph.\nSecond paragraph.\r\nThird.";
  const std::vector<HeaderSpan> headers = {header_of(text, "Headline here", BlockKind::kHeadline)};
  EXPECT_FALSE(has_blank_line_paragraphs(text, headers));
  const std::vector<Shown> expected = {{"Headline here", BlockKind::kHeadline},
                                       {"First paragraph.", BlockKind::kBody},
                                       {"Second paragraph.", BlockKind::kBody},
                                       {"Third.", BlockKind::kBody}};
  EXPECT_EQ(blocks_of(text, headers), expected);
  EXPECT_TRUE(has_blank_line_paragraphs("a\n\nb", {}));
  EXPECT_TRUE(has_blank_line_paragraphs("a\r\rb", {}));
  EXPECT_EQ(blocks_of("One.\rTwo.").size(), 2u);
}

TEST(Blocks, MakesEachHeaderSpanItsOwnBlock) {
  const std::string text =
      "Talks stall in Geneva\nBy Jane Okafor\nGENEVA \u2014 Talks stalled on Monday.\n\n- Next steps -\n\nBoth sides left.";
  const std::vector<HeaderSpan> headers = {header_of(text, "By Jane Okafor", BlockKind::kByline),
                                           header_of(text, "Talks stall in Geneva", BlockKind::kHeadline),
                                           header_of(text, "GENEVA \u2014", BlockKind::kDateline),
                                           header_of(text, "- Next steps -", BlockKind::kSubhead)};
  const std::vector<Shown> expected = {{"Talks stall in Geneva", BlockKind::kHeadline},
                                       {"By Jane Okafor", BlockKind::kByline},
                                       {"GENEVA \u2014", BlockKind::kDateline},
                                       {"Talks stalled on Monday.", BlockKind::kBody},
                                       {"- Next steps -", BlockKind::kSubhead},
                                       {"Both sides left.", BlockKind::kBody}};
  EXPECT_EQ(blocks_of(text, headers), expected);
}

TEST(Blocks, IgnoresBadHeaderSpans) {
  const std::string text = "caf\u00e9 one\n\ntwo";
  const std::vector<HeaderSpan> headers = {{{4, 6}, BlockKind::kHeadline},    // inside the é
                                           {{0, 99}, BlockKind::kHeadline},   // past the end
                                           {{3, 3}, BlockKind::kHeadline},    // empty
                                           {{0, 9}, BlockKind::kHeadline},    // good
                                           {{5, 12}, BlockKind::kByline}};    // overlaps
  const std::vector<Shown> expected = {{"caf\u00e9 one", BlockKind::kHeadline}, {"two", BlockKind::kBody}};
  EXPECT_EQ(blocks_of(text, headers), expected);
}

TEST(Blocks, EmptyAndBlankTextsHaveNoBlocks) {
  EXPECT_TRUE(blocks_of("").empty());
  EXPECT_TRUE(blocks_of(" \n\u00a0\n\u2029 ").empty());
}

}  // namespace
}  // namespace dossier::text
