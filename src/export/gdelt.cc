// The GDELT-style event table (column names and meanings of the GDELT 1.0/2.0 event codebook
// where dossier has the value; PLOVER and provenance columns added at the end) and the
// CAMEO -> PLOVER map compiled from CAMEO2PLOVER-2021.txt by scripts/plover-table.
#include <algorithm>
#include <iterator>
#include <string>

#include "dossier/export.h"
#include "export/common.h"

namespace dossier {
namespace {

struct PloverRow {
  std::string_view code, category, mode, context;
};
constexpr PloverRow kPlover[] = {
#include "export/plover_table.inc"
};

// A TSV field: tabs and line breaks become spaces, so every event stays on one line.
std::string field(std::string_view text) {
  std::string out(text);
  std::replace_if(out.begin(), out.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
  return out;
}

struct Actor {
  std::string code, name, country, type;
};

Actor actor_of(const Dossier& dossier, uint32_t d, int32_t mention, const std::string& text,
               const std::string& code) {
  const Document& doc = dossier.documents[d];
  Actor a;
  a.code = code;
  const int32_t e = dossier.entity_of(d, mention);
  if (e >= 0) {
    const Entity& entity = dossier.entities[static_cast<size_t>(e)];
    a.name = entity.name;
    a.country = entity.country;
    a.type = to_string(entity.type);
  } else if (mention >= 0 && static_cast<size_t>(mention) < doc.mentions.size()) {
    a.name = doc.slice(doc.mentions[static_cast<size_t>(mention)].span);
  } else {
    a.name = text;
  }
  return a;
}

}  // namespace

std::optional<PloverType> plover_type(std::string_view cameo_code) {
  for (size_t n = std::min<size_t>(cameo_code.size(), 4); n >= 2; --n) {
    const std::string_view prefix = cameo_code.substr(0, n);
    const auto it = std::lower_bound(std::begin(kPlover), std::end(kPlover), prefix,
                                     [](const PloverRow& row, std::string_view key) { return row.code < key; });
    if (it != std::end(kPlover) && it->code == prefix) {
      return PloverType{std::string(it->category), std::string(it->mode), std::string(it->context)};
    }
  }
  return std::nullopt;
}

void write_gdelt(const Dossier& dossier, std::ostream& out) {
  out << "GLOBALEVENTID\tSQLDATE\tActor1Code\tActor1Name\tActor1CountryCode\tActor1Type\t"
         "Actor2Code\tActor2Name\tActor2CountryCode\tActor2Type\tIsRootEvent\tEventCode\t"
         "EventBaseCode\tEventRootCode\tQuadClass\tGoldsteinScale\tNumMentions\tNumSources\t"
         "NumArticles\tActionGeo_FullName\tActionGeo_CountryCode\tSOURCEURL\tDocumentId\t"
         "EventLabel\tPloverType\tPloverMode\tPloverContext\tDateBasis\tEventText\n";
  size_t next = 1;
  for (uint32_t d = 0; d < dossier.documents.size(); ++d) {
    const Document& doc = dossier.documents[d];
    // GDELT's IsRootEvent marks events of the lead paragraph; here, of the first body sentence.
    int32_t lead = -1;
    for (size_t s = 0; s < doc.sentences.size() && lead < 0; ++s) {
      if (doc.is_body(doc.sentences[s])) lead = static_cast<int32_t>(s);
    }
    const time::DateFinder dates(doc);
    for (const Event& ev : doc.events) {
      const auto date = exports::event_date(dates, ev);
      std::string sqldate;
      if (date.day) {
        sqldate = date.day->iso();
        sqldate.erase(std::remove(sqldate.begin(), sqldate.end(), '-'), sqldate.end());
      }
      const Actor a1 = actor_of(dossier, d, ev.source_mention, ev.source_text, ev.source_code);
      const Actor a2 = actor_of(dossier, d, ev.target_mention, ev.target_text, ev.target_code);
      const int32_t place = dossier.entity_of(d, ev.place_mention);
      const Entity* where = place >= 0 ? &dossier.entities[static_cast<size_t>(place)] : nullptr;
      const auto plover = plover_type(ev.code);
      out << "V" << next++ << '\t' << sqldate << '\t' << field(a1.code) << '\t' << field(a1.name)
          << '\t' << a1.country << '\t' << a1.type << '\t' << field(a2.code) << '\t'
          << field(a2.name) << '\t' << a2.country << '\t' << a2.type << '\t'
          << (lead >= 0 && doc.sentence_at(ev.span.begin) == lead ? 1 : 0) << '\t' << ev.code
          << '\t' << ev.code.substr(0, 3) << '\t' << ev.code.substr(0, 2) << '\t'
          << ev.quad_class << '\t' << ev.goldstein << "\t1\t1\t1\t"
          << (where ? field(where->name) : "") << '\t' << (where ? where->country : "") << '\t'
          << field(doc.meta.url.empty() ? doc.path : doc.meta.url) << '\t' << field(doc.id) << '\t'
          << field(ev.label) << '\t' << (plover ? plover->category : "") << '\t'
          << (plover ? plover->mode : "") << '\t' << (plover ? plover->context : "") << '\t'
          << time::to_string(date.source) << '\t' << field(doc.slice(ev.span)) << '\n';
    }
  }
}

}  // namespace dossier
