// The quotes stage: direct, partial and indirect quotes, their cues and speakers.
#ifndef DOSSIER_QUOTES_QUOTE_STAGE_H_
#define DOSSIER_QUOTES_QUOTE_STAGE_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "dossier/document.h"
#include "quotes/confidence.h"
#include "stage/stage.h"
#include "quotes/cue_lexicon.h"

namespace dossier::quotes {

inline constexpr std::string_view kCueLexiconFile = "quote_cues.bin";

// The quotes of a document from its text layer (blocks, sentences, tokens; none without it):
// spans, parts, kinds, cues, speaker spans and speaker_text. In text order.
// Acts reported with their object ("filed a lawsuit") are left out; with `features`, every
// candidate is kept and its evidence given (for fitting the confidence models).
// With `attitudes`, the beliefs and intentions reported like speech go there (holders unresolved).
std::vector<Quote> find_quotes(const Document& document, const CueLexicon& lexicon,
                               std::vector<QuoteFeatures>* features = nullptr,
                               std::vector<Attribution>* attitudes = nullptr);

// Fills speaker_mention (a mention overlapping the speaker span; pronouns and descriptions
// through Document::chains when linked, else through resolve_pronoun_fallback), source_group
// (unnamed sources: "a senior official" ... "the official") and continues.
void resolve_speakers(Document& document);
// Fills each attribution's holder_mention: the mention in its holder span, and for a pronoun no
// chain resolves, the last person's name before it.
void resolve_holders(Document& document);

// "the chancellor said": a definite description naming an office resolves to the person the
// article gave that office before the quote (the holder of the latest role claim that starts
// before the speaker and whose title ends in the description's head noun), or -1. Built once per
// document; each answer in O(log n).
class OfficeHolders {
 public:
  explicit OfficeHolders(const Document& doc);
  int32_t operator()(const Quote& quote) const;

 private:
  struct Bucket {
    std::vector<uint32_t> roles;           // ascending
    std::vector<uint32_t> min_begin_from;  // min_begin_from[i]: the smallest begin of roles i..
  };
  const Document& doc_;
  std::map<std::string, Bucket, std::less<>> by_title_word_;  // by the last word of the title
};

// The fallback until the entity layer links pronouns: the speaker mention of the closest earlier
// quote whose speaker is a person's name, else the last person's name before the speaker, or -1.
int32_t resolve_pronoun_fallback(const Document& document, size_t quote);

// Finds and resolves the quotes of a document.
void annotate_quotes(Document& document, const CueLexicon& lexicon);

std::unique_ptr<const stage::DocumentStage> make_quote_stage(stage::StageContext& context);

}  // namespace dossier::quotes

#endif  // DOSSIER_QUOTES_QUOTE_STAGE_H_
