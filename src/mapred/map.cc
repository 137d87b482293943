// dossier map: the per-article half of Pipeline::analyze_paths, writing map records.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "dossier/mapred.h"
#include "dossier/store.h"
#include "ingest/ingest.h"
#include "mapred/record.h"
#include "util/parallel.h"

namespace dossier {
namespace {

using mapred::DiagnosticRecord;
using mapred::Place;
using mapred::Step;

// Files read, and standard-input lines taken, per batch: enough to keep every thread busy, few
// enough that a batch's articles and layers stay a small part of memory.
constexpr size_t kFilesPerBatch = 64;
constexpr size_t kLinesPerBatch = 256;

// What one input of a batch gave: its place in analyze's order and what reading it gave.
struct Input {
  std::string source;
  ingest::ReadResult read;
  bool stdin_object = false;  // an article given as a JSON object on standard input
};

class Mapper {
 public:
  Mapper(const Pipeline& pipeline, std::ostream& out, Observer* observer)
      : pipeline_(pipeline),
        out_(out),
        observer_(observer),
        read_options_(ingest::read_options(pipeline.options())),
        versions_{Store::code_version(), Store::model_version(pipeline.options().models_dir)} {}

  const ingest::ReadOptions& read_options() const { return read_options_; }
  size_t errors() const { return errors_; }

  void write(const DiagnosticRecord& record) {
    if (observer_ != nullptr) observer_->on_diagnostic(record.diagnostic);
    if (record.diagnostic.severity == Diagnostic::Severity::kError) ++errors_;
    out_ << mapred::diagnostic_line(record) << '\n';
  }
  void pass_on(const std::string& line) { out_ << line << '\n'; }

  // The listing's diagnostics, numbered on from the earlier ones of this run.
  void write_listing(std::vector<Diagnostic>& diagnostics) {
    for (auto& d : diagnostics) write({Step::kList, {"", listed_++}, std::move(d)});
  }

  // Reads files in parallel into inputs.
  std::vector<Input> read_files(const std::vector<std::string>& files) const {
    std::vector<Input> inputs(files.size());
    util::parallel_for(files.size(), pipeline_.options().threads, [&](size_t i) {
      inputs[i].source = files[i];
      inputs[i].read = ingest::read_input(files[i], read_options_);
    });
    return inputs;
  }

  // Analyses every article of inputs in parallel and writes the records, input by input.
  void analyse_and_write(std::vector<Input>& inputs) {
    struct Item {
      Document* document;
      std::optional<Diagnostic> failure;
      std::string summary;
    };
    std::vector<Item> items;
    for (auto& input : inputs) {
      for (auto& doc : input.read.documents) items.push_back({&doc, std::nullopt, {}});
    }
    util::parallel_for(items.size(), pipeline_.options().threads, [&](size_t i) {
      Item& item = items[i];
      item.failure = pipeline_.analyze_document(*item.document);
      if (!item.failure) item.summary = pipeline_.summarize(*item.document);
    });
    size_t next = 0;
    for (auto& input : inputs) {
      for (size_t d = 0; d < input.read.diagnostics.size(); ++d) {
        write({Step::kRead, {input.source, d}, std::move(input.read.diagnostics[d])});
      }
      for (size_t a = 0; a < input.read.documents.size(); ++a) {
        Item& item = items[next++];
        const Place place{input.source, input.stdin_object ? 0 : a};
        if (item.failure) {
          write({Step::kAnnotate, place, std::move(*item.failure)});
        } else {
          out_ << mapred::article_line(place, *item.document, item.summary, versions_) << '\n';
        }
      }
    }
  }

  void map_files(const std::vector<std::string>& files) {
    for (size_t begin = 0; begin < files.size(); begin += kFilesPerBatch) {
      const size_t end = std::min(files.size(), begin + kFilesPerBatch);
      std::vector<Input> inputs = read_files({files.begin() + static_cast<std::ptrdiff_t>(begin),
                                              files.begin() + static_cast<std::ptrdiff_t>(end)});
      analyse_and_write(inputs);
    }
  }

 private:
  const Pipeline& pipeline_;
  std::ostream& out_;
  Observer* observer_;
  const ingest::ReadOptions read_options_;
  const mapred::Versions versions_;
  size_t errors_ = 0;
  uint64_t listed_ = 0;
};

// One batch of standard-input lines: the records to pass on, the paths to read and the articles
// given as JSON objects, written in that order.
void map_line_batch(Mapper& mapper, const std::vector<std::pair<uint64_t, std::string>>& lines,
                    const std::string& name) {
  std::vector<std::string> paths;
  std::vector<Input> objects;
  for (const auto& [number, line] : lines) {
    if (mapred::is_record_line(line)) {
      mapper.pass_on(line);
    } else if (line[line.find_first_not_of(" \t")] == '{') {
      // The path is the input's name alone: a line number would depend on how the input was split.
      Input input{name, ingest::read_bytes(line, name, mapper.read_options()), true};
      for (auto& d : input.read.diagnostics) d.line = number;
      for (auto& doc : input.read.documents) doc.path = name;
      objects.push_back(std::move(input));
    } else {
      paths.push_back(line);
    }
  }
  std::vector<Diagnostic> listing;
  const std::vector<std::string> files = ingest::list_inputs(paths, listing);
  mapper.write_listing(listing);
  mapper.map_files(files);
  mapper.analyse_and_write(objects);
}

}  // namespace

void list_map_inputs(const std::vector<std::string>& paths, std::ostream& out, Observer* observer) {
  std::vector<Diagnostic> diagnostics;
  for (const auto& file : ingest::list_inputs(paths, diagnostics)) out << file << '\n';
  for (uint64_t i = 0; i < diagnostics.size(); ++i) {
    if (observer != nullptr) observer->on_diagnostic(diagnostics[i]);
    out << mapred::diagnostic_line({Step::kList, {"", i}, std::move(diagnostics[i])}) << '\n';
  }
}

size_t map_paths(const Pipeline& pipeline, const std::vector<std::string>& paths, std::ostream& out,
                 Observer* observer) {
  Mapper mapper(pipeline, out, observer);
  std::vector<Diagnostic> listing;
  const std::vector<std::string> files = ingest::list_inputs(paths, listing);
  mapper.write_listing(listing);
  mapper.map_files(files);
  return mapper.errors();
}

size_t map_lines(const Pipeline& pipeline, std::istream& in, const std::string& name, std::ostream& out,
                 Observer* observer) {
  Mapper mapper(pipeline, out, observer);
  std::vector<std::pair<uint64_t, std::string>> batch;
  std::string line;
  for (uint64_t number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    batch.emplace_back(number, std::move(line));
    if (batch.size() == kLinesPerBatch) {
      map_line_batch(mapper, batch, name);
      batch.clear();
    }
  }
  if (!batch.empty()) map_line_batch(mapper, batch, name);
  return mapper.errors();
}

}  // namespace dossier
