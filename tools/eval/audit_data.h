// The audit set (docs/audit-guidelines.md) and dossier's output in one shape, so that a pass of
// annotations can be scored against the adjudicated gold, against another pass (agreement), or
// dossier's JSON against either. Offsets are Unicode code points into the article file.
#ifndef DOSSIER_TOOLS_EVAL_AUDIT_DATA_H_
#define DOSSIER_TOOLS_EVAL_AUDIT_DATA_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace dossier::eval::audit {

struct Range {
  uint32_t start = 0;
  uint32_t end = 0;
  bool empty() const { return end <= start; }
  bool overlaps(const Range& o) const { return !empty() && !o.empty() && start < o.end && o.start < end; }
  friend bool operator==(const Range&, const Range&) = default;
};

inline constexpr double kNoConfidence = -1.0;

struct MentionItem {
  Range span;
  std::string type;    // PERSON, ORG, GPE, LOC, NORP, MISC
  std::string entity;  // gold: the entity key; system: the entity id
  double confidence = kNoConfidence;
};

struct RoleItem {
  std::string holder;  // entity key or id
  Range span;          // the title words (gold) or the role phrase (system)
  std::string title;   // normalised title
  std::string org;
  std::string status;
  double confidence = kNoConfidence;
};

struct SpeechItem {
  std::string kind;  // direct, partial, indirect
  Range cue;
  std::vector<Range> content;
  Range speaker;
  std::string speaker_entity;  // key or id; empty for an unresolved or unnamed speaker
  std::string cue_text;
  double confidence = kNoConfidence;
  double speaker_confidence = kNoConfidence;  // system output only, when it names a speaker
  bool overlaps(const SpeechItem& o) const;
};

struct EventItem {
  std::string code;
  Range trigger;
  std::string source_entity;
  std::string target_entity;
  std::string source_text;
  std::string target_text;
  std::string date;
  double confidence = kNoConfidence;
};

struct TimeItem {
  Range span;
  std::string type;
  std::string value;
  double confidence = kNoConfidence;
};

// One article of the sample, with the items of one annotation pass or of dossier's output.
struct Article {
  int index = 0;
  std::string part;  // "tune" or "eval"
  std::string path;  // relative to the shared folder
  std::string dct;   // document creation time, ISO date
  std::vector<MentionItem> mentions;
  std::vector<RoleItem> roles;
  std::vector<SpeechItem> speech;
  std::vector<EventItem> events;
  std::vector<TimeItem> times;
};

struct SampleRow {
  int index = 0;
  std::string part;
  std::string path;
  std::string dct;
};

// Rows of audit/sample.tsv; throws InputError naming the file on a malformed row.
std::vector<SampleRow> read_sample(const std::string& path);
// One pass file (audit/passes/P/N.json or audit/adjudicated/N.json); throws InputError.
Article read_pass_file(const std::string& path);
// The annotated articles of a folder of pass files that are in the sample, keyed by index.
std::map<int, Article> read_pass_folder(const std::string& folder, const std::vector<SampleRow>& sample);
// dossier's JSON (schema docs/schema.md) as articles keyed by index; document ids must be the
// sample indices.
std::map<int, Article> articles_from_dossier(const nlohmann::json& dossier);
// The dossier's confident_from per layer (none: no item is confident); empty when it has none.
std::map<std::string, std::optional<double>> thresholds_from_dossier(const nlohmann::json& dossier);

// The article text, read once, with code-point slicing for error listings.
class ArticleText {
 public:
  explicit ArticleText(std::string utf8);
  std::string slice(Range range, size_t max_chars = 120) const;
  const std::string& utf8() const { return utf8_; }

 private:
  std::string utf8_;
  std::vector<uint32_t> byte_of_cp_;
};

// Lower case, inner whitespace collapsed, punctuation at both ends removed.
std::string normalise_title(std::string_view title);

}  // namespace dossier::eval::audit

#endif  // DOSSIER_TOOLS_EVAL_AUDIT_DATA_H_
