// The lexicon of reporting words (said, told, according, statement...), compiled by
// `dossier-train quote-cues` from PolNeAR's cue annotations and WordNet's communication verbs,
// with the confidence models fitted on PolNeAR train.
#ifndef DOSSIER_QUOTES_CUE_LEXICON_H_
#define DOSSIER_QUOTES_CUE_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "quotes/confidence.h"

namespace dossier::quotes {

enum class CuePos : uint8_t { kVerb, kNoun, kOther };

// Where an entry's evidence comes from (bits).
enum CueOrigin : uint8_t {
  kAttested = 1u << 0,       // a cue word in the training annotations
  kWordNetSpeech = 1u << 1,  // a form of a WordNet verb.communication lemma
  kWordNetThought = 1u << 2, // a form of a WordNet verb.cognition lemma
};

struct CueEntry {
  std::string form;         // lower-cased word form ("said")
  std::string lemma;        // its lemma ("say")
  CuePos pos = CuePos::kVerb;
  uint8_t origin = 0;       // CueOrigin bits
  uint32_t cue_count = 0;   // occurrences inside annotated cue spans
  uint32_t text_count = 0;  // occurrences in the annotated texts
  uint32_t direct_count = 0;  // cue occurrences introducing a direct quote
  uint32_t after_count = 0;   // cue occurrences whose content follows the cue
  uint32_t object_count = 0;  // of those, content starting after a hearer ("told them that")
  // Percent of the lemma's WordNet attitude senses that are communication (say: 100, believe: 0,
  // add: 95), or kSpeechUnknown when WordNet has no attitude sense for it ("according").
  uint8_t speech = kSpeechUnknown;
  static constexpr uint8_t kSpeechUnknown = 255;
  uint32_t that_text_count = 0;  // occurrences before a complement "that" (Units::before_that_clause)
  uint32_t that_cue_count = 0;   // of those, inside annotated cue spans
  float cue_rate() const { return text_count ? float(cue_count) / float(text_count) : 0.0f; }
  // A speech act, not a belief, intention, perception or feeling: a majority of communication
  // senses, or no attitude sense at all and attested as a cue in the training annotations.
  bool is_speech() const;
  // The speech share in [0, 1]; an unknown share counts as 1 when attested, else 0.
  float speech_share() const;
};

class CueLexicon {
 public:
  static constexpr std::string_view kKind = "quote-cues";
  static constexpr uint32_t kVersion = 5;

  CueLexicon() = default;
  explicit CueLexicon(std::vector<CueEntry> entries, Calibration calibration = {});
  // The index points into the entries: moving keeps them in place, copying would not.
  CueLexicon(CueLexicon&&) = default;
  CueLexicon& operator=(CueLexicon&&) = default;
  CueLexicon(const CueLexicon&) = delete;
  CueLexicon& operator=(const CueLexicon&) = delete;
  // Loads a compiled lexicon; throws ModelError naming the file.
  static CueLexicon load(const std::string& path);
  static CueLexicon from_bytes(std::string bytes, const std::string& name);
  // The file's bytes (model-file container).
  std::string file_bytes() const;
  // Writes the file atomically; throws dossier::Error.
  void save(const std::string& path) const;

  // Index of the entry of a lower-cased form, or -1.
  int32_t find(std::string_view form) const;
  // True when a verb or noun of the text (a cue span: "said in a statement", "according to") is
  // a speech entry; words are split at non-letters and lower-cased (ASCII).
  bool names_speech(std::string_view text) const;
  const CueEntry& entry(int32_t index) const { return entries_[static_cast<size_t>(index)]; }
  // A speech act: the entry is speech by its senses (CueEntry::is_speech), or its lemma introduces
  // direct quotes often ("tweet": WordNet knows only the bird's call).
  bool is_speech(int32_t index) const;
  // The share of the annotated cue occurrences of the entry's lemma (all its forms) that
  // introduce a direct quote, smoothed towards 0: verbs that report words ("say": .55) against
  // verbs that report acts or take objects ("file": .13, "criticize": 0).
  float lemma_direct_share(int32_t index) const { return lemma_direct_share_[static_cast<size_t>(index)]; }
  size_t size() const { return entries_.size(); }
  // The confidence models (src/quotes/confidence.h).
  const Calibration& calibration() const { return calibration_; }

 private:
  void index();

  std::vector<CueEntry> entries_;
  Calibration calibration_;
  std::unordered_map<std::string_view, int32_t> by_form_;
  std::vector<float> lemma_direct_share_;  // per entry
};

}  // namespace dossier::quotes

#endif  // DOSSIER_QUOTES_CUE_LEXICON_H_
