#include "events/positions.h"

#include <algorithm>
#include <map>

#include "calibrate/calibration.h"
#include "events/closed_class.h"
#include "events/confidence.h"
#include "events/verb_dictionary.h"
#include "text/fold.h"
#include "util/ascii.h"
#include "util/span_index.h"

namespace dossier::events {
namespace {

constexpr size_t kMaxObjectWords = 12;

bool starts_with_word(std::string_view text, std::string_view word) {
  return text.size() >= word.size() && text::fold_case(text.substr(0, word.size())) == word &&
         (text.size() == word.size() || text[word.size()] == ' ');
}

std::vector<std::string_view> split_words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r')) ++i;
    const size_t b = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\n' && s[i] != '\t' && s[i] != '\r') ++i;
    if (i > b) out.push_back(s.substr(b, i - b));
  }
  return out;
}

// Words that end the object of a stance: the clause goes on to something else.
bool ends_object(std::string_view word) {
  static const char* const kStops[] = {"because", "after", "before", "while", "as",      "unless", "if",
                                       "when",    "until", "since",  "although", "though", "saying",
                                       "according", "whereas", "amid", "despite", "said", "who", "which",
                                       "whose", "whom"};
  const std::string l = text::fold_case(word);
  for (const char* s : kStops) {
    if (l == s) return true;
  }
  return false;
}

std::string strip_edges(std::string_view w) {
  static constexpr std::string_view kMarks = "\"'`()[]{}.,;:!?";
  size_t b = 0, e = w.size();
  while (b < e && kMarks.find(w[b]) != std::string_view::npos) ++b;
  while (e > b && kMarks.find(w[e - 1]) != std::string_view::npos) --e;
  return std::string(w.substr(b, e - b));
}

// What the event's verb governs: the trigger's words after its first ("threatened [to cut off]")
// and the words after it in the clause, cut at a comma or a clause opener, a dozen words at most.
// Words of a modal or intention that leads a trigger ("will hold", "is ready to talk").
bool modal_word(std::string_view w) {
  static const char* const kModal[] = {"will", "would", "shall", "may",     "might",    "could",   "can",
                                       "'ll",  "ready", "prepared", "willing", "going", "about", "set",
                                       "plans", "plan", "planned", "planning", "intends", "intend", "intended",
                                       "committed", "determined", "poised", "eager", "keen", "to", "be", "not"};
  const std::string l = text::fold_case(w);
  return std::any_of(std::begin(kModal), std::end(kModal), [&](const char* m) { return l == m; });
}

// times: the index of doc.times.
std::string object_text(const Document& doc, const util::SpanIndex& times, const Event& e) {
  std::vector<std::string_view> words = split_words(doc.slice(e.trigger));
  bool intention = false;
  if (!words.empty() && modal_word(words.front()) && text::fold_case(words.front()) != "to") {
    // "will hold a rally": the stance ("threatens") takes "to hold a rally".
    while (!words.empty() && modal_word(words.front())) words.erase(words.begin());
    intention = true;
  } else if (!words.empty()) {
    words.erase(words.begin());
  }
  if (e.span.end > e.trigger.end) {
    for (const std::string_view w : split_words(doc.slice({e.trigger.end, e.span.end}))) words.push_back(w);
  }
  // Time expressions say when, not what: "demanded a pay rise on Tuesday".
  const auto in_timex = [&](std::string_view w) {
    const auto begin = static_cast<uint32_t>(w.data() - doc.text.data());
    return times.overlaps_any(Span{begin, begin + static_cast<uint32_t>(w.size())});
  };
  static const char* const kTimePrepositions[] = {"on", "in", "at", "from", "by", "until", "since", "last", "this", "next"};
  std::vector<std::string_view> kept;
  for (size_t i = 0; i < words.size(); ++i) {
    if (in_timex(words[i])) continue;
    const std::string l = text::fold_case(words[i]);
    const bool before_time = i + 1 < words.size() && in_timex(words[i + 1]) &&
                             std::any_of(std::begin(kTimePrepositions), std::end(kTimePrepositions),
                                         [&](const char* p) { return l == p; });
    if (!before_time) kept.push_back(words[i]);
  }
  std::string out = intention && !kept.empty() ? "to" : "";
  size_t n = 0;
  // A statement ends on a word that says something: "demands a pay rise", never "demands a
  // pay rise for the" where the clause was cut.
  size_t last_content = kept.size();
  for (size_t i = 0; i < kept.size(); ++i) {
    if (ends_object(kept[i])) break;
    const std::string clean = text::fold_case(strip_edges(kept[i]));
    constexpr uint32_t kFunction = kDeterminer | kPossessive | kPreposition | kTo | kConjunction | kThat | kRelative |
                                   kSubordinator | kBe | kHave | kDo | kFuture | kPossible | kObligation | kNegation;
    if (!clean.empty() && (word_class(clean) & kFunction) == 0) last_content = i;
    const char last = kept[i].back();
    if (last == ',' || last == ';' || last == ':' || last == '.') break;
  }
  if (last_content == kept.size()) return std::string();
  kept.resize(last_content + 1);
  for (const std::string_view w : kept) {
    if (ends_object(w)) break;
    const std::string clean = strip_edges(w);
    if (!clean.empty()) {
      if (n == kMaxObjectWords) {
        out += " …";
        break;
      }
      out += (out.empty() ? "" : " ") + clean;
      ++n;
    }
    const char last = w.back();
    if (last == ',' || last == ';' || last == ':' || last == '.') break;
  }
  return out;
}

