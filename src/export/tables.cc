// The eight tables of the CSV, JSON Lines and Python exports. Ids are the JSON writer's where it
// has them (E, Q, V by position in the dossier) and the same positional scheme elsewhere (M, R, T,
// C), so one input set analysed by one version gives the same ids every time.
#include <charconv>
#include <cstdio>
#include <cstring>
#include <set>
#include <string>
#include <vector>

#include "dossier/error.h"
#include "dossier/export.h"
#include "export/common.h"
#include "time/date_for.h"
#include "util/utf8.h"

namespace dossier {
namespace {

using exports::opt;
using exports::TableBuilder;

// A float as the double the JSON writer prints for it (six significant digits: 0.8f gives 0.8,
// not 0.800000011920929; a calibrated 0.89842623f gives 0.898426), so every reader sees one value.
double decimal(float value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.6g", static_cast<double>(value));
  double out = 0.0;
  std::from_chars(buffer, buffer + std::strlen(buffer), out);
  return out;
}

std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) {
    if (!out.empty()) out += "; ";
    out += v;
  }
  return out;
}

// Code-point offsets and ids shared by the tables.
class Context {
 public:
  explicit Context(const Dossier& dossier) : dossier_(dossier) {
    offsets_.reserve(dossier.documents.size());
    for (const auto& doc : dossier.documents) offsets_.emplace_back(doc.text);
  }
  const Dossier& dossier() const { return dossier_; }
  int64_t at(uint32_t doc, uint32_t byte) const { return offsets_[doc].to_code_point(byte); }
  Cell entity(uint32_t doc, int32_t mention) const {
    const int32_t e = dossier_.entity_of(doc, mention);
    return e >= 0 ? Cell(dossier_.entities[static_cast<size_t>(e)].id) : Cell();
  }
  // doc, start, end, text of a span.
  void span(std::vector<Cell>& row, uint32_t doc, Span s) const {
    row.emplace_back(dossier_.documents[doc].id);
    row.emplace_back(at(doc, s.begin));
    row.emplace_back(at(doc, s.end));
    row.emplace_back(std::string(dossier_.documents[doc].slice(s)));
  }
  static void date(std::vector<Cell>& row, const time::SpanDate& d) {
    row.push_back(d.day ? Cell(d.day->iso()) : Cell());
    row.emplace_back(std::string(time::to_string(d.source)));
  }

 private:
  const Dossier& dossier_;
  std::vector<util::CodePointIndex> offsets_;
};

Table documents(const Context& c) {
  TableBuilder t("documents", {"id", "path", "title", "source", "url", "date", "date_basis",
                               "dateline", "language", "authors", "sentences", "tokens", "characters"});
  for (uint32_t d = 0; d < c.dossier().documents.size(); ++d) {
    const Document& doc = c.dossier().documents[d];
    const ArticleMeta& m = doc.meta;
    t.add({doc.id, doc.path, opt(m.title), opt(m.source), opt(m.url),
           m.date ? Cell(m.date->iso()) : Cell(), std::string(to_string(m.date_basis)),
           opt(m.dateline), m.language, opt(joined(m.authors)),
           static_cast<int64_t>(doc.sentences.size()), static_cast<int64_t>(doc.tokens.size()),
           c.at(d, static_cast<uint32_t>(doc.text.size()))});
  }
  return t.take();
}

Table entities(const Context& c) {
  TableBuilder t("entities", {"id", "name", "type", "country", "aliases", "mentions", "documents",
                              "roles"});
  for (const Entity& e : c.dossier().entities) {
    std::set<uint32_t> docs;
    for (const MentionRef& ref : e.mentions) docs.insert(ref.doc);
    t.add({e.id, e.name, std::string(to_string(e.type)), opt(e.country), joined(e.aliases),
           static_cast<int64_t>(e.mentions.size()), static_cast<int64_t>(docs.size()),
           static_cast<int64_t>(e.roles.size())});
  }
  return t.take();
}

Table mentions(const Context& c) {
  TableBuilder t("mentions", {"id", "entity", "doc", "start", "end", "text", "type", "kind",
                              "sentence", "confidence"});
  static constexpr std::string_view kKinds[] = {"name", "nominal", "pronoun"};
  int64_t next = 1;
  for (uint32_t d = 0; d < c.dossier().documents.size(); ++d) {
    const Document& doc = c.dossier().documents[d];
    for (size_t i = 0; i < doc.mentions.size(); ++i) {
      const Mention& m = doc.mentions[i];
      std::vector<Cell> row{"M" + std::to_string(next++), c.entity(d, static_cast<int32_t>(i))};
      c.span(row, d, m.span);
      row.emplace_back(std::string(to_string(m.type)));
      row.emplace_back(std::string(kKinds[static_cast<int>(m.kind)]));
      row.emplace_back(static_cast<int64_t>(doc.sentence_at(m.span.begin)));
      row.emplace_back(decimal(m.confidence));
      t.add(std::move(row));
    }
  }
  return t.take();
}

Table roles(const Context& c) {
  TableBuilder t("roles", {"id", "entity", "doc", "start", "end", "text", "title", "status", "org",
                           "date", "date_basis"});
  int64_t next = 1;
  for (uint32_t d = 0; d < c.dossier().documents.size(); ++d) {
    const Document& doc = c.dossier().documents[d];
    const time::DateFinder dates(doc);
    for (const RoleClaim& r : doc.roles) {
      std::vector<Cell> row{"R" + std::to_string(next++),
                            c.entity(d, static_cast<int32_t>(r.holder))};
      c.span(row, d, r.span);
      row.emplace_back(r.title);
      row.emplace_back(std::string(to_string(r.status)));
      row.push_back(opt(r.org));
      Context::date(row, dates(r.span));
      t.add(std::move(row));
    }
  }
  return t.take();
}

