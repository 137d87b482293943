#include "entities/conflicts.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "lexicon/fold.h"

namespace dossier::entities {
namespace {

struct DatedClaim {
  const RoleClaim* role = nullptr;
  uint32_t doc = 0;
  int64_t day = 0;
  std::string title;  // match key
  std::string org;    // match key
};

bool in_office(RoleStatus s) { return s == RoleStatus::kCurrent || s == RoleStatus::kActing; }

// Offices one person holds alone and not two at once: the head of a state, a government or an
// international body.
bool head_office(std::string_view title) {
  return title == "president" || title == "prime minister" || title == "premier" ||
         title == "chancellor" || title == "secretary general";
}

std::string describe(const RoleClaim& role) {
  std::string out(to_string(role.status));
  out += ' ';
  out += role.title;
  if (!role.org.empty()) out += " of " + role.org;
  return out;
}

std::string dated(const Dossier& dossier, uint32_t doc) {
  const Document& d = dossier.documents[doc];
  return "article " + d.id + (d.meta.date ? " (" + d.meta.date->iso() + ")" : "");
}

Claim claim_of(const DatedClaim& c) {
  return Claim{describe(*c.role), Passage{c.doc, c.role->span}};
}

void add(std::vector<Conflict>& out, int32_t entity, const std::vector<const DatedClaim*>& claims,
         std::string explanation, std::string severity = "contradicts") {
  Conflict conflict;
  conflict.entity = entity;
  conflict.attribute = "role";
  for (const DatedClaim* c : claims) conflict.claims.push_back(claim_of(*c));
  conflict.explanation = std::move(explanation);
  conflict.severity = std::move(severity);
  out.push_back(std::move(conflict));
}

// Articles of one period. When the one saying "former" is the later, the person may have left
// office in between: the claims then only differ.
bool clash_in_time(const DatedClaim& current, const DatedClaim& former) {
  return current.doc != former.doc &&
         std::max(current.day, former.day) - std::min(current.day, former.day) <= kSamePeriodDays;
}

void same_office(const Dossier& dossier, std::vector<Conflict>& out, int32_t entity, const std::vector<DatedClaim>& claims) {
  std::map<std::pair<std::string, std::string>, std::vector<const DatedClaim*>> offices;
  for (const DatedClaim& c : claims) {
    if (!c.org.empty()) offices[{c.title, c.org}].push_back(&c);
  }
  const std::string& name = dossier.entities[static_cast<size_t>(entity)].name;
  for (const auto& [office, list] : offices) {
    std::vector<const DatedClaim*> involved;
    const DatedClaim* first_current = nullptr;
    const DatedClaim* first_former = nullptr;
    for (const DatedClaim* cur : list) {
      if (!in_office(cur->role->status)) continue;
      for (const DatedClaim* old : list) {
        if (old->role->status != RoleStatus::kFormer || !clash_in_time(*cur, *old)) continue;
        if (!first_current) {
          first_current = cur;
          first_former = old;
        }
        for (const DatedClaim* c : {cur, old}) {
          if (std::find(involved.begin(), involved.end(), c) == involved.end()) involved.push_back(c);
        }
      }
    }
    if (involved.empty()) continue;
    const RoleClaim& role = *first_current->role;
    const bool former_later = first_former->day > first_current->day;
    add(out, entity, involved,
        dated(dossier, first_current->doc) + " calls " + name + " the sitting " + role.title +
            (role.org.empty() ? "" : " of " + role.org) + ", while " + dated(dossier, first_former->doc) +
            ", from the same period, calls " + name + " a former " + role.title +
            (former_later ? "; unless " + name + " left office between the two dates, both cannot be true."
                          : "; both cannot be true at that time."),
        former_later ? "differs" : "contradicts");
  }
}

void two_heads(const Dossier& dossier, std::vector<Conflict>& out, int32_t entity, const std::vector<DatedClaim>& claims) {
  const std::string& name = dossier.entities[static_cast<size_t>(entity)].name;
  for (size_t i = 0; i < claims.size(); ++i) {
    const DatedClaim& a = claims[i];
    if (!in_office(a.role->status) || !head_office(a.title) || a.org.empty()) continue;
    for (size_t j = i + 1; j < claims.size(); ++j) {
      const DatedClaim& b = claims[j];
      if (!in_office(b.role->status) || !head_office(b.title) || b.org.empty()) continue;
      if (a.doc == b.doc || a.org == b.org) continue;
      if (std::max(a.day, b.day) - std::min(a.day, b.day) > kSamePeriodDays) continue;
      add(out, entity, {&a, &b},
          dated(dossier, a.doc) + " calls " + name + " the " + a.role->title + " of " + a.role->org +
              ", while " + dated(dossier, b.doc) + ", from the same period, calls " + name + " the " +
              b.role->title + " of " + b.role->org + "; one person does not hold both at once.");
      return;
    }
  }
}

}  // namespace

std::vector<Conflict> find_role_conflicts(const Dossier& dossier) {
  std::vector<Conflict> out;
  for (size_t e = 0; e < dossier.entities.size(); ++e) {
    const Entity& entity = dossier.entities[e];
    if (entity.type != EntityType::kPerson || entity.roles.size() < 2) continue;
    std::vector<DatedClaim> claims;
    for (const RoleRef& ref : entity.roles) {
      const Document& doc = dossier.documents[ref.doc];
      // Undated articles cannot be placed in one period: no claim of theirs is compared.
      if (!doc.meta.date) continue;
      const RoleClaim& role = doc.roles[ref.role];
      claims.push_back({&role, ref.doc, doc.meta.date->days_since_epoch(), lexicon::match_key(role.title),
                        lexicon::match_key(role.org)});
    }
    same_office(dossier, out, static_cast<int32_t>(e), claims);
    two_heads(dossier, out, static_cast<int32_t>(e), claims);
  }
  return out;
}

}  // namespace dossier::entities
