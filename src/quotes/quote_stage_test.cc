#include "quotes/quote_stage.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "ingest/header.h"
#include "quotes/cue_lexicon.h"
#include "text/text_stage.h"
#include "util/file.h"

namespace dossier::quotes {
namespace {

const CueLexicon& lexicon() {
  static const CueLexicon lexicon =
      CueLexicon::load(std::string(DOSSIER_SOURCE_DIR) + "/models/" + std::string(kCueLexiconFile));
  return lexicon;
}

// A document with its text layer (and headers: a first line standing alone is the headline).
Document document_of(std::string text) {
  Document doc;
  doc.id = "fixture";
  doc.text = std::move(text);
  ingest::recognize_headers(doc.text, doc.meta);
  text::segment(doc);
  return doc;
}

Document fixture(const std::string& name) {
  return document_of(
      util::read_file(std::string(DOSSIER_SOURCE_DIR) + "/tests/fixtures/quotes/" + name));
}

// The quote whose text starts with `start`, or nullptr.
const Quote* find(const Document& doc, std::string_view start) {
  for (const Quote& q : doc.quotes) {
    if (doc.slice(q.span).starts_with(start)) return &q;
  }
  return nullptr;
}

std::string cue(const Document& doc, const Quote& q) { return std::string(doc.slice(q.cue)); }

TEST(QuoteStage, DirectQuotesInEveryConvention) {
  Document doc = fixture("conventions.txt");
  annotate_quotes(doc, lexicon());
  struct Case {
    std::string_view start, text, speaker, cue;
  };
  const Case cases[] = {
      {"“The offer", "“The offer is not serious,”", "the transport minister", "said"},
      {"\"We have", "\"We have waited long enough for a fair deal.\"",
       "Dockworkers' leader Amara Okafor", "said"},
      {"‘We are", "‘We are not leaving,’", "Okafor, who has led the union since 2019", "said"},
      {"«We", "«We remain cautious»", "the harbour master", "said"},
      {"„We", "„We will wait and see“", "the port spokeswoman", "said"},
      {"''It's", "''It's the workers' harbour, not the board's,''", "Tomas Berg, a crane operator",
       "said"},
      {"“She told", "“She told me, ‘Hold the line,’ and I did,”", "Berg", "said"},
  };
  for (const Case& c : cases) {
    const Quote* q = find(doc, c.start);
    ASSERT_NE(q, nullptr) << c.start;
    EXPECT_EQ(q->kind, QuoteKind::kDirect) << c.start;
    EXPECT_EQ(doc.slice(q->span), c.text);
    EXPECT_EQ(q->speaker_text, c.speaker) << c.start;
    EXPECT_EQ(cue(doc, *q), c.cue) << c.start;
  }
  // Apostrophes open no quote, and the nested quote stays inside its quote.
  EXPECT_EQ(find(doc, "‘Hold"), nullptr);
  EXPECT_EQ(find(doc, "' leader"), nullptr);
  EXPECT_EQ(doc.quotes.size(), 8u);
}

TEST(QuoteStage, AttributionsAfterTheQuotation) {
  Document doc = fixture("attributions.txt");
  annotate_quotes(doc, lexicon());
  struct Case {
    std::string_view start, speaker, cue;
  };
  const Case cases[] = {
      // The text layer ends a sentence inside the quotation; the attribution still follows it.
      {"“We will not move.", "Amara Okafor", "told"},
      // A question ends the sentence before its attribution.
      {"“Can the port", "the harbour master", "asked"},
      // A verb no lexicon lists as reporting, in the attribution's place.
      {"“The board", "an angry Tomas Berg", "retaliated"},
      // "Will" is a name here, not an auxiliary.
      {"“It is a pretty", "Will Doyle, a shipping analyst in Lisbon", "said"},
      // A participle before the head noun belongs to the phrase.
      {"“This deal", "the gambling tycoon", "told"},
      // A prepositional phrase inside the speaker's phrase.
      {"“Will he sign", "a union steward in the hall", "wondered"},
      // Quotations signed after a dash, one per line, without blank lines between them.
      {"“The workers", "Lena Brandt", "―"},
      {"“I lost", "Karl Weiss", "―"},
      {"”Both sides", "Mira Novak", "―"},
  };
  for (const Case& c : cases) {
    const Quote* q = find(doc, c.start);
    ASSERT_NE(q, nullptr) << c.start;
    EXPECT_EQ(q->kind, QuoteKind::kDirect) << c.start;
    EXPECT_EQ(q->speaker_text, c.speaker) << c.start;
    EXPECT_EQ(cue(doc, *q), c.cue) << c.start;
  }
  // The second quotation after the question is a part of the same quote.
  const Quote* question = find(doc, "“Can the port");
  ASSERT_NE(question, nullptr);
  ASSERT_EQ(question->parts.size(), 2u);
  EXPECT_EQ(doc.slice(question->parts[1]), "“Nobody here knows.”");
}

TEST(QuoteStage, QuoteSplitByASecondCueSharesTheSpeaker) {
  Document doc = fixture("conventions.txt");
  annotate_quotes(doc, lexicon());
  const Quote* first = find(doc, "“The offer");
  const Quote* second = find(doc, "“and we will");
  ASSERT_NE(first, nullptr);
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(cue(doc, *second), "adding");
  EXPECT_EQ(second->speaker_span, first->speaker_span);
  ASSERT_GE(second->continues, 0);
  EXPECT_EQ(&doc.quotes[static_cast<size_t>(second->continues)], first);
}

TEST(QuoteStage, SplitQuoteAroundItsAttributionIsOneQuoteInParts) {
  Document doc = document_of(
      "“We will not sign,” Okafor said. “Not this year.”\n\n“Not next year either.”\n");
  annotate_quotes(doc, lexicon());
  ASSERT_EQ(doc.quotes.size(), 1u);
  const Quote& q = doc.quotes[0];
  ASSERT_EQ(q.parts.size(), 3u);
  EXPECT_EQ(doc.slice(q.parts[0]), "“We will not sign,”");
  EXPECT_EQ(doc.slice(q.parts[1]), "“Not this year.”");
  EXPECT_EQ(doc.slice(q.parts[2]), "“Not next year either.”");
  EXPECT_EQ(q.span.begin, q.parts[0].begin);
  EXPECT_EQ(q.span.end, q.parts[2].end);
  EXPECT_EQ(q.speaker_text, "Okafor");
}

TEST(QuoteStage, QuoteRunningOverParagraphs) {
  Document doc = fixture("speakers.txt");
  annotate_quotes(doc, lexicon());
  const Quote* q = find(doc, "“The numbers");
  ASSERT_NE(q, nullptr);
  ASSERT_EQ(q->parts.size(), 3u);
  EXPECT_EQ(doc.slice(q->parts[1]), "“Nobody gains from a long strike.");
  EXPECT_EQ(doc.slice(q->parts[2]), "“We will keep the channel open for medicine and food.”");
  EXPECT_EQ(q->speaker_text, "Marsh");
}

TEST(QuoteStage, PartialAndIndirectSpeech) {
  Document doc = fixture("reported.txt");
  annotate_quotes(doc, lexicon());
  struct Case {
    std::string_view text;
    QuoteKind kind;
    std::string_view speaker, cue;
  };
  const Case cases[] = {
      {"the port board of “stonewalling”", QuoteKind::kPartial, "Okafor", "accused"},
      {"the proposal a “historic first step backwards.”", QuoteKind::kPartial, "Okafor", "called"},
      {"that the strike would continue until Friday", QuoteKind::kIndirect, "The union", "said"},
      {"cargo traffic fell by a third last month", QuoteKind::kIndirect, "the port authority",
       "According to"},
      {"Exports have already suffered", QuoteKind::kIndirect, "the chamber of commerce", "warned"},
      {"the cranes would stay idle", QuoteKind::kIndirect, "Berg", "told"},
      {"that the state will not step in", QuoteKind::kIndirect, "The finance minister", "said"},
  };
  for (const Case& c : cases) {
    const Quote* q = find(doc, c.text);
    ASSERT_NE(q, nullptr) << c.text;
    EXPECT_EQ(doc.slice(q->span), c.text);
    EXPECT_EQ(q->kind, c.kind) << c.text;
    EXPECT_EQ(q->speaker_text, c.speaker) << c.text;
    EXPECT_EQ(cue(doc, *q), c.cue) << c.text;
  }
}

TEST(QuoteStage, CoordinatedCuesOfOneSpeakerAreTwoReports) {
  Document doc = document_of(
      "The mayor said the bridge would reopen in May, adding that tolls would stay.\n");
  annotate_quotes(doc, lexicon());
  const Quote* first = find(doc, "the bridge");
  const Quote* second = find(doc, "that tolls");
  ASSERT_NE(first, nullptr);
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(doc.slice(first->span), "the bridge would reopen in May");
  EXPECT_EQ(cue(doc, *second), "adding");
  EXPECT_EQ(second->speaker_text, "The mayor");
}

TEST(QuoteStage, ClosingAttributionAfterAQuotationEndingInAComma) {
  Document doc = document_of("The delay is a “real setback,” said Ines Varga on Monday.\n");
  annotate_quotes(doc, lexicon());
  const Quote* q = find(doc, "The delay");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(doc.slice(q->span), "The delay is a “real setback,”");
  EXPECT_EQ(q->speaker_text, "Ines Varga");
}

TEST(QuoteStage, CreditLinesAreNotReports) {
  Document doc = document_of(
      "Storm closes the coast road\n\nStaff and wire reports\nThe Coast Gazette, March 3, 2025\n\n"
      "The coast road closed on Sunday after the storm.\n");
  annotate_quotes(doc, lexicon());
  EXPECT_TRUE(doc.quotes.empty());
}

TEST(QuoteStage, SpeakerPhrasesGrowPastTheirDeterminer) {
  Document doc = document_of(
      "Joseph and other parents said the school would close. One of the two candidates said "
      "that taxes would rise. Residents near the river warned that the bank was weak. Later, "
      "no one said the plan was sound. Workers living near the plant said the air smelled. "
      "Several cast members said the show was rigged.\n");
  annotate_quotes(doc, lexicon());
  const Quote* parents = find(doc, "the school");
  const Quote* candidates = find(doc, "that taxes");
  const Quote* residents = find(doc, "that the bank");
  const Quote* none = find(doc, "the plan");
  ASSERT_NE(parents, nullptr);
  ASSERT_NE(candidates, nullptr);
  ASSERT_NE(residents, nullptr);
  ASSERT_NE(none, nullptr);
  EXPECT_EQ(parents->speaker_text, "Joseph and other parents");
  EXPECT_EQ(candidates->speaker_text, "One of the two candidates");
  EXPECT_EQ(residents->speaker_text, "Residents near the river");
  EXPECT_EQ(none->speaker_text, "no one");
  const Quote* workers = find(doc, "the air");
  ASSERT_NE(workers, nullptr);
  EXPECT_EQ(workers->speaker_text, "Workers living near the plant");
  const Quote* cast = find(doc, "the show");
  ASSERT_NE(cast, nullptr);
  EXPECT_EQ(cast->speaker_text, "Several cast members");
}

TEST(QuoteStage, TheStrongestCueOfASentenceReports) {
  Document doc = document_of(
      "But the council decided to delay the vote until spring, a spokesman said.\n");
  annotate_quotes(doc, lexicon());
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker_text, "a spokesman");
  EXPECT_EQ(cue(doc, doc.quotes[0]), "said");

