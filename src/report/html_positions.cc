// What each actor stands for: the positions of the dossier, one table per actor, each statement
// with the passages it rests on.
#include <algorithm>
#include <map>
#include <ostream>
#include <vector>

#include "report/html_escape.h"
#include "report/html_report.h"

namespace dossier::report::html {
namespace {

constexpr size_t kActorsShown = 12;       // the rest fold away
constexpr size_t kEvidenceShown = 3;      // passages cited per statement
constexpr size_t kExcerptChars = 200;

// The positions of one actor: an entity, or the words that name an actor that is none.
struct ActorPositions {
  int32_t entity = -1;
  std::string name;
  std::string code;
  std::vector<size_t> positions;  // indices into Dossier::positions
  size_t evidence = 0;
};

std::vector<ActorPositions> group_by_actor(const Dossier& dossier) {
  std::map<std::pair<int32_t, std::string>, ActorPositions> by_actor;
  for (size_t p = 0; p < dossier.positions.size(); ++p) {
    const Position& position = dossier.positions[p];
    // An entity's positions gather under it whatever words named it; others by their words.
    auto& actor = by_actor[{position.entity, position.entity >= 0 ? std::string() : position.actor}];
    actor.entity = position.entity;
    if (actor.name.empty()) actor.name = position.actor;
    if (actor.code.empty()) actor.code = position.actor_code;
    actor.positions.push_back(p);
    actor.evidence += position.evidence.size();
  }
  std::vector<ActorPositions> actors;
  for (auto& [key, actor] : by_actor) actors.push_back(std::move(actor));
  // Actors with more evidence first; entities before unnamed actors on a tie.
  std::stable_sort(actors.begin(), actors.end(), [](const ActorPositions& a, const ActorPositions& b) {
    if (a.evidence != b.evidence) return a.evidence > b.evidence;
    return (a.entity >= 0) > (b.entity >= 0);
  });
  return actors;
}

void write_statement(std::ostream& out, const ReportIndex& index, const Position& position) {
  out << "<tr><td class=\"stance\">";
  escape(out, position.stance);
  out << "</td><td>";
  escape(out, position.object);
  out << "</td><td>";
  const size_t shown = std::min(position.evidence.size(), kEvidenceShown);
  for (size_t i = 0; i < shown; ++i) {
    const EventRef& ref = position.evidence[i];
    const Event& event = index.doc(ref.doc).events[ref.event];
    out << "<p class=\"evidence\">";
    excerpt(out, index, ref.doc, event.span, event.trigger, kExcerptChars);
    out << ' ';
    cite(out, index, ref.doc, ReportIndex::item_anchor(ref.doc, 'v', ref.event));
    out << "</p>";
  }
  if (position.evidence.size() > shown) {
    out << "<p class=\"meta\">and " << plural(position.evidence.size() - shown, "more passage", "more passages")
        << "</p>";
  }
  out << "</td></tr>\n";
}

void write_actor_table(std::ostream& out, const ReportIndex& index, const ActorPositions& actor) {
  out << "<div class=\"card positions\"><h3>";
  if (actor.entity >= 0) {
    link(out, ReportIndex::entity_anchor(static_cast<size_t>(actor.entity)),
         index.entity_name(actor.entity));
  } else {
    escape(out, actor.name);
  }
  if (!actor.code.empty()) {
    out << " <span class=\"code\">";
    escape(out, actor.code);
    out << "</span>";
  }
  out << "</h3>\n<table class=\"positions\"><thead><tr><th>Stance</th><th>On what</th>"
         "<th>Evidence</th></tr></thead><tbody>\n";
  for (const size_t p : actor.positions) write_statement(out, index, index.dossier().positions[p]);
  out << "</tbody></table></div>\n";
}

}  // namespace

void write_positions(std::ostream& out, const ReportIndex& index) {
  const std::vector<ActorPositions> actors = group_by_actor(index.dossier());
  if (!open_section(out, "positions", "Positions", actors.size(), "No positions found.")) return;
  out << "<p class=\"intro\">What each actor demands, pledges, supports, rejects or warns against, "
         "from the events of those kinds; each statement links to the passages it rests on.</p>\n";
  const size_t shown = std::min(actors.size(), kActorsShown);
  for (size_t a = 0; a < shown; ++a) write_actor_table(out, index, actors[a]);
  if (actors.size() > shown) {
    out << "<details class=\"more\"><summary>" << plural(actors.size() - shown, "more actor", "more actors")
        << "</summary>\n";
    for (size_t a = shown; a < actors.size(); ++a) write_actor_table(out, index, actors[a]);
    out << "</details>\n";
  }
  end_section(out);
}

}  // namespace dossier::report::html
