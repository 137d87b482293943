// The coded events (CAMEO), in date order, each with its actors and the passage that states it.
#include <algorithm>
#include <tuple>

#include "report/html_escape.h"
#include "report/html_report.h"

namespace dossier::report::html {
namespace {

constexpr size_t kEventsShown = 60;    // the rest fold away
constexpr size_t kEventsListed = 600;  // beyond, a count
constexpr size_t kExcerptChars = 220;

struct EventRow {
  CivilDate sort;
  uint32_t doc = 0;
  size_t event = 0;
};

void write_row(std::ostream& out, const ReportIndex& index, const EventRow& row) {
  const Event& event = index.doc(row.doc).events[row.event];
  const time::TimelineEntry* date = index.date_of(time::TimelineKind::kEvent, row.doc, row.event);
  out << "<tr class=\"quad" << event.quad_class << "\"><td class=\"when\">";
  if (date != nullptr) {
    escape(out, format_period(date->date));
    out << " ";
    date_basis(out, date->source);
  } else {
    out << "undated";
  }
  out << "</td><td><span class=\"code\">";
  escape(out, event.code);
  out << "</span> ";
  escape(out, event.label);
  out << " <span class=\"basis\" title=\"confidence\">" << static_cast<int>(event.confidence * 100 + 0.5) << "%</span>";
  out << "</td><td>";
  write_actor(out, index, row.doc, event.source_mention, event.source_text, event.source_code);
  out << "</td><td>";
  write_actor(out, index, row.doc, event.target_mention, event.target_text, event.target_code);
  out << "</td><td>";
  write_actor(out, index, row.doc, event.place_mention, {}, {});
  out << "</td><td>";
  excerpt(out, index, row.doc, event.span, event.trigger, kExcerptChars);
  out << " ";
  cite(out, index, row.doc, ReportIndex::item_anchor(row.doc, 'v', row.event));
  out << "</td></tr>\n";
}

void write_table(std::ostream& out, const ReportIndex& index, const std::vector<EventRow>& rows,
                 size_t from, size_t to) {
  out << "<table class=\"events\"><thead><tr><th>Date</th><th>Event</th><th>Who</th>"
         "<th>To whom</th><th>Where</th><th>Passage</th></tr></thead><tbody>\n";
  for (size_t i = from; i < to; ++i) write_row(out, index, rows[i]);
  out << "</tbody></table>\n";
}

}  // namespace

void write_actor(std::ostream& out, const ReportIndex& index, uint32_t d, int32_t mention,
                 const std::string& text, const std::string& code) {
  const int32_t entity = index.dossier().entity_of(d, mention);
  const Document& doc = index.doc(d);
  if (entity >= 0) {
    link(out, ReportIndex::entity_anchor(static_cast<size_t>(entity)), index.entity_name(entity));
  } else if (mention >= 0 && static_cast<size_t>(mention) < doc.mentions.size()) {
    escape(out, doc.slice(doc.mentions[static_cast<size_t>(mention)].span));
  } else if (!text.empty()) {
    escape(out, text);
  } else {
    out << "—";
  }
  if (!code.empty()) {
    out << " <span class=\"code\">";
    escape(out, code);
    out << "</span>";
  }
}

namespace {

// The first kEventsShown rows, the next ones up to kEventsListed folded away, the rest counted.
void write_folded_table(std::ostream& out, const ReportIndex& index, const std::vector<EventRow>& rows) {
  if (rows.empty()) return;
  const size_t shown = std::min(rows.size(), kEventsShown);
  write_table(out, index, rows, 0, shown);
  if (rows.size() <= shown) return;
  out << "<details class=\"more\"><summary>" << rows.size() - shown << " more events</summary>\n";
  write_table(out, index, rows, shown, std::min(rows.size(), kEventsListed));
  if (rows.size() > kEventsListed) {
    out << "<p class=\"none\">and " << rows.size() - kEventsListed << " more, marked in the articles</p>\n";
  }
  out << "</details>\n";
}

}  // namespace

void write_events(std::ostream& out, const ReportIndex& index) {
  // Events below the threshold (Dossier::confident_from) come after the others, hidden until the
  // report's switch shows everything.
  std::vector<EventRow> rows, uncertain;
  for (uint32_t d : index.by_date()) {
    const auto& events = index.doc(d).events;
    for (size_t e = 0; e < events.size(); ++e) {
      const time::TimelineEntry* date = index.date_of(time::TimelineKind::kEvent, d, e);
      auto& list = index.confident_event(events[e]) ? rows : uncertain;
      list.push_back({date != nullptr ? date->start : CivilDate{9999, 12, 31}, d, e});
    }
  }
  const auto by_date = [](const EventRow& a, const EventRow& b) { return a.sort < b.sort; };
  std::stable_sort(rows.begin(), rows.end(), by_date);
  std::stable_sort(uncertain.begin(), uncertain.end(), by_date);
  if (!open_section(out, "events", "Events", rows.size() + uncertain.size(), "No events found.")) return;
  out << "<p class=\"intro\">Who did what to whom, coded with CAMEO; the passage marks the word "
         "that signals the event.</p>\n";
  if (rows.empty()) {
    out << "<p class=\"none\">No event reaches the confidence threshold; " << uncertain.size()
        << " below it are hidden (“Show all” at the top shows them).</p>\n";
  }
  write_folded_table(out, index, rows);
  if (!uncertain.empty()) {
    out << "<div class=\"unsure\"><h3>" << plural(uncertain.size(), "event", "events")
        << " below the confidence threshold</h3>\n";
    write_folded_table(out, index, uncertain);
    out << "</div>\n";
  }
  end_section(out);
}

}  // namespace dossier::report::html
