// The compact per-article summary every corpus algorithm works from: shingle set and MinHash
// signature (near-duplicates), content-term counts (stories, summaries), named entities and dates.
// Computed once per article; the corpus stages never re-read the whole text.
#ifndef DOSSIER_CORPUS_ARTICLE_SUMMARY_H_
#define DOSSIER_CORPUS_ARTICLE_SUMMARY_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/figures.h"
#include "corpus/term_model.h"
#include "dossier/corpus.h"
#include "dossier/document.h"

namespace dossier::corpus {

inline constexpr size_t kShingleWords = 4;    // words per shingle
inline constexpr size_t kMinHashSize = 128;   // values per MinHash signature

struct TermCount {
  uint64_t term = 0;  // term_hash of a stem
  float count = 0;
  friend bool operator<(const TermCount& a, const TermCount& b) { return a.term < b.term; }
};

struct EntityCount {
  uint64_t key = 0;  // entity_key of the normalised name and type
  float count = 0;
  EntityType type = EntityType::kMisc;
  friend bool operator<(const EntityCount& a, const EntityCount& b) { return a.key < b.key; }
};

// A candidate story-summary sentence: one of the article's leading body sentences that stands
// alone and is neither too short nor too long, with its content-term counts.
struct SentenceTerms {
  uint32_t sentence = 0;         // index into Document::sentences
  std::vector<TermCount> terms;  // sorted by term, not empty
};

// An article's candidate summary sentences and the options they were chosen with
// (corpus::lead_sentences; SummaryOptions' sentences_per_document, min_words, max_words).
struct LeadSentences {
  uint32_t per_document = 0;  // 0: not computed
  uint32_t min_words = 0;
  uint32_t max_words = 0;
  std::vector<SentenceTerms> sentences;  // in text order
};

// A readable form of a term or entity key, for story labels.
struct KeyName {
  uint64_t key = 0;
  std::string name;
};

struct ArticleSummary {
  uint32_t doc = 0;                   // index into Dossier::documents
  std::optional<int64_t> day;         // article date, days since 1970-01-01
  std::vector<int64_t> mentioned_days;  // distinct calendar days the text names (Document::times)
  std::vector<uint32_t> shingles;     // sorted distinct hashes of word kShingleWords-grams
  std::vector<uint32_t> minhash;      // kMinHashSize values; empty when there is no shingle
  std::vector<TermCount> terms;       // content terms with counts, sorted by term
  std::vector<EntityCount> entities;  // named entities with mention counts, sorted by key
  std::vector<KeyName> names;         // readable forms of the leading terms and entities
  uint32_t words = 0;                 // words in the text
  LeadSentences lead;                 // with the default SummaryOptions
  // FigureReader::read of the article, when it was read with the summary (Pipeline::summarize);
  // the conflicts read it from the document otherwise.
  std::optional<std::vector<Figure>> figures;
};

// The key of a named entity: its normalised name (lower-cased words) and type.
uint64_t entity_key(std::string_view normalised_name, EntityType type);

// Summarises document `doc` of the dossier (its entity layer, resolved entities when present).
ArticleSummary summarize_article(const Dossier& dossier, uint32_t doc, const TermModel& model);

// The part of a summary that depends on the document alone: all but `doc`, `entities` and the
// entities' `names` (which follow the terms' names); its figures too when a reader is given.
ArticleSummary summarize_text(const Document& document, const TermModel& model,
                              const FigureReader* figures = nullptr);
// Completes a summarize_text of document `doc` with its named entities (resolved ones when present).
void add_entities(const Dossier& dossier, uint32_t doc, ArticleSummary& summary);

// The encoding of a summarize_text result, kept by the store beside the article's layers.
inline constexpr std::string_view kSummaryKind = "article-summary";
inline constexpr uint32_t kSummaryVersion = 2;  // 2: figures
std::string encode_summary(const ArticleSummary& text_summary);
// Throws ModelError naming `name` when the bytes are not a valid encoding.
ArticleSummary decode_summary(std::string bytes, const std::string& name);
// Throws ModelError naming `name` unless the decoded summary's sentences are the document's.
void check_summary(const ArticleSummary& summary, const Document& document, const std::string& name);

// Summaries of every document, on `threads` threads; stored[i], when present and not empty, is
// encode_summary(summarize_text(document i)) computed earlier and stands for it.
std::vector<ArticleSummary> summarize_articles(const Dossier& dossier, const TermModel& model,
                                               unsigned threads,
                                               std::span<const std::string> stored = {});

}  // namespace dossier::corpus

#endif  // DOSSIER_CORPUS_ARTICLE_SUMMARY_H_
