// People and organisations (entities with their spellings and roles over time), and quotes
// grouped by speaker.
#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "report/html_escape.h"
#include "report/html_report.h"

namespace dossier::report::html {
namespace {

constexpr size_t kMaxAliases = 12;
constexpr size_t kMaxArticleLinks = 8;
constexpr size_t kMaxQuoteChars = 600;
constexpr size_t kQuotesShown = 6;  // per speaker; the rest fold away

// One role an entity is given, over all the articles that give it.
struct RoleSpan {
  const RoleClaim* claim = nullptr;  // the earliest statement of it
  uint32_t doc = 0;
  size_t role = 0;
  std::optional<CivilDate> first, last;
  std::set<uint32_t> articles;
};

std::vector<RoleSpan> roles_over_time(const ReportIndex& index, const Entity& entity) {
  std::map<std::tuple<std::string, RoleStatus, std::string>, RoleSpan> by_key;
  for (const RoleRef& ref : entity.roles) {
    const RoleClaim& claim = index.doc(ref.doc).roles[ref.role];
    RoleSpan& r = by_key[{claim.title, claim.status, claim.org}];
    const auto& date = index.doc(ref.doc).meta.date;
    r.articles.insert(ref.doc);
    if (r.claim == nullptr || (date && (!r.first || *date < *r.first))) {
      r.claim = &claim;
      r.doc = ref.doc;
      r.role = ref.role;
      if (date) r.first = date;
    }
    if (date && (!r.last || *r.last < *date)) r.last = date;
  }
  std::vector<RoleSpan> out;
  for (auto& [key, r] : by_key) out.push_back(r);
  std::stable_sort(out.begin(), out.end(), [](const RoleSpan& a, const RoleSpan& b) {
    if (a.first.has_value() != b.first.has_value()) return a.first.has_value();
    return a.first && *a.first < *b.first;
  });
  return out;
}

void write_roles(std::ostream& out, const ReportIndex& index, const Entity& entity) {
  const auto roles = roles_over_time(index, entity);
  if (roles.empty()) return;
  out << "<ul class=\"roles\">";
  for (const RoleSpan& r : roles) {
    out << "<li>";
    link(out, ReportIndex::item_anchor(r.doc, 'r', r.role), r.claim->title);
    if (!r.claim->org.empty()) {
      out << ", ";
      escape(out, r.claim->org);
    }
    out << " <span class=\"status " << to_string(r.claim->status) << "\">"
        << to_string(r.claim->status) << "</span> <small>";
    if (r.first) {
      out << format_date(*r.first);
      if (r.last && *r.last != *r.first) out << " – " << format_date(*r.last);
      out << ", ";
    }
    out << r.articles.size() << (r.articles.size() == 1 ? " article" : " articles")
        << "</small></li>";
  }
  out << "</ul>";
}

void write_aliases(std::ostream& out, const Entity& entity) {
  size_t shown = 0, other = 0;
  for (const std::string& alias : entity.aliases) {
    if (alias == entity.name) continue;
    if (shown == kMaxAliases) {
      ++other;
      continue;
    }
    if (shown++ > 0) out << " · ";
    escape(out, alias);
  }
  if (other > 0) out << " <small>and " << other << " more</small>";
}

// Mention count, article count and a link to the first mention in each of the first articles.
void write_mentions(std::ostream& out, const ReportIndex& index, const Entity& entity) {
  std::vector<MentionRef> refs = entity.mentions;
  std::sort(refs.begin(), refs.end());
  std::vector<MentionRef> firsts;
  for (const MentionRef& ref : refs) {
    if (firsts.empty() || firsts.back().doc != ref.doc) firsts.push_back(ref);
  }
  out << refs.size() << (refs.size() == 1 ? " mention" : " mentions") << " in " << firsts.size()
      << (firsts.size() == 1 ? " article" : " articles");
  for (size_t i = 0; i < firsts.size() && i < kMaxArticleLinks; ++i) {
    out << "<br>";
    cite(out, index, firsts[i].doc, ReportIndex::item_anchor(firsts[i].doc, 'm', firsts[i].mention));
  }
  if (firsts.size() > kMaxArticleLinks) {
    out << "<br><small>and " << firsts.size() - kMaxArticleLinks << " more articles</small>";
  }
}

void write_entity_row(std::ostream& out, const ReportIndex& index, size_t e) {
  const Entity& entity = index.dossier().entities[e];
  out << "<tr id=\"" << ReportIndex::entity_anchor(e) << "\"><td class=\"name\"><b>";
  escape(out, entity.name);
  out << "</b> <span class=\"id\">";
  escape(out, entity.id);
  out << "</span> <span class=\"type\">" << to_string(entity.type) << "</span>";
  if (!entity.country.empty()) {
    out << " <span class=\"country\">";
    escape(out, entity.country);
    out << "</span>";
  }
  out << "</td><td>";
  write_aliases(out, entity);
  out << "</td><td>";
  write_roles(out, index, entity);
  out << "</td><td>";
  write_mentions(out, index, entity);
  out << "</td></tr>\n";
}

void write_entity_group(std::ostream& out, const ReportIndex& index, std::string_view title,
                        std::initializer_list<EntityType> types) {
  const auto& entities = index.dossier().entities;
  std::vector<size_t> rows;
  for (size_t e = 0; e < entities.size(); ++e) {
    if (std::find(types.begin(), types.end(), entities[e].type) != types.end()) rows.push_back(e);
  }
  if (rows.empty()) return;
  std::stable_sort(rows.begin(), rows.end(), [&](size_t a, size_t b) {
    return entities[a].mentions.size() > entities[b].mentions.size();
  });
  out << "<h3>";
  escape(out, title);
  out << " <span class=\"count\">" << rows.size() << "</span></h3>\n"
      << "<table class=\"entities\"><thead><tr><th>Name</th><th>Also written</th><th>Roles</th>"
         "<th>Mentions</th></tr></thead><tbody>\n";
  for (size_t e : rows) write_entity_row(out, index, e);
  out << "</tbody></table>\n";
}

// Who a quote is attributed to: an entity, else the words naming the speaker, else nobody.
struct Speaker {
  int32_t entity = -1;
  std::string text;
  friend bool operator<(const Speaker& a, const Speaker& b) {
    return std::tie(a.entity, a.text) < std::tie(b.entity, b.text);
  }
};

std::string fold_case(std::string_view text) {
  std::string out = fold_space(text);
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return out;
}

void write_quote(std::ostream& out, const ReportIndex& index, uint32_t d, size_t q) {
  const Document& doc = index.doc(d);
  const Quote& quote = doc.quotes[q];
  out << "<li class=\"q-" << to_string(quote.kind) << "\"><blockquote>";
  escape(out, clip(fold_space(doc.slice(quote.span)), kMaxQuoteChars));
  out << "</blockquote><p class=\"meta\"><span class=\"kind\">" << to_string(quote.kind)
      << "</span>";
  if (!quote.cue.empty()) {
    out << " · ";
    escape(out, doc.slice(quote.cue));
  }
  if (quote.continues >= 0) out << " · continued";
  out << " · ";
  cite(out, index, d, ReportIndex::item_anchor(d, 'q', q));
  out << "</p></li>\n";
}

void write_speaker(std::ostream& out, const ReportIndex& index, const Speaker& speaker,
                   const std::vector<std::pair<uint32_t, size_t>>& quotes,
                   const std::string& label) {
  out << "<article class=\"speaker\"><h3>";
  if (speaker.entity >= 0) {
    link(out, ReportIndex::entity_anchor(static_cast<size_t>(speaker.entity)), label);
  } else {
    escape(out, label);
    if (!speaker.text.empty()) out << " <span class=\"unlinked\">not identified</span>";
  }
  out << " <span class=\"count\">" << quotes.size() << "</span></h3>\n<ul class=\"quotes\">\n";
  for (size_t i = 0; i < quotes.size() && i < kQuotesShown; ++i) {
    write_quote(out, index, quotes[i].first, quotes[i].second);
  }
  out << "</ul>\n";
  if (quotes.size() > kQuotesShown) {
    out << "<details class=\"more\"><summary>" << quotes.size() - kQuotesShown
        << " more quotes</summary><ul class=\"quotes\">\n";
    for (size_t i = kQuotesShown; i < quotes.size(); ++i) {
      write_quote(out, index, quotes[i].first, quotes[i].second);
    }
    out << "</ul></details>\n";
  }
  out << "</article>\n";
}

}  // namespace

void write_entities(std::ostream& out, const ReportIndex& index) {
  const auto& entities = index.dossier().entities;
  if (!open_section(out, "entities", "People and organisations", entities.size(),
                    "No people, organisations or places found.")) {
    return;
  }
  out << "<p class=\"controls\"><input type=\"search\" id=\"entity-filter\" "
         "placeholder=\"Filter by name\" aria-label=\"Filter by name\"></p>\n";
  write_entity_group(out, index, "People", {EntityType::kPerson});
  write_entity_group(out, index, "Organisations", {EntityType::kOrg});
  write_entity_group(out, index, "Places", {EntityType::kGpe, EntityType::kLoc});
  write_entity_group(out, index, "Groups and other names", {EntityType::kNorp, EntityType::kMisc});
  end_section(out);
}

void write_quotes(std::ostream& out, const ReportIndex& index) {
  const Dossier& dossier = index.dossier();
  std::map<Speaker, std::vector<std::pair<uint32_t, size_t>>> groups;
  std::map<Speaker, std::string> labels;
  size_t total = 0;
  for (uint32_t d : index.by_date()) {
    const auto& quotes = index.doc(d).quotes;
    for (size_t q = 0; q < quotes.size(); ++q) {
      Speaker s{dossier.entity_of(d, quotes[q].speaker_mention), {}};
      if (s.entity < 0) s.text = fold_case(quotes[q].speaker_text);
      groups[s].emplace_back(d, q);
      if (!labels.contains(s)) {
        labels[s] = s.entity >= 0 ? index.entity_name(s.entity)
                    : s.text.empty() ? std::string("Speaker not found")
                                     : fold_space(quotes[q].speaker_text);
      }
      ++total;
    }
  }
  if (!open_section(out, "quotes", "Quotes by speaker", total, "No quotes found.")) return;
  std::vector<const Speaker*> order;
  for (const auto& [speaker, quotes] : groups) order.push_back(&speaker);
  std::stable_sort(order.begin(), order.end(), [&](const Speaker* a, const Speaker* b) {
    return groups[*a].size() > groups[*b].size();
  });
  for (const Speaker* s : order) write_speaker(out, index, *s, groups[*s], labels[*s]);
  end_section(out);
}

}  // namespace dossier::report::html