  doc = document_of("The director said she recalls the meeting well.\n");
  annotate_quotes(doc, lexicon());
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker_text, "The director");
  EXPECT_EQ(cue(doc, doc.quotes[0]), "said");
}

TEST(QuoteStage, OnlySpeechVerbsInvertTheirSpeaker) {
  Document doc = document_of(
      "Mira Holt, head of the relief agency, told reporters in the capital that teams were still "
      "searching.\n");
  annotate_quotes(doc, lexicon());
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.slice(doc.quotes[0].span), "that teams were still searching");
  EXPECT_EQ(doc.quotes[0].speaker_text, "Mira Holt, head of the relief agency,");
}

TEST(QuoteStage, ParentheticalsThatNarrowTheSourceBelongToIt) {
  Document doc = document_of(
      "Farm groups, including the dairy union, have warned that prices will fall. Berg, tired, "
      "said the talks would resume.\n");
  annotate_quotes(doc, lexicon());
  const Quote* farm = find(doc, "that prices");
  const Quote* berg = find(doc, "the talks");
  ASSERT_NE(farm, nullptr);
  ASSERT_NE(berg, nullptr);
  EXPECT_EQ(farm->speaker_text, "Farm groups, including the dairy union,");
  EXPECT_EQ(berg->speaker_text, "Berg");

  doc = document_of(
      "Officials at the Harbour Office, a branch of the ministry, said the pier was unsafe.\n");
  annotate_quotes(doc, lexicon());
  const Quote* pier = find(doc, "the pier");
  ASSERT_NE(pier, nullptr);
  EXPECT_EQ(pier->speaker_text, "Officials at the Harbour Office, a branch of the ministry,");
}

