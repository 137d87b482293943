// The self-contained HTML report: one page, inline style and script, every section rendered
// from the dossier (a section with nothing to show says so rather than vanishing).
#include "report/html_report.h"

#include <cstdio>
#include <optional>

#include "dossier/version.h"
#include "dossier/writers.h"
#include "report/html_escape.h"

namespace dossier {
namespace {

using report::html::ReportIndex;

struct NavEntry {
  std::string_view anchor;
  std::string_view title;
};

constexpr NavEntry kNav[] = {
    {"overview", "Overview"},        {"stories", "Stories"},
    {"timeline", "Timeline"},        {"entities", "People & organisations"},
    {"quotes", "Quotes"},            {"events", "Events"},
    {"positions", "Positions"},
    {"conflicts", "Disagreements"},  {"duplicates", "Near-duplicates"},
    {"articles", "Articles"},        {"diagnostics", "Inputs"},
};

void write_threshold(std::ostream& out, std::string_view layer, std::optional<float> threshold, bool& first) {
  if (!first) out << ", ";
  first = false;
  out << layer;
  char value[16];
  std::snprintf(value, sizeof value, "%.2f", threshold.value_or(0.0f));
  if (threshold) out << " &ge; " << value;
  else out << ": none";
}

// The switch that shows the items below their layer's threshold, and the thresholds themselves.
void write_thresholds(std::ostream& out, const ConfidenceThresholds& t) {
  if (t == ConfidenceThresholds{}) return;
  out << "\n<p class=\"thresholds\"><label><input type=\"checkbox\" id=\"show-all\"> Show all</label>"
         "Shown by default, and counted in the overview: items whose confidence reached 90% precision "
         "on the audit set of real news (";
  bool first = true;
  write_threshold(out, "quotes", t.speech, first);
  write_threshold(out, "speakers", t.speakers, first);
  write_threshold(out, "events", t.events, first);
  write_threshold(out, "roles", t.roles, first);
  write_threshold(out, "times", t.times, first);
  out << ").</p>";
}

void write_head(std::ostream& out, const ReportIndex& index) {
  const auto& stories = index.dossier().stories;
  const auto order = report::html::ranked_stories(index);
  const std::string title = order.empty() || stories[order.front()].label.empty()
                                ? "Dossier"
                                : "Dossier: " + stories[order.front()].label;
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta name=\"generator\" content=\"dossier "
      << version() << "\">\n<title>";
  report::html::escape(out, title);
  out << "</title>\n<style>" << report::html::style_sheet() << "</style>\n</head>\n<body>\n"
      << "<header class=\"top\"><h1>";
  report::html::escape(out, title);
  out << "</h1>";
  write_thresholds(out, index.dossier().confident_from);
  out << "</header>\n<nav class=\"toc\" aria-label=\"Sections\"><ul>";
  for (const NavEntry& entry : kNav) {
    out << "<li>";
    report::html::link(out, entry.anchor, entry.title);
    out << "</li>";
  }
  out << "</ul></nav>\n<main>\n";
}

}  // namespace

void write_html(const Dossier& dossier, std::ostream& out) {
  using namespace report::html;
  const ReportIndex index(dossier);
  write_head(out, index);
  write_overview(out, index);
  write_stories(out, index);
  write_timeline(out, index);
  write_entities(out, index);
  write_quotes(out, index);
  write_events(out, index);
  write_positions(out, index);
  write_conflicts(out, index);
  write_duplicates(out, index);
  write_articles(out, index);
  write_diagnostics(out, index);
  out << "</main>\n<footer>Made by dossier " << version() << " (JSON schema v" << kSchemaVersion
      << "). Every quotation, date and name above links to the passage of the article it was "
         "read from.</footer>\n<script>"
      << script() << "</script>\n</body>\n</html>\n";
}

}  // namespace dossier
