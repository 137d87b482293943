// The overview and the corpus-level sections: stories, disagreements, near-duplicates and
// diagnostics; and the markup pieces every section shares.
#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>

#include "report/html_escape.h"
#include "report/html_report.h"

namespace dossier::report::html {

void begin_section(std::ostream& out, std::string_view id, std::string_view title, size_t count) {
  out << "<section id=\"" << id << "\"><h2>";
  escape(out, title);
  out << " <span class=\"count\">" << count << "</span></h2>\n";
}

void end_section(std::ostream& out) { out << "</section>\n"; }

void none_found(std::ostream& out, std::string_view message) {
  out << "<p class=\"none\">";
  escape(out, message);
  out << "</p>\n";
}

bool open_section(std::ostream& out, std::string_view id, std::string_view title, size_t count,
                  std::string_view empty) {
  begin_section(out, id, title, count);
  if (count > 0) return true;
  none_found(out, empty);
  end_section(out);
  return false;
}

void link(std::ostream& out, std::string_view anchor, std::string_view text,
          std::string_view css_class) {
  out << "<a href=\"#" << anchor << "\"";
  if (!css_class.empty()) out << " class=\"" << css_class << "\"";
  out << ">";
  escape(out, text);
  out << "</a>";
}

void cite(std::ostream& out, const ReportIndex& index, uint32_t doc, std::string_view anchor) {
  out << "<a class=\"cite\" href=\"#" << anchor << "\" title=\"";
  escape(out, index.title(doc));
  out << "\">";
  // Without an outlet the title says which article it is.
  const Document& d = index.doc(doc);
  escape(out, d.meta.source.empty() ? clip(index.title(doc), 48) : d.meta.source);
  if (d.meta.date) out << ", " << format_date(*d.meta.date);
  out << "</a>";
}

namespace {

struct SourceCount {
  size_t articles = 0;
  std::optional<CivilDate> first, last;
};

void write_stat(std::ostream& out, std::string_view anchor, size_t value, std::string_view what) {
  out << "<a class=\"stat\" href=\"#" << anchor << "\"><b>" << value << "</b> ";
  escape(out, what);
  out << "</a>";
}

void write_date_range(std::ostream& out, const ReportIndex& index) {
  const auto& order = index.by_date();
  size_t undated = 0;
  for (uint32_t d : order) undated += index.doc(d).meta.date ? 0 : 1;
  if (undated == order.size()) {
    out << "<p>No article carries a date.</p>\n";
    return;
  }
  out << "<p>Articles dated from <b>" << format_date(*index.doc(order.front()).meta.date)
      << "</b> to <b>"
      << format_date(*index.doc(order[order.size() - undated - 1]).meta.date) << "</b>";
  if (undated > 0) out << "; " << undated << " undated";
  out << ".</p>\n";
}

void write_sources(std::ostream& out, const ReportIndex& index) {
  std::map<std::string_view, SourceCount> sources;
  for (uint32_t d = 0; d < index.dossier().documents.size(); ++d) {
    SourceCount& s = sources[index.source(d)];
    ++s.articles;
    const auto& date = index.doc(d).meta.date;
    if (date && (!s.first || *date < *s.first)) s.first = date;
    if (date && (!s.last || *s.last < *date)) s.last = date;
  }
  std::vector<std::pair<std::string_view, SourceCount>> rows(sources.begin(), sources.end());
  std::stable_sort(rows.begin(), rows.end(),
                   [](const auto& a, const auto& b) { return a.second.articles > b.second.articles; });
  out << "<table class=\"sources\"><thead><tr><th>Source</th><th>Articles</th><th>Dates</th>"
         "</tr></thead><tbody>\n";
  for (const auto& [name, s] : rows) {
    out << "<tr><td>";
    escape(out, name);
    out << "</td><td class=\"num\">" << s.articles << "</td><td>";
    if (s.first) {
      out << format_date(*s.first);
      if (*s.last != *s.first) out << " – " << format_date(*s.last);
    }
    out << "</td></tr>\n";
  }
  out << "</tbody></table>\n";
}

std::string percent(double fraction) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.0f%%", fraction * 100.0);
  return buffer;
}

void write_story(std::ostream& out, const ReportIndex& index, size_t s) {
  const Story& story = index.dossier().stories[s];
  out << "<article class=\"story\" id=\"st" << s << "\"><h3>";
  escape(out, story.label.empty() ? "Story " + story.id : story.label);
  out << " <span class=\"id\">" << story.id << "</span></h3>\n<p class=\"meta\">"
      << story.documents.size() << " articles</p>\n";
  if (!story.summary.empty()) {
    out << "<ol class=\"summary\">\n";
    for (const Passage& p : story.summary) {
      out << "<li>";
      escape(out, fold_space(index.doc(p.doc).slice(p.span)));
      out << " ";
      cite(out, index, p.doc, ReportIndex::passage_anchor(p.doc, p.span));
      out << "</li>\n";
    }
    out << "</ol>\n";
  }
  out << "<ul class=\"articles\">\n";
  for (uint32_t d : story.documents) {
    out << "<li>" << index.date_label(d) << " · ";
    escape(out, index.source(d));
    out << " · ";
    link(out, ReportIndex::article_anchor(d), index.title(d));
    out << "</li>\n";
  }
  out << "</ul>\n";
  for (const auto& group : story.events) {
    if (group.size() < 2) continue;
    out << "<p class=\"same-event\">Same event reported by: ";
    for (size_t i = 0; i < group.size(); ++i) {
      if (i > 0) out << "; ";
      cite(out, index, group[i], ReportIndex::article_anchor(group[i]));
    }
    out << "</p>\n";
  }
  out << "</article>\n";
}

void write_conflict(std::ostream& out, const ReportIndex& index, const Conflict& conflict) {
  out << "<article class=\"conflict\"><h3>";
  escape(out, conflict.attribute);
  if (conflict.entity >= 0) {
    out << " of ";
    link(out, ReportIndex::entity_anchor(static_cast<size_t>(conflict.entity)),
         index.entity_name(conflict.entity));
  }
  out << " <span class=\"badge " << (conflict.severity == "differs" ? "differs" : "contradicts")
      << "\">";
  escape(out, conflict.severity);
  out << "</span></h3>\n";
  if (!conflict.explanation.empty()) {
    out << "<p>";
    escape(out, conflict.explanation);
    out << "</p>\n";
  }
  out << "<table class=\"claims\"><thead><tr><th>Claim</th><th>Source</th><th>Passage</th></tr>"
         "</thead><tbody>\n";
  for (const Claim& claim : conflict.claims) {
    const uint32_t d = claim.passage.doc;
    const std::string anchor = ReportIndex::passage_anchor(d, claim.passage.span);
    out << "<tr><td class=\"value\">";
    escape(out, claim.value);
    out << "</td><td>";
    cite(out, index, d, anchor);
    out << "</td><td>";
    link(out, anchor, index.context(d, claim.passage.span, 240), "passage");
    out << "</td></tr>\n";
  }
  out << "</tbody></table></article>\n";
}

}  // namespace

