#include "corpus/conflicts.h"

#include <algorithm>
#include <map>
#include <optional>

#include "corpus/date_conflicts.h"
#include "corpus/figures.h"
#include "util/parallel.h"

namespace dossier::corpus {
namespace {

constexpr uint32_t kLeadSentences = 6;  // figures of an article's lead state the event's facts
constexpr size_t kNamedSources = 3;     // sources named per value in an explanation
constexpr size_t kSettlingReports = 32;  // reports of a quantity among which a figure may settle

struct Report {
  uint32_t doc = 0;
  const Figure* figure = nullptr;
};

// Reports whose figures can all hold at once ("about 150" and "150").
struct Value {
  std::vector<Report> reports;  // in time order
  double low = 0;               // the values every one of them allows
  double high = 0;
};

std::string source_name(const Document& doc) {
  std::string name = doc.meta.source.empty() ? doc.id : doc.meta.source;
  if (doc.meta.date) name += ", " + doc.meta.date->iso();
  return name;
}

// "\"at least 12\" (A; B), \"17\" (C)": each wording of a value with the sources that use it.
std::string describe(const Dossier& dossier, const Value& value) {
  std::vector<std::pair<std::string, std::vector<uint32_t>>> wordings;
  for (const auto& r : value.reports) {
    auto it = std::find_if(wordings.begin(), wordings.end(),
                           [&](const auto& w) { return w.first == r.figure->text; });
    if (it == wordings.end()) it = wordings.insert(wordings.end(), {r.figure->text, {}});
    it->second.push_back(r.doc);
  }
  std::string out;
  for (const auto& [text, docs] : wordings) {
    if (!out.empty()) out += ", ";
    out += "\"" + text + "\" (";
    for (size_t i = 0; i < docs.size() && i < kNamedSources; ++i) {
      if (i > 0) out += "; ";
      out += source_name(dossier.documents[docs[i]]);
    }
    if (docs.size() > kNamedSources) out += " and " + std::to_string(docs.size() - kNamedSources) + " more";
    out += ")";
  }
  return out;
}

// Severity and explanation of differing figures, worded for a reader who checks sources.
void explain(const Dossier& dossier, const std::vector<Value>& values, Conflict& conflict) {
  std::string listing;
  bool all_dated = true;
  std::optional<CivilDate> first;
  std::optional<CivilDate> last;
  for (size_t i = 0; i < values.size(); ++i) {
    if (i > 0) listing += i + 1 == values.size() ? " against " : ", ";
    listing += describe(dossier, values[i]);
    for (const auto& r : values[i].reports) {
      const auto& date = dossier.documents[r.doc].meta.date;
      if (!date) {
        all_dated = false;
        continue;
      }
      if (!first || *date < *first) first = date;
      if (!last || *date > *last) last = date;
    }
  }
  const std::string& what = values.front().reports.front().figure->label;
  if (all_dated && first == last) {
    conflict.severity = "contradicts";
    conflict.explanation = "Reports of the same event published on " + first->iso() +
                           " give figures for " + what + " that cannot all be true: " + listing + ".";
  } else if (all_dated) {
    conflict.severity = "differs";
    conflict.explanation = "Reports of the same event give different figures for " + what + ": " +
                           listing + ". They were published on different days, so a later figure "
                           "may be an update rather than an error.";
  } else {
    conflict.severity = "differs";
    conflict.explanation = "Reports of the same event give different figures for " + what + ": " +
                           listing + ". Not every report is dated, so a difference may be an "
                           "update rather than an error.";
  }
}

bool earlier(const Dossier& dossier, const Report& a, const Report& b) {
  const auto& da = dossier.documents[a.doc].meta.date;
  const auto& db = dossier.documents[b.doc].meta.date;
  return da && (!db || *da < *db);
}

// The first figure of each quantity in each report's lead, reports in time order.
std::map<std::string, std::vector<Report>> lead_figures(const Dossier& dossier, const std::vector<uint32_t>& docs,
                                                        const std::vector<std::vector<Figure>>& figures) {
  std::map<std::string, std::vector<Report>> by_quantity;
  for (const uint32_t d : docs) {
    std::map<std::string_view, bool> seen;
    for (const Figure& f : figures[d]) {
      if (f.body_sentence >= kLeadSentences || f.quantity.find(' ') == std::string::npos) continue;
      if (seen.emplace(f.quantity, true).second) by_quantity[f.quantity].push_back({d, &f});
    }
  }
  for (auto& [quantity, reports] : by_quantity) {
    std::stable_sort(reports.begin(), reports.end(),
                     [&](const Report& a, const Report& b) { return earlier(dossier, a, b); });
  }
  return by_quantity;
}

void group_conflicts(const Dossier& dossier, const std::vector<uint32_t>& group,
                     const std::vector<std::vector<Figure>>& figures, std::vector<Conflict>& out) {
  // Only quantities named by a noun and what happened to it ("people killed") are compared: a bare
  // count ("two boats") in a story often counts different things.
  auto by_quantity = lead_figures(dossier, group, figures);
  for (auto& [quantity, reports] : by_quantity) {
    if (reports.size() < 2) continue;
    double low = -1;
    double high = std::numeric_limits<double>::infinity();
    for (const auto& r : reports) {
      low = std::max(low, r.figure->low);
      high = std::min(high, r.figure->high);
    }
    if (low <= high) continue;  // one value fits every report
    std::vector<Value> values;
    for (const auto& r : reports) {
      auto it = std::find_if(values.begin(), values.end(), [&](const Value& v) {
        return std::max(v.low, r.figure->low) <= std::min(v.high, r.figure->high);
      });
      if (it == values.end()) {
        values.push_back({{r}, r.figure->low, r.figure->high});
        continue;
      }
      it->reports.push_back(r);
      it->low = std::max(it->low, r.figure->low);
      it->high = std::min(it->high, r.figure->high);
    }
    if (values.size() < 2) continue;
    Conflict conflict;
    conflict.attribute = "figure";
    for (const auto& v : values) {
      std::vector<std::string_view> said;
      for (const Report& r : v.reports) {
        if (std::find(said.begin(), said.end(), r.figure->text) != said.end()) continue;
        said.push_back(r.figure->text);
        const Span evidence = dossier.documents[r.doc].sentences[r.figure->sentence].span;
        conflict.claims.push_back({r.figure->text + " " + r.figure->label, {r.doc, evidence}});
      }
    }
    explain(dossier, values, conflict);
    out.push_back(std::move(conflict));
  }
}

bool compatible(const Figure& a, const Figure& b) { return std::max(a.low, b.low) <= std::min(a.high, b.high); }

bool already_disputed(const std::vector<Conflict>& found, uint32_t doc, const std::string& claim) {
  return std::any_of(found.begin(), found.end(), [&](const Conflict& c) {
    return c.attribute == "figure" && std::any_of(c.claims.begin(), c.claims.end(), [&](const Claim& k) {
             return k.passage.doc == doc && k.value == claim;
           });
  });
}

// Across a story's events: a figure that reports on different days agreed on (a settled death
// toll) and that a later report gives differently. Figures that change before they settle are
// the count growing, and are left alone.
void settled_figure_conflicts(const Dossier& dossier, const Story& story,
                              const std::vector<std::vector<Figure>>& figures, std::vector<Conflict>& out) {
  const auto by_quantity = lead_figures(dossier, story.documents, figures);
  for (const auto& [quantity, reports] : by_quantity) {
    // A figure settles among the first reports of a story or not at all; the bound keeps a story
    // of thousands of reports linear.
    for (size_t a = 0; a < reports.size() && a < kSettlingReports; ++a) {
      const auto& first_day = dossier.documents[reports[a].doc].meta.date;
      if (!first_day) continue;
      // The first later report, on another day, that agrees: the figure is then settled.
      size_t confirmed = reports.size();
      for (size_t b = a + 1; b < reports.size() && confirmed == reports.size(); ++b) {
        const auto& day = dossier.documents[reports[b].doc].meta.date;
        if (day && *day > *first_day && compatible(*reports[a].figure, *reports[b].figure)) confirmed = b;
      }
      if (confirmed == reports.size()) continue;
      const CivilDate settled_on = *dossier.documents[reports[confirmed].doc].meta.date;
      for (size_t c = confirmed + 1; c < reports.size(); ++c) {
        const Report& later = reports[c];
        const auto& day = dossier.documents[later.doc].meta.date;
        if (!day || *day <= settled_on || compatible(*reports[a].figure, *later.figure)) continue;
        const std::string claim = later.figure->text + " " + later.figure->label;
        if (already_disputed(out, later.doc, claim)) continue;
        std::vector<Value> values(2);
        for (size_t k = a; k < c; ++k) {
          if (compatible(*reports[a].figure, *reports[k].figure)) values[0].reports.push_back(reports[k]);
        }
        values[1].reports.push_back(later);
        Conflict conflict;
        conflict.attribute = "figure";
        for (const Value& v : values) {
          const Report& r = v.reports.front();
          conflict.claims.push_back({r.figure->text + " " + r.figure->label,
                                     {r.doc, dossier.documents[r.doc].sentences[r.figure->sentence].span}});
        }
        conflict.severity = "differs";
        conflict.explanation = "Reports of this story agreed on a figure for " + later.figure->label + ", " +
                               describe(dossier, values[0]) + ", but a later one gives " + describe(dossier, values[1]) +
                               ". It may be an update or an error; check its source.";
        out.push_back(std::move(conflict));
        break;  // the first departure from the settled figure; later ones repeat it
      }
      break;  // one settled figure per quantity
    }
  }
}

}  // namespace

std::vector<Conflict> find_conflicts(const Dossier& dossier, const std::vector<Story>& stories,
                                     const TermModel& model, unsigned threads,
                                     std::span<const ArticleSummary> summaries) {
  std::vector<uint8_t> needed(dossier.documents.size(), 0);
  for (const Story& story : stories) {
    if (story.documents.size() < 2) continue;
    for (const uint32_t d : story.documents) needed[d] = 1;
  }
  const FigureReader reader;
  std::vector<std::vector<Figure>> figures(dossier.documents.size());
  util::parallel_for(figures.size(), threads, [&](size_t d) {
    if (needed[d] == 0) return;
    if (d < summaries.size() && summaries[d].figures) {
      figures[d] = *summaries[d].figures;
    } else {
      figures[d] = reader.read(dossier.documents[d], model);
    }
  });
  std::vector<Conflict> out;
  for (const Story& story : stories) {
    for (const auto& group : story.events) {
      if (group.size() < 2) continue;
      group_conflicts(dossier, group, figures, out);
      date_conflicts(dossier, group, out);
    }
    if (story.documents.size() >= 3) settled_figure_conflicts(dossier, story, figures, out);
  }
  return out;
}

}  // namespace dossier::corpus