TEST(QuoteStage, TimeAdjunctsAndSentenceAdverbsAreNotTheSpeaker) {
  Document doc = document_of(
      "Federal prosecutors in April charged that the firm hid losses. Then someone asked how the "
      "fund would pay.\n");
  annotate_quotes(doc, lexicon());
  const Quote* prosecutors = find(doc, "that the firm");
  const Quote* someone = find(doc, "how the fund");
  ASSERT_NE(prosecutors, nullptr);
  ASSERT_NE(someone, nullptr);
  EXPECT_EQ(prosecutors->speaker_text, "Federal prosecutors");
  EXPECT_EQ(someone->speaker_text, "someone");
}

TEST(QuoteStage, ASentenceOpeningWithItsSubjectIsNotInverted) {
  Document doc = document_of(
      "A port spokesman, Ivo Brandt, rejected the claim outright on Monday.\n");
  annotate_quotes(doc, lexicon());
  for (const Quote& q : doc.quotes) EXPECT_NE(q.speaker_text, "the claim");
}

TEST(QuoteStage, GrammarWordsAloneNameNoSpeaker) {
  Document doc = document_of(
      "The opposition Green Party boycotted the vote. The rules that prohibit such votes are "
      "old.\n");
  annotate_quotes(doc, lexicon());
  for (const Quote& q : doc.quotes) {
    EXPECT_NE(q.speaker_text, "The") << doc.slice(q.span);
    EXPECT_NE(q.speaker_text, "that") << doc.slice(q.span);
  }
}

TEST(QuoteStage, ADatelineIsNotPartOfTheReport) {
  Document doc = document_of(
      "Storm hits coast\n\nKORVA, Dalmen province — Two bridges collapsed overnight, police said.\n");
  annotate_quotes(doc, lexicon());
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.slice(doc.quotes[0].span), "Two bridges collapsed overnight");
}

TEST(QuoteStage, AParticiplesSpeakerIsTheSubjectAfterTheOpeners) {
  Document doc = document_of(
      "On Friday, however, Greta Lind met farm leaders, saying the diesel tax would be cut.\n");
  annotate_quotes(doc, lexicon());
  const Quote* q = find(doc, "the diesel tax");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker_text, "Greta Lind");
}

