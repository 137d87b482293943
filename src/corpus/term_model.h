// Stopwords and background document frequencies of content terms, learnt from real news text
// (dossier-train corpus-terms). Immutable once built; shared by all threads.
#ifndef DOSSIER_CORPUS_TERM_MODEL_H_
#define DOSSIER_CORPUS_TERM_MODEL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "util/model_file.h"

namespace dossier::corpus {

inline constexpr std::string_view kTermModelKind = "corpus-terms";
inline constexpr uint32_t kTermModelVersion = 1;
inline constexpr std::string_view kTermModelFile = "corpus_terms.bin";

// The hash of a content term (a stem) in the hashed vocabulary.
uint64_t term_hash(std::string_view stem);

class TermModel {
 public:
  TermModel() = default;
  // stopwords: lower-cased words; df: background document frequency by term_hash of a stem.
  TermModel(std::vector<std::string> stopwords, uint32_t documents,
            std::unordered_map<uint64_t, uint32_t> df);

  // Loads a model file; throws ModelError naming the file.
  static TermModel load(const std::string& path);
  // The same from a file's bytes in memory (name for messages).
  static TermModel from_bytes(std::string bytes, const std::string& name);
  // Writes the model file; throws Error.
  void save(const std::string& path) const;

  bool is_stopword(std::string_view lower_word) const;
  uint32_t background_df(uint64_t term) const;
  uint32_t background_documents() const { return documents_; }
  const std::vector<std::string>& stopwords() const { return stopwords_; }

 private:
  static TermModel read(util::ModelReader reader);

  std::vector<std::string> stopwords_;
  std::unordered_set<uint64_t> stopword_hashes_;
  uint32_t documents_ = 0;
  std::unordered_map<uint64_t, uint32_t> df_;
};

}  // namespace dossier::corpus

#endif  // DOSSIER_CORPUS_TERM_MODEL_H_
