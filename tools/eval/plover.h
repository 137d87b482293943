// PLOVER gold-standard scoring of CAMEO events, as shared/eval/eval_plover.py does it: CAMEO codes
// mapped with CAMEO2PLOVER-2021.txt and renamed into the gold's PLOVER 0.5b1 vocabulary; type
// accuracy (the gold type among the document's mapped types), type precision, actor slots matched
// by text (equal, or Dice >= 0.5 over word tokens without the/a/an/of/and/s).
#ifndef DOSSIER_TOOLS_EVAL_PLOVER_H_
#define DOSSIER_TOOLS_EVAL_PLOVER_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dossier::eval {

struct PloverMapping {
  // CAMEO code -> (2021 category, mode); the first line of a repeated code wins.
  std::map<std::string, std::pair<std::string, std::string>, std::less<>> table;
};

// Parses CAMEO2PLOVER-2021.txt; throws InputError naming `name` when no code is read.
PloverMapping parse_plover_mapping(std::string_view text, const std::string& name);

struct MappedType {
  std::string gold;    // the gold's 0.5b1 vocabulary (DEMAND, DISAPPROVE, INVESTIGATE, FIGHT renamed)
  std::string coarse;  // the 2021 category
};
// The PLOVER type of a CAMEO code by its longest listed prefix; nullopt for dropped or unknown codes.
std::optional<MappedType> map_cameo(const PloverMapping& mapping, std::string_view code);

struct PloverRecord {
  std::string id;  // unique (repeats get "~2", "~3")
  std::string text;
  std::string date;
  std::string event;  // gold type, upper case
  std::vector<std::string> sources, targets;  // gold actorText values
};

// Reads the records of a PLOVER_GSR JSON array (the DOCUMENT header skipped).
std::vector<PloverRecord> parse_plover_records(std::string_view json, const std::string& name);

// One system event as the scorer sees it: its code and the strings each actor slot offers.
struct SystemEvent {
  std::string code;
  std::vector<std::string> source;  // entity name, aliases and mentions, or the text written
  std::vector<std::string> target;
};

struct PloverScore {
  size_t n = 0, hit = 0, coarse_hit = 0, sys = 0, sys_ok = 0, coarse_sys_ok = 0, dropped = 0, no_event = 0;
  size_t source_n = 0, source_ok = 0, target_n = 0, target_ok = 0, full = 0;
  struct Category {
    size_t n = 0, hit = 0, sys = 0, sys_ok = 0, source_n = 0, source_ok = 0, target_n = 0, target_ok = 0, full = 0;
  };
  std::map<std::string, Category> categories;
  std::map<std::string, size_t> confusions;  // "GOLD->SYS+SYS"
};

// True when two actor strings match (equal ignoring case and spacing, or Dice >= 0.5).
bool actor_text_match(std::string_view a, std::string_view b);

// Scores records against the system events of each record's document (same order as records).
PloverScore score_plover(const std::vector<PloverRecord>& records,
                         const std::vector<std::vector<SystemEvent>>& events, const PloverMapping& mapping);

// The report layout of eval_plover.py, ending with its SCORE line.
std::string plover_report(const PloverScore& score);

}  // namespace dossier::eval

#endif  // DOSSIER_TOOLS_EVAL_PLOVER_H_
