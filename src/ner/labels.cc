#include "ner/labels.h"

namespace dossier::ner {

std::string_view class_name(NerClass c) {
  static constexpr std::array<std::string_view, kNumClasses> kNames{"PER", "ORG", "LOC", "MISC"};
  return kNames[static_cast<size_t>(c)];
}

std::optional<NerClass> parse_class(std::string_view name) {
  for (int c = 0; c < kNumClasses; ++c) {
    if (class_name(static_cast<NerClass>(c)) == name) return static_cast<NerClass>(c);
  }
  return std::nullopt;
}

std::string_view label_name(Label l) {
  static constexpr std::array<std::string_view, kNumLabels> kNames{
      "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"};
  return l < kNumLabels ? kNames[l] : "O";
}

// IOB1 marks B- only between two adjacent entities of one class; an I- that follows O or another
// class opens an entity, so both schemes decode the same way.
bool labels_from_tags(const std::string_view* tags, size_t count, Label* out) {
  Label previous = kOutside;
  for (size_t i = 0; i < count; ++i) {
    const std::string_view tag = tags[i];
    if (tag == "O") {
      out[i] = previous = kOutside;
      continue;
    }
    if (tag.size() < 3 || tag[1] != '-' || (tag[0] != 'B' && tag[0] != 'I')) return false;
    const auto c = parse_class(tag.substr(2));
    if (!c) return false;
    const bool continues = tag[0] == 'I' && previous != kOutside && class_of(previous) == *c;
    out[i] = previous = continues ? inside_label(*c) : begin_label(*c);
  }
  return true;
}

}  // namespace dossier::ner
