// The self-contained HTML report: one page, inline style and script, every section rendered
// from the dossier (a section with nothing to show says so rather than vanishing).
#include "report/html_report.h"

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
  out << "</h1></header>\n<nav class=\"toc\" aria-label=\"Sections\"><ul>";
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
