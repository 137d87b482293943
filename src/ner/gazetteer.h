// Phrase lists (countries, regions, people, organisations, demonyms...) matched against the
// lower-cased tokens of a sentence. Each phrase belongs to one or more of at most 8 categories.
#ifndef DOSSIER_NER_GAZETTEER_H_
#define DOSSIER_NER_GAZETTEER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ner/hash_index.h"
#include "util/model_file.h"

namespace dossier::ner {

inline constexpr int kMaxGazetteerCategories = 8;

class Gazetteer {
 public:
  Gazetteer() = default;

  // Adds a phrase (its tokens' lower-cased hashes) to a category, by index into categories().
  // Only before freeze().
  void add(const std::vector<uint64_t>& token_hashes, int category);
  // Builds the lookup index; the gazetteer is read-only afterwards.
  void freeze();

  // Marks, for each token of a sentence, the categories of phrases starting at it (begin) and
  // of phrases that cover it but start earlier (inside).
  void match(const uint64_t* token_hashes, size_t count, uint8_t* begin, uint8_t* inside) const;
  // Categories of the phrase made of exactly these tokens (0 when none).
  uint8_t categories_of(const uint64_t* token_hashes, size_t count) const;

  std::vector<std::string>& categories() { return categories_; }
  const std::vector<std::string>& categories() const { return categories_; }
  // The bit of the named category, 0 when absent.
  uint8_t category_bit(std::string_view name) const;
  size_t phrase_count() const { return phrases_; }
  size_t memory_bytes() const;

  void save(util::ModelWriter& out) const;
  static Gazetteer load(util::ModelReader& in);

 private:
  static uint64_t extend(uint64_t prefix_key, uint64_t token_hash);

  // One node per distinct phrase prefix: the categories of phrases ending there.
  std::vector<uint64_t> keys_;
  std::vector<uint8_t> ends_;
  HashIndex index_;
  std::vector<std::string> categories_;
  uint32_t max_tokens_ = 0;
  size_t phrases_ = 0;
};

}  // namespace dossier::ner

#endif  // DOSSIER_NER_GAZETTEER_H_
