// From the tagger's CoNLL classes to the schema's entity types: PER -> PERSON, ORG -> ORG,
// LOC -> GPE (a country, region, or other name of a country or its cities in the gazetteer) or
// LOC, MISC -> NORP (a demonym, or another name of a country, in the gazetteer) or MISC.
#ifndef DOSSIER_NER_ENTITY_TYPES_H_
#define DOSSIER_NER_ENTITY_TYPES_H_

#include <cstdint>
#include <string_view>

#include "dossier/mention.h"
#include "ner/gazetteer.h"
#include "ner/labels.h"

namespace dossier::ner {

// Gazetteer categories that decide the type (phrase lists may have others, used as features).
inline constexpr std::string_view kCountryCategory = "country";
inline constexpr std::string_view kRegionCategory = "region";
inline constexpr std::string_view kCountryNameCategory = "place";  // other names, cities
inline constexpr std::string_view kDemonymCategory = "demonym";

class EntityTyper {
 public:
  explicit EntityTyper(const Gazetteer& gazetteer);
  // The schema type of a mention of class c whose tokens' lower-cased hashes are given.
  EntityType type_of(NerClass c, const uint64_t* token_hashes, size_t count) const;

 private:
  const Gazetteer* gazetteer_;
  uint8_t place_bits_ = 0;
  uint8_t demonym_bits_ = 0;
};

}  // namespace dossier::ner

#endif  // DOSSIER_NER_ENTITY_TYPES_H_