Table quotes(const Context& c) {
  TableBuilder t("quotes", {"id", "doc", "start", "end", "text", "kind", "speaker", "speaker_text",
                            "cue", "date", "date_basis"});
  int64_t next = 1;
  for (uint32_t d = 0; d < c.dossier().documents.size(); ++d) {
    const Document& doc = c.dossier().documents[d];
    const time::DateFinder dates(doc);
    for (const Quote& q : doc.quotes) {
      std::vector<Cell> row{"Q" + std::to_string(next++)};
      c.span(row, d, q.span);
      row.emplace_back(std::string(to_string(q.kind)));
      row.push_back(c.entity(d, q.speaker_mention));
      row.push_back(opt(q.speaker_text));
      row.push_back(opt(doc.slice(q.cue)));
      // When it was said: the reporting clause's time, as the JSON writer dates it.
      const Span said = !q.cue.empty() ? q.cue : !q.speaker_span.empty() ? q.speaker_span : q.span;
      Context::date(row, dates(said, q.span));
      t.add(std::move(row));
    }
  }
  return t.take();
}

Table events(const Context& c) {
  TableBuilder t("events", {"id", "doc", "start", "end", "text", "code", "label", "quad_class",
                            "goldstein", "source", "source_text", "source_code", "target",
                            "target_text", "target_code", "place", "trigger", "date",
                            "date_basis", "plover_type", "plover_mode"});
  int64_t next = 1;
  for (uint32_t d = 0; d < c.dossier().documents.size(); ++d) {
    const Document& doc = c.dossier().documents[d];
    const time::DateFinder dates(doc);
    for (const Event& e : doc.events) {
      std::vector<Cell> row{"V" + std::to_string(next++)};
      c.span(row, d, e.span);
      row.emplace_back(e.code);
      row.emplace_back(e.label);
      row.emplace_back(static_cast<int64_t>(e.quad_class));
      row.emplace_back(e.goldstein);
      const auto actor = [&](int32_t mention, const std::string& text, const std::string& code) {
        row.push_back(c.entity(d, mention));
        const bool has = mention >= 0 && static_cast<size_t>(mention) < doc.mentions.size();
        row.push_back(opt(has ? doc.slice(doc.mentions[static_cast<size_t>(mention)].span)
                              : std::string_view(text)));
        row.push_back(opt(code));
      };
      actor(e.source_mention, e.source_text, e.source_code);
      actor(e.target_mention, e.target_text, e.target_code);
      row.push_back(c.entity(d, e.place_mention));
      row.push_back(opt(doc.slice(e.trigger)));
      Context::date(row, exports::event_date(dates, e));
      const auto plover = plover_type(e.code);
      row.push_back(plover ? Cell(plover->category) : Cell());
      row.push_back(plover ? opt(plover->mode) : Cell());
      t.add(std::move(row));
    }
  }
  return t.take();
}

Table times(const Context& c) {
  TableBuilder t("times", {"id", "doc", "start", "end", "text", "type", "value", "mod", "day"});
  int64_t next = 1;
  for (uint32_t d = 0; d < c.dossier().documents.size(); ++d) {
    for (const Timex& x : c.dossier().documents[d].times) {
      std::vector<Cell> row{"T" + std::to_string(next++)};
      c.span(row, d, x.span);
      row.emplace_back(std::string(to_string(x.type)));
      row.emplace_back(x.value);
      row.push_back(opt(x.mod));
      row.push_back(x.day ? Cell(x.day->iso()) : Cell());
      t.add(std::move(row));
    }
  }
  return t.take();
}

// One row per claim: a conflict's rows share its id.
Table conflicts(const Context& c) {
  TableBuilder t("conflicts", {"id", "claim", "entity", "attribute", "severity", "explanation",
                               "value", "doc", "start", "end", "text"});
  int64_t next = 1;
  for (const Conflict& conflict : c.dossier().conflicts) {
    const std::string id = "C" + std::to_string(next++);
    int64_t claim = 1;
    for (const Claim& cl : conflict.claims) {
      std::vector<Cell> row{
          id, claim++,
          conflict.entity >= 0 ? Cell(c.dossier().entities[static_cast<size_t>(conflict.entity)].id)
                               : Cell(),
          conflict.attribute, conflict.severity, conflict.explanation, cl.value};
      c.span(row, cl.passage.doc, cl.passage.span);
      t.add(std::move(row));
    }
  }
  return t.take();
}

}  // namespace

const std::vector<std::string>& table_names() {
  static const std::vector<std::string> kNames = {"documents", "entities", "mentions", "roles",
                                                  "quotes",    "events",   "times",    "conflicts"};
  return kNames;
}

Table make_table(const Dossier& dossier, std::string_view name) {
  const Context c(dossier);
  if (name == "documents") return documents(c);
  if (name == "entities") return entities(c);
  if (name == "mentions") return mentions(c);
  if (name == "roles") return roles(c);
  if (name == "quotes") return quotes(c);
  if (name == "events") return events(c);
  if (name == "times") return times(c);
  if (name == "conflicts") return conflicts(c);
  throw UsageError("unknown table '" + std::string(name) + "' (known: " + joined(table_names()) + ")");
}

}  // namespace dossier
