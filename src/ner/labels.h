// The tagger's label set: IOB2 over the four CoNLL-2003 types, and its legal transitions.
#ifndef DOSSIER_NER_LABELS_H_
#define DOSSIER_NER_LABELS_H_

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace dossier::ner {

// The CoNLL-2003 entity classes the tagger predicts.
enum class NerClass : uint8_t { kPer, kOrg, kLoc, kMisc };
inline constexpr int kNumClasses = 4;

// Label 0 is O; then B-class and I-class for each class: 1 + 2 * class (+1 for I).
inline constexpr int kNumLabels = 1 + 2 * kNumClasses;
using Label = uint8_t;
inline constexpr Label kOutside = 0;

constexpr Label begin_label(NerClass c) { return static_cast<Label>(1 + 2 * static_cast<int>(c)); }
constexpr Label inside_label(NerClass c) { return static_cast<Label>(2 + 2 * static_cast<int>(c)); }
constexpr bool is_begin(Label l) { return l != kOutside && l % 2 == 1; }
constexpr bool is_inside(Label l) { return l != kOutside && l % 2 == 0; }
constexpr NerClass class_of(Label l) { return static_cast<NerClass>((l - 1) / 2); }

// IOB2 allows I-X only after B-X or I-X.
constexpr bool transition_allowed(Label from, Label to) {
  return !is_inside(to) || (from != kOutside && class_of(from) == class_of(to));
}
constexpr bool start_allowed(Label to) { return !is_inside(to); }

std::string_view class_name(NerClass c);  // "PER", "ORG", "LOC", "MISC"
std::optional<NerClass> parse_class(std::string_view name);
std::string_view label_name(Label l);     // "O", "B-PER", "I-PER", ...

// Converts one sentence's tags (IOB1 or IOB2, CoNLL classes) to IOB2 labels;
// returns false when a tag is not O, B-X or I-X with a CoNLL class.
bool labels_from_tags(const std::string_view* tags, size_t count, Label* out);

}  // namespace dossier::ner

#endif  // DOSSIER_NER_LABELS_H_
