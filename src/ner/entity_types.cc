#include "ner/entity_types.h"

namespace dossier::ner {

EntityTyper::EntityTyper(const Gazetteer& gazetteer) : gazetteer_(&gazetteer) {
  place_bits_ = static_cast<uint8_t>(gazetteer.category_bit(kCountryCategory) |
                                     gazetteer.category_bit(kRegionCategory) |
                                     gazetteer.category_bit(kCountryNameCategory));
  // A MISC name among a country's other names ("Kenyan", "French") is its people's adjective.
  demonym_bits_ = static_cast<uint8_t>(gazetteer.category_bit(kDemonymCategory) |
                                       gazetteer.category_bit(kCountryNameCategory));
}

EntityType EntityTyper::type_of(NerClass c, const uint64_t* token_hashes, size_t count) const {
  switch (c) {
    case NerClass::kPer: return EntityType::kPerson;
    case NerClass::kOrg: return EntityType::kOrg;
    case NerClass::kLoc: {
      const uint8_t found = gazetteer_->categories_of(token_hashes, count);
      return (found & place_bits_) != 0 ? EntityType::kGpe : EntityType::kLoc;
    }
    case NerClass::kMisc: {
      const uint8_t found = gazetteer_->categories_of(token_hashes, count);
      return (found & demonym_bits_) != 0 ? EntityType::kNorp : EntityType::kMisc;
    }
  }
  return EntityType::kMisc;
}

}  // namespace dossier::ner
