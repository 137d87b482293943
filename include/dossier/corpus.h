// The corpus-level result: documents plus what was found across them.
#ifndef DOSSIER_CORPUS_H_
#define DOSSIER_CORPUS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dossier/document.h"
#include "dossier/mention.h"
#include "dossier/span.h"

namespace dossier {

// A mention of a document, by position.
struct MentionRef {
  uint32_t doc = 0;      // index into Dossier::documents
  uint32_t mention = 0;  // index into Document::mentions
  friend constexpr auto operator<=>(const MentionRef&, const MentionRef&) = default;
};

// A role claim of a document, by position.
struct RoleRef {
  uint32_t doc = 0;
  uint32_t role = 0;  // index into Document::roles
};

// One real-world entity, merged across spellings and documents.
struct Entity {
  std::string id;                    // "E1", "E2", ...
  std::string name;                  // canonical name
  EntityType type = EntityType::kMisc;
  std::vector<std::string> aliases;  // every surface form seen, canonical name included
  std::vector<MentionRef> mentions;
  std::vector<RoleRef> roles;
  std::string country;               // ISO 3166-1 alpha-3 of an associated country, or empty
  float confidence = 1.0f;           // that its type is right (share of the evidence for it)
};

// A passage of a document: a summary sentence, a claim, a piece of evidence.
struct Passage {
  uint32_t doc = 0;
  Span span;
};

// Articles that tell the same story.
struct Story {
  std::string id;                  // "S1", ...
  std::string label;
  std::vector<uint32_t> documents;  // indices into Dossier::documents, in time order
  std::vector<Passage> summary;     // extractive summary sentences
  // Reports of one real-world event within the story: each inner list is a set of documents.
  std::vector<std::vector<uint32_t>> events;
};

// A near-copy in a group of duplicates.
struct DuplicateCopy {
  uint32_t doc = 0;         // index into Dossier::documents
  double similarity = 0.0;  // Jaccard similarity of its word shingles with the representative's
};

// Articles that are near-copies of one text: the connected articles of the near-duplicate graph.
struct DuplicateGroup {
  uint32_t representative = 0;       // the group's first article in input order
  std::vector<DuplicateCopy> copies;  // the others, in input order
};

struct Claim {
  std::string value;
  Passage passage;
};

// Claims from different documents that cannot all be true, or that differ.
struct Conflict {
  int32_t entity = -1;    // index into Dossier::entities, -1 when about no single entity
  std::string attribute;  // "role", "date", "place", "figure", ...
  std::vector<Claim> claims;
  std::string explanation;
  std::string severity = "contradicts";  // "contradicts" or "differs"
};

// An event of a document, by position.
struct EventRef {
  uint32_t doc = 0;    // index into Dossier::documents
  uint32_t event = 0;  // index into Document::events
};

// What an actor stands for, from the events of the appeal (02), intent (03), support (05),
// demand (10), reject (12) and threaten (13) families, grouped per actor, stance and object.
struct Position {
  std::string actor;       // the actor as named: its entity's name, else the words of the text
  std::string actor_code;  // CAMEO actor code, empty when unknown
  int32_t entity = -1;     // index into Dossier::entities, -1 when the actor is no entity
  std::string stance;      // "demands", "calls for", "pledges", "supports", "rejects", "threatens" ...
  std::string object;      // what the stance is about: "a pay rise", "to cut off power to X"
  std::string statement;   // stance and object: "demands a pay rise"
  std::vector<EventRef> evidence;  // the events it rests on, in document order
};

// A note about an input that was skipped or read with a caveat.
struct Diagnostic {
  enum class Severity : uint8_t { kWarning, kError };
  Severity severity = Severity::kError;
  std::string file;
  uint64_t line = 0;  // 1-based; 0 when not about one line
  std::string message;
  // "file:line: message" or "file: message".
  std::string to_string() const;
};

// Per layer, the lowest confidence at which the report counts an item as confident (shown by
// default, used in the overview); none: no item is. Set by the pipeline from models/calibration.bin,
// where each was chosen for >= 90% precision on the audit set's tuning part; 0 shows everything.
struct ConfidenceThresholds {
  std::optional<float> mentions = 0.0f;
  std::optional<float> roles = 0.0f;
  std::optional<float> speech = 0.0f;
  std::optional<float> speakers = 0.0f;
  std::optional<float> events = 0.0f;
  std::optional<float> times = 0.0f;
  friend bool operator==(const ConfidenceThresholds&, const ConfidenceThresholds&) = default;
};

// Whether confidence reaches threshold.
inline bool confident(std::optional<float> threshold, double confidence) {
  return threshold.has_value() && confidence >= *threshold;
}

struct Dossier {
  std::vector<Document> documents;
  std::vector<Entity> entities;
  // entity_of_chain[doc][chain]: index into entities of each document's chain, or -1.
  std::vector<std::vector<int32_t>> entity_of_chain;
  std::vector<Story> stories;
  std::vector<DuplicateGroup> duplicates;  // by representative
  std::vector<Conflict> conflicts;
  std::vector<Position> positions;
  std::vector<Diagnostic> diagnostics;
  ConfidenceThresholds confident_from;

  // The entity a mention belongs to, or -1.
  int32_t entity_of(uint32_t doc, int32_t mention) const;
};

}  // namespace dossier

#endif  // DOSSIER_CORPUS_H_
