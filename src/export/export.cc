// CSV and JSON Lines writers of the tables, and export_dossier: the one entry point of
// `dossier analyze --format` and `dossier export`.
#include <filesystem>
#include <fstream>
#include <iostream>

#include "dossier/error.h"
#include "dossier/export.h"
#include "dossier/writers.h"
#include "report/json_stream.h"

namespace dossier {
namespace {

constexpr std::string_view kFormatNames[] = {"csv", "graphml", "gexf", "jsonl", "json", "gdelt"};

void csv_field(std::string_view text, std::ostream& out) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
    out << text;
    return;
  }
  out << '"';
  for (const char c : text) {
    if (c == '"') out << '"';
    out << c;
  }
  out << '"';
}

void csv_cell(const Cell& cell, std::ostream& out) {
  if (const auto* i = std::get_if<int64_t>(&cell)) {
    out << *i;
  } else if (const auto* x = std::get_if<double>(&cell)) {
    out << *x;
  } else if (const auto* s = std::get_if<std::string>(&cell)) {
    csv_field(*s, out);
  }
}

void json_cell(const Cell& cell, report::JsonStream& json) {
  if (const auto* i = std::get_if<int64_t>(&cell)) {
    json.value(*i);
  } else if (const auto* x = std::get_if<double>(&cell)) {
    json.value(*x);
  } else if (const auto* s = std::get_if<std::string>(&cell)) {
    json.value(std::string_view(*s));
  } else {
    json.null();
  }
}

// Writes one file through a temporary file, so a failed export never leaves half a file behind.
template <typename Writer>
void write_file(const std::filesystem::path& path, Writer&& writer) {
  if (path == "-") {
    writer(std::cout);
    std::cout.flush();
    if (!std::cout) throw Error("cannot write to standard output");
    return;
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) throw Error(path.string() + ": is a directory");
  const std::filesystem::path temporary = path.string() + ".part";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) throw Error(path.string() + ": cannot open for writing");
    writer(out);
    out.close();
    if (!out) throw Error(path.string() + ": write failed");
  }
  std::filesystem::rename(temporary, path, ec);
  if (ec) throw Error(path.string() + ": cannot replace the file (" + ec.message() + ")");
}

void write_csv_folder(const Dossier& dossier, const std::filesystem::path& dir) {
  std::error_code ec;
  if (std::filesystem::exists(dir, ec) && !std::filesystem::is_directory(dir, ec)) {
    throw Error(dir.string() + ": is not a folder (csv writes one file per table into a folder)");
  }
  std::filesystem::create_directories(dir, ec);
  if (ec) throw Error(dir.string() + ": cannot create the folder (" + ec.message() + ")");
  for (const std::string& name : table_names()) {
    const Table table = make_table(dossier, name);
    write_file(dir / (name + ".csv"), [&](std::ostream& out) { write_csv(table, out); });
  }
}

}  // namespace

std::optional<ExportFormat> parse_export_format(std::string_view name) {
  for (size_t i = 0; i < std::size(kFormatNames); ++i) {
    if (name == kFormatNames[i]) return static_cast<ExportFormat>(i);
  }
  return std::nullopt;
}

std::string_view to_string(ExportFormat format) { return kFormatNames[static_cast<size_t>(format)]; }

void write_csv(const Table& table, std::ostream& out) {
  for (size_t c = 0; c < table.columns.size(); ++c) {
    if (c > 0) out << ',';
    csv_field(table.columns[c], out);
  }
  out << '\n';
  out.precision(17);
  for (const auto& row : table.rows) {
    for (size_t c = 0; c < row.size(); ++c) {
      if (c > 0) out << ',';
      csv_cell(row[c], out);
    }
    out << '\n';
  }
}

void write_jsonl(const Dossier& dossier, std::ostream& out) {
  for (const std::string& name : table_names()) {
    const Table table = make_table(dossier, name);
    for (const auto& row : table.rows) {
      report::JsonStream json(out, false);
      json.begin_object();
      json.field("table", std::string_view(table.name));
      for (size_t c = 0; c < row.size(); ++c) {
        json.key(table.columns[c]);
        json_cell(row[c], json);
      }
      json.end_object();
      out << '\n';
    }
  }
}

void export_dossier(const Dossier& dossier, ExportFormat format, const std::string& path) {
  if (path.empty()) throw UsageError("export needs an output path");
  switch (format) {
    case ExportFormat::kCsv:
      if (path == "-") throw UsageError("csv writes a folder of tables: give a folder, not '-'");
      write_csv_folder(dossier, path);
      return;
    case ExportFormat::kGraphml:
      write_file(path, [&](std::ostream& out) { write_graphml(dossier, out); });
      return;
    case ExportFormat::kGexf:
      write_file(path, [&](std::ostream& out) { write_gexf(dossier, out); });
      return;
    case ExportFormat::kJsonl:
      write_file(path, [&](std::ostream& out) { write_jsonl(dossier, out); });
      return;
    case ExportFormat::kJson:
      write_file(path, [&](std::ostream& out) { write_json(dossier, out, false); });
      return;
    case ExportFormat::kGdelt:
      write_file(path, [&](std::ostream& out) { write_gdelt(dossier, out); });
      return;
  }
}

}  // namespace dossier
