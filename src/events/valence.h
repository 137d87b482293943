// Word valence for reading what reported speech does: a lexicon of English words rated from
// -5 (strongly negative) to +5, compiled from AFINN-165 by `dossier-train valence`. The coder
// reads a statement whose words are negative about someone as criticism, positive as praise.
#ifndef DOSSIER_EVENTS_VALENCE_H_
#define DOSSIER_EVENTS_VALENCE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "util/model_file.h"

namespace dossier::events {

inline constexpr std::string_view kValenceFile = "valence.bin";
inline constexpr std::string_view kValenceKind = "valence";
inline constexpr uint32_t kValenceVersion = 1;
inline constexpr int kMaxValence = 5;

// Immutable once built; valence() is thread-safe.
class ValenceLexicon {
 public:
  ValenceLexicon() = default;  // knows no word
  ValenceLexicon(ValenceLexicon&&) noexcept = default;
  ValenceLexicon& operator=(ValenceLexicon&&) noexcept = default;
  ValenceLexicon(const ValenceLexicon&) = delete;  // the index holds views into the words
  ValenceLexicon& operator=(const ValenceLexicon&) = delete;
  // Throws ModelError when the lists differ in length or a rating is outside [-5, 5].
  ValenceLexicon(std::vector<std::string> words, std::vector<int16_t> ratings);
  // Reads models/valence.bin; throws ModelError naming the file on any defect.
  static ValenceLexicon load(const std::string& path);
  static ValenceLexicon from_bytes(std::string bytes, const std::string& name);
  // Appends the payload; the file is writer.file_bytes(kValenceKind, kValenceVersion).
  void write(util::ModelWriter& writer) const;
  std::string file_bytes() const;

  // The rating of a case-folded word, 0 when it has none.
  int valence(std::string_view folded) const;
  size_t size() const { return words_.size(); }

 private:
  std::vector<std::string> words_;
  std::vector<int16_t> ratings_;
  std::unordered_map<std::string_view, int16_t> rating_of_;
};

}  // namespace dossier::events

#endif  // DOSSIER_EVENTS_VALENCE_H_
