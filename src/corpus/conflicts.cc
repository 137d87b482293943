#include "corpus/conflicts.h"

#include <algorithm>
#include <map>
#include <optional>

#include "corpus/figures.h"
#include "util/parallel.h"

namespace dossier::corpus {
namespace {

struct Report {
  uint32_t doc = 0;
  const Figure* figure = nullptr;
};

std::string source_name(const Document& doc) {
  std::string name = doc.meta.source.empty() ? doc.id : doc.meta.source;
  if (doc.meta.date) name += ", " + doc.meta.date->iso();
  return name;
}

// Severity and explanation of differing figures, worded for a reader who checks sources.
void explain(const Dossier& dossier, const std::vector<Report>& reports, Conflict& conflict) {
  std::string listing;
  for (size_t i = 0; i < reports.size(); ++i) {
    const Document& doc = dossier.documents[reports[i].doc];
    if (i > 0) listing += i + 1 == reports.size() ? " and " : ", ";
    listing += "\"" + reports[i].figure->text + "\" (" + source_name(doc) + ")";
  }
  const std::string& what = reports.front().figure->label;
  bool all_dated = true;
  std::optional<CivilDate> first;
  std::optional<CivilDate> last;
  for (const auto& r : reports) {
    const auto& date = dossier.documents[r.doc].meta.date;
    if (!date) {
      all_dated = false;
      continue;
    }
    if (!first || *date < *first) first = date;
    if (!last || *date > *last) last = date;
  }
  if (all_dated && first == last) {
    conflict.severity = "contradicts";
    conflict.explanation = "Reports of the same event published on " + first->iso() +
                           " give figures for " + what + " that cannot all be true: " + listing + ".";
  } else if (all_dated) {
    conflict.severity = "differs";
    conflict.explanation = "Reports of the same event give different figures for " + what + ": " +
                           listing + ". They were published on different days, so the later "
                           "figure may be an update rather than an error.";
  } else {
    conflict.severity = "differs";
    conflict.explanation = "Reports of the same event give different figures for " + what + ": " +
                           listing + ". Not every report is dated, so the difference may be an "
                           "update rather than an error.";
  }
}

void group_conflicts(const Dossier& dossier, const std::vector<uint32_t>& group,
                     const std::vector<std::vector<Figure>>& figures, std::vector<Conflict>& out) {
  // The first figure each report gives for each quantity: the lead states the news.
  std::map<std::string, std::vector<Report>> by_quantity;
  for (const uint32_t d : group) {
    std::map<std::string_view, bool> seen;
    for (const Figure& f : figures[d]) {
      if (seen.emplace(f.quantity, true).second) by_quantity[f.quantity].push_back({d, &f});
    }
  }
  for (auto& [quantity, reports] : by_quantity) {
    if (reports.size() < 2) continue;
    double low = -1;
    double high = std::numeric_limits<double>::infinity();
    for (const auto& r : reports) {
      low = std::max(low, r.figure->low);
      high = std::min(high, r.figure->high);
    }
    if (low <= high) continue;  // one value fits every report
    std::stable_sort(reports.begin(), reports.end(), [&](const Report& a, const Report& b) {
      const auto& da = dossier.documents[a.doc].meta.date;
      const auto& db = dossier.documents[b.doc].meta.date;
      return da && (!db || *da < *db);
    });
    Conflict conflict;
    conflict.attribute = "figure";
    for (const auto& r : reports) {
      const Document& doc = dossier.documents[r.doc];
      const int32_t s = doc.sentence_at(r.figure->span.begin);
      const Span evidence = s >= 0 ? doc.sentences[static_cast<size_t>(s)].span : r.figure->span;
      conflict.claims.push_back({r.figure->text + " " + r.figure->label, {r.doc, evidence}});
    }
    explain(dossier, reports, conflict);
    out.push_back(std::move(conflict));
  }
}

}  // namespace

std::vector<Conflict> find_conflicts(const Dossier& dossier, const TermModel& model, unsigned threads) {
  std::vector<uint8_t> needed(dossier.documents.size(), 0);
  for (const Story& story : dossier.stories) {
    for (const auto& group : story.events) {
      if (group.size() < 2) continue;
      for (const uint32_t d : group) needed[d] = 1;
    }
  }
  const FigureReader reader;
  std::vector<std::vector<Figure>> figures(dossier.documents.size());
  util::parallel_for(figures.size(), threads, [&](size_t d) {
    if (needed[d] != 0) figures[d] = reader.read(dossier.documents[d], model);
  });
  std::vector<Conflict> out;
  for (const Story& story : dossier.stories) {
    for (const auto& group : story.events) {
      if (group.size() >= 2) group_conflicts(dossier, group, figures, out);
    }
  }
  return out;
}

}  // namespace dossier::corpus
