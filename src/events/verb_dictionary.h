// The CAMEO verb dictionary: verb forms, their synonym blocks, the blocks' phrase patterns, the
// noun synonym sets the patterns use, and the CAMEO code table (labels, Goldstein values).
//
// Compiled by `dossier-train events` from the PETRARCH2 verb dictionary (CAMEO.2.0.txt) and the
// CAMEO codebook tables into models/events.dsr (verb_file.h parses the source text). Words are
// interned: every word the dictionary knows has a dense id, and sentence words are looked up
// once, so matching compares integers.
//
// Loaded once, immutable, shared by all threads.
#ifndef DOSSIER_EVENTS_VERB_DICTIONARY_H_
#define DOSSIER_EVENTS_VERB_DICTIONARY_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dossier::util {
class ModelReader;
class ModelWriter;
}  // namespace dossier::util

namespace dossier::events {

inline constexpr uint32_t kNoWord = UINT32_MAX;
inline constexpr uint16_t kNoCode = 0xFFFF;    // nothing given: fall back to the next level
inline constexpr uint16_t kNullCode = 0xFFFE;  // "---": explicitly no event

// One CAMEO event code.
struct CodeInfo {
  std::string code;    // "042", "0233", "1384"
  std::string label;   // "Make a visit"
  double goldstein = 0.0;
  int quad_class = 0;  // 1..4 from the root (0 when the code is not a CAMEO code)
};

// 1 verbal cooperation (roots 01-05), 2 material cooperation (06-08), 3 verbal conflict
// (09-13), 4 material conflict (14-20); 0 for anything else.
int quad_class_of(std::string_view code);
// The two-digit root as a number ("0233" -> 2, "1384" -> 13), 0 when not a CAMEO code.
int root_of(std::string_view code);

enum class ElementKind : uint8_t {
  kWord,      // one word (value: word id)
  kSynset,    // any phrase of a noun synonym set (value: synset id)
  kSource,    // '$': the source actor stands here
  kTarget,    // '+': the target actor stands here
  kCompound,  // '%': a compound actor ("A and B") stands here
  kAny,       // '^': anything (never constrains)
};

// One element of a pattern, in text order.
struct Element {
  ElementKind kind = ElementKind::kWord;
  bool adjacent = false;  // joined to the element before it (or the verb) by '_'
  bool grouped = false;   // inside the same (...) or {...} as the element before it
  uint32_t value = 0;
};

struct Pattern {
  uint32_t first = 0;     // index into elements()
  uint16_t pre = 0;       // elements before the verb (text order), then `post` after it
  uint16_t post = 0;
  uint16_t code = kNoCode;     // source -> target
  uint16_t reverse = kNoCode;  // target -> source ("[042:043]": a visit is hosted)
};

// How a verb block governs a following "to ..." or "that ..." complement: the CAMEO family its
// own act belongs to (2 appeal, 3 intent, 10 demand, 12 reject, 13 threaten), 0 for none.
struct Block {
  std::string name;         // "DEMAND", "EXPLAIN_VERBAL"
  uint16_t code = kNoCode;  // the block's primary code, kNullCode for "---"
  uint16_t reverse = kNoCode;  // target -> source code of the primary ("VISIT [042:043]")
  uint8_t frame = 0;
  uint32_t first_pattern = 0;
  uint32_t pattern_count = 0;
};

// A verb of a block; multi-word verbs ("cordon off", "wire tap") name the words that must stand
// right before (front) or after (back) the inflected word.
struct Verb {
  uint32_t block = 0;
  uint16_t code = kNoCode;  // its own code, else the block's
  uint16_t reverse = kNoCode;
  uint32_t first_word = 0;  // index into verb_words(): front words, then back words
  uint8_t front = 0;
  uint8_t back = 0;
};

enum class Inflection : uint8_t { kBase, kThird, kPast, kGerund };

// An inflected form of a verb: the word it is written as.
struct VerbForm {
  uint32_t verb = 0;
  Inflection inflection = Inflection::kBase;
};

class VerbDictionary {
 public:
  VerbDictionary() = default;
  VerbDictionary(VerbDictionary&&) noexcept = default;
  VerbDictionary& operator=(VerbDictionary&&) noexcept = default;
  // The lookup tables hold views into the word columns: no copies.
  VerbDictionary(const VerbDictionary&) = delete;
  VerbDictionary& operator=(const VerbDictionary&) = delete;

