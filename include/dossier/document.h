// The document model: one article's text and every layer the stages add to it.
#ifndef DOSSIER_DOCUMENT_H_
#define DOSSIER_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/article.h"
#include "dossier/event.h"
#include "dossier/mention.h"
#include "dossier/quote.h"
#include "dossier/span.h"
#include "dossier/text.h"
#include "dossier/timex.h"

namespace dossier {

struct Document {
  std::string id;    // unique within a run
  std::string path;  // where it was read from ("dir/a.jsonl:12" for a JSONL line)
  std::string text;  // UTF-8, exactly as decoded from the input; never modified by a stage
  ArticleMeta meta;

  // Text layer.
  std::vector<Block> blocks;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<std::string> token_norms;  // matching forms of tokens whose text needed normalising
  std::string token_folds;  // the word layer: case-folded matching forms, back to back

  // Entity layer.
  std::vector<Mention> mentions;  // in text order
  std::vector<MentionLink> links;
  std::vector<Chain> chains;
  std::vector<RoleClaim> roles;

  // Other layers.
  std::vector<Timex> times;
  std::vector<Quote> quotes;
  std::vector<Attribution> attributions;  // beliefs and intentions: not speech, not in quotes
  std::vector<Event> events;

  std::string_view slice(Span span) const { return span.of(text); }
  // The token's text as used for matching: curly quotes, dashes, ligatures normalised.
  std::string_view token_form(uint32_t token) const;
  // The token's matching form, case-folded (Unicode full case folding): "Straße" -> "strasse".
  std::string_view token_fold(uint32_t token) const {
    const Token& t = tokens[token];
    return std::string_view(token_folds).substr(t.fold_begin, t.fold_size);
  }
  // Index of the sentence holding the byte offset, or -1.
  int32_t sentence_at(uint32_t offset) const;
  // True when the sentence lies in a body paragraph (not a headline, byline or other header).
  bool is_body(const Sentence& sentence) const;
};

}  // namespace dossier

#endif  // DOSSIER_DOCUMENT_H_
