// Roles over time: the role claims of an entity grouped into offices with their date ranges.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "report/html_report.h"

#include "text/fold.h"

namespace dossier::report::html {
namespace {

struct Group {
  RoleSpan span;
  std::set<uint32_t> docs;
  std::map<std::string, size_t> orgs;  // organisation as written -> claims naming it
};

std::string_view status_prefix(RoleStatus status) {
  switch (status) {
    case RoleStatus::kFormer: return "former ";
    case RoleStatus::kActing: return "acting ";
    case RoleStatus::kFuture: return "incoming ";
    case RoleStatus::kCurrent: return "";
  }
  return "";
}

}  // namespace

std::vector<RoleSpan> roles_over_time(const ReportIndex& index, const Entity& entity) {
  // One office per title and status; claims naming no organisation join those that do.
  std::map<std::pair<std::string, RoleStatus>, Group> groups;
  for (const RoleRef& ref : entity.roles) {
    if (ref.doc >= index.dossier().documents.size()) continue;
    const auto& roles = index.doc(ref.doc).roles;
    if (ref.role >= roles.size()) continue;
    const RoleClaim& claim = roles[ref.role];
    Group& g = groups[{text::fold_case(claim.title), claim.status}];
    // A role is dated by the article that states it: "as of" that day. The nearest time
    // expression in the sentence (what the timeline uses) is often about something else.
    const auto& date = index.doc(ref.doc).meta.date;
    RoleSpan& r = g.span;
    const bool earliest = r.claims == 0 || (date && (!r.from || *date < *r.from));
    if (earliest) {
      r.title = claim.title;
      r.status = claim.status;
      r.first = ref;
    }
    if (date && (!r.from || *date < *r.from)) r.from = date;
    if (date && (!r.to || *r.to < *date)) r.to = date;
    ++r.claims;
    r.support += static_cast<double>(claim.confidence);
    r.confident = r.confident || index.confident_role(claim);
    g.docs.insert(ref.doc);
    if (!claim.org.empty()) ++g.orgs[claim.org];
  }
  std::vector<RoleSpan> out;
  out.reserve(groups.size());
  for (auto& [key, g] : groups) {
    g.span.articles = g.docs.size();
    size_t best = 0;
    for (const auto& [org, n] : g.orgs) {
      if (n > best) {
        best = n;
        g.span.org = org;
      }
    }
    out.push_back(std::move(g.span));
  }
  std::stable_sort(out.begin(), out.end(), [](const RoleSpan& a, const RoleSpan& b) {
    if (a.from.has_value() != b.from.has_value()) return a.from.has_value();
    if (a.from && *a.from != *b.from) return *a.from < *b.from;
    return a.articles > b.articles;
  });
  return out;
}

std::string latest_role(const ReportIndex& index, size_t entity) {
  const auto roles = roles_over_time(index, index.dossier().entities[entity]);
  // Only roles with at least half the support of the best-supported one compete, so that one
  // weak claim (a vague description, a misread clause) does not outrank what most reports say;
  // among those the latest wins, then a role held now, then the better supported.
  double most = 0.0;
  for (const RoleSpan& r : roles) {
    if (r.confident) most = std::max(most, r.support);
  }
  const RoleSpan* best = nullptr;
  for (const RoleSpan& r : roles) {
    if (!r.confident || r.support * 2 < most) continue;
    if (best == nullptr ||
        std::make_tuple(r.to.value_or(CivilDate{}), r.status != RoleStatus::kFormer, r.support) >
            std::make_tuple(best->to.value_or(CivilDate{}), best->status != RoleStatus::kFormer,
                            best->support)) {
      best = &r;
    }
  }
  if (best == nullptr) return {};
  std::string label = std::string(status_prefix(best->status)) + best->title;
  if (!best->org.empty()) label += ", " + best->org;
  return label;
}

}  // namespace dossier::report::html
