// Helpers shared by the export writers.
#ifndef DOSSIER_EXPORT_COMMON_H_
#define DOSSIER_EXPORT_COMMON_H_

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dossier/export.h"
#include "time/date_for.h"

namespace dossier::exports {

// Text, or null when empty (as the JSON writer writes absent optional strings).
inline Cell opt(std::string_view text) { return text.empty() ? Cell() : Cell(std::string(text)); }

class TableBuilder {
 public:
  TableBuilder(std::string name, std::initializer_list<const char*> columns) {
    table_.name = std::move(name);
    for (const char* c : columns) table_.columns.emplace_back(c);
  }
  void add(std::vector<Cell> row) { table_.rows.push_back(std::move(row)); }
  Table take() { return std::move(table_); }

 private:
  Table table_;
};

// The date of an event: its own when the coder set one, else what its words state (dates, the
// document's time expressions indexed once, so that dating every event stays n log n).
time::SpanDate event_date(const time::DateFinder& dates, const Event& event);

// One edge of the entity networks; source and target index Dossier::entities.
struct NetworkEdge {
  std::string_view network;  // "co-mention", "quote", "event"
  uint32_t source = 0;
  uint32_t target = 0;
  std::string code;   // the CAMEO code of an event edge, else empty
  std::string label;  // the CAMEO label of an event edge, else empty
  int64_t weight = 0;  // sentences, quotes or events
  std::string first_date;  // earliest and latest day ("YYYY-MM-DD"), empty when none is known
  std::string last_date;
};
// Co-mention (same sentence; source < target), quote (speaker -> entity named in the quote) and
// event (actor -> actor, one edge per CAMEO code) edges, in a stable order.
std::vector<NetworkEdge> entity_networks(const Dossier& dossier);

// Appends text with XML's five special characters escaped and control characters dropped.
void xml_escape(std::string_view text, std::string& out);

}  // namespace dossier::exports

#endif  // DOSSIER_EXPORT_COMMON_H_
