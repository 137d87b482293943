// The entity networks of the graph exports. Only entities are nodes: an actor the text names
// without an entity ("protesters") has no node to attach an edge to.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "export/common.h"

namespace dossier::exports {
namespace {

using EdgeKey = std::tuple<int, uint32_t, uint32_t, std::string>;  // network, source, target, code

class Accumulator {
 public:
  void add(int network, uint32_t source, uint32_t target, const std::string& code,
           const std::string& label, const std::optional<CivilDate>& day) {
    NetworkEdge& e = edges_[{network, source, target, code}];
    if (e.weight == 0) {
      static constexpr std::string_view kNames[] = {"co-mention", "quote", "event"};
      e.network = kNames[network];
      e.source = source;
      e.target = target;
      e.code = code;
      e.label = label;
    }
    ++e.weight;
    if (!day) return;
    const std::string iso = day->iso();
    if (e.first_date.empty() || iso < e.first_date) e.first_date = iso;
    if (e.last_date.empty() || iso > e.last_date) e.last_date = iso;
  }
  std::vector<NetworkEdge> take() {
    std::vector<NetworkEdge> out;
    out.reserve(edges_.size());
    for (auto& [key, edge] : edges_) out.push_back(std::move(edge));
    return out;
  }

 private:
  std::map<EdgeKey, NetworkEdge> edges_;
};

void co_mentions(const Dossier& dossier, uint32_t d, Accumulator& acc) {
  const Document& doc = dossier.documents[d];
  std::map<int32_t, std::set<uint32_t>> by_sentence;
  for (size_t m = 0; m < doc.mentions.size(); ++m) {
    const int32_t e = dossier.entity_of(d, static_cast<int32_t>(m));
    if (e >= 0) by_sentence[doc.sentence_at(doc.mentions[m].span.begin)].insert(static_cast<uint32_t>(e));
  }
  for (const auto& [sentence, entities] : by_sentence) {
    for (auto a = entities.begin(); a != entities.end(); ++a) {
      for (auto b = std::next(a); b != entities.end(); ++b) acc.add(0, *a, *b, {}, {}, doc.meta.date);
    }
  }
}

void quotes(const Dossier& dossier, uint32_t d, Accumulator& acc) {
  const Document& doc = dossier.documents[d];
  const time::DateFinder dates(doc);
  for (const Quote& q : doc.quotes) {
    const int32_t speaker = dossier.entity_of(d, q.speaker_mention);
    if (speaker < 0) continue;
    std::set<uint32_t> named;
    // Mentions are in text order: those inside the quote start in [begin, end).
    const auto first = std::lower_bound(doc.mentions.begin(), doc.mentions.end(), q.span.begin,
                                        [](const Mention& m, uint32_t at) { return m.span.begin < at; });
    for (auto m = static_cast<size_t>(first - doc.mentions.begin());
         m < doc.mentions.size() && doc.mentions[m].span.begin < q.span.end; ++m) {
      if (!q.span.contains(doc.mentions[m].span)) continue;
      const int32_t e = dossier.entity_of(d, static_cast<int32_t>(m));
      if (e >= 0 && e != speaker) named.insert(static_cast<uint32_t>(e));
    }
    const Span said = !q.cue.empty() ? q.cue : !q.speaker_span.empty() ? q.speaker_span : q.span;
    const auto day = dates(said, q.span).day;
    for (const uint32_t e : named) acc.add(1, static_cast<uint32_t>(speaker), e, {}, {}, day);
  }
}

void events(const Dossier& dossier, uint32_t d, Accumulator& acc) {
  const Document& doc = dossier.documents[d];
  const time::DateFinder dates(doc);
  for (const Event& ev : doc.events) {
    const int32_t source = dossier.entity_of(d, ev.source_mention);
    const int32_t target = dossier.entity_of(d, ev.target_mention);
    if (source < 0 || target < 0 || source == target) continue;
    acc.add(2, static_cast<uint32_t>(source), static_cast<uint32_t>(target), ev.code, ev.label,
            event_date(dates, ev).day);
  }
}

}  // namespace

time::SpanDate event_date(const time::DateFinder& dates, const Event& event) {
  if (!event.date) return dates(event.span);
  time::SpanDate out;
  out.value = event.date->iso();
  out.day = event.date;
  out.source = event.date_basis == EventDateBasis::kArticle ? time::DateSource::kArticle
                                                             : time::DateSource::kTimex;
  out.timex = event.timex;
  return out;
}

std::vector<NetworkEdge> entity_networks(const Dossier& dossier) {
  Accumulator acc;
  for (uint32_t d = 0; d < dossier.documents.size(); ++d) {
    co_mentions(dossier, d, acc);
    quotes(dossier, d, acc);
    events(dossier, d, acc);
  }
  return acc.take();
}

void xml_escape(std::string_view text, std::string& out) {
  for (const char ch : text) {
    const auto u = static_cast<unsigned char>(ch);
    switch (ch) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        // XML 1.0 admits no control characters but tab, line feed and carriage return.
        if (u >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') out += ch;
    }
  }
}

}  // namespace dossier::exports
