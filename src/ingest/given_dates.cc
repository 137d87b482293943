#include "ingest/given_dates.h"

#include <sys/stat.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "dossier/error.h"
#include "util/ascii.h"
#include "ingest/meta_fields.h"

namespace dossier::ingest {
namespace {

namespace fs = std::filesystem;

// A date read from a name is taken only within these bounds: earlier or later numbers in a name
// are versions, counters or identifiers rather than days.
constexpr int kFirstNamedYear = 1990;

// The file a path names, absolute and without "." or "..", when it exists; else empty.
std::string file_key(std::string_view path) {
  std::error_code ec;
  const fs::path canonical = fs::canonical(fs::path(path), ec);
  return ec ? std::string() : canonical.string();
}

CivilDate tomorrow() {
  const auto now = std::chrono::system_clock::now().time_since_epoch();
  return CivilDate::from_days_since_epoch(std::chrono::duration_cast<std::chrono::hours>(now).count() / 24 + 1);
}

// The last folders and the name of a path: dates in folders count ("2024/12/04/a.txt"), the rest
// of a long path ("/home/u/2019-backup/...") is too far from the article to be its date.
std::string_view near_name(std::string_view path, int components) {
  size_t at = path.size();
  for (int i = 0; i < components && at != std::string_view::npos && at > 0; ++i) {
    at = path.rfind('/', at - 1);
  }
  return at == std::string_view::npos ? path : path.substr(at);
}

std::optional<CivilDate> modification_day(const std::string& file) {
  struct stat info {};
  if (::stat(file.c_str(), &info) != 0) return std::nullopt;
  const int64_t seconds = static_cast<int64_t>(info.st_mtime);
  return CivilDate::from_days_since_epoch((seconds - (seconds < 0 ? 86399 : 0)) / 86400);
}

}  // namespace

GivenDates GivenDates::load(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw InputError(file, "cannot be read");
  GivenDates dates;
  std::string line;
  uint64_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const std::string_view trimmed = util::ascii::trim(line);
    if (trimmed.empty() || trimmed.front() == '#') continue;
    const size_t tab = line.rfind('\t');
    if (tab == std::string::npos) {
      throw InputError(file, "expected a path or id, a tab and a date (YYYY-MM-DD)", number);
    }
    const std::string key(util::ascii::trim(std::string_view(line).substr(0, tab)));
    const std::string_view value = util::ascii::trim(std::string_view(line).substr(tab + 1));
    const auto date = CivilDate::parse_iso(value);
    if (key.empty() || !date || value.size() != 10) {
      throw InputError(file, "'" + std::string(value) + "' is not a date (YYYY-MM-DD)", number);
    }
    dates.add(key, *date);
  }
  return dates;
}

void GivenDates::add(const std::string& key, const CivilDate& date) {
  by_key_[key] = date;
  if (std::string canonical = file_key(key); !canonical.empty()) by_key_[canonical] = date;
}

std::optional<CivilDate> GivenDates::find(const Document& doc, const std::string& file) const {
  for (const std::string& key : {doc.path, file, file_key(file), doc.id}) {
    if (key.empty()) continue;
    if (const auto it = by_key_.find(key); it != by_key_.end()) return it->second;
  }
  return std::nullopt;
}

void assign_dates(std::vector<Document>& documents, const std::string& file, const DateOptions& options) {
  std::optional<CivilDate> named = date_in_path(near_name(file, 4));
  if (named && (named->year < kFirstNamedYear || tomorrow() < *named)) named.reset();
  const std::optional<CivilDate> modified =
      options.from_mtime ? modification_day(file) : std::nullopt;
  for (Document& doc : documents) {
    if (options.given != nullptr) {
      if (auto given = options.given->find(doc, file)) {
        doc.meta.date = given;
        doc.meta.date_basis = DateBasis::kMetadata;
        doc.meta.date_evidence.clear();
        continue;
      }
    }
    if (doc.meta.date) continue;
    if (named) {
      doc.meta.date = named;
      doc.meta.date_basis = DateBasis::kMetadata;
    } else if (modified) {
      doc.meta.date = modified;
      doc.meta.date_basis = DateBasis::kInferred;
      doc.meta.date_evidence = "the file's modification time";
    }
  }
}

}  // namespace dossier::ingest