TEST(QuoteStage, AQuotedPhraseInsideReportedSpeechIsPartial) {
  Document doc = document_of(
      "The monitoring agency said the plant had shown “complete disregard” for the rules.\n");
  annotate_quotes(doc, lexicon());
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].kind, QuoteKind::kPartial);
  EXPECT_EQ(cue(doc, doc.quotes[0]), "said");
  EXPECT_EQ(doc.quotes[0].speaker_text, "The monitoring agency");
}

TEST(QuoteStage, OneWordIsNoReport) {
  Document doc = document_of("The institute will publish its analysis of the revised plan.\n");
  annotate_quotes(doc, lexicon());
  for (const Quote& q : doc.quotes) EXPECT_NE(doc.slice(q.span), "plan");
}

TEST(QuoteStage, AccordingToSourcesKeepTheirPrepositionalPhrases) {
  Document doc = document_of("According to a report by the Harbour Office, exports fell by half.\n");
  annotate_quotes(doc, lexicon());
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker_text, "a report by the Harbour Office");
  EXPECT_EQ(doc.slice(doc.quotes[0].span), "exports fell by half");
}

TEST(QuoteStage, TheAttributionAfterAQuotationWinsOverACueBeforeItsColon) {
  Document doc = document_of(
      "Senator Ruth Okoye scolded him: “Nobody believes these numbers,” she said.\n");
  annotate_quotes(doc, lexicon());
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker_text, "she");
  EXPECT_EQ(cue(doc, doc.quotes[0]), "said");
}

TEST(QuoteStage, AShortAdjunctAfterTheCueIsNoContent) {
  Document doc = document_of("The inquiry's final report is expected in the spring.\n");
  annotate_quotes(doc, lexicon());
  for (const Quote& q : doc.quotes) EXPECT_NE(doc.slice(q.span), "in the spring");
}

TEST(QuoteStage, ADateAfterTheCueIsNotContent) {
  Document doc = document_of("The bank said on Wednesday it had approved the loan.\n");
  annotate_quotes(doc, lexicon());
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.slice(doc.quotes[0].span), "it had approved the loan");
  EXPECT_EQ(cue(doc, doc.quotes[0]), "said");
}

TEST(QuoteStage, AnUnquotedParagraphAfterALeadEndingInAColonIsItsContent) {
  Document doc = document_of(
      "Ports reopen\n\nThe harbour master added:\n\nThe cranes will run again by Friday. Ships may "
      "dock at night.\n\nTrade resumed on Monday.\n");
  annotate_quotes(doc, lexicon());
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.slice(doc.quotes[0].span),
            "The cranes will run again by Friday. Ships may dock at night");
  EXPECT_EQ(doc.quotes[0].speaker_text, "The harbour master");
  EXPECT_EQ(cue(doc, doc.quotes[0]), "added");
}

TEST(QuoteStage, AQuotationAfterThatIsReportedSpeech) {
  Document doc = document_of(
      "Spokeswoman Lea Marr said by email that, “Of course the board will appeal.”\n");
  annotate_quotes(doc, lexicon());
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].kind, QuoteKind::kPartial);
  EXPECT_EQ(doc.quotes[0].speaker_text, "Spokeswoman Lea Marr");
  EXPECT_EQ(cue(doc, doc.quotes[0]), "said");
}

TEST(QuoteStage, ALeadingClauseReportsItsMainClauseOrNothing) {
  Document doc = document_of(
      "As several economists have argued, the levy falls hardest on renters. When he wrote his "
      "memoir, Ivo Brandt said that debt was a last resort.\n");
  annotate_quotes(doc, lexicon());
  const Quote* levy = find(doc, "the levy");
  const Quote* debt = find(doc, "that debt");
  ASSERT_NE(levy, nullptr);
  ASSERT_NE(debt, nullptr);
  EXPECT_EQ(doc.slice(levy->span), "the levy falls hardest on renters");
  EXPECT_EQ(levy->speaker_text, "several economists");
  EXPECT_EQ(debt->speaker_text, "Ivo Brandt");
  EXPECT_EQ(cue(doc, *debt), "said");
}

TEST(QuoteStage, AnAttributionSetOffByCommasReportsTheSentenceAroundIt) {
  Document doc = document_of("And perhaps, she said, the museum could help visitors understand.\n");
  annotate_quotes(doc, lexicon());
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.slice(doc.quotes[0].span),
            "And perhaps, she said, the museum could help visitors understand");
  EXPECT_EQ(doc.quotes[0].speaker_text, "she");
}

TEST(QuoteStage, UnnamedSourceIsOneGroup) {
  Document doc = fixture("speakers.txt");
  annotate_quotes(doc, lexicon());
  const Quote* first = find(doc, "the commission");
  const Quote* later = find(doc, "“We do not want");
  ASSERT_NE(first, nullptr);
  ASSERT_NE(later, nullptr);
  EXPECT_EQ(first->speaker_text, "A senior EU official");
  EXPECT_EQ(later->speaker_text, "the official");
  EXPECT_GE(first->source_group, 0);
  EXPECT_EQ(first->source_group, later->source_group);
  EXPECT_EQ(first->speaker_mention, -1);
  const Quote* named = find(doc, "“There is room");
  ASSERT_NE(named, nullptr);
  EXPECT_EQ(named->speaker_text, "the UN envoy, Lena Marsh");
  EXPECT_EQ(named->source_group, -1);
}

