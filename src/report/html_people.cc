// People and organisations: a card for each of the most reported entities (spellings, roles over
// time, disagreements, a quote, where it is mentioned) and a compact table for the long tail.
#include <algorithm>

#include "report/html_escape.h"
#include "report/html_report.h"

namespace dossier::report::html {
namespace {

constexpr size_t kMaxAliases = 10;
constexpr size_t kRolesShown = 6;
constexpr size_t kMentionLinksShown = 6;
constexpr size_t kMentionLinksListed = 60;
constexpr size_t kCardQuoteChars = 260;
constexpr size_t kTailAliases = 2;

struct Group {
  std::string_view title;
  std::string_view tail;  // "more people"
  std::vector<EntityType> types;
  size_t cards;
};

// The quotes of each entity, by (document, quote).
using QuotesOf = std::vector<std::vector<std::pair<uint32_t, size_t>>>;

QuotesOf quotes_by_entity(const ReportIndex& index) {
  QuotesOf out(index.dossier().entities.size());
  for (uint32_t d : index.by_date()) {
    const auto& quotes = index.doc(d).quotes;
    for (size_t q = 0; q < quotes.size(); ++q) {
      const int32_t e = index.dossier().entity_of(d, quotes[q].speaker_mention);
      if (e >= 0 && static_cast<size_t>(e) < out.size()) out[static_cast<size_t>(e)].emplace_back(d, q);
    }
  }
  return out;
}

// The first mention of the entity in each article, articles in date order.
std::vector<MentionRef> first_mentions(const ReportIndex& index, const Entity& entity) {
  std::vector<MentionRef> refs = entity.mentions;
  std::sort(refs.begin(), refs.end());
  std::vector<MentionRef> firsts;
  for (const MentionRef& ref : refs) {
    if (ref.doc >= index.dossier().documents.size()) continue;
    if (firsts.empty() || firsts.back().doc != ref.doc) firsts.push_back(ref);
  }
  std::stable_sort(firsts.begin(), firsts.end(), [&](const MentionRef& a, const MentionRef& b) {
    return index.date_rank(a.doc) < index.date_rank(b.doc);
  });
  return firsts;
}

void write_aliases(std::ostream& out, const Entity& entity, size_t limit) {
  size_t shown = 0, other = 0;
  for (const std::string& alias : entity.aliases) {
    if (alias == entity.name) continue;
    if (shown == limit) {
      ++other;
      continue;
    }
    if (shown++ > 0) out << " · ";
    escape(out, alias);
  }
  if (other > 0) out << " <small>+" << other << "</small>";
}

void write_roles(std::ostream& out, const ReportIndex& index, const Entity& entity) {
  auto roles = roles_over_time(index, entity);
  if (roles.empty()) return;
  // The card lists the latest roles first, so that what the reports say now leads; a role stated
  // once and weakly comes after the well-supported ones of its date.
  // Confident roles first: the others are hidden until everything is shown.
  std::stable_sort(roles.begin(), roles.end(), [](const RoleSpan& a, const RoleSpan& b) {
    if (a.confident != b.confident) return a.confident;
    const CivilDate da = a.to.value_or(CivilDate{});
    const CivilDate db = b.to.value_or(CivilDate{});
    if (da != db) return db < da;
    return a.support > b.support;
  });
  out << "<ol class=\"roles\">";
  for (size_t i = 0; i < roles.size(); ++i) {
    if (i == kRolesShown) {
      out << "<li class=\"more\">and " << roles.size() - kRolesShown << " more roles</li>";
      break;
    }
    const RoleSpan& r = roles[i];
    out << (r.confident ? "<li>" : "<li class=\"unsure\">");
    link(out, ReportIndex::item_anchor(r.first.doc, 'r', r.first.role), r.title);
    if (!r.org.empty()) {
      out << ", ";
      escape(out, r.org);
    }
    out << " <span class=\"status " << to_string(r.status) << "\">" << to_string(r.status)
        << "</span><br><small>";
    if (r.from) out << "as of " << format_range(*r.from, *r.to) << " · ";
    out << plural(r.articles, "article", "articles") << "</small></li>";
  }
  out << "</ol>\n";
}

// The longest direct quote (else any quote) of the entity, clipped.
void write_top_quote(std::ostream& out, const ReportIndex& index, size_t e,
                     const std::vector<std::pair<uint32_t, size_t>>& quotes) {
  const std::pair<uint32_t, size_t>* best = nullptr;
  size_t best_score = 0;
  for (const auto& dq : quotes) {
    const Quote& q = index.doc(dq.first).quotes[dq.second];
    const size_t score = q.span.size() + (q.kind == QuoteKind::kDirect ? 100000 : 0);
    if (best == nullptr || score > best_score) {
      best = &dq;
      best_score = score;
    }
  }
  if (best == nullptr) return;
  const Document& doc = index.doc(best->first);
  out << "<blockquote class=\"top\">";
  escape(out, clip(fold_space(doc.slice(doc.quotes[best->second].span)), kCardQuoteChars));
  out << " ";
  cite(out, index, best->first, ReportIndex::item_anchor(best->first, 'q', best->second));
  out << "</blockquote>";
  out << "<p class=\"to-all\">";
  link(out, ReportIndex::speaker_anchor(e), "All " + plural(quotes.size(), "quote", "quotes"));
  out << "</p>\n";
}

void write_seen(std::ostream& out, const ReportIndex& index, const Entity& entity) {
  const auto firsts = first_mentions(index, entity);
  if (firsts.empty()) return;
  out << "<p class=\"seen\"><span class=\"label\">Mentioned in</span> ";
  for (size_t i = 0; i < firsts.size() && i < kMentionLinksShown; ++i) {
    if (i > 0) out << " · ";
    cite(out, index, firsts[i].doc, ReportIndex::item_anchor(firsts[i].doc, 'm', firsts[i].mention));
  }
  out << "</p>\n";
  if (firsts.size() <= kMentionLinksShown) return;
  out << "<details class=\"more\"><summary>" << firsts.size() - kMentionLinksShown
      << " more articles</summary><p class=\"seen\">";
  for (size_t i = kMentionLinksShown; i < firsts.size() && i < kMentionLinksListed; ++i) {
    if (i > kMentionLinksShown) out << " · ";
    cite(out, index, firsts[i].doc, ReportIndex::item_anchor(firsts[i].doc, 'm', firsts[i].mention));
  }
  if (firsts.size() > kMentionLinksListed) out << " <small>and " << firsts.size() - kMentionLinksListed << " more</small>";
  out << "</p></details>\n";
}

void write_disputes(std::ostream& out, const ReportIndex& index, size_t e,
                    const std::vector<bool>& listed) {
  bool any = false;
  for (uint32_t c : index.conflicts_of(e)) {
    if (!listed[c]) continue;
    out << (any ? " · " : "<p class=\"disputed\"><span class=\"badge contradicts\">disputed</span> ");
    link(out, ReportIndex::conflict_anchor(c), conflict_subject(index, index.dossier().conflicts[c]));
    any = true;
  }
  if (any) out << "</p>\n";
}

void write_card(std::ostream& out, const ReportIndex& index, size_t e, const QuotesOf& quotes,
                const std::vector<bool>& listed) {
  const Entity& entity = index.dossier().entities[e];
  const EntityFacts& f = index.facts()[e];
  out << "<article class=\"card\" id=\"" << ReportIndex::entity_anchor(e) << "\"><h4><span class=\"name\">";
  escape(out, entity.name);
  out << "</span> <span class=\"type\">" << to_string(entity.type) << "</span>";
  if (!entity.country.empty()) {
    out << " <span class=\"country\" title=\"associated country\">";
    escape(out, entity.country);
    out << "</span>";
  }
  out << "</h4>\n<p class=\"facts\">" << plural(f.mentions, "mention", "mentions") << " in "
      << plural(f.articles, "article", "articles");
  if (f.first) out << " · " << format_range(*f.first, *f.last);
  if (!quotes[e].empty()) {
    out << " · ";
    link(out, ReportIndex::speaker_anchor(e), plural(quotes[e].size(), "quote", "quotes"));
  }
  out << "</p>\n";
  if (entity.aliases.size() > 1 || (entity.aliases.size() == 1 && entity.aliases[0] != entity.name)) {
    out << "<p class=\"aliases\"><span class=\"label\">Also written</span> ";
    write_aliases(out, entity, kMaxAliases);
    out << "</p>\n";
  }
  write_roles(out, index, entity);
  write_disputes(out, index, e, listed);
  write_top_quote(out, index, e, quotes[e]);
  write_seen(out, index, entity);
  out << "</article>\n";
}

void write_tail_row(std::ostream& out, const ReportIndex& index, size_t e) {
  const Entity& entity = index.dossier().entities[e];
  const EntityFacts& f = index.facts()[e];
  out << "<tr id=\"" << ReportIndex::entity_anchor(e) << "\"><td><span class=\"name\">";
  escape(out, entity.name);
  out << "</span> <small>";
  write_aliases(out, entity, kTailAliases);
  out << "</small></td><td class=\"num\">" << f.articles << "</td><td class=\"num\">" << f.mentions
      << "</td><td>";
  const auto firsts = first_mentions(index, entity);
  if (!firsts.empty()) {
    cite(out, index, firsts[0].doc, ReportIndex::item_anchor(firsts[0].doc, 'm', firsts[0].mention));
  }
  out << "</td></tr>\n";
}

// Names seen once: one line of links, alphabetical, each to its only mention.
void write_once(std::ostream& out, const ReportIndex& index, std::vector<uint32_t> once) {
  if (once.empty()) return;
  const auto& entities = index.dossier().entities;
  std::sort(once.begin(), once.end(), [&](uint32_t a, uint32_t b) { return entities[a].name < entities[b].name; });
  out << "<p class=\"once\"><span class=\"label\">Mentioned once</span> ";
  for (size_t i = 0; i < once.size(); ++i) {
    const Entity& entity = entities[once[i]];
    if (i > 0) out << " · ";
    out << "<span class=\"name\" id=\"" << ReportIndex::entity_anchor(once[i]) << "\">";
    if (entity.mentions.empty()) {
      escape(out, entity.name);
    } else {
      const MentionRef& m = entity.mentions.front();
      link(out, ReportIndex::item_anchor(m.doc, 'm', m.mention), entity.name);
    }
    out << "</span>";
  }
  out << "</p>\n";
}

void write_group(std::ostream& out, const ReportIndex& index, const Group& group,
                 const QuotesOf& quotes, const std::vector<bool>& listed) {
  const auto& entities = index.dossier().entities;
  std::vector<uint32_t> members;
  for (uint32_t e : index.ranked()) {
    if (std::find(group.types.begin(), group.types.end(), entities[e].type) != group.types.end()) {
      members.push_back(e);
    }
  }
  if (members.empty()) return;
  out << "<h3>";
  escape(out, group.title);
  out << " <span class=\"count\">" << members.size() << "</span></h3>\n<div class=\"cards\">\n";
  // Entities seen once are shown as cards only while there is room and nothing better.
  size_t cards = 0;
  while (cards < members.size() && cards < group.cards &&
         (cards < 4 || index.facts()[members[cards]].mentions > 1)) {
    write_card(out, index, members[cards++], quotes, listed);
  }
  out << "</div>\n";
  if (cards == members.size()) return;
  std::vector<uint32_t> rows, once;
  for (size_t i = cards; i < members.size(); ++i) {
    (index.facts()[members[i]].mentions > 1 ? rows : once).push_back(members[i]);
  }
  out << "<details class=\"more tail\"><summary>" << members.size() - cards << " ";
  escape(out, group.tail);
  out << ", mentioned less</summary>\n";
  if (!rows.empty()) {
    out << "<table class=\"tail\"><thead><tr><th>Name</th><th>Articles</th><th>Mentions</th>"
           "<th>First mention</th></tr></thead><tbody>\n";
    for (uint32_t e : rows) write_tail_row(out, index, e);
    out << "</tbody></table>\n";
  }
  write_once(out, index, std::move(once));
  out << "</details>\n";
}

}  // namespace

void write_entities(std::ostream& out, const ReportIndex& index) {
  const auto& entities = index.dossier().entities;
  if (!open_section(out, "entities", "People and organisations", entities.size(),
                    "No people, organisations or places found.")) {
    return;
  }
  out << "<p class=\"controls\"><input type=\"search\" id=\"entity-filter\" "
         "placeholder=\"Find a name\" aria-label=\"Find a name\"> <small>Ranked by the number of "
         "articles that mention them.</small></p>\n";
  const QuotesOf quotes = quotes_by_entity(index);
  std::vector<bool> listed(index.dossier().conflicts.size(), false);
  const auto conflicts = ranked_conflicts(index);
  for (size_t i = 0; i < conflicts.size() && i < kConflictsListed; ++i) listed[conflicts[i]] = true;
  const Group groups[] = {
      {"People", "more people", {EntityType::kPerson}, 24},
      {"Organisations", "more organisations", {EntityType::kOrg}, 16},
      {"Places", "more places", {EntityType::kGpe, EntityType::kLoc}, 12},
      {"Groups and other names", "more names", {EntityType::kNorp, EntityType::kMisc}, 8},
  };
  for (const Group& group : groups) write_group(out, index, group, quotes, listed);
  end_section(out);
}

}  // namespace dossier::report::html
