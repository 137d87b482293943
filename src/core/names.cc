// Schema spellings of the model's enumerations.
#include "dossier/article.h"
#include "dossier/mention.h"
#include "dossier/quote.h"
#include "dossier/timex.h"

namespace dossier {

std::string_view to_string(DateBasis basis) {
  switch (basis) {
    case DateBasis::kNone: return "none";
    case DateBasis::kMetadata: return "metadata";
    case DateBasis::kText: return "text";
    case DateBasis::kInferred: return "inferred";
  }
  return "none";
}

std::string_view to_string(EntityType type) {
  switch (type) {
    case EntityType::kPerson: return "PERSON";
    case EntityType::kOrg: return "ORG";
    case EntityType::kGpe: return "GPE";
    case EntityType::kLoc: return "LOC";
    case EntityType::kNorp: return "NORP";
    case EntityType::kMisc: return "MISC";
  }
  return "MISC";
}

std::string_view to_string(LinkReason reason) {
  switch (reason) {
    case LinkReason::kSameName: return "same_name";
    case LinkReason::kNamePart: return "name_part";
    case LinkReason::kAcronym: return "acronym";
    case LinkReason::kAlias: return "alias";
    case LinkReason::kDescription: return "description";
    case LinkReason::kPronoun: return "pronoun";
    case LinkReason::kAppositive: return "appositive";
  }
  return "same_name";
}

std::string_view to_string(RoleStatus status) {
  switch (status) {
    case RoleStatus::kCurrent: return "current";
    case RoleStatus::kFormer: return "former";
    case RoleStatus::kFuture: return "future";
    case RoleStatus::kActing: return "acting";
  }
  return "current";
}

std::string_view to_string(AttributionKind kind) {
  return kind == AttributionKind::kIntention ? "intention" : "belief";
}

std::string_view to_string(QuoteKind kind) {
  switch (kind) {
    case QuoteKind::kDirect: return "direct";
    case QuoteKind::kPartial: return "partial";
    case QuoteKind::kIndirect: return "indirect";
  }
  return "direct";
}

std::string_view to_string(TimexType type) {
  switch (type) {
    case TimexType::kDate: return "DATE";
    case TimexType::kTime: return "TIME";
    case TimexType::kDuration: return "DURATION";
    case TimexType::kSet: return "SET";
  }
  return "DATE";
}

}  // namespace dossier