TEST(QuoteStage, UncuedQuotesContinueThePreviousSpeaker) {
  Document doc = fixture("speakers.txt");
  annotate_quotes(doc, lexicon());
  const Quote* q = find(doc, "“It is a serious");
  ASSERT_NE(q, nullptr);
  EXPECT_TRUE(q->cue.empty());
  ASSERT_GE(q->continues, 0);
  const Quote& previous = doc.quotes[static_cast<size_t>(q->continues)];
  EXPECT_EQ(q->speaker_text, previous.speaker_text);
  EXPECT_EQ(q->speaker_text, "The envoy");
}

Mention mention(const Document& doc, std::string_view text, EntityType type, MentionKind kind,
                int32_t chain = -1) {
  Mention m;
  const auto at = static_cast<uint32_t>(doc.text.find(text));
  m.span = {at, at + static_cast<uint32_t>(text.size())};
  m.type = type;
  m.kind = kind;
  m.chain = chain;
  return m;
}

TEST(QuoteStage, SpeakerMentionsThroughNamesChainsAndTheFallback) {
  Document doc = document_of(
      "Amara Okafor arrived early. “We came to talk,” she said. “It is late,” the UN chief "
      "said.\n");
  doc.mentions = {mention(doc, "Amara Okafor", EntityType::kPerson, MentionKind::kName),
                  mention(doc, "she", EntityType::kPerson, MentionKind::kPronoun),
                  mention(doc, "the UN chief", EntityType::kPerson, MentionKind::kNominal, 0)};
  annotate_quotes(doc, lexicon());
  ASSERT_EQ(doc.quotes.size(), 2u);
  // No chain links "she": the fallback takes the last person named before it.
  EXPECT_EQ(doc.quotes[0].speaker_text, "she");
  EXPECT_EQ(doc.quotes[0].speaker_mention, 0);
  // A description linked by the entity layer stays the speaker's mention.
  EXPECT_EQ(doc.quotes[1].speaker_mention, 2);

  doc.mentions[1].chain = 1;  // now the entity layer has linked the pronoun
  annotate_quotes(doc, lexicon());
  EXPECT_EQ(doc.quotes[0].speaker_mention, 1);
}

TEST(QuoteStage, APlaceWhereTheSpeakersAreIsNotTheSpeaker) {
  Document doc = document_of(
      "The bridge closed on Monday.\n\nProsecutors in Portville said they had opened an inquiry. "
      "Portville said the bridge would reopen soon.\n");
  doc.mentions = {mention(doc, "Portville", EntityType::kGpe, MentionKind::kName),
                  mention(doc, ". Portville said", EntityType::kGpe, MentionKind::kName)};
  doc.mentions[1].span = {doc.mentions[1].span.begin + 2, doc.mentions[1].span.begin + 11};
  annotate_quotes(doc, lexicon());
  const Quote* prosecutors = find(doc, "they had opened");
  const Quote* city = find(doc, "the bridge would");
  ASSERT_NE(prosecutors, nullptr);
  ASSERT_NE(city, nullptr);
  EXPECT_EQ(prosecutors->speaker_text, "Prosecutors in Portville");
  EXPECT_EQ(prosecutors->speaker_mention, -1);
  EXPECT_EQ(city->speaker_mention, 1);
}

// The quotes of a text whose one recognised name is `name`.
Document annotated_with_name(std::string text, std::string_view name, EntityType type) {
  Document doc = document_of(std::move(text));
  doc.mentions = {mention(doc, name, type, MentionKind::kName)};
  annotate_quotes(doc, lexicon());
  return doc;
}

// The quote whose text starts with `start` (failing when none), its speaker phrase checked.
const Quote* quote_with_speaker(const Document& doc, std::string_view start, std::string_view speaker) {
  const Quote* q = find(doc, start);
  EXPECT_NE(q, nullptr) << start;
  if (q != nullptr) {
    EXPECT_EQ(q->speaker_text, speaker);
  }
  return q;
}

// "was quick to point out": the subject stands before the auxiliary; a predicate of the clause
// before a named subject is no part of it.
TEST(QuoteStage, APredicateAfterAnAuxiliaryIsNotTheSpeaker) {
  const Document doc = annotated_with_name(
      "Mayor Lena Brandt was quick to point out that the harbour lost money. The port authority "
      "was quick to push back after Tomas Okafor said the board had hidden the losses.\n",
      "Tomas Okafor", EntityType::kPerson);
  quote_with_speaker(doc, "that the harbour", "Mayor Lena Brandt");
  quote_with_speaker(doc, "the board had", "Tomas Okafor");
}

// "the Portville senator": the place is the senator's attribute, not the speaker; the closing
// attribution of a quotation handing over with a comma wins over a cue before it.

TEST(QuoteStage, APlaceBeforeAPersonsNounIsNotTheSpeaker) {
  const Document doc = annotated_with_name(
      "The bridge closed on Monday.\n\nNothing the mayor said “will calm the drivers,” the Portville "
      "senator said.\n",
      "Portville", EntityType::kGpe);
  const Quote* q = quote_with_speaker(doc, "“will calm", "the Portville senator");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker_mention, -1);
}

