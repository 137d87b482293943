// The native part of the Python package `dossier` (python/dossier/__init__.py wraps it): the
// pipeline, the tables and the exports of include/dossier, with the GIL released while the
// pipeline runs and the library's typed errors raised as Python exceptions with their messages.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <memory>
#include <sstream>
#include <optional>
#include <string>
#include <vector>

#include "dossier/error.h"
#include "dossier/export.h"
#include "dossier/pipeline.h"
#include "dossier/store.h"
#include "dossier/version.h"
#include "dossier/writers.h"
#include "ingest/ingest.h"

namespace py = pybind11;

namespace {

using dossier::Dossier;

// An article given as text; the fields the caller leaves empty are read from the text.
struct TextInput {
  std::string text;
  std::string id;
  std::string title;
  std::string date;  // YYYY-MM-DD
  std::string source;
  std::string url;
};

// An analysed dossier, shared by the Python objects that read it.
class Result {
 public:
  explicit Result(Dossier dossier) : dossier_(std::make_shared<const Dossier>(std::move(dossier))) {}

  // (columns, rows) of a table; each row a tuple of None, int, float or str.
  py::tuple table(const std::string& name) const {
    dossier::Table t;
    {
      py::gil_scoped_release release;
      t = dossier::make_table(*dossier_, name);
    }
    py::list rows(t.rows.size());
    for (size_t r = 0; r < t.rows.size(); ++r) {
      py::tuple row(t.rows[r].size());
      for (size_t c = 0; c < t.rows[r].size(); ++c) row[c] = cell(t.rows[r][c]);
      rows[r] = std::move(row);
    }
    return py::make_tuple(t.columns, rows);
  }

  void export_to(const std::string& format, const std::string& path) const {
    const auto f = dossier::parse_export_format(format);
    if (!f) throw dossier::UsageError("unknown export format '" + format + "' (csv, graphml, gexf, jsonl, json, gdelt)");
    py::gil_scoped_release release;
    dossier::export_dossier(*dossier_, *f, path);
  }

  std::string json(bool pretty) const {
    std::ostringstream out;
    {
      py::gil_scoped_release release;
      dossier::write_json(*dossier_, out, pretty);
    }
    return out.str();
  }

  std::vector<std::string> diagnostics() const {
    std::vector<std::string> out;
    for (const auto& d : dossier_->diagnostics) out.push_back(d.to_string());
    return out;
  }

 private:
  static py::object cell(const dossier::Cell& c) {
    if (const auto* i = std::get_if<int64_t>(&c)) return py::int_(*i);
    if (const auto* x = std::get_if<double>(&c)) return py::float_(*x);
    if (const auto* s = std::get_if<std::string>(&c)) return py::str(*s);
    return py::none();
  }

  std::shared_ptr<const Dossier> dossier_;
};

std::vector<dossier::Document> read_texts(const std::vector<TextInput>& texts, uint64_t max_bytes,
                                          std::vector<dossier::Diagnostic>& diagnostics) {
  std::vector<dossier::Document> docs;
  dossier::ingest::ReadOptions options;
  options.max_article_bytes = max_bytes;
  for (size_t i = 0; i < texts.size(); ++i) {
    const TextInput& in = texts[i];
    const std::string name = (in.id.empty() ? "text-" + std::to_string(i + 1) : in.id) + ".txt";
    auto read = dossier::ingest::read_bytes(in.text, name, options);
    if (read.documents.empty()) {
      throw dossier::InputError(name, read.diagnostics.empty() ? "no article read"
                                                                : read.diagnostics.front().message);
    }
    for (auto& doc : read.documents) {
      if (!in.title.empty()) doc.meta.title = in.title;
      if (!in.source.empty()) doc.meta.source = in.source;
      if (!in.url.empty()) doc.meta.url = in.url;
      if (!in.date.empty()) {
        doc.meta.date = dossier::CivilDate::parse_iso(in.date);
        if (!doc.meta.date) throw dossier::UsageError(name + ": date wants YYYY-MM-DD, got '" + in.date + "'");
        doc.meta.date_basis = dossier::DateBasis::kMetadata;
      }
      docs.push_back(std::move(doc));
    }
  }
  dossier::ingest::assign_unique_ids(docs, diagnostics);
  return docs;
}

Result analyze(const std::vector<std::string>& paths, const std::vector<TextInput>& texts,
               const std::string& models, unsigned threads, const std::string& date) {
  if (!paths.empty() && !texts.empty()) {
    throw dossier::UsageError("give paths or texts in one call, not both");
  }
  dossier::PipelineOptions options;
  options.models_dir = models;
  options.threads = threads;
  if (!date.empty()) {
    options.default_date = dossier::CivilDate::parse_iso(date);
    if (!options.default_date) throw dossier::UsageError("date wants YYYY-MM-DD, got '" + date + "'");
  }
  py::gil_scoped_release release;
  const dossier::Pipeline pipeline(options);
  if (texts.empty()) return Result(pipeline.analyze_paths(paths));
  std::vector<dossier::Diagnostic> diagnostics;
  dossier::Dossier dossier = pipeline.analyze(read_texts(texts, options.max_article_bytes, diagnostics));
  dossier.diagnostics.insert(dossier.diagnostics.begin(), diagnostics.begin(), diagnostics.end());
  return Result(std::move(dossier));
}

// A store's dossier with every correction applied; the models are loaded only when the corpus
// result must be computed again (an interrupted add), as `dossier export` does.
Result open_store(const std::string& path, const std::string& models, unsigned threads) {
  py::gil_scoped_release release;
  const dossier::Store store(path, dossier::Store::Mode::kRead);
  std::optional<dossier::Pipeline> pipeline;
  if (!store.status().corpus_current) {
    dossier::PipelineOptions options;
    options.models_dir = models;
    options.threads = threads;
    pipeline.emplace(options);
  }
  return Result(store.load(pipeline ? &*pipeline : nullptr));
}

}  // namespace

PYBIND11_MODULE(_dossier, m) {
  m.doc() = "dossier's native module; use the `dossier` package.";
  auto error = py::register_exception<dossier::Error>(m, "Error", PyExc_RuntimeError);
  py::register_exception<dossier::InputError>(m, "InputError", error);
  py::register_exception<dossier::ModelError>(m, "ModelError", error);
  py::register_exception<dossier::UsageError>(m, "UsageError", error);

  py::class_<TextInput>(m, "TextInput")
      .def(py::init<>())
      .def_readwrite("text", &TextInput::text)
      .def_readwrite("id", &TextInput::id)
      .def_readwrite("title", &TextInput::title)
      .def_readwrite("date", &TextInput::date)
      .def_readwrite("source", &TextInput::source)
      .def_readwrite("url", &TextInput::url);

  py::class_<Result>(m, "Result")
      .def("table", &Result::table, py::arg("name"))
      .def("export", &Result::export_to, py::arg("format"), py::arg("path"))
      .def("json", &Result::json, py::arg("pretty") = true)
      .def_property_readonly("diagnostics", &Result::diagnostics);

  m.def("analyze", &analyze, py::arg("paths"), py::arg("texts"), py::arg("models") = "",
        py::arg("threads") = 0u, py::arg("date") = "");
  m.def("open_store", &open_store, py::arg("path"), py::arg("models") = "", py::arg("threads") = 0u);
  m.def("table_names", &dossier::table_names);
  m.def("version", [] { return std::string(dossier::version()); });
}
