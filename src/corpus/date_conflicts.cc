#include "corpus/date_conflicts.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <vector>

namespace dossier::corpus {
namespace {

constexpr uint32_t kLeadSentences = 3;

// Reports published on different days that each name their own day ("rescuers pulled more bodies
// out on Tuesday" in Tuesday's paper) are running coverage: each dates its own news, not the event,
// so such a lead day is no claim about when the event happened.
bool names_own_day(const Document& doc, CivilDate day, bool one_publication_day) {
  return !one_publication_day && doc.meta.date && *doc.meta.date == day;
}

bool one_publication_day(const Dossier& dossier, const std::vector<uint32_t>& group) {
  std::optional<CivilDate> first;
  for (const uint32_t d : group) {
    const auto& published = dossier.documents[d].meta.date;
    if (!published) continue;
    if (first && *first != *published) return false;
    first = published;
  }
  return true;
}

using DayClaims = std::map<CivilDate, std::vector<std::pair<uint32_t, uint32_t>>>;  // day -> (doc, timex)

// True when some report naming `earlier` looks back to it and was published before `later`: that
// report told of something that had happened, and `later` names what happened after it was
// written, another moment of the story (a resignation, then a nomination), not a rival date.
bool told_before(const Dossier& dossier, const DayClaims::value_type& earlier, CivilDate later) {
  return std::any_of(earlier.second.begin(), earlier.second.end(), [&](const auto& claim) {
    const auto& published = dossier.documents[claim.first].meta.date;
    return published && earlier.first <= *published && *published < later;
  });
}

// Keeps the days that some other day named could rival.
void drop_later_happenings(const Dossier& dossier, DayClaims& by_day) {
  std::vector<CivilDate> rivalled;
  for (auto a = by_day.begin(); a != by_day.end(); ++a) {
    for (auto b = std::next(a); b != by_day.end(); ++b) {
      if (told_before(dossier, *a, b->first)) continue;
      rivalled.push_back(a->first);
      rivalled.push_back(b->first);
    }
  }
  std::erase_if(by_day, [&](const auto& entry) {
    return std::find(rivalled.begin(), rivalled.end(), entry.first) == rivalled.end();
  });
}

}  // namespace

std::optional<std::pair<CivilDate, uint32_t>> lead_day(const Document& doc) {
  uint32_t body = 0;
  uint32_t lead_end = 0;
  for (const Sentence& s : doc.sentences) {
    if (!doc.is_body(s)) continue;
    lead_end = s.span.end;
    if (++body == kLeadSentences) break;
  }
  for (uint32_t t = 0; t < doc.times.size(); ++t) {
    const Timex& timex = doc.times[t];
    if (timex.span.begin >= lead_end) continue;
    if (timex.type == TimexType::kDate && timex.day && doc.sentence_at(timex.span.begin) >= 0 &&
        doc.is_body(doc.sentences[static_cast<size_t>(doc.sentence_at(timex.span.begin))])) {
      return std::make_pair(*timex.day, t);
    }
  }
  return std::nullopt;
}

void date_conflicts(const Dossier& dossier, const std::vector<uint32_t>& group, std::vector<Conflict>& out) {
  std::map<CivilDate, std::vector<std::pair<uint32_t, uint32_t>>> by_day;  // day -> (doc, timex)
  const bool same_day = one_publication_day(dossier, group);
  for (const uint32_t d : group) {
    const Document& doc = dossier.documents[d];
    const auto day = lead_day(doc);
    if (day && !names_own_day(doc, day->first, same_day)) by_day[day->first].emplace_back(d, day->second);
  }
  drop_later_happenings(dossier, by_day);
  if (by_day.size() < 2) return;
  Conflict conflict;
  conflict.attribute = "date";
  std::string listing;
  bool all_published_after = true;  // every report appeared after every day named
  const CivilDate latest = by_day.rbegin()->first;
  for (const auto& [day, reports] : by_day) {
    const auto [doc_index, timex_index] = reports.front();
    const Document& doc = dossier.documents[doc_index];
    const Timex& timex = doc.times[timex_index];
    const int32_t s = doc.sentence_at(timex.span.begin);
    conflict.claims.push_back({day.iso(), {doc_index, doc.sentences[static_cast<size_t>(s)].span}});
    if (!listing.empty()) listing += "; ";
    listing += day.iso() + " (\"" + std::string(doc.slice(timex.span)) + "\", " +
               (doc.meta.source.empty() ? doc.id : doc.meta.source);
    if (reports.size() > 1) listing += " and " + std::to_string(reports.size() - 1) + " more";
    listing += ")";
    for (const auto& [d, t] : reports) {
      const auto& published = dossier.documents[d].meta.date;
      all_published_after = all_published_after && published && *published > latest;
    }
  }
  if (all_published_after) {
    conflict.severity = "contradicts";
    conflict.explanation = "Reports of the same event, all published after it, date it differently: " +
                           listing + ".";
  } else {
    conflict.severity = "differs";
    conflict.explanation = "Reports of the same event name different days for it: " + listing +
                           ". An early report may give a planned or expected date, or the reports "
                           "may date different moments of the event.";
  }
  out.push_back(std::move(conflict));
}

}  // namespace dossier::corpus