// A passive cue's agent asks the question after it.
TEST(QuoteStage, TheAgentOfAPassiveCueIsTheSpeaker) {
  const Document doc = annotated_with_name(
      "The port stayed shut.\n\nWhen asked by a reporter whether the cranes would move, Okafor "
      "laughed.\n",
      "Okafor", EntityType::kPerson);
  const Quote* q = quote_with_speaker(doc, "whether the cranes", "a reporter");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(doc.slice(q->span), "whether the cranes would move");
}

// A question put in the passive by an asker the text does not name has no speaker; the answer
// after it is a report of its own, and the one asked is never the asker.
TEST(QuoteStage, APassiveQuestionWithoutAnAskerHasNoSpeaker) {
  Document doc = document_of(
      "The port stayed shut.\n\nAsked whether the cranes would move, Okafor said the union had not "
      "decided.\n\nThe harbour master was asked if the strike would end soon.\n");
  annotate_quotes(doc, lexicon());
  const Quote* question = quote_with_speaker(doc, "whether the cranes", "");
  ASSERT_NE(question, nullptr);
  EXPECT_EQ(doc.slice(question->span), "whether the cranes would move");
  quote_with_speaker(doc, "the union had not", "Okafor");
  quote_with_speaker(doc, "if the strike", "");
}

// A word reports more often before a complement "that" than anywhere: "is reporting that" is
// reported speech although "reporting" alone is rarely a cue.
TEST(QuoteStage, AWordBeforeAComplementThatReports) {
  Document doc = document_of("The port stayed shut.\n\nThe station is reporting that the mayor resigned on Friday.\n");
  annotate_quotes(doc, lexicon());
  quote_with_speaker(doc, "that the mayor resigned", "The station");
}

// A participle lead with no subject before openers ("From X writing at Y:") takes the phrase
// right before it as its speaker.
TEST(QuoteStage, ThePhraseBeforeALeadingParticipleIsItsSpeaker) {
  Document doc = document_of(
      "The port stayed shut.\n\nFrom Mara Lind writing at The Daily Ledger:\n\n\"The harbour is the "
      "heart of the town.\"\n");
  annotate_quotes(doc, lexicon());
  quote_with_speaker(doc, "\"The harbour", "Mara Lind");
}

// "Okafor's aide": the person is the possessor, the speaker someone unnamed.
TEST(QuoteStage, APersonsAideIsNotThePerson) {
  const Document doc = annotated_with_name(
      "The port stayed shut.\n\n“We will wait,” Okafor's aide said on Monday.\n", "Okafor",
      EntityType::kPerson);
  const Quote* q = quote_with_speaker(doc, "“We will wait", "Okafor's aide");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker_mention, -1);
}

// "Okafor: The strike goes on": a line opening with a recognised name and a colon gives that
// speaker's words, in a headline or in the body; a label that is no name ("Update:") does not.
TEST(QuoteStage, ANamedSpeakersColonLineIsReportedSpeech) {
  const Document doc = annotated_with_name(
      "Okafor: The Strike Goes On Until Friday\n\nUpdate: the port stayed closed on Monday.\n\nThe "
      "union met on Sunday.\n",
      "Okafor", EntityType::kPerson);
  const Quote* strike = quote_with_speaker(doc, "The Strike Goes On", "Okafor");
  ASSERT_NE(strike, nullptr);
  EXPECT_EQ(strike->kind, QuoteKind::kIndirect);
  EXPECT_EQ(strike->speaker_mention, 0);
  EXPECT_EQ(find(doc, "the port stayed"), nullptr);
}

TEST(QuoteStage, HeadlinesHoldNoReportedSpeech) {
  Document doc = fixture("conventions.txt");
  annotate_quotes(doc, lexicon());
  for (const Quote& q : doc.quotes) EXPECT_GE(q.span.begin, doc.blocks[1].span.begin);
}

Document annotated(std::string text) {
  Document doc = document_of(std::move(text));
  annotate_quotes(doc, lexicon());
  return doc;
}

void expect_none_starting(const Document& doc, std::initializer_list<std::string_view> starts) {
  for (const std::string_view start : starts) EXPECT_EQ(find(doc, start), nullptr) << start;
}

// Beliefs, appearances, plans, hopes and findings are attributed to someone but are not speech.
TEST(QuoteStage, OnlySpeechActsAreQuotes) {
  Document doc = fixture("attitudes.txt");
  annotate_quotes(doc, lexicon());
  for (const Quote& q : doc.quotes) {
    const std::string c = cue(doc, q);
    EXPECT_TRUE(c != "believes" && c != "appears" && c != "plans" && c != "hope" && c != "found")
        << c << ": " << doc.slice(q.span);
  }
  expect_none_starting(doc, {"the new tariff", "the dockworkers", "the talks", "two cranes"});
}

