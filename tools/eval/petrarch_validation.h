// The PETRARCH2 unit-test records (validation/PETR.UnitTest.records.xml): stylised sentences with
// the event codes PETRARCH2 should give them, coded with the suite's own dictionaries
// (dictionaries/PETR.Validate.{verbs,actors,agents}.txt) by our coder.
#ifndef DOSSIER_TOOLS_EVAL_PETRARCH_VALIDATION_H_
#define DOSSIER_TOOLS_EVAL_PETRARCH_VALIDATION_H_

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.h"

namespace dossier::eval {

struct ExpectedEvent {
  std::string source, target, code;
};

struct ValidationRecord {
  std::string id, category, date, text;
  std::vector<ExpectedEvent> expected;  // empty with no_events
  bool no_events = false;
};

// The records of the XML file; ERROR-category records (input errors, discards) are left out.
std::vector<ValidationRecord> parse_validation_records(std::string_view xml);

// A lexicon of a PETRARCH actor dictionary and agent dictionary (the suite's small ones).
lexicon::Lexicon petrarch_lexicon(std::string_view actors, std::string_view agents, const std::string& name);

// Codes every record and returns the report (agreement figures and a SCORE line).
// `petrarch` is the petrarch2 folder, `codebook` the CAMEO codebook folder.
// With `details`, every record with the expected and the system's events is written there.
std::string run_petrarch_validation(const std::string& petrarch, const std::string& codebook,
                                    std::ostream* details = nullptr);

}  // namespace dossier::eval

#endif  // DOSSIER_TOOLS_EVAL_PETRARCH_VALIDATION_H_
