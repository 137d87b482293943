// dossier JSON schema v2 (docs/schema.md). One function per top-level array.
#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "dossier/version.h"
#include "dossier/writers.h"
#include "report/coverage.h"
#include "report/json_stream.h"
#include "time/date_for.h"
#include "util/utf8.h"

namespace dossier {
namespace {

using report::JsonStream;

// Converts a dossier's byte spans into code-point offsets, one index per document.
class Offsets {
 public:
  explicit Offsets(const Dossier& dossier) {
    indexes_.reserve(dossier.documents.size());
    for (const auto& doc : dossier.documents) indexes_.emplace_back(doc.text);
  }
  uint32_t at(uint32_t doc, uint32_t byte) const { return indexes_[doc].to_code_point(byte); }

 private:
  std::vector<util::CodePointIndex> indexes_;
};

struct Context {
  const Dossier& dossier;
  const Offsets& offsets;
  JsonStream& json;
  const std::vector<time::DateFinder>& dates;  // per document: the date of a span (time::date_for)

  const std::string& doc_id(uint32_t doc) const { return dossier.documents[doc].id; }
  // "doc", "start", "end" and "text" of a span of a document.
  void span_fields(uint32_t doc, Span span) const {
    json.field("doc", doc_id(doc));
    json.field("start", offsets.at(doc, span.begin));
    json.field("end", offsets.at(doc, span.end));
    json.field("text", dossier.documents[doc].slice(span));
  }
  void entity_or_null(std::string_view name, uint32_t doc, int32_t mention) const {
    const int32_t entity = dossier.entity_of(doc, mention);
    json.key(name);
    if (entity >= 0) {
      json.value(dossier.entities[static_cast<size_t>(entity)].id);
    } else {
      json.null();
    }
  }
};

void optional_string(JsonStream& json, std::string_view name, std::string_view value) {
  json.key(name);
  if (value.empty()) {
    json.null();
  } else {
    json.value(value);
  }
}

// "date" (a calendar value or null) and "date_basis" ("timex", "article", "none") of a span.
// `date` is always a day or null; a coarser calendar value ("2023-03") goes in `date_value`.
void date_fields(JsonStream& json, const time::SpanDate& date) {
  optional_string(json, "date", date.day ? date.day->iso() : std::string());
  json.field("date_basis", time::to_string(date.source));
  optional_string(json, "date_value", date.value);
}

void write_documents(const Context& c) {
  auto& json = c.json;
  json.key("documents").begin_array();
  for (uint32_t i = 0; i < c.dossier.documents.size(); ++i) {
    const Document& doc = c.dossier.documents[i];
    const ArticleMeta& meta = doc.meta;
    json.begin_object();
    json.field("id", doc.id);
    json.field("path", doc.path);
    optional_string(json, "title", meta.title);
    json.key("authors").begin_array();
    for (const auto& author : meta.authors) json.value(author);
    json.end_array();
    optional_string(json, "source", meta.source);
    optional_string(json, "dateline", meta.dateline);
    json.key("date");
    if (meta.date) {
      json.value(meta.date->iso());
    } else {
      json.null();
    }
    json.field("date_basis", to_string(meta.date_basis));
    optional_string(json, "date_evidence", meta.date_evidence);
    optional_string(json, "url", meta.url);
    json.field("language", meta.language);
    json.key("headers").begin_array();
    for (const auto& header : meta.header_spans) {
      json.begin_object();
      static constexpr std::string_view kKinds[] = {"body",      "headline", "byline", "dateline",
                                                    "date_line", "subhead",  "header"};
      json.field("kind", kKinds[static_cast<int>(header.kind)]);
      json.field("start", c.offsets.at(i, header.span.begin));
      json.field("end", c.offsets.at(i, header.span.end));
      json.field("text", doc.slice(header.span));
      json.end_object();
    }
    json.end_array();
    json.field("sentences", static_cast<uint64_t>(doc.sentences.size()));
    json.field("tokens", static_cast<uint64_t>(doc.tokens.size()));
    json.field("text", doc.text);
    json.end_object();
  }
  json.end_array();
}

void write_entities(const Context& c) {
  auto& json = c.json;
  json.key("entities").begin_array();
  for (const Entity& entity : c.dossier.entities) {
    json.begin_object();
    json.field("id", entity.id);
    json.field("name", entity.name);
    json.field("type", to_string(entity.type));
    optional_string(json, "country", entity.country);
    json.field("confidence", static_cast<double>(entity.confidence));
    json.key("aliases").begin_array();
    for (const auto& alias : entity.aliases) json.value(alias);
    json.end_array();
    json.key("mentions").begin_array();
    for (const MentionRef& ref : entity.mentions) {
      const Mention& m = c.dossier.documents[ref.doc].mentions[ref.mention];
      json.begin_object();
      c.span_fields(ref.doc, m.span);
      static constexpr std::string_view kKinds[] = {"name", "nominal", "pronoun"};
      json.field("kind", kKinds[static_cast<int>(m.kind)]);
      json.field("type_confidence", static_cast<double>(m.confidence));
      const Document& doc = c.dossier.documents[ref.doc];
      const float chain = m.chain >= 0 && static_cast<size_t>(m.chain) < doc.chains.size()
                              ? doc.chains[static_cast<size_t>(m.chain)].confidence
                              : 1.0f;
      json.field("confidence", static_cast<double>(std::min(m.link_confidence, chain)));
      json.end_object();
    }
    json.end_array();
    json.key("roles").begin_array();
    for (const RoleRef& ref : entity.roles) {
      const RoleClaim& role = c.dossier.documents[ref.doc].roles[ref.role];
      json.begin_object();
      json.field("title", role.title);
      json.field("status", to_string(role.status));
      optional_string(json, "org", role.org);
      json.field("confidence", static_cast<double>(role.confidence));
      c.span_fields(ref.doc, role.span);
      date_fields(json, c.dates[ref.doc](role.span));
      json.end_object();
    }
    json.end_array();
    json.end_object();
  }
  json.end_array();
}

// A quote's pieces (when its attribution splits it), its unnamed-source group ("G<doc>.<n>",
// shared by the quotes of one unnamed source in a document) and the quote it continues.
void write_quote_links(const Context& c, uint32_t d, const Quote& quote, size_t first_id) {
  auto& json = c.json;
  if (!quote.parts.empty()) {
    json.key("parts").begin_array();
    for (const Span part : quote.parts) {
      json.begin_object();
      json.field("start", c.offsets.at(d, part.begin));
      json.field("end", c.offsets.at(d, part.end));
      json.field("text", c.dossier.documents[d].slice(part));
      json.end_object();
    }
    json.end_array();
  }
  json.key("source_group");
  if (quote.source_group >= 0) {
    json.value("G" + std::to_string(d + 1) + "." + std::to_string(quote.source_group + 1));
  } else {
    json.null();
  }
  json.key("continues");
  if (quote.continues >= 0 && static_cast<size_t>(quote.continues) < c.dossier.documents[d].quotes.size()) {
    json.value("Q" + std::to_string(first_id + static_cast<size_t>(quote.continues)));
  } else {
    json.null();
  }
}

// "cue" (its words or null) and, when there is one, "cue_start" and "cue_end".
void cue_fields(const Context& c, uint32_t d, Span cue) {
  optional_string(c.json, "cue", c.dossier.documents[d].slice(cue));
  if (cue.empty()) return;
  c.json.field("cue_start", c.offsets.at(d, cue.begin));
  c.json.field("cue_end", c.offsets.at(d, cue.end));
}

// A probability to three decimals: more digits claim a precision the calibration lacks.
double rounded(float probability) { return std::round(static_cast<double>(probability) * 1000.0) / 1000.0; }

void write_quotes(const Context& c) {
  auto& json = c.json;
  json.key("quotes").begin_array();
  size_t first_id = 1;
  for (uint32_t d = 0; d < c.dossier.documents.size(); ++d) {
    const Document& doc = c.dossier.documents[d];
    for (size_t q = 0; q < doc.quotes.size(); ++q) {
      const Quote& quote = doc.quotes[q];
      json.begin_object();
      json.field("id", "Q" + std::to_string(first_id + q));
      c.span_fields(d, quote.span);
      json.field("kind", to_string(quote.kind));
      c.entity_or_null("speaker", d, quote.speaker_mention);
      optional_string(json, "speaker_text", quote.speaker_text);
      cue_fields(c, d, quote.cue);
      if (!quote.speaker_span.empty()) {
        json.field("speaker_start", c.offsets.at(d, quote.speaker_span.begin));
        json.field("speaker_end", c.offsets.at(d, quote.speaker_span.end));
      }
      // When it was said: the time of the reporting clause, not of the quoted words.
      const Span said = !quote.cue.empty() ? quote.cue : !quote.speaker_span.empty() ? quote.speaker_span : quote.span;
      date_fields(json, c.dates[d](said, quote.span));
      write_quote_links(c, d, quote, first_id);
      json.field("confidence", rounded(quote.confidence));
      json.field("speaker_confidence", rounded(quote.speaker_confidence));
      json.end_object();
    }
    first_id += doc.quotes.size();
  }
  json.end_array();
}

// Beliefs and intentions attributed to an actor: apart from the quotes, never counted as speech.
void write_attributions(const Context& c) {
  auto& json = c.json;
  json.key("attributions").begin_array();
  size_t id = 1;
  for (uint32_t d = 0; d < c.dossier.documents.size(); ++d) {
    const Document& doc = c.dossier.documents[d];
    for (const Attribution& a : doc.attributions) {
      json.begin_object();
      json.field("id", "A" + std::to_string(id++));
      c.span_fields(d, a.span);
      json.field("kind", to_string(a.kind));
      c.entity_or_null("holder", d, a.holder_mention);
      optional_string(json, "holder_text", doc.slice(a.holder_span));
      cue_fields(c, d, a.cue);
      json.field("confidence", rounded(a.confidence));
      json.end_object();
    }
  }
  json.end_array();
}

void write_times(const Context& c) {
  auto& json = c.json;
  json.key("times").begin_array();
  for (uint32_t d = 0; d < c.dossier.documents.size(); ++d) {
    for (const Timex& timex : c.dossier.documents[d].times) {
      json.begin_object();
      c.span_fields(d, timex.span);
      json.field("type", to_string(timex.type));
      json.field("value", timex.value);
      optional_string(json, "mod", timex.mod);
      json.field("confidence", timex.confidence);
      json.end_object();
    }
  }
  json.end_array();
}

void write_events(const Context& c) {
  auto& json = c.json;
  json.key("events").begin_array();
  size_t next_id = 1;
  for (uint32_t d = 0; d < c.dossier.documents.size(); ++d) {
    const Document& doc = c.dossier.documents[d];
    for (const Event& event : doc.events) {
      json.begin_object();
      json.field("id", "V" + std::to_string(next_id++));
      json.field("code", event.code);
      json.field("label", event.label);
      // An actor is its entity id when resolved, else its words (police, protesters are actors
      // without being named entities); the words are also kept in *_text.
      const auto actor = [&](std::string_view name, int32_t mention, const std::string& text) {
        const bool has_mention = mention >= 0 && static_cast<size_t>(mention) < doc.mentions.size();
        const std::string_view words =
            has_mention ? doc.slice(doc.mentions[static_cast<size_t>(mention)].span)
                        : std::string_view(text);
        const int32_t entity = c.dossier.entity_of(d, mention);
        json.key(name);
        if (entity >= 0) {
          json.value(c.dossier.entities[static_cast<size_t>(entity)].id);
        } else if (!words.empty()) {
          json.value(words);
        } else {
          json.null();
        }
        optional_string(json, std::string(name) + "_text", words);
      };
      actor("source", event.source_mention, event.source_text);
      actor("target", event.target_mention, event.target_text);
      c.entity_or_null("place", d, event.place_mention);
      if (event.date) {
        json.field("date", event.date->iso());
        json.field("date_basis", event.date_basis == EventDateBasis::kArticle ? "article" : "timex");
        optional_string(json, "date_value", event.date->iso());
      } else if (event.date_basis == EventDateBasis::kNone) {
        // The coder found no day for it (events/coder.h: an act of some time ago, no date of its own).
        date_fields(json, time::SpanDate{});
      } else {
        date_fields(json, c.dates[d](event.span));
      }
      c.span_fields(d, event.span);
      json.field("trigger", doc.slice(event.trigger));
      json.field("trigger_start", c.offsets.at(d, event.trigger.begin));
      json.field("trigger_end", c.offsets.at(d, event.trigger.end));
      json.field("quad_class", event.quad_class);
      json.field("goldstein", event.goldstein);
      json.field("confidence", event.confidence);
      optional_string(json, "source_code", event.source_code);
      optional_string(json, "target_code", event.target_code);
      json.end_object();
    }
  }
  json.end_array();
}

// What each actor demands, pledges, supports, rejects or threatens (events/positions.h), with the
// events and passages that show it.
void write_positions(const Context& c) {
  auto& json = c.json;
  std::vector<size_t> first_event(c.dossier.documents.size() + 1, 0);  // "V" ids as write_events gives them
  for (size_t d = 0; d < c.dossier.documents.size(); ++d) {
    first_event[d + 1] = first_event[d] + c.dossier.documents[d].events.size();
  }
  json.key("positions").begin_array();
  for (const Position& p : c.dossier.positions) {
    json.begin_object();
    json.field("actor", p.actor);
    optional_string(json, "actor_code", p.actor_code);
    json.key("entity");
    if (p.entity >= 0) {
      json.value(c.dossier.entities[static_cast<size_t>(p.entity)].id);
    } else {
      json.null();
    }
    json.field("stance", p.stance);
    json.field("object", p.object);
    json.field("statement", p.statement);
    json.key("evidence").begin_array();
    for (const EventRef& ref : p.evidence) {
      const Event& event = c.dossier.documents[ref.doc].events[ref.event];
      json.begin_object();
      json.field("event", "V" + std::to_string(first_event[ref.doc] + ref.event + 1));
      c.span_fields(ref.doc, event.span);
      json.end_object();
    }
    json.end_array();
    json.end_object();
  }
  json.end_array();
}

void write_stories(const Context& c) {
  auto& json = c.json;
  json.key("stories").begin_array();
  for (const Story& story : c.dossier.stories) {
    json.begin_object();
    json.field("id", story.id);
    json.field("label", story.label);
    json.key("documents").begin_array();
    for (uint32_t d : story.documents) json.value(c.doc_id(d));
    json.end_array();
    json.key("summary").begin_array();
    for (const Passage& p : story.summary) {
      json.begin_object();
      c.span_fields(p.doc, p.span);
      json.end_object();
    }
    json.end_array();
    json.key("events").begin_array();
    for (const auto& group : story.events) {
      json.begin_array();
      for (uint32_t d : group) json.value(c.doc_id(d));
      json.end_array();
    }
    json.end_array();
    json.end_object();
  }
  json.end_array();
}

void write_duplicates(const Context& c) {
  auto& json = c.json;
  json.key("duplicates").begin_array();
  for (const DuplicateGroup& group : c.dossier.duplicates) {
    json.begin_object();
    json.field("representative", c.doc_id(group.representative));
    json.key("copies").begin_array();
    for (const DuplicateCopy& copy : group.copies) {
      json.begin_object();
      json.field("doc", c.doc_id(copy.doc));
      json.field("similarity", copy.similarity);
      json.end_object();
    }
    json.end_array();
    json.end_object();
  }
  json.end_array();
}

void write_conflicts(const Context& c) {
  auto& json = c.json;
  json.key("conflicts").begin_array();
  for (const Conflict& conflict : c.dossier.conflicts) {
    json.begin_object();
    json.key("entity");
    if (conflict.entity >= 0) {
      json.value(c.dossier.entities[static_cast<size_t>(conflict.entity)].id);
    } else {
      json.null();
    }
    json.field("attribute", conflict.attribute);
    json.key("claims").begin_array();
    for (const Claim& claim : conflict.claims) {
      json.begin_object();
      json.field("value", claim.value);
      c.span_fields(claim.passage.doc, claim.passage.span);
      json.end_object();
    }
    json.end_array();
    json.field("explanation", conflict.explanation);
    json.field("severity", conflict.severity);
    json.end_object();
  }
  json.end_array();
}

void write_diagnostics(const Context& c) {
  auto& json = c.json;
  json.key("diagnostics").begin_array();
  std::vector<Diagnostic> all = c.dossier.diagnostics;
  for (auto& note : report::coverage_notes(c.dossier)) all.push_back(std::move(note));
  for (const Diagnostic& d : all) {
    json.begin_object();
    json.field("severity", d.severity == Diagnostic::Severity::kError ? "error" : "warning");
    json.field("file", d.file);
    if (d.line > 0) json.field("line", d.line);
    json.field("message", d.message);
    json.end_object();
  }
  json.end_array();
}

void write_threshold(JsonStream& json, std::string_view layer, std::optional<float> threshold) {
  json.key(layer);
  // Thresholds are chosen to three decimals; a float's tail would only look like precision.
  if (threshold) json.value(rounded(*threshold));
  else json.null();
}

void write_confident_from(const Context& c) {
  const ConfidenceThresholds& t = c.dossier.confident_from;
  auto& json = c.json;
  json.key("confident_from").begin_object();
  write_threshold(json, "mentions", t.mentions);
  write_threshold(json, "roles", t.roles);
  write_threshold(json, "speech", t.speech);
  write_threshold(json, "speakers", t.speakers);
  write_threshold(json, "events", t.events);
  write_threshold(json, "times", t.times);
  json.end_object();
}

}  // namespace

void write_json(const Dossier& dossier, std::ostream& out) { write_json(dossier, out, true); }

void write_json(const Dossier& dossier, std::ostream& out, bool pretty) {
  write_json(dossier, out, pretty, false);
}

void write_json(const Dossier& dossier, std::ostream& out, bool pretty, bool attributions) {
  const Offsets offsets(dossier);
  JsonStream json(out, pretty);
  std::vector<time::DateFinder> dates;
  dates.reserve(dossier.documents.size());
  for (const Document& doc : dossier.documents) dates.emplace_back(doc);
  const Context context{dossier, offsets, json, dates};
  json.begin_object();
  json.field("schema_version", kSchemaVersion);
  json.field("generator", "dossier " + std::string(version()));
  write_documents(context);
  write_entities(context);
  write_quotes(context);
  if (attributions) write_attributions(context);
  write_times(context);
  write_events(context);
  write_positions(context);
  write_stories(context);
  write_duplicates(context);
  write_conflicts(context);
  write_diagnostics(context);
  write_confident_from(context);
  json.end_object();
}

}  // namespace dossier