// The attitudes left out of the quotes are kept apart: a belief with its holder, a plan as an
// intention, and never a speech act among them.
TEST(QuoteStage, BeliefsAndIntentionsAreAttributionsNotQuotes) {
  Document doc = fixture("attitudes.txt");
  annotate_quotes(doc, lexicon());
  auto attribution = [&](std::string_view start) -> const Attribution* {
    for (const Attribution& a : doc.attributions) {
      if (doc.slice(a.span).starts_with(start)) return &a;
    }
    return nullptr;
  };
  const Attribution* tariff = attribution("that the new tariff");
  ASSERT_NE(tariff, nullptr);
  EXPECT_EQ(tariff->kind, AttributionKind::kBelief);
  EXPECT_EQ(doc.slice(tariff->cue), "believes");
  EXPECT_EQ(doc.slice(tariff->holder_span), "The harbour board");
  EXPECT_GT(tariff->confidence, 0.0f);
  const Attribution* vote = attribution("to hold a second vote");
  ASSERT_NE(vote, nullptr);
  EXPECT_EQ(vote->kind, AttributionKind::kIntention);
  for (const Attribution& a : doc.attributions) {
    EXPECT_NE(doc.slice(a.cue), "said") << doc.slice(a.span);
    EXPECT_NE(doc.slice(a.cue), "told") << doc.slice(a.span);
    for (const Quote& q : doc.quotes) EXPECT_FALSE(q.span == a.span) << doc.slice(a.span);
  }
}

// A noun phrase right after a verb that often reports ("filed", "voiced", "posted") is its
// object, not what was said; a clause after a speech verb is.
TEST(QuoteStage, AVerbsObjectIsNotReportedSpeech) {
  const Document doc = annotated(
      "The port stayed closed.\n\nThe dockworkers' union filed a lawsuit against the port authority "
      "on Monday. Its leader voiced his disapproval of the new rules. Members posted their thoughts "
      "on the ruling. Amara Okafor said the strike would end once the talks resumed.\n");
  expect_none_starting(doc, {"a lawsuit", "his disapproval", "their thoughts"});
  const Quote* strike = find(doc, "the strike would end");
  ASSERT_NE(strike, nullptr);
  EXPECT_EQ(strike->speaker_text, "Amara Okafor");
}

TEST(QuoteStage, AProgrammeAfterToldIsTheHearerNotTheContent) {
  Document doc = fixture("attitudes.txt");
  annotate_quotes(doc, lexicon());
  const Quote* strike = find(doc, "the strike would end");
  ASSERT_NE(strike, nullptr);
  EXPECT_EQ(strike->speaker_text, "Amara Okafor");
  EXPECT_EQ(cue(doc, *strike), "told");
  expect_none_starting(doc, {"Morning Desk", "Desk", "Harbour Weekly", "the Harbour Weekly"});
}

TEST(QuoteStage, ACompanySpokesmanIsTheSpeakerAndItsCompanyTheEntity) {
  Document doc = fixture("attitudes.txt");
  doc.mentions = {mention(doc, "Amara Okafor", EntityType::kPerson, MentionKind::kName),
                  mention(doc, "Lena Marsh", EntityType::kPerson, MentionKind::kName),
                  mention(doc, "Kestrel Shipping spokesman", EntityType::kOrg, MentionKind::kName),
                  mention(doc, "Kestrel Shipping said", EntityType::kOrg, MentionKind::kName)};
  doc.mentions[2].span.end = doc.mentions[2].span.begin + 16;
  doc.mentions[3].span.end = doc.mentions[3].span.begin + 16;
  annotate_quotes(doc, lexicon());
  const Quote* wages = find(doc, "“We will not sign");
  ASSERT_NE(wages, nullptr);
  EXPECT_EQ(wages->speaker_text, "a Kestrel Shipping spokesman");
  EXPECT_EQ(cue(doc, *wages), "said");
  EXPECT_EQ(wages->speaker_mention, 2);
  const Quote* contract = find(doc, "the company had offered");
  ASSERT_NE(contract, nullptr);
  EXPECT_EQ(contract->speaker_text, "A spokeswoman for Kestrel Shipping");
  EXPECT_EQ(contract->speaker_mention, 3);
}

TEST(QuoteStage, AHeadlineScareQuoteIsNotSpeech) {
  Document doc = fixture("attitudes.txt");
  annotate_quotes(doc, lexicon());
  EXPECT_EQ(find(doc, "“betrayal”"), nullptr);
}

// The entity layer linked "he" to the man named in between; the speech continues its speaker.
TEST(QuoteStage, AContinuedSpeechKeepsItsSpeakerPastAPersonNamedInBetween) {
  Document doc = fixture("continued.txt");
  doc.mentions = {mention(doc, "Tomas Okafor", EntityType::kPerson, MentionKind::kName, 0),
                  mention(doc, "he said", EntityType::kPerson, MentionKind::kPronoun, 0),
                  mention(doc, "Piet Berg", EntityType::kPerson, MentionKind::kName, 1),
                  mention(doc, "he said.\n", EntityType::kPerson, MentionKind::kPronoun, 1)};
  doc.mentions[1].span.end = doc.mentions[1].span.begin + 2;
  doc.mentions[3].span = {static_cast<uint32_t>(doc.text.rfind("he said")), 0};
  doc.mentions[3].span.end = doc.mentions[3].span.begin + 2;
  annotate_quotes(doc, lexicon());
  const Quote* money = find(doc, "“We have the money");
  const Quote* work = find(doc, "“Nobody will go back");
  ASSERT_NE(money, nullptr);
  ASSERT_NE(work, nullptr);
  ASSERT_GE(money->speaker_mention, 0);
  ASSERT_GE(work->speaker_mention, 0);
  EXPECT_EQ(doc.mentions[static_cast<size_t>(money->speaker_mention)].chain, 0);
  EXPECT_EQ(doc.mentions[static_cast<size_t>(work->speaker_mention)].chain, 0);
  EXPECT_EQ(find(doc, "to the crews"), nullptr);
}

