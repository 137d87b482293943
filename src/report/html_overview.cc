// The overview: what the story is, who is in it, where the sources disagree, and the counts.
#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "report/coverage.h"
#include "report/html_escape.h"
#include "report/html_report.h"

namespace dossier::report::html {
namespace {

constexpr size_t kSummarySentences = 5;
constexpr size_t kKeyPeople = 6;
constexpr size_t kKeyOrganisations = 5;
constexpr size_t kKeyConflicts = 3;
constexpr size_t kSourcesShown = 8;

struct SourceCount {
  size_t articles = 0;
  std::optional<CivilDate> first, last;
};

void write_stat(std::ostream& out, std::string_view anchor, size_t value, std::string_view what) {
  out << "<a class=\"stat\" href=\"#" << anchor << "\"><b>" << value << "</b> ";
  escape(out, what);
  out << "</a>";
}

// "8 articles from 5 sources, 7 Nov – 3 Dec 2025 (1 undated)."
void write_lede(std::ostream& out, const ReportIndex& index) {
  const auto& order = index.by_date();
  std::set<std::string_view> sources;
  for (uint32_t d : order) {
    if (!index.doc(d).meta.source.empty()) sources.insert(index.doc(d).meta.source);
  }
  out << "<p class=\"lede\"><b>" << plural(order.size(), "article", "articles") << "</b>";
  if (!sources.empty()) out << " from " << plural(sources.size(), "source", "sources");
  const size_t dated = order.size() - index.undated();
  if (dated > 0) {
    out << ", " << format_range(*index.doc(order.front()).meta.date,
                                *index.doc(order[dated - 1]).meta.date);
  }
  if (index.undated() > 0 && dated > 0) out << " (" << index.undated() << " undated)";
  if (dated == 0 && !order.empty()) out << "; no article carries a date";
  out << ".";
  const auto stories = ranked_stories(index);
  if (!stories.empty()) {
    const Story& main = index.dossier().stories[stories.front()];
    out << " Main story: ";
    link(out, "st" + std::to_string(stories.front()), main.label.empty() ? main.id : main.label);
    out << " (" << plural(main.documents.size(), "article", "articles") << ")";
    if (stories.size() > 1) out << "; " << stories.size() - 1 << " other stories";
    out << ".";
  }
  out << "</p>\n";
}

void write_summary(std::ostream& out, const ReportIndex& index) {
  const auto stories = ranked_stories(index);
  if (stories.empty() || index.dossier().stories[stories.front()].summary.empty()) return;
  const Story& main = index.dossier().stories[stories.front()];
  out << "<div class=\"what\"><h3>What the articles report</h3><ol class=\"summary\">\n";
  for (size_t i = 0; i < main.summary.size() && i < kSummarySentences; ++i) {
    const Passage& p = main.summary[i];
    out << "<li>";
    escape(out, fold_space(index.doc(p.doc).slice(p.span)));
    out << " ";
    cite(out, index, p.doc, ReportIndex::passage_anchor(p.doc, p.span));
    out << "</li>\n";
  }
  out << "</ol></div>\n";
}

void write_key_entities(std::ostream& out, const ReportIndex& index, std::string_view title,
                        std::initializer_list<EntityType> types, size_t limit) {
  const auto& entities = index.dossier().entities;
  std::vector<uint32_t> chosen;
  for (uint32_t e : index.ranked()) {
    if (chosen.size() == limit) break;
    if (std::find(types.begin(), types.end(), entities[e].type) != types.end()) chosen.push_back(e);
  }
  if (chosen.empty()) return;
  out << "<h3>";
  escape(out, title);
  out << "</h3><ul class=\"key\">\n";
  for (uint32_t e : chosen) {
    const EntityFacts& f = index.facts()[e];
    out << "<li>";
    link(out, ReportIndex::entity_anchor(e), entities[e].name);
    const std::string role = latest_role(index, e);
    if (!role.empty()) {
      out << " <span class=\"role\">";
      escape(out, role);
      out << "</span>";
    }
    out << " <small>" << plural(f.articles, "article", "articles");
    if (f.quotes > 0) out << " · " << plural(f.quotes, "quote", "quotes");
    if (!index.conflicts_of(e).empty()) out << " · <span class=\"disputed\">disputed</span>";
    out << "</small></li>\n";
  }
  out << "</ul>\n";
}

// "finance minister (5 passages) vs economy minister (1 passage)".
void write_key_conflicts(std::ostream& out, const ReportIndex& index) {
  const auto order = ranked_conflicts(index);
  if (order.empty()) return;
  out << "<h3>Where sources disagree</h3><ul class=\"key\">\n";
  for (size_t i = 0; i < order.size() && i < kKeyConflicts; ++i) {
    const Conflict& conflict = index.dossier().conflicts[order[i]];
    out << "<li>";
    link(out, ReportIndex::conflict_anchor(order[i]), conflict_subject(index, conflict));
    out << ": ";
    bool first = true;
    for (const auto& [value, claims] : claim_sides(conflict)) {
      if (!first) out << " <i>vs</i> ";
      first = false;
      out << "<b>";
      escape(out, clip(claim_value_label(value), 60));
      out << "</b> <small>(" << plural(claims.size(), "passage", "passages") << ")</small>";
    }
    out << "</li>\n";
  }
  out << "</ul>\n";
  if (order.size() > kKeyConflicts) {
    out << "<p class=\"to-all\">";
    link(out, "conflicts", "All " + std::to_string(order.size()) + " disagreements");
    out << "</p>\n";
  }
}

void write_stats(std::ostream& out, const ReportIndex& index) {
  const Dossier& d = index.dossier();
  // The overview counts only confident items (Dossier::confident_from).
  size_t quotes = 0, events = 0, skipped = 0;
  for (const Document& doc : d.documents) {
    for (const Quote& q : doc.quotes) quotes += index.confident_quote(q);
    for (const Event& e : doc.events) events += index.confident_event(e);
  }
  for (const Diagnostic& diag : d.diagnostics) {
    skipped += diag.severity == Diagnostic::Severity::kError ? 1 : 0;
  }
  out << "<div class=\"stats\">";
  write_stat(out, "articles", d.documents.size(), "articles");
  write_stat(out, "entities", index.entity_count({EntityType::kPerson}), "people");
  write_stat(out, "entities", index.entity_count({EntityType::kOrg}), "organisations");
  write_stat(out, "entities", index.entity_count({EntityType::kGpe, EntityType::kLoc}), "places");
  write_stat(out, "quotes", quotes, "quotes");
  write_stat(out, "events", events, "events");
  write_stat(out, "stories", d.stories.size(), "stories");
  write_stat(out, "conflicts", d.conflicts.size(), "disagreements");
  write_stat(out, "duplicates", d.duplicates.size(), "copied texts");
  write_stat(out, "diagnostics", skipped, "skipped inputs");
  out << "</div>\n";
}

void write_source_row(std::ostream& out, std::string_view name, const SourceCount& s) {
  out << "<tr><td>";
  escape(out, name);
  out << "</td><td class=\"num\">" << s.articles << "</td><td>";
  if (s.first) out << format_range(*s.first, *s.last);
  out << "</td></tr>\n";
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
  out << "<h3>Sources</h3><table class=\"sources\"><thead><tr><th>Source</th><th>Articles</th>"
         "<th>Dates</th></tr></thead><tbody>\n";
  for (size_t i = 0; i < rows.size() && i < kSourcesShown; ++i) {
    write_source_row(out, rows[i].first, rows[i].second);
  }
  out << "</tbody></table>\n";
  if (rows.size() > kSourcesShown) {
    out << "<details class=\"more\"><summary>" << rows.size() - kSourcesShown
        << " more sources</summary><table class=\"sources\"><tbody>\n";
    for (size_t i = kSourcesShown; i < rows.size(); ++i) write_source_row(out, rows[i].first, rows[i].second);
    out << "</tbody></table></details>\n";
  }
}

}  // namespace

std::vector<uint32_t> ranked_stories(const ReportIndex& index) {
  const auto& stories = index.dossier().stories;
  std::vector<uint32_t> order(stories.size());
  for (uint32_t s = 0; s < order.size(); ++s) order[s] = s;
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    return stories[a].documents.size() > stories[b].documents.size();
  });
  return order;
}

void write_overview(std::ostream& out, const ReportIndex& index) {
  out << "<section id=\"overview\"><h2>Overview</h2>\n";
  write_lede(out, index);
  // What the dossier leaves out, where the reader starts.
  for (const Diagnostic& note : coverage_notes(index.dossier())) {
    out << "<p class=\"note\">";
    escape(out, note.message);
    out << "</p>\n";
  }
  out << "<div class=\"glance\">\n";
  write_summary(out, index);
  out << "<div class=\"who\">";
  write_key_entities(out, index, "Key people", {EntityType::kPerson}, kKeyPeople);
  write_key_entities(out, index, "Key organisations", {EntityType::kOrg}, kKeyOrganisations);
  out << "</div>\n</div>\n";
  write_key_conflicts(out, index);
  write_stats(out, index);
  if (!index.dossier().documents.empty()) write_sources(out, index);
  end_section(out);
}

}  // namespace dossier::report::html
