// The line patterns of wire-copy headers: bylines, date lines, datelines, subheads and credit
// lines. Each matcher looks at one line (or the start of one) and says what it found.
#ifndef DOSSIER_INGEST_HEADER_PATTERNS_H_
#define DOSSIER_INGEST_HEADER_PATTERNS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/span.h"

namespace dossier::ingest::header {

struct BylineMatch {
  std::vector<std::string> authors;
  std::string source;  // an outlet or agency named in the byline ("By Jane Okafor, Reuters")
  std::optional<CivilDate> date;
};
// "By Jane Okafor", "BY JANE OKAFOR AND TOM BELL", "By Jane Okafor in Nairobi | 14 June 2023".
std::optional<BylineMatch> match_byline(std::string_view line);

struct DateHeaderMatch {
  CivilDate date;
  size_t length = 0;  // bytes of the header: the whole line, or the part before a glued sentence
};
// A header giving a date: "Published: 14 June 2023", "date 2023-06-14", "Wednesday, June 14,
// 2023 10:32 GMT | Updated ...". whole_line: text is the line; otherwise text starts a paragraph
// and a labelled header may be glued to its first sentence ("Published: 14 June 2023 The ...").
std::optional<DateHeaderMatch> match_date_header(std::string_view text, bool whole_line);

struct DatelineMatch {
  size_t length = 0;   // bytes from the paragraph start to the end of the dash
  std::string place;   // "BEIRUT", "Nairobi (Kenya)", "WASHINGTON, D.C."; empty for "(Bloomberg) --"
  std::string agency;  // "AFP", "Reuters"; empty when none
  std::optional<CivilDate> date;  // when the dateline carries a full date
};
// A dateline at the start of a paragraph: "BEIRUT —", "Nairobi (Kenya) (AFP) -",
// "LONDON, June 14 (Reuters) -", "NEW DELHI:".
std::optional<DatelineMatch> match_dateline(std::string_view text);

// "- Talks stall -": a line between dashes.
bool is_dash_subhead(std::string_view line);

// "(Reporting by Jane Okafor; Editing by Tom Bell)": appends the reporters and writers.
bool match_credit_line(std::string_view line, std::vector<std::string>& reporters);

}  // namespace dossier::ingest::header

#endif  // DOSSIER_INGEST_HEADER_PATTERNS_H_
