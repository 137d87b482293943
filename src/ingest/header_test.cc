#include "ingest/header.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ingest/header_patterns.h"

namespace dossier::ingest {
namespace {

std::string kind_name(BlockKind kind) {
  switch (kind) {
    case BlockKind::kHeadline: return "headline";
    case BlockKind::kByline: return "byline";
    case BlockKind::kDateline: return "dateline";
    case BlockKind::kDateLine: return "date_line";
    case BlockKind::kSubhead: return "subhead";
    case BlockKind::kHeader: return "header";
    case BlockKind::kBody: return "body";
  }
  return "?";
}

// "kind: text" of every header span, checking they are sorted and do not overlap.
std::vector<std::string> headers(const std::string& text, ArticleMeta& meta) {
  recognize_headers(text, meta);
  std::vector<std::string> out;
  uint32_t previous_end = 0;
  for (const auto& h : meta.header_spans) {
    EXPECT_GE(h.span.begin, previous_end) << "spans overlap or are unsorted";
    EXPECT_LT(h.span.begin, h.span.end);
    EXPECT_LE(h.span.end, text.size());
    previous_end = h.span.end;
    out.push_back(kind_name(h.kind) + ": " + std::string(h.span.of(text)));
  }
  return out;
}

std::vector<std::string> headers(const std::string& text) {
  ArticleMeta meta;
  return headers(text, meta);
}

using Strings = std::vector<std::string>;

TEST(Header, FullWireLayout) {
  const std::string text =
      "Talks stall as ministers leave Geneva\n"
      "By Jane Okafor\n"
      "Published: 14 June 2023\n"
      "\n"
      "GENEVA (Reuters) - Talks on the river treaty stalled on Wednesday after two ministers left "
      "the table early.\n"
      "\n"
      "- Quotas unresolved -\n"
      "\n"
      "Negotiators said the gap on water quotas remained wide after three days of meetings.\n";
  ArticleMeta meta;
  EXPECT_EQ(headers(text, meta),
            (Strings{"headline: Talks stall as ministers leave Geneva", "byline: By Jane Okafor",
                     "date_line: Published: 14 June 2023", "dateline: GENEVA (Reuters) -",
                     "subhead: - Quotas unresolved -"}));
  EXPECT_EQ(meta.title, "Talks stall as ministers leave Geneva");
  EXPECT_EQ(meta.authors, Strings{"Jane Okafor"});
  EXPECT_EQ(meta.source, "Reuters");
  EXPECT_EQ(meta.dateline, "GENEVA");
  ASSERT_TRUE(meta.date);
  EXPECT_EQ(meta.date->iso(), "2023-06-14");
  EXPECT_EQ(meta.date_basis, DateBasis::kText);
  EXPECT_EQ(meta.date_evidence, "Published: 14 June 2023");
}

TEST(Header, AgencyStyleDatelines) {
  ArticleMeta meta;
  EXPECT_EQ(headers("Nairobi (Kenya) (AFP) - Kenyan officials said on Monday the road would "
                    "reopen.\n",
                    meta),
            Strings{"dateline: Nairobi (Kenya) (AFP) -"});
  EXPECT_EQ(meta.dateline, "Nairobi (Kenya)");
  EXPECT_EQ(meta.source, "AFP");

  ArticleMeta beirut;
  EXPECT_EQ(headers("BEIRUT \xE2\x80\x94 Lebanese officials met on Monday.\n", beirut),
            Strings{"dateline: BEIRUT \xE2\x80\x94"});
  EXPECT_EQ(beirut.dateline, "BEIRUT");
  EXPECT_EQ(beirut.source, "");

  ArticleMeta london;
  EXPECT_EQ(headers("LONDON, June 14 (Reuters) - Shares fell.\n", london),
            Strings{"dateline: LONDON, June 14 (Reuters) -"});
  EXPECT_EQ(london.dateline, "LONDON");
  EXPECT_EQ(london.source, "Reuters");
  EXPECT_FALSE(london.date);

  ArticleMeta dpa;
  EXPECT_EQ(headers("Berlin (dpa) - Die Regierung tagte.\n", dpa),
            Strings{"dateline: Berlin (dpa) -"});
  EXPECT_EQ(dpa.source, "dpa");
  EXPECT_EQ(dpa.dateline, "Berlin");
}

TEST(Header, DatelinesWithRegionsDatesAndColons) {
  ArticleMeta dc;
  EXPECT_EQ(headers("WASHINGTON, D.C., June 14, 2023 \xE2\x80\x93 The Senate voted.\n", dc),
            Strings{"dateline: WASHINGTON, D.C., June 14, 2023 \xE2\x80\x93"});
  EXPECT_EQ(dc.dateline, "WASHINGTON, D.C.");
  ASSERT_TRUE(dc.date);
  EXPECT_EQ(dc.date->iso(), "2023-06-14");
  EXPECT_EQ(dc.date_evidence, "WASHINGTON, D.C., June 14, 2023 \xE2\x80\x93");

  ArticleMeta delhi;
  EXPECT_EQ(headers("NEW DELHI: The government announced new rules.\n", delhi),
            Strings{"dateline: NEW DELHI:"});
  EXPECT_EQ(delhi.dateline, "NEW DELHI");

  ArticleMeta rio;
  EXPECT_EQ(headers("Rio de Janeiro (AFP) - Rain flooded streets.\n", rio),
            Strings{"dateline: Rio de Janeiro (AFP) -"});
  EXPECT_EQ(rio.dateline, "Rio de Janeiro");

  ArticleMeta sao;
  EXPECT_EQ(headers("S\xC3\x83O PAULO \xE2\x80\x94 Traders waited.\n", sao),
            Strings{"dateline: S\xC3\x83O PAULO \xE2\x80\x94"});

  ArticleMeta bloomberg;
  EXPECT_EQ(headers("(Bloomberg) -- Stocks fell in early trading.\n", bloomberg),
            Strings{"dateline: (Bloomberg) --"});
  EXPECT_EQ(bloomberg.source, "Bloomberg");
  EXPECT_EQ(bloomberg.dateline, "");
}

TEST(Header, SentencesAreNotDatelines) {
  EXPECT_EQ(headers("BEIRUT, the capital, was quiet on Monday.\n"), Strings{});
  EXPECT_EQ(headers("President Okafor \xE2\x80\x94 who took office in May \xE2\x80\x94 spoke.\n"),
            Strings{});
  EXPECT_EQ(headers("UPDATE 2-Talks stall in Geneva over water quotas.\n"), Strings{});
  EXPECT_EQ(headers("The Minister Of State For Water Affairs - Talks went on.\n"), Strings{});
}

TEST(Header, DateHeaderGluedToTheFirstSentence) {
  const std::string text = "Published: 14 June 2023 The minister said talks would resume.\n";
  ArticleMeta meta;
  EXPECT_EQ(headers(text, meta), Strings{"date_line: Published: 14 June 2023"});
  EXPECT_EQ(meta.date->iso(), "2023-06-14");

  ArticleMeta glued;
  EXPECT_EQ(headers("Talks stall\n\ndate 2023-06-14 BEIRUT \xE2\x80\x94 Officials met.\n", glued),
            (Strings{"headline: Talks stall", "date_line: date 2023-06-14",
                     "dateline: BEIRUT \xE2\x80\x94"}));
  EXPECT_EQ(glued.dateline, "BEIRUT");
  // Without a label a date opening a sentence is body text.
  EXPECT_EQ(headers("14 June 2023 The minister said talks would resume.\n"), Strings{});
}

TEST(Header, DateLinesInManyFormats) {
  const std::string intro = "Officials met on Monday and agreed to meet again next week.\n";
  for (const std::string line :
       {"date 2023-06-14", "Published: 14 June 2023", "Wednesday, June 14, 2023 10:32 AM EDT",
        "Updated 10:32 GMT, 14 June 2023", "14/06/2023", "Posted on Jun. 14, 2023",
        "Published 14 June 2023 | Updated 15 June 2023", "Datum: 14.06.2023"}) {
    ArticleMeta meta;
    EXPECT_EQ(headers(line + "\n\n" + intro, meta), Strings{"date_line: " + line}) << line;
    ASSERT_TRUE(meta.date) << line;
    EXPECT_EQ(meta.date->iso(), "2023-06-14") << line;
  }
  EXPECT_EQ(headers("03/04/2023\n\n" + intro), Strings{});
}

TEST(Header, MetadataDateIsKept) {
  ArticleMeta meta;
  meta.date = CivilDate{2023, 6, 1};
  meta.date_basis = DateBasis::kMetadata;
  EXPECT_EQ(headers("Published: 14 June 2023\n\nOfficials met on Monday.\n", meta),
            Strings{"date_line: Published: 14 June 2023"});
  EXPECT_EQ(meta.date->iso(), "2023-06-01");
  EXPECT_EQ(meta.date_basis, DateBasis::kMetadata);
  EXPECT_EQ(meta.date_evidence, "");
}

TEST(Header, Bylines) {
  const auto authors = [](const std::string& line) {
    const auto m = header::match_byline(line);
    return m ? m->authors : Strings{"<none>"};
  };
  EXPECT_EQ(authors("By Jane Okafor"), Strings{"Jane Okafor"});
  EXPECT_EQ(authors("BY JANE OKAFOR AND TOM BELL"), (Strings{"JANE OKAFOR", "TOM BELL"}));
  EXPECT_EQ(authors("By Jane Okafor, Tom Bell and Ana Ruiz"),
            (Strings{"Jane Okafor", "Tom Bell", "Ana Ruiz"}));
  EXPECT_EQ(authors("By Jane Okafor and Tom Bell in Nairobi"), (Strings{"Jane Okafor", "Tom Bell"}));
  EXPECT_EQ(authors("By Ludwig van der Berg"), Strings{"Ludwig van der Berg"});
  EXPECT_EQ(authors("By Hassan al-Amin"), Strings{"Hassan al-Amin"});
  EXPECT_EQ(authors("By J.R. O'Neill"), Strings{"J.R. O'Neill"});
  EXPECT_EQ(authors("Written by Jane Okafor"), Strings{"Jane Okafor"});
  EXPECT_EQ(authors("By Staff Writer"), Strings{});
  EXPECT_EQ(authors("By Monday, the talks had stalled."), Strings{"<none>"});
  EXPECT_EQ(authors("By the end of the week the dam was full."), Strings{"<none>"});
  EXPECT_EQ(authors("By 2030 the plant will close."), Strings{"<none>"});
  EXPECT_EQ(authors("Bystanders watched the march."), Strings{"<none>"});

  const auto reuters = header::match_byline("By Jane Okafor, Reuters");
  ASSERT_TRUE(reuters);
  EXPECT_EQ(reuters->source, "Reuters");
  const auto ap = header::match_byline("By JANE OKAFOR Associated Press");
  ASSERT_TRUE(ap);
  EXPECT_EQ(ap->authors, Strings{"JANE OKAFOR"});
  EXPECT_EQ(ap->source, "Associated Press");
  const auto dated = header::match_byline("By Jane Okafor | June 14, 2023");
  ASSERT_TRUE(dated && dated->date);
  EXPECT_EQ(dated->date->iso(), "2023-06-14");
}

TEST(Header, AgencyLineUnderByline) {
  ArticleMeta meta;
  EXPECT_EQ(headers("Dam opens after long delay\nBy JANE OKAFOR\nAssociated Press\n\n"
                    "The dam opened on Monday after years of delay.\n",
                    meta),
            (Strings{"headline: Dam opens after long delay", "byline: By JANE OKAFOR",
                     "header: Associated Press"}));
  EXPECT_EQ(meta.source, "Associated Press");
}

TEST(Header, DeckBetweenHeadlineAndByline) {
  EXPECT_EQ(headers("Talks stall in Geneva\nMinisters leave without a deal on quotas.\n"
                    "By Jane Okafor\n\nThe talks stalled on Wednesday.\n"),
            (Strings{"headline: Talks stall in Geneva",
                     "header: Ministers leave without a deal on quotas.",
                     "byline: By Jane Okafor"}));
}

TEST(Header, OutletAndDateOnOneLineUnderACreditWithoutAName) {
  const std::string text =
      "Bridge closed after barge strike\n\nStaff and wire reports\nThe Harbour Courier, March 3, 2024\n\n"
      "PORTVILLE \u2014 The main bridge into the city was closed on Saturday after a barge struck a pier.\n";
  ArticleMeta meta;
  EXPECT_EQ(headers(text, meta),
            (Strings{"headline: Bridge closed after barge strike", "header: Staff and wire reports",
                     "date_line: The Harbour Courier, March 3, 2024", "dateline: PORTVILLE \u2014"}));
  EXPECT_EQ(meta.source, "The Harbour Courier");
  ASSERT_TRUE(meta.date);
  EXPECT_EQ(meta.date->iso(), "2024-03-03");
  EXPECT_EQ(meta.dateline, "PORTVILLE");
  // A sentence with a date after a comma is no such line.
  ArticleMeta other;
  headers("Storm hits coast\n\nRain fell all day, March 3, 2024 was the wettest day.\n", other);
  EXPECT_EQ(other.source, "");
}

TEST(Header, NoHeadlineWhereTheTextStartsWithASentence) {
  EXPECT_EQ(headers("The minister said on Monday that the talks had stalled.\n\nMore followed.\n"),
            Strings{});
  // A hard-wrapped first sentence goes on in lower case.
  EXPECT_EQ(headers("Ministers from the region met in Geneva\non Monday to discuss the treaty.\n"),
            Strings{});
  // A lone line is no headline: there is no article under it.
  EXPECT_EQ(headers("Talks stall\n"), Strings{});
  EXPECT_EQ(headers("Will the talks resume?\n\nNobody knows yet.\n"),
            Strings{"headline: Will the talks resume?"});
}

TEST(Header, GivenTitleDecidesTheHeadline) {
  ArticleMeta same;
  same.title = "Talks  stall in Geneva";
  EXPECT_EQ(headers("Talks stall in Geneva\n\nThe talks stalled.\n", same),
            Strings{"headline: Talks stall in Geneva"});
  EXPECT_EQ(same.title, "Talks  stall in Geneva");
  ArticleMeta other;
  other.title = "Geneva talks";
  EXPECT_EQ(headers("Talks stall in Geneva\n\nThe talks stalled.\n", other), Strings{});
}

TEST(Header, SubheadsSeparatorsAndCredits) {
  const std::string prose =
      "The committee met for the third time this month and again failed to agree on quotas.";
  const std::string text = "GENEVA \xE2\x80\x94 " + prose + "\n\nWhat comes next\n\n" + prose +
                           "\n\n***\n\n" + prose +
                           "\n\n(Reporting by Jane Okafor and Tom Bell; Editing by Ana Ruiz)\n";
  ArticleMeta meta;
  EXPECT_EQ(headers(text, meta),
            (Strings{"dateline: GENEVA \xE2\x80\x94", "subhead: What comes next", "header: ***",
                     "header: (Reporting by Jane Okafor and Tom Bell; Editing by Ana Ruiz)"}));
  EXPECT_EQ(meta.authors, (Strings{"Jane Okafor", "Tom Bell"}));
  // A short line inside running prose is no subhead.
  EXPECT_EQ(headers(prose + "\n\nHe left\n\nshortly after.\n"), Strings{});
}

TEST(Header, WindowsLineEndingsAndBlankLinesAtTheTop) {
  const std::string text = "\r\n\r\nTalks stall\r\nBy Jane Okafor\r\n\r\nThe talks stalled.\r\n";
  EXPECT_EQ(headers(text), (Strings{"headline: Talks stall", "byline: By Jane Okafor"}));
}

TEST(Header, UnicodeSpacesMakeBlankLines) {
  const std::string prose =
      "The committee met for the third time this month and again failed to agree on quotas.";
  const std::string nbsp = "\xC2\xA0";
  EXPECT_EQ(headers(nbsp + "Talks stall" + nbsp + "\n" + nbsp + "\n" + prose + "\n" + nbsp + " \n" +
                    prose + "\n"),
            Strings{"headline: Talks stall"});
}

TEST(Header, EmptyAndOddTexts) {
  EXPECT_EQ(headers(""), Strings{});
  EXPECT_EQ(headers("\n\n\n"), Strings{});
  EXPECT_EQ(headers("-"), Strings{});
  EXPECT_EQ(headers("By"), Strings{});
  // Lines of punctuation alone after the first are separators, not sentences.
  EXPECT_EQ(headers("(\n)\n-- --\n"), (Strings{"header: )", "header: -- --"}));
}

}  // namespace
}  // namespace dossier::ingest
