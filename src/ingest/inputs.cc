// Expanding the command line's paths into files, and unique document ids.
#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>
#include <unordered_map>
#include <unordered_set>

#include "ingest/format.h"
#include "ingest/ingest.h"
#include "util/utf8.h"

namespace dossier::ingest {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kKnownTypes = ".txt, .jsonl, .ndjson, .html or .htm (optionally .gz)";

// Diagnostics name the path as valid UTF-8 (util::escape_invalid_utf8).
Diagnostic error(const std::string& path, std::string message) {
  return {Diagnostic::Severity::kError, util::escape_invalid_utf8(path), 0, std::move(message)};
}

Diagnostic warning(const std::string& path, std::string message) {
  return {Diagnostic::Severity::kWarning, util::escape_invalid_utf8(path), 0, std::move(message)};
}

// Why a path that stat cannot follow is unusable.
std::string missing_reason(const fs::path& path, const std::error_code& ec) {
  std::error_code link_ec;
  if (fs::is_symlink(fs::symlink_status(path, link_ec))) {
    if (ec == std::errc::too_many_symbolic_link_levels) {
      return "symbolic link loop (the links point at each other)";
    }
    if (ec && ec != std::errc::no_such_file_or_directory) {
      return "cannot follow symbolic link: " + ec.message();
    }
    return "broken symbolic link (its target does not exist)";
  }
  if (ec && ec != std::errc::no_such_file_or_directory) return "cannot access: " + ec.message();
  return "no such file or directory";
}

bool is_hidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return !name.empty() && name[0] == '.';
}

class DirectoryWalk {
 public:
  explicit DirectoryWalk(std::vector<Diagnostic>& diagnostics) : diagnostics_(diagnostics) {}

  // Appends the article files under root, in path order.
  void run(const fs::path& root, std::vector<std::string>& files) {
    std::vector<fs::path> pending{root};
    std::set<fs::path> visited;
    while (!pending.empty()) {
      const fs::path dir = std::move(pending.back());
      pending.pop_back();
      std::error_code ec;
      // Symbolic links to directories are followed once each; a loop ends here.
      if (!visited.insert(fs::weakly_canonical(dir, ec)).second) {
        diagnostics_.push_back(warning(dir.string(), "directory already read through another path "
                                                     "(a symbolic link loop or a second link); skipped"));
        continue;
      }
      list_directory(dir, pending);
    }
    std::sort(found_.begin(), found_.end());
    const std::string root_name = root.string();
    if (found_.empty() && ignored_ == 0 && unreadable_ == 0) {
      diagnostics_.push_back(warning(root_name, "no files in this directory"));
    }
    if (ignored_ > 0) {
      diagnostics_.push_back(warning(root_name, "ignored " + std::to_string(ignored_) +
                                                    " files that are not " +
                                                    std::string(kKnownTypes) + ", e.g. " +
                                                    ignored_example_));
    }
    files.insert(files.end(), found_.begin(), found_.end());
  }

 private:
  void list_directory(const fs::path& dir, std::vector<fs::path>& pending) {
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
      const fs::path& path = it->path();
      if (is_hidden(path)) continue;
      std::error_code status_ec;
      const fs::file_status status = fs::status(path, status_ec);
      if (!fs::exists(status)) {
        diagnostics_.push_back(error(path.string(), missing_reason(path, status_ec)));
      } else if (fs::is_directory(status)) {
        pending.push_back(path);
      } else if (format_from_name(path.string()).format != Format::kUnknown) {
        // Special files with an article name are passed on: reading them reports what they are.
        found_.push_back(path.string());
      } else {
        if (ignored_++ == 0) ignored_example_ = util::escape_invalid_utf8(path.filename().string());
      }
    }
    if (ec) {
      ++unreadable_;
      diagnostics_.push_back(error(dir.string(), "cannot read directory: " + ec.message()));
    }
  }

  std::vector<Diagnostic>& diagnostics_;
  std::vector<std::string> found_;
  size_t ignored_ = 0;
  size_t unreadable_ = 0;  // directories that could not be listed
  std::string ignored_example_;
};

}  // namespace

std::vector<std::string> list_inputs(const std::vector<std::string>& paths,
                                     std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> files;
  for (const auto& path : paths) {
    if (path.empty()) {
      diagnostics.push_back(error(path, "an empty path"));
      continue;
    }
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status)) {
      diagnostics.push_back(error(path, missing_reason(path, ec)));
    } else if (fs::is_directory(status)) {
      DirectoryWalk(diagnostics).run(path, files);
    } else {
      files.push_back(path);
    }
  }
  // The same file named twice (or reached through two paths) is read once.
  std::set<fs::path> seen;
  std::vector<std::string> unique;
  for (auto& file : files) {
    std::error_code ec;
    const fs::path canonical = fs::weakly_canonical(file, ec);
    if (!seen.insert(ec ? fs::path(file) : canonical).second) {
      diagnostics.push_back(warning(file, "given more than once; read once"));
      continue;
    }
    unique.push_back(std::move(file));
  }
  return unique;
}

void assign_unique_ids(std::vector<Document>& documents, std::vector<Diagnostic>& diagnostics) {
  std::unordered_set<std::string> taken;
  for (const auto& d : documents) taken.insert(d.id);
  std::unordered_set<std::string> used;
  // The next suffix to try per id, so a thousand articles of one file stay linear.
  std::unordered_map<std::string, int> next_suffix;
  // Per id renamed: one message, however many articles share it.
  struct Renamed {
    std::string id, path, first, last;
    size_t count = 0;
  };
  std::vector<Renamed> renamed;
  std::unordered_map<std::string, size_t> renamed_index;
  for (auto& d : documents) {
    if (used.insert(d.id).second) continue;
    int& n = next_suffix.try_emplace(d.id, 2).first->second;
    for (;; ++n) {
      std::string candidate = d.id + "-" + std::to_string(n);
      if (!taken.contains(candidate) && used.insert(candidate).second) {
        const auto [at, added] = renamed_index.try_emplace(d.id, renamed.size());
        if (added) renamed.push_back({d.id, d.path, candidate, {}, 0});
        Renamed& r = renamed[at->second];
        r.last = candidate;
        ++r.count;
        d.id = std::move(candidate);
        ++n;
        break;
      }
    }
  }
  for (const auto& r : renamed) {
    std::string message = "id \"" + r.id + "\" is already taken: ";
    message += r.count == 1 ? "renamed \"" + r.first + "\""
                            : std::to_string(r.count) + " articles renamed \"" + r.first +
                                  "\" to \"" + r.last + "\" in input order";
    diagnostics.push_back(warning(r.path, std::move(message)));
  }
}

}  // namespace dossier::ingest
