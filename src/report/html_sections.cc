// The corpus-level sections: stories, near-duplicates and diagnostics.
#include <algorithm>
#include <cstdio>

#include "report/coverage.h"
#include "report/html_escape.h"
#include "report/html_report.h"

namespace dossier::report::html {
namespace {

constexpr size_t kStoriesShown = 8;        // as full cards; the rest in a compact list
constexpr size_t kStoryArticlesShown = 8;  // per card; the rest fold away
constexpr size_t kCompactArticles = 4;     // per story of the compact list
constexpr size_t kDuplicatesShown = 30;
// Near-copies listed per group; the rest are counted, so a text copied 100,000 times is one row.
constexpr size_t kCopiesShown = 12;

std::string percent(double fraction) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.0f%%", fraction * 100.0);
  return buffer;
}

std::string story_label(const Story& story) {
  return story.label.empty() ? "Story " + story.id : story.label;
}

void write_article_item(std::ostream& out, const ReportIndex& index, uint32_t d) {
  out << "<li><span class=\"date\">" << index.date_label(d) << "</span> ";
  escape(out, index.source(d));
  out << " · ";
  link(out, ReportIndex::article_anchor(d), index.title(d));
  out << "</li>\n";
}

void write_story(std::ostream& out, const ReportIndex& index, uint32_t s) {
  const Story& story = index.dossier().stories[s];
  out << "<article class=\"story\" id=\"st" << s << "\"><h3>";
  escape(out, story_label(story));
  out << " <span class=\"id\">" << story.id << "</span></h3>\n<p class=\"meta\">"
      << plural(story.documents.size(), "article", "articles");
  if (!story.documents.empty() && index.doc(story.documents.front()).meta.date) {
    const auto& first = *index.doc(story.documents.front()).meta.date;
    const auto& last_doc = index.doc(story.documents.back()).meta.date;
    out << ", " << format_range(first, last_doc.value_or(first));
  }
  out << "</p>\n";
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
  for (size_t i = 0; i < story.documents.size() && i < kStoryArticlesShown; ++i) {
    write_article_item(out, index, story.documents[i]);
  }
  out << "</ul>\n";
  if (story.documents.size() > kStoryArticlesShown) {
    out << "<details class=\"more\"><summary>" << story.documents.size() - kStoryArticlesShown
        << " more articles</summary><ul class=\"articles\">\n";
    for (size_t i = kStoryArticlesShown; i < story.documents.size(); ++i) {
      write_article_item(out, index, story.documents[i]);
    }
    out << "</ul></details>\n";
  }
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

void write_compact_story(std::ostream& out, const ReportIndex& index, uint32_t s) {
  const Story& story = index.dossier().stories[s];
  out << "<li id=\"st" << s << "\"><b>";
  escape(out, story_label(story));
  out << "</b> <small>" << plural(story.documents.size(), "article", "articles") << "</small>: ";
  for (size_t i = 0; i < story.documents.size() && i < kCompactArticles; ++i) {
    if (i > 0) out << " · ";
    cite(out, index, story.documents[i], ReportIndex::article_anchor(story.documents[i]));
  }
  if (story.documents.size() > kCompactArticles) {
    out << " <small>and " << story.documents.size() - kCompactArticles << " more</small>";
  }
  out << "</li>\n";
}

// One article of a duplicate group: title link, date and source.
void write_group_article(std::ostream& out, const ReportIndex& index, uint32_t doc) {
  link(out, ReportIndex::article_anchor(doc), index.title(doc));
  out << " <small>" << index.date_label(doc) << ", ";
  escape(out, index.source(doc));
  out << "</small>";
}

void write_duplicate_group(std::ostream& out, const ReportIndex& index, const DuplicateGroup& group) {
  out << "<tr><td>";
  write_group_article(out, index, group.representative);
  out << "</td><td><ul class=\"compact\">";
  for (size_t i = 0; i < group.copies.size() && i < kCopiesShown; ++i) {
    out << "<li>";
    write_group_article(out, index, group.copies[i].doc);
    out << " <span class=\"num\">" << percent(group.copies[i].similarity) << "</span></li>";
  }
  if (group.copies.size() > kCopiesShown) {
    out << "<li><small>and " << group.copies.size() - kCopiesShown << " more</small></li>";
  }
  out << "</ul></td></tr>\n";
}

}  // namespace

void write_stories(std::ostream& out, const ReportIndex& index) {
  const auto order = ranked_stories(index);
  if (!open_section(out, "stories", "Stories", order.size(), "No stories found.")) return;
  size_t cards = 0;
  for (; cards < order.size() && cards < kStoriesShown; ++cards) {
    if (index.dossier().stories[order[cards]].documents.size() < 2 && cards > 0) break;
    write_story(out, index, order[cards]);
  }
  if (cards < order.size()) {
    out << "<details class=\"more\"><summary>" << order.size() - cards
        << " smaller stories</summary><ul class=\"compact\">\n";
    for (size_t i = cards; i < order.size(); ++i) write_compact_story(out, index, order[i]);
    out << "</ul></details>\n";
  }
  end_section(out);
}

void write_duplicates(std::ostream& out, const ReportIndex& index) {
  const auto& groups = index.dossier().duplicates;
  if (!open_section(out, "duplicates", "Near-duplicates", groups.size(),
                    "No near-duplicate articles found.")) {
    return;
  }
  std::vector<const DuplicateGroup*> order;
  for (const DuplicateGroup& group : groups) order.push_back(&group);
  std::stable_sort(order.begin(), order.end(), [](const DuplicateGroup* a, const DuplicateGroup* b) {
    return a->copies.size() > b->copies.size();
  });
  out << "<p class=\"intro\">Articles that copy each other: their quotes and claims are one source, "
         "not two. Each row is one text: its first article and its near-copies, with the share of "
         "text each has in common with the first.</p>\n<table class=\"dups\"><thead><tr><th>Article"
         "</th><th>Near-copies (shared text)</th></tr></thead><tbody>\n";
  for (size_t i = 0; i < order.size() && i < kDuplicatesShown; ++i) {
    write_duplicate_group(out, index, *order[i]);
  }
  out << "</tbody></table>\n";
  if (order.size() > kDuplicatesShown) {
    out << "<details class=\"more\"><summary>" << order.size() - kDuplicatesShown
        << " more groups</summary><table class=\"dups\"><tbody>\n";
    for (size_t i = kDuplicatesShown; i < order.size(); ++i) write_duplicate_group(out, index, *order[i]);
    out << "</tbody></table></details>\n";
  }
  end_section(out);
}

void write_diagnostics(std::ostream& out, const ReportIndex& index) {
  std::vector<Diagnostic> diagnostics = index.dossier().diagnostics;
  for (auto& note : coverage_notes(index.dossier())) diagnostics.push_back(std::move(note));
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