void write_overview(std::ostream& out, const ReportIndex& index) {
  const Dossier& d = index.dossier();
  size_t quotes = 0, events = 0, skipped = 0;
  for (const Document& doc : d.documents) {
    quotes += doc.quotes.size();
    events += doc.events.size();
  }
  for (const Diagnostic& diag : d.diagnostics) {
    skipped += diag.severity == Diagnostic::Severity::kError ? 1 : 0;
  }
  out << "<section id=\"overview\"><h2>Overview</h2>\n<div class=\"stats\">";
  write_stat(out, "articles", d.documents.size(), "articles");
  write_stat(out, "entities", index.entity_count({EntityType::kPerson}), "people");
  write_stat(out, "entities", index.entity_count({EntityType::kOrg}), "organisations");
  write_stat(out, "entities", index.entity_count({EntityType::kGpe, EntityType::kLoc}), "places");
  write_stat(out, "quotes", quotes, "quotes");
  write_stat(out, "events", events, "events");
  write_stat(out, "stories", d.stories.size(), "stories");
  write_stat(out, "conflicts", d.conflicts.size(), "disagreements");
  write_stat(out, "duplicates", d.duplicates.size(), "near-duplicates");
  write_stat(out, "diagnostics", skipped, "skipped inputs");
  out << "</div>\n";
  if (!d.documents.empty()) {
    write_date_range(out, index);
    write_sources(out, index);
  }
  end_section(out);
}

void write_stories(std::ostream& out, const ReportIndex& index) {
  const auto& stories = index.dossier().stories;
  if (!open_section(out, "stories", "Stories", stories.size(), "No stories found.")) return;
  for (size_t s = 0; s < stories.size(); ++s) write_story(out, index, s);
  end_section(out);
}

void write_conflicts(std::ostream& out, const ReportIndex& index) {
  const auto& conflicts = index.dossier().conflicts;
  if (!open_section(out, "conflicts", "Disagreements between sources", conflicts.size(),
                    "No disagreements found.")) {
    return;
  }
  for (const Conflict& conflict : conflicts) write_conflict(out, index, conflict);
  end_section(out);
}

void write_duplicates(std::ostream& out, const ReportIndex& index) {
  const auto& duplicates = index.dossier().duplicates;
  if (!open_section(out, "duplicates", "Near-duplicates", duplicates.size(),
                    "No near-duplicate articles found.")) {
    return;
  }
  out << "<table><thead><tr><th>Article</th><th>Near-copy</th><th>Similarity</th></tr></thead>"
         "<tbody>\n";
  for (const Duplicate& dup : duplicates) {
    out << "<tr><td>";
    link(out, ReportIndex::article_anchor(dup.a), index.title(dup.a));
    out << " <small>" << index.date_label(dup.a) << ", ";
    escape(out, index.source(dup.a));
    out << "</small></td><td>";
    link(out, ReportIndex::article_anchor(dup.b), index.title(dup.b));
    out << " <small>" << index.date_label(dup.b) << ", ";
    escape(out, index.source(dup.b));
    out << "</small></td><td class=\"num\">" << percent(dup.similarity) << "</td></tr>\n";
  }
  out << "</tbody></table>\n";
  end_section(out);
}

void write_diagnostics(std::ostream& out, const ReportIndex& index) {
  const auto& diagnostics = index.dossier().diagnostics;
  if (!open_section(out, "diagnostics", "Skipped and partly read inputs", diagnostics.size(),
                    "Every input was read.")) {
    return;
  }
  out << "<ul class=\"diagnostics\">\n";
  for (const Diagnostic& diag : diagnostics) {
    const bool error = diag.severity == Diagnostic::Severity::kError;
    out << "<li class=\"" << (error ? "error" : "warning") << "\"><b>"
        << (error ? "skipped" : "warning") << "</b> <code>";
    escape(out, diag.to_string());
    out << "</code></li>\n";
  }
  out << "</ul>\n";
  end_section(out);
}

}  // namespace dossier::report::html