std::string without_article(std::string_view s) {
  for (const std::string_view a : {"the ", "a ", "an "}) {
    if (starts_with_word(s, a.substr(0, a.size() - 1))) return std::string(s.substr(std::min(a.size(), s.size())));
  }
  return std::string(s);
}

}  // namespace

std::string stance_of(std::string_view code, std::string_view trigger, std::string_view object) {
  const std::string t = text::fold_case(trigger);
  const auto starts = [&](std::string_view p) { return t.rfind(p, 0) == 0; };
  switch (root_of(code)) {
    case 2: return "appeals";
    case 3:
      if (starts("agree")) return "agrees";
      if (starts("offer")) return "offers";
      if (starts("promis")) return "promises";
      if (starts("pledg")) return "pledges";
      if (starts("vow")) return "vows";
      return "intends";
    case 5: {
      static const char* const kSupport[] = {"supports", "praises",    "defends",  "rallies support for",
                                             "recognises", "apologises", "forgives", "signs"};
      const int sub = code.size() >= 3 ? code[2] - '0' : 0;
      return sub >= 0 && sub <= 7 ? kSupport[sub] : "supports";
    }
    case 10: return "demands";
    case 12: return starts_with_word(object, "to") ? "refuses" : "rejects";
    case 13: return starts("warn") ? "warns" : "threatens";
    default: return "";
  }
}

namespace {

// The first document of each document's group of near-copies (Dossier::duplicates), so that a
// wire story printed by ten outlets is one piece of evidence, not ten.
std::vector<uint32_t> copy_groups(const Dossier& dossier) {
  std::vector<uint32_t> root(dossier.documents.size());
  for (uint32_t d = 0; d < root.size(); ++d) root[d] = d;
  for (const DuplicateGroup& group : dossier.duplicates) {
    if (group.representative >= root.size()) continue;
    for (const DuplicateCopy& copy : group.copies) {
      if (copy.doc < root.size()) root[copy.doc] = group.representative;
    }
  }
  return root;
}

}  // namespace

std::vector<Position> find_positions(const Dossier& dossier, double min_confidence) {
  std::vector<Position> positions;
  std::map<std::string, size_t> index;  // actor key | stance | object key -> position
  const std::vector<uint32_t> group = copy_groups(dossier);
  for (uint32_t d = 0; d < dossier.documents.size(); ++d) {
    const Document& doc = dossier.documents[d];
    const util::SpanIndex times = util::SpanIndex::of(doc.times, [](const Timex& t) { return t.span; });
    for (uint32_t i = 0; i < doc.events.size(); ++i) {
      const Event& e = doc.events[i];
      if (e.confidence < min_confidence) continue;
      std::string object = object_text(doc, times, e);
      if (object.empty()) object = e.target_text;
      const std::string stance = stance_of(e.code, doc.slice(e.trigger), object);
      if (stance.empty() || object.empty()) continue;
      const int32_t entity = dossier.entity_of(d, e.source_mention);
      std::string actor = entity >= 0 ? dossier.entities[static_cast<size_t>(entity)].name
                                      : without_article(e.source_text);
      if (actor.empty()) continue;
      if (!actor.empty() && actor[0] >= 'a' && actor[0] <= 'z' && entity < 0) {
        actor[0] = util::ascii::to_upper(actor[0]);
      }
      const std::string key = (entity >= 0 ? "e" + std::to_string(entity) : "t" + text::fold_case(actor)) + "|" +
                              stance + "|" + text::fold_case(without_article(object));
      auto [it, added] = index.emplace(key, positions.size());
      if (added) {
        Position p;
        p.actor = actor;
        p.actor_code = e.source_code;
        p.entity = entity;
        p.stance = stance;
        p.object = object;
        p.statement = stance + " " + object;
        positions.push_back(std::move(p));
      }
      std::vector<EventRef>& evidence = positions[it->second].evidence;
      const bool copied = std::any_of(evidence.begin(), evidence.end(),
                                      [&](const EventRef& r) { return group[r.doc] == group[d]; });
      if (!copied) evidence.push_back({d, i});
    }
  }
  std::stable_sort(positions.begin(), positions.end(), [](const Position& a, const Position& b) {
    if (a.evidence.size() != b.evidence.size()) return a.evidence.size() > b.evidence.size();
    return a.actor < b.actor;
  });
  return positions;
}

namespace {

class PositionsStage final : public stage::CorpusStage {
 public:
  explicit PositionsStage(double min_confidence) : min_confidence_(min_confidence) {}
  std::string_view name() const override { return "positions"; }
  stage::CorpusFindings process(const Dossier& corpus, unsigned /*threads*/) const override {
    stage::CorpusFindings findings;
    findings.positions = find_positions(corpus, min_confidence_);
    return findings;
  }

 private:
  double min_confidence_;
};

}  // namespace

std::unique_ptr<const stage::CorpusStage> make_positions_stage(stage::StageContext& context) {
  // The calibration is monotone, so the calibrated image of the raw cut keeps the same events.
  const double min_confidence =
      context.calibrate ? calibrate::calibration_model(context.models)->layer(calibrate::Layer::kEvents).map(kConfidentEvent)
                        : kConfidentEvent;
  return std::make_unique<PositionsStage>(min_confidence);
}

}  // namespace dossier::events
