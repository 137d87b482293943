// The timeline (articles, events and the days the articles talk about, day by day) and the
// table of coded events.
#include <algorithm>

#include "report/html_escape.h"
#include "report/html_report.h"

namespace dossier::report::html {
namespace {

constexpr size_t kMaxTimesPerDay = 12;
constexpr size_t kContextChars = 220;

enum class ItemKind { kPublished, kEvent, kTime };

struct Item {
  CivilDate date;
  ItemKind kind = ItemKind::kPublished;
  uint32_t rank = 0;  // the document's place in date order
  uint32_t doc = 0;
  size_t index = 0;   // event or time within the document
};

bool in_header(const Document& doc, Span span) {
  return std::any_of(doc.meta.header_spans.begin(), doc.meta.header_spans.end(),
                     [&](const HeaderSpan& h) { return h.span.overlaps(span); });
}

std::vector<Item> timeline_items(const ReportIndex& index) {
  std::vector<Item> items;
  const auto& order = index.by_date();
  for (uint32_t rank = 0; rank < order.size(); ++rank) {
    const uint32_t d = order[rank];
    const Document& doc = index.doc(d);
    if (doc.meta.date) items.push_back({*doc.meta.date, ItemKind::kPublished, rank, d, 0});
    for (size_t e = 0; e < doc.events.size(); ++e) {
      if (doc.events[e].date) items.push_back({*doc.events[e].date, ItemKind::kEvent, rank, d, e});
    }
    for (size_t t = 0; t < doc.times.size(); ++t) {
      const Timex& timex = doc.times[t];
      if (timex.day && timex.day->valid() && !in_header(doc, timex.span)) {
        items.push_back({*timex.day, ItemKind::kTime, rank, d, t});
      }
    }
  }
  std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
    if (a.date != b.date) return a.date < b.date;
    return a.kind < b.kind;
  });
  return items;
}

// An event's actor: a link to its entity, else the words that name it, else a dash.
void write_actor(std::ostream& out, const ReportIndex& index, uint32_t d, int32_t mention,
                 const std::string& text) {
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
}

void write_event_summary(std::ostream& out, const ReportIndex& index, uint32_t d, size_t e) {
  const Event& event = index.doc(d).events[e];
  out << "<span class=\"code\">" << event.code << "</span> ";
  escape(out, event.label);
  out << ": ";
  write_actor(out, index, d, event.source_mention, event.source_text);
  out << " → ";
  write_actor(out, index, d, event.target_mention, event.target_text);
}

void write_item(std::ostream& out, const ReportIndex& index, const Item& item) {
  const uint32_t d = item.doc;
  switch (item.kind) {
    case ItemKind::kPublished:
      out << "<li class=\"published\"><span class=\"what\">published</span> ";
      link(out, ReportIndex::article_anchor(d), index.title(d));
      out << " <small>";
      escape(out, index.source(d));
      out << "</small></li>\n";
      return;
    case ItemKind::kEvent:
      out << "<li class=\"event\"><span class=\"what\">event</span> ";
      write_event_summary(out, index, d, item.index);
      out << " ";
      cite(out, index, d, ReportIndex::item_anchor(d, 'v', item.index));
      out << "</li>\n";
      return;
    case ItemKind::kTime: {
      const Timex& timex = index.doc(d).times[item.index];
      out << "<li class=\"mention\"><span class=\"what\">“";
      escape(out, fold_space(index.doc(d).slice(timex.span)));
      out << "”</span> ";
      escape(out, index.context(d, timex.span, kContextChars));
      out << " ";
      cite(out, index, d, ReportIndex::item_anchor(d, 't', item.index));
      out << "</li>\n";
      return;
    }
  }
}

void write_day(std::ostream& out, const ReportIndex& index, const std::vector<Item>& items,
               size_t from, size_t to) {
  out << "<li class=\"day\"><h3>" << format_day(items[from].date) << "</h3><ul>\n";
  size_t times = 0;
  for (size_t i = from; i < to; ++i) {
    if (items[i].kind == ItemKind::kTime && times++ >= kMaxTimesPerDay) continue;
    write_item(out, index, items[i]);
  }
  if (times > kMaxTimesPerDay) {
    out << "<li class=\"more\">and " << times - kMaxTimesPerDay
        << " more passages about this day</li>\n";
  }
  out << "</ul></li>\n";
}

void write_undated(std::ostream& out, const ReportIndex& index) {
  bool any = false;
  for (uint32_t d : index.by_date()) {
    if (index.doc(d).meta.date) continue;
    out << (any ? ", " : "<p class=\"undated\">Undated articles: ");
    link(out, ReportIndex::article_anchor(d), index.title(d));
    any = true;
  }
  if (any) out << ".</p>\n";
}

}  // namespace

void write_timeline(std::ostream& out, const ReportIndex& index) {
  const std::vector<Item> items = timeline_items(index);
  size_t days = 0;
  for (size_t i = 0; i < items.size(); ++i) days += i == 0 || items[i].date != items[i - 1].date;
  begin_section(out, "timeline", "Timeline", days);
  if (items.empty()) none_found(out, "No dated articles, events or dates found.");
  if (!items.empty()) out << "<ol class=\"timeline\">\n";
  for (size_t from = 0; from < items.size();) {
    size_t to = from + 1;
    while (to < items.size() && items[to].date == items[from].date) ++to;
    write_day(out, index, items, from, to);
    from = to;
  }
  if (!items.empty()) out << "</ol>\n";
  write_undated(out, index);
  end_section(out);
}

void write_events(std::ostream& out, const ReportIndex& index) {
  std::vector<Item> rows;
  const auto& order = index.by_date();
  for (uint32_t rank = 0; rank < order.size(); ++rank) {
    const auto& events = index.doc(order[rank]).events;
    for (size_t e = 0; e < events.size(); ++e) {
      rows.push_back({events[e].date.value_or(CivilDate{9999, 12, 31}), ItemKind::kEvent, rank,
                      order[rank], e});
    }
  }
  std::stable_sort(rows.begin(), rows.end(),
                   [](const Item& a, const Item& b) { return a.date < b.date; });
  if (!open_section(out, "events", "Events", rows.size(), "No events found.")) return;
  out << "<table class=\"events\"><thead><tr><th>Date</th><th>Event</th><th>Where</th>"
         "<th>Passage</th></tr></thead><tbody>\n";
  for (const Item& row : rows) {
    const Event& event = index.doc(row.doc).events[row.index];
    out << "<tr><td>" << (event.date ? format_date(*event.date) : std::string("undated"))
        << "</td><td>";
    write_event_summary(out, index, row.doc, row.index);
    out << "</td><td>";
    write_actor(out, index, row.doc, event.place_mention, {});
    out << "</td><td>";
    link(out, ReportIndex::item_anchor(row.doc, 'v', row.index),
         clip(fold_space(index.doc(row.doc).slice(event.span)), 200), "passage");
    out << " ";
    cite(out, index, row.doc, ReportIndex::item_anchor(row.doc, 'v', row.index));
    out << "</td></tr>\n";
  }
  out << "</tbody></table>\n";
  end_section(out);
}

}  // namespace dossier::report::html
