#include "ingest/ingest.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "dossier/error.h"
#include "util/file.h"
#include "util/utf8.h"

namespace dossier::ingest {
namespace fs = std::filesystem;

std::vector<std::string> list_inputs(const std::vector<std::string>& paths,
                                     std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> files;
  for (const auto& path : paths) {
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      diagnostics.push_back({Diagnostic::Severity::kError, path, 0, "no such file or directory"});
      continue;
    }
    if (!fs::is_directory(status)) {
      files.push_back(path);
      continue;
    }
    std::vector<std::string> found;
    for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::end(it);
         it.increment(ec)) {
      if (it->is_regular_file()) found.push_back(it->path().string());
    }
    if (ec) diagnostics.push_back({Diagnostic::Severity::kError, path, 0, ec.message()});
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

namespace {

std::string stem_of(const std::string& path) { return fs::path(path).stem().string(); }

}  // namespace

ReadResult read_input(const std::string& path, const ReadOptions& options) {
  ReadResult result;
  try {
    std::string bytes = util::read_file(path, options.max_article_bytes);
    if (util::find_invalid_utf8(bytes) != std::string::npos) {
      throw InputError(path, "not valid UTF-8");
    }
    Document doc;
    doc.id = stem_of(path);
    doc.path = path;
    doc.text = std::move(bytes);
    result.documents.push_back(std::move(doc));
  } catch (const InputError& e) {
    result.diagnostics.push_back({Diagnostic::Severity::kError, e.file(), e.line(), e.reason()});
  }
  return result;
}

void assign_unique_ids(std::vector<Document>& documents) {
  std::set<std::string> taken;
  for (const auto& d : documents) taken.insert(d.id);
  std::set<std::string> used;
  for (auto& d : documents) {
    if (used.insert(d.id).second) continue;
    for (int n = 2;; ++n) {
      std::string candidate = d.id + "-" + std::to_string(n);
      if (!taken.contains(candidate) && used.insert(candidate).second) {
        d.id = std::move(candidate);
        break;
      }
    }
  }
}

}  // namespace dossier::ingest
