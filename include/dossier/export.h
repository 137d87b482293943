// Exports of a dossier for analysts' tools (docs/exports.md): CSV tables, GraphML and GEXF
// networks, JSON Lines, compact JSON and a GDELT-style event table with its PLOVER mapping.
#ifndef DOSSIER_EXPORT_H_
#define DOSSIER_EXPORT_H_

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "dossier/corpus.h"

namespace dossier {

enum class ExportFormat : uint8_t { kCsv, kGraphml, kGexf, kJsonl, kJson, kGdelt };
// "csv", "graphml", "gexf", "jsonl", "json" (compact), "gdelt"; nullopt for any other name.
std::optional<ExportFormat> parse_export_format(std::string_view name);
std::string_view to_string(ExportFormat format);

// One cell of a table: null, an integer, a real number or text.
using Cell = std::variant<std::monostate, int64_t, double, std::string>;

// One table of the dossier, with the columns docs/exports.md lists.
struct Table {
  std::string name;
  std::vector<std::string> columns;
  std::vector<std::vector<Cell>> rows;
};

// documents, entities, mentions, roles, quotes, events, times, conflicts.
const std::vector<std::string>& table_names();
// Builds the named table; throws UsageError for a name table_names() does not list.
Table make_table(const Dossier& dossier, std::string_view name);

// The PLOVER category, mode and context of a CAMEO code (longest listed prefix), if it has one.
struct PloverType {
  std::string category;  // "AGREE", "ASSAULT", ...
  std::string mode;      // "" when the code names none
  std::string context;
};
std::optional<PloverType> plover_type(std::string_view cameo_code);

// Writes a table as CSV (RFC 4180 quoting, a header row, LF line ends).
void write_csv(const Table& table, std::ostream& out);
// The entity networks (co-mention, quote, event) as one directed GraphML or GEXF graph.
void write_graphml(const Dossier& dossier, std::ostream& out);
void write_gexf(const Dossier& dossier, std::ostream& out);
// One compact JSON object per line and per table row: {"table": "entities", "id": "E1", ...}.
void write_jsonl(const Dossier& dossier, std::ostream& out);
// The tab-separated GDELT-style event table, one row per coded event.
void write_gdelt(const Dossier& dossier, std::ostream& out);

// Writes the dossier at path in the format: for csv a folder (created when missing) holding one
// <table>.csv per table, else one file ("-" for standard output). Throws Error naming the path.
void export_dossier(const Dossier& dossier, ExportFormat format, const std::string& path);

}  // namespace dossier

#endif  // DOSSIER_EXPORT_H_
