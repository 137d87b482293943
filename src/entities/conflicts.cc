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
  std::optional<int64_t> day;  // the article's day, or where its story or text places it
  int32_t story = -1;          // index into Dossier::stories, -1 when in none
  std::string title;           // match key
  std::string org;             // match key
};

// Where an article stands in time. An article without a date is placed by the latest day its
// own text names in full, else by the middle of its story's dated reports; one that cannot be
// placed is compared only with the reports of its own story.
struct Placement {
  std::optional<int64_t> day;
  int32_t story = -1;
  std::string how;  // for an undated article: how it was placed, for the explanation
};

std::vector<Placement> place_articles(const Dossier& dossier) {
  std::vector<Placement> out(dossier.documents.size());
  for (size_t s = 0; s < dossier.stories.size(); ++s) {
    for (const uint32_t d : dossier.stories[s].documents) {
      if (d < out.size()) out[d].story = static_cast<int32_t>(s);
    }
  }
  for (size_t d = 0; d < out.size(); ++d) {
    const Document& doc = dossier.documents[d];
    if (doc.meta.date) {
      out[d].day = doc.meta.date->days_since_epoch();
      continue;
    }
    std::optional<int64_t> latest;
    for (const Timex& t : doc.times) {
      if (t.day && (!latest || *latest < t.day->days_since_epoch())) latest = t.day->days_since_epoch();
    }
    if (latest) {
      out[d].day = latest;
      out[d].how = "undated, placed by the days it names";
    }
  }
  for (size_t d = 0; d < out.size(); ++d) {
    if (out[d].day || out[d].story < 0) continue;
    std::vector<int64_t> days;
    for (const uint32_t other : dossier.stories[static_cast<size_t>(out[d].story)].documents) {
      if (other < out.size() && dossier.documents[other].meta.date) days.push_back(*out[other].day);
    }
    if (days.empty()) {
      out[d].how = "undated, compared within its story";
      continue;
    }
    std::nth_element(days.begin(), days.begin() + static_cast<std::ptrdiff_t>(days.size() / 2), days.end());
    out[d].day = days[days.size() / 2];
    out[d].how = "undated, placed by its story's dated reports";
  }
  return out;
}

// True when two org keys name one country or body: equal, or one the other's demonym
// ("valdorian" / "valdoria", "kenyan" / "kenya", "sudanese" / "sudan"), as the text writes an
// office's country either way.
bool same_org(std::string_view a, std::string_view b) {
  if (a == b) return true;
  if (a.size() > b.size()) std::swap(a, b);
  if (a.size() < 4 || !b.starts_with(a)) return false;
  const std::string_view rest = b.substr(a.size());
  return rest == "n" || rest == "an" || rest == "ian" || rest == "ese" || rest == "i" || rest == "ish";
}

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

std::string dated(const Dossier& dossier, const std::vector<Placement>& placed, uint32_t doc) {
  const Document& d = dossier.documents[doc];
  if (d.meta.date) return "article " + d.id + " (" + d.meta.date->iso() + ")";
  const Placement& p = placed[doc];
  std::string out = "article " + d.id + " (" + p.how;
  if (p.day) out += ": about " + CivilDate::from_days_since_epoch(*p.day).iso();
  return out + ")";
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
  if (current.doc == former.doc) return false;
  if (current.day && former.day) {
    return std::max(*current.day, *former.day) - std::min(*current.day, *former.day) <= kSamePeriodDays;
  }
  return current.story >= 0 && current.story == former.story;
}

// True when the later claim is known to be the one saying "former".
bool former_later(const DatedClaim& current, const DatedClaim& former) {
  return current.day && former.day && *former.day > *current.day;
}

void same_office(const Dossier& dossier, const std::vector<Placement>& placed, std::vector<Conflict>& out,
                 int32_t entity, const std::vector<DatedClaim>& claims) {
  std::map<std::pair<std::string, std::string>, std::vector<const DatedClaim*>> offices;
  std::vector<std::string> orgs;  // the distinct orgs, each under the first form of it seen
  for (const DatedClaim& c : claims) {
    if (c.org.empty()) continue;
    auto it = std::find_if(orgs.begin(), orgs.end(), [&](const std::string& o) { return same_org(o, c.org); });
    if (it == orgs.end()) it = orgs.insert(orgs.end(), c.org);
    offices[{c.title, *it}].push_back(&c);
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
    const bool later = former_later(*first_current, *first_former);
    const bool by_story = !first_current->day || !first_former->day;
    add(out, entity, involved,
        dated(dossier, placed, first_current->doc) + " calls " + name + " the sitting " + role.title +
            (role.org.empty() ? "" : " of " + role.org) + ", while " + dated(dossier, placed, first_former->doc) +
            (by_story ? ", a report of the same story," : ", from the same period,") + " calls " + name +
            " a former " + role.title +
            (later ? "; unless " + name + " left office between the two dates, both cannot be true."
                   : "; both cannot be true at that time."),
        later ? "differs" : "contradicts");
  }
}

void two_heads(const Dossier& dossier, const std::vector<Placement>& placed, std::vector<Conflict>& out,
               int32_t entity, const std::vector<DatedClaim>& claims) {
  const std::string& name = dossier.entities[static_cast<size_t>(entity)].name;
  for (size_t i = 0; i < claims.size(); ++i) {
    const DatedClaim& a = claims[i];
    if (!in_office(a.role->status) || !head_office(a.title) || a.org.empty()) continue;
    for (size_t j = i + 1; j < claims.size(); ++j) {
      const DatedClaim& b = claims[j];
      if (!in_office(b.role->status) || !head_office(b.title) || b.org.empty()) continue;
      if (a.doc == b.doc || a.org == b.org || !clash_in_time(a, b)) continue;
      add(out, entity, {&a, &b},
          dated(dossier, placed, a.doc) + " calls " + name + " the " + a.role->title + " of " + a.role->org +
              ", while " + dated(dossier, placed, b.doc) + ", from the same period, calls " + name + " the " +
              b.role->title + " of " + b.role->org + "; one person does not hold both at once.");
      return;
    }
  }
}

}  // namespace

std::vector<Conflict> find_role_conflicts(const Dossier& dossier) {
  std::vector<Conflict> out;
  const std::vector<Placement> placed = place_articles(dossier);
  for (size_t e = 0; e < dossier.entities.size(); ++e) {
    const Entity& entity = dossier.entities[e];
    if (entity.type != EntityType::kPerson || entity.roles.size() < 2) continue;
    std::vector<DatedClaim> claims;
    for (const RoleRef& ref : entity.roles) {
      const Document& doc = dossier.documents[ref.doc];
      const Placement& p = placed[ref.doc];
      // An article neither dated, nor placed, nor in a story has nothing to be compared with.
      if (!p.day && p.story < 0) continue;
      const RoleClaim& role = doc.roles[ref.role];
      claims.push_back({&role, ref.doc, p.day, p.story, lexicon::match_key(role.title), lexicon::match_key(role.org)});
    }
    same_office(dossier, placed, out, static_cast<int32_t>(e), claims);
    two_heads(dossier, placed, out, static_cast<int32_t>(e), claims);
  }
  return out;
}

}  // namespace dossier::entities