  // Loads a compiled file; throws ModelError when it is missing, corrupt or of another version.
  static VerbDictionary load(const std::string& path);
  static VerbDictionary from_bytes(std::string bytes, const std::string& name);
  // The compiled file's bytes.
  std::string file_bytes() const;
  // Writes the file atomically; throws dossier::Error.
  void save(const std::string& path) const;

  // Id of a lower-case word, or kNoWord.
  uint32_t word_id(std::string_view lower) const;
  std::string_view word(uint32_t id) const { return words_[id]; }
  size_t word_count() const { return words_.size(); }

  // The verb forms written as this word (id from word_id()).
  std::span<const VerbForm> forms(uint32_t word) const;
  const Verb& verb(uint32_t id) const { return verbs_[id]; }
  std::span<const uint32_t> verb_front(const Verb& v) const { return {verb_words_.data() + v.first_word, v.front}; }
  std::span<const uint32_t> verb_back(const Verb& v) const {
    return {verb_words_.data() + v.first_word + v.front, v.back};
  }
  const Block& block(uint32_t id) const { return blocks_[id]; }
  size_t block_count() const { return blocks_.size(); }
  size_t verb_count() const { return verbs_.size(); }
  std::span<const Pattern> patterns(const Block& b) const {
    return {patterns_.data() + b.first_pattern, b.pattern_count};
  }
  size_t pattern_count() const { return patterns_.size(); }
  // A word every match of the pattern contains (its first word element), or kNoWord.
  uint32_t required_word(const Pattern& p) const { return required_[static_cast<size_t>(&p - patterns_.data())]; }
  // Bit s set: synonym set s (s < 64) must have a phrase in any match of the pattern.
  uint64_t required_synsets(const Pattern& p) const {
    return required_synsets_[static_cast<size_t>(&p - patterns_.data())];
  }
  // Bit s set: a phrase of synonym set s (s < 64) starts with this word.
  uint64_t synsets_starting_with(uint32_t word) const { return word == kNoWord ? 0 : synset_starts_[word]; }
  // closed_class.h WordClass bits of a dictionary word.
  uint32_t word_class_of(uint32_t word) const { return word_classes_[word]; }
  std::span<const Element> elements(const Pattern& p) const {
    return {elements_.data() + p.first, static_cast<size_t>(p.pre + p.post)};
  }
  // Phrases of a synset, each a run of word ids.
  size_t synset_size(uint32_t synset) const { return synset_phrases_[synset + 1] - synset_phrases_[synset]; }
  std::span<const uint32_t> synset_phrase(uint32_t synset, size_t i) const;
  size_t synset_count() const { return synset_phrases_.empty() ? 0 : synset_phrases_.size() - 1; }

  const CodeInfo& code(uint16_t id) const { return codes_[id]; }
  size_t code_count() const { return codes_.size(); }
  // Id of a CAMEO code string, or kNoCode.
  uint16_t code_id(std::string_view code) const;

 private:
  friend class VerbDictionaryBuilder;
  static VerbDictionary read(util::ModelReader& reader);
  util::ModelWriter writer() const;
  void index();  // builds the lookup tables from the columns

  std::vector<std::string> words_;
  std::vector<CodeInfo> codes_;
  std::vector<Block> blocks_;
  std::vector<Verb> verbs_;
  std::vector<uint32_t> verb_words_;
  std::vector<uint32_t> form_begin_;  // per word + 1: range into forms_
  std::vector<VerbForm> forms_;
  std::vector<Pattern> patterns_;
  std::vector<Element> elements_;
  std::vector<uint32_t> synset_phrases_;  // per synset + 1: range into phrase_begin_
  std::vector<uint32_t> phrase_begin_;    // per phrase + 1: range into phrase_words_
  std::vector<uint32_t> phrase_words_;
  // Lookup tables built on load.
  std::unordered_map<std::string_view, uint32_t> word_index_;
  std::unordered_map<std::string_view, uint16_t> code_index_;
  std::vector<uint32_t> word_classes_;
  std::vector<uint32_t> required_;  // per pattern
  std::vector<uint64_t> required_synsets_;  // per pattern
  std::vector<uint64_t> synset_starts_;     // per word
};

}  // namespace dossier::events

#endif  // DOSSIER_EVENTS_VERB_DICTIONARY_H_
