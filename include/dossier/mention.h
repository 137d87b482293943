// Mentions of entities in one document, their within-document chains and role claims.
#ifndef DOSSIER_MENTION_H_
#define DOSSIER_MENTION_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/span.h"

namespace dossier {

enum class EntityType : uint8_t { kPerson, kOrg, kGpe, kLoc, kNorp, kMisc };
std::string_view to_string(EntityType type);  // "PERSON", "ORG", ...

enum class MentionKind : uint8_t {
  kName,     // a proper name found by the tagger ("António Guterres", "EU")
  kNominal,  // a description ("the UN chief", "the alliance")
  kPronoun,  // he, she, his, her, they ...
};

struct Mention {
  Span span;
  EntityType type = EntityType::kMisc;
  MentionKind kind = MentionKind::kName;
  uint32_t first_token = 0;  // index into Document::tokens
  uint32_t token_count = 0;
  int32_t chain = -1;        // index into Document::chains, -1 until linked
  float confidence = 1.0f;       // that it is a name of this type (names) or a reference (others)
  float link_confidence = 1.0f;  // that it belongs to its chain (1 for a chain's first mention)
};

// Why one mention was linked to another within a document.
enum class LinkReason : uint8_t {
  kSameName,     // identical normalised name
  kNamePart,     // surname or other part of a fuller name
  kAcronym,      // acronym of an earlier name
  kAlias,        // known alias from a resource
  kDescription,  // a description that fits the antecedent ("the UN chief")
  kPronoun,      // a pronoun with a clear antecedent
  kAppositive,   // "X, the ... of Y"
};
std::string_view to_string(LinkReason reason);

// The evidence for one within-document link: mention -> antecedent mention.
struct MentionLink {
  uint32_t mention = 0;
  uint32_t antecedent = 0;
  LinkReason reason = LinkReason::kSameName;
};

// A within-document entity: the mentions that refer to one thing.
struct Chain {
  EntityType type = EntityType::kMisc;
  std::string name;                // best name within the document
  std::vector<uint32_t> mentions;  // indices into Document::mentions, in text order
  float confidence = 1.0f;         // that it belongs to its cross-document entity (resolution)
};

enum class RoleStatus : uint8_t { kCurrent, kFormer, kFuture, kActing };
std::string_view to_string(RoleStatus status);  // "current", "former", "future", "acting"

// A title or office the text gives a person: "former Prime Minister of Portugal".
struct RoleClaim {
  Span span;               // the whole phrase that states the role
  uint32_t holder = 0;     // index into Document::mentions of the person
  std::string title;       // normalised title ("prime minister")
  RoleStatus status = RoleStatus::kCurrent;
  std::string org;         // organisation or country the role belongs to ("Portugal", "UN")
  int32_t org_mention = -1;  // index into Document::mentions when the org is a mention
  float confidence = 1.0f;   // that the text gives the holder this title, status and org
};

}  // namespace dossier

#endif  // DOSSIER_MENTION_H_
