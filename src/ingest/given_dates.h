// Article dates the user gives: a --dates table (path or id -> date), and the dates an undated
// article's file name or, when asked, its modification time carries.
#ifndef DOSSIER_INGEST_GIVEN_DATES_H_
#define DOSSIER_INGEST_GIVEN_DATES_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dossier/document.h"
#include "dossier/span.h"

namespace dossier::ingest {

class GivenDates {
 public:
  // Reads a table of lines "path-or-id<TAB>YYYY-MM-DD" (blank lines and lines starting with "#"
  // skipped). Throws InputError(file, reason, line) for a line that is not one, or when the file
  // cannot be read.
  static GivenDates load(const std::string& file);

  // key: an input path (matched as written and as the file it names) or an article id.
  void add(const std::string& key, const CivilDate& date);
  bool empty() const { return by_key_.empty(); }

  // The date given for an article (its path, the file it was read from, its id), or nullopt.
  std::optional<CivilDate> find(const Document& doc, const std::string& file) const;

 private:
  std::unordered_map<std::string, CivilDate> by_key_;
};

struct DateOptions {
  std::shared_ptr<const GivenDates> given;  // --dates: overrides the article's own date
  bool from_mtime = false;            // --dates-from-mtime: the file's modification day
};

// Dates the articles read from file: the given date when there is one; else, for an article
// without a date, the date in the file's name or folders (2024-12-04-talks.txt,
// 2024/12/04/talks.txt), else, when asked, the file's modification day (UTC). Dates before 1990
// or after tomorrow are not taken from names.
void assign_dates(std::vector<Document>& documents, const std::string& file, const DateOptions& options);

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_GIVEN_DATES_H_
