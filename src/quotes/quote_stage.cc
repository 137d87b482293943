#include "quotes/quote_stage.h"

#include <algorithm>

#include "quotes/finder.h"
#include "quotes/quote_marks.h"
#include "quotes/units.h"

namespace dossier::quotes {
namespace {

std::vector<Span> paragraphs_of(const Document& document) {
  if (document.blocks.empty()) return line_paragraphs(document.text);
  std::vector<Span> out;
  out.reserve(document.blocks.size());
  for (const Block& block : document.blocks) out.push_back(block.span);
  return out;
}

std::vector<uint32_t> sentence_starts(const Document& document) {
  std::vector<uint32_t> out;
  out.reserve(document.sentences.size());
  for (const Sentence& sentence : document.sentences) out.push_back(sentence.span.begin);
  return out;
}

class QuoteStage final : public pipeline::DocumentStage {
 public:
  explicit QuoteStage(std::shared_ptr<const CueLexicon> lexicon) : lexicon_(std::move(lexicon)) {}
  std::string_view name() const override { return "quotes"; }
  void process(Document& document) const override { annotate_quotes(document, *lexicon_); }

 private:
  std::shared_ptr<const CueLexicon> lexicon_;
};

}  // namespace

std::vector<Quote> find_quotes(const Document& document, const CueLexicon& lexicon) {
  const std::vector<Span> paragraphs = paragraphs_of(document);
  const std::vector<QuoteSegment> segments = find_quote_segments(document.text, paragraphs);
  const Units units =
      build_units(document.text, paragraphs, segments, sentence_starts(document), lexicon);
  const FinderInput input{document.text, segments, units, lexicon};
  std::vector<Quote> quotes = find_direct_quotes(input);
  std::vector<Quote> indirect = find_indirect_quotes(input, quotes);
  quotes.insert(quotes.end(), std::make_move_iterator(indirect.begin()),
                std::make_move_iterator(indirect.end()));
  std::stable_sort(quotes.begin(), quotes.end(),
                   [](const Quote& a, const Quote& b) { return a.span.begin < b.span.begin; });
  for (Quote& quote : quotes) quote.speaker_text = std::string(document.slice(quote.speaker_span));
  return quotes;
}

void annotate_quotes(Document& document, const CueLexicon& lexicon) {
  document.quotes = find_quotes(document, lexicon);
  resolve_speakers(document);
}

std::unique_ptr<const pipeline::DocumentStage> make_quote_stage(pipeline::StageContext& context) {
  auto lexicon = context.models.get<CueLexicon>(
      kCueLexiconFile, [](const std::string& path) { return CueLexicon::load(path); });
  return std::make_unique<QuoteStage>(std::move(lexicon));
}

}  // namespace dossier::quotes