TEST(QuoteStage, AnOfficeResolvesToItsHolder) {
  Document doc = document_of(
      "The port reopened.\n\nFinance Minister Teodor Halvas arrived on Monday. “Nobody will pay "
      "alone,” the minister said.\n");
  doc.mentions = {mention(doc, "Teodor Halvas", EntityType::kPerson, MentionKind::kName)};
  RoleClaim role;
  role.span = {static_cast<uint32_t>(doc.text.find("Finance")), doc.mentions[0].span.end};
  role.title = "finance minister";
  doc.roles = {role};
  annotate_quotes(doc, lexicon());
  const Quote* q = find(doc, "“Nobody");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker_text, "the minister");
  EXPECT_EQ(q->speaker_mention, 0);
}

TEST(QuoteStage, EveryQuoteCarriesConfidences) {
  for (const char* name : {"conventions.txt", "attributions.txt", "reported.txt", "speakers.txt", "attitudes.txt"}) {
    Document doc = fixture(name);
    annotate_quotes(doc, lexicon());
    ASSERT_FALSE(doc.quotes.empty()) << name;
    for (const Quote& q : doc.quotes) {
      EXPECT_GT(q.confidence, 0.0f) << doc.slice(q.span);
      EXPECT_LT(q.confidence, 1.0f) << doc.slice(q.span);
      if (q.speaker_span.empty()) {
        EXPECT_EQ(q.speaker_confidence, 0.0f);
      } else {
        EXPECT_GT(q.speaker_confidence, 0.0f) << doc.slice(q.span);
        EXPECT_LT(q.speaker_confidence, 1.0f) << doc.slice(q.span);
      }
    }
  }
}

// A quotation with its speaker's cue is more likely speech than a fragment no cue introduces.
TEST(QuoteStage, ACuedQuoteIsMoreConfidentThanAnUncuedFragment) {
  const Document doc = annotated(
      "The port reopened.\n\n“We have waited long enough for a fair deal,” Okafor said. Critics "
      "called the offer, in their words, “too little”.\n");
  const Quote* cued = find(doc, "“We have waited");
  ASSERT_NE(cued, nullptr);
  for (const Quote& q : doc.quotes) {
    if (&q != cued && q.cue.empty()) {
      EXPECT_LT(q.confidence, cued->confidence) << doc.slice(q.span);
    }
  }
}

TEST(QuoteStage, TextWithoutQuotesOrCuesHasNone) {
  Document doc = document_of("The harbour was quiet on Monday. Ships waited outside.\n");
  annotate_quotes(doc, lexicon());
  EXPECT_TRUE(doc.quotes.empty());
}

}  // namespace
}  // namespace dossier::quotes

namespace dossier::quotes {
namespace {

// OfficeHolders against the scan it replaced, its slow reference: the holder of the last role
// claim (in claim order) that starts before the speaker and whose title ends in the head noun.
TEST(OfficeHolders, AgreesWithTheScanOnRandomRoles) {
  const std::vector<std::string> heads = {"minister", "chief", "spokeswoman"};
  const std::vector<std::string> titles = {"minister", "foreign minister", "chief", "police chief", "spokeswoman",
                                           "president"};
  std::mt19937 rng(20);
  const auto pick = [&](size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(rng); };
  for (int round = 0; round < 100; ++round) {
    Document doc;
    std::vector<std::pair<Span, std::string>> phrases;  // speaker phrase and its head noun
    for (int i = 0; i < 12; ++i) {
      const std::string& head = heads[pick(heads.size())];
      const auto begin = static_cast<uint32_t>(doc.text.size());
      doc.text += "the " + head;
      phrases.push_back({{begin, static_cast<uint32_t>(doc.text.size())}, head});
      doc.text += " said. ";
    }
    for (size_t r = pick(15); r > 0; --r) {
      RoleClaim role;
      const auto begin = static_cast<uint32_t>(pick(doc.text.size()));
      role.span = {begin, begin + 3};
      role.title = titles[pick(titles.size())];
      role.holder = static_cast<uint32_t>(pick(40));
      doc.roles.push_back(role);
    }
    const OfficeHolders office_holder(doc);
    for (const auto& [span, head] : phrases) {
      Quote quote;
      quote.speaker_span = span;
      int32_t expected = -1;
      for (const RoleClaim& role : doc.roles) {
        const size_t space = role.title.rfind(' ');
        const std::string last = space == std::string::npos ? role.title : role.title.substr(space + 1);
        if (role.span.begin < span.begin && last == head) expected = static_cast<int32_t>(role.holder);
      }
      EXPECT_EQ(office_holder(quote), expected);
    }
  }
}

}  // namespace
}  // namespace dossier::quotes
