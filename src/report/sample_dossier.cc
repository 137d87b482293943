#include "report/sample_dossier.h"

#include <stdexcept>
#include <string>

namespace dossier::report::testing {

Span find_span(std::string_view text, std::string_view needle, int nth) {
  size_t at = text.find(needle);
  for (int i = 0; i < nth && at != std::string_view::npos; ++i) at = text.find(needle, at + 1);
  if (at == std::string_view::npos) throw std::logic_error("not in text: " + std::string(needle));
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

namespace {

// Builds layers on one document with spans found by their words.
class Builder {
 public:
  explicit Builder(Document& doc) : doc_(doc) {}
  Span at(std::string_view words, int nth = 0) const { return find_span(doc_.text, words, nth); }

  uint32_t mention(std::string_view words, int nth, EntityType type, int32_t chain,
                   MentionKind kind = MentionKind::kName) {
    Mention m;
    m.span = at(words, nth);
    m.type = type;
    m.kind = kind;
    m.chain = chain;
    doc_.mentions.push_back(m);
    return static_cast<uint32_t>(doc_.mentions.size() - 1);
  }
  void chain(EntityType type, std::string name, std::vector<uint32_t> mentions) {
    doc_.chains.push_back({type, std::move(name), std::move(mentions)});
  }
  void role(std::string_view words, uint32_t holder, std::string title, RoleStatus status,
            std::string org) {
    RoleClaim r;
    r.span = at(words);
    r.holder = holder;
    r.title = std::move(title);
    r.status = status;
    r.org = std::move(org);
    doc_.roles.push_back(r);
  }
  void time(std::string_view words, std::string value, std::optional<CivilDate> day,
            int nth = 0) {
    Timex t;
    t.span = at(words, nth);
    t.value = std::move(value);
    t.day = day;
    doc_.times.push_back(t);
  }
  void header(std::string_view words, BlockKind kind) {
    doc_.meta.header_spans.push_back({at(words), kind});
  }
  void sentence(std::string_view words) {
    Sentence s;
    s.span = at(words);
    doc_.sentences.push_back(s);
  }

 private:
  Document& doc_;
};

Quote make_quote(const Document& doc, std::string_view words, QuoteKind kind, int32_t speaker,
                 std::string speaker_text) {
  Quote q;
  q.span = find_span(doc.text, words);
  q.kind = kind;
  q.speaker_mention = speaker;
  q.speaker_text = std::move(speaker_text);
  return q;
}

Document wire_story() {
  Document doc;
  doc.id = "mpa-1";
  doc.path = "feeds/mpa-1.txt";
  doc.text =
      "Dam burst floods villages in Lešna <north> & Orlje 🌊\n"
      "By Petra Lind\n"
      "Friday, 7 November 2025\n\n"
      "LEŠNA, Valdoria (MPA) — Finance Minister Teodor Halvašić said on Thursday that a fund had "
      "been released. “Nobody will pay alone,” Halvašić told the broadcaster. “The number of dead "
      "will rise.”\n\n"
      "Former prime minister Ilona Marek said she would give evidence.\n";
  doc.meta.title = "Dam burst floods villages in Lešna <north> & Orlje 🌊";
  doc.meta.authors = {"Petra Lind"};
  doc.meta.source = "Meridian Press Agency";
  doc.meta.dateline = "LEŠNA";
  doc.meta.date = CivilDate{2025, 11, 7};
  doc.meta.date_basis = DateBasis::kText;
  doc.meta.date_evidence = "Friday, 7 November 2025";
  Builder b(doc);
  b.header("Dam burst floods villages in Lešna <north> & Orlje 🌊", BlockKind::kHeadline);
  b.header("By Petra Lind", BlockKind::kByline);
  b.header("Friday, 7 November 2025", BlockKind::kDateLine);
  b.header("LEŠNA, Valdoria (MPA) —", BlockKind::kDateline);
  b.sentence("Finance Minister Teodor Halvašić said on Thursday that a fund had been released.");
  b.sentence("“Nobody will pay alone,” Halvašić told the broadcaster.");
  b.sentence("Former prime minister Ilona Marek said she would give evidence.");
  const auto lesna = b.mention("Lešna", 0, EntityType::kGpe, 0);
  const auto orlje = b.mention("Orlje", 0, EntityType::kGpe, 1);
  const auto lesna_caps = b.mention("LEŠNA", 0, EntityType::kGpe, 0);
  const auto valdoria = b.mention("Valdoria", 0, EntityType::kGpe, 2);
  const auto halvasic = b.mention("Teodor Halvašić", 0, EntityType::kPerson, 3);
  const auto surname = b.mention("Halvašić", 1, EntityType::kPerson, 3);
  const auto marek = b.mention("Ilona Marek", 0, EntityType::kPerson, 4);
  const auto she = b.mention("she", 0, EntityType::kPerson, 4, MentionKind::kPronoun);
  b.chain(EntityType::kGpe, "Lešna", {lesna, lesna_caps});
  b.chain(EntityType::kGpe, "Orlje", {orlje});
  b.chain(EntityType::kGpe, "Valdoria", {valdoria});
  b.chain(EntityType::kPerson, "Teodor Halvašić", {halvasic, surname});
  b.chain(EntityType::kPerson, "Ilona Marek", {marek, she});
  doc.links = {{surname, halvasic, LinkReason::kNamePart}, {she, marek, LinkReason::kPronoun}};
  b.role("Finance Minister Teodor Halvašić", halvasic, "finance minister", RoleStatus::kCurrent,
         "Valdoria");
  b.role("Former prime minister Ilona Marek", marek, "prime minister", RoleStatus::kFormer,
         "Valdoria");
  b.time("Friday, 7 November 2025", "2025-11-07", CivilDate{2025, 11, 7});
  b.time("on Thursday", "2025-11-06", CivilDate{2025, 11, 6});

  Quote first = make_quote(doc, "“Nobody will pay alone,”", QuoteKind::kDirect,
                           static_cast<int32_t>(surname), "Halvašić");
  first.cue = b.at("told");
  first.speaker_span = b.at("Halvašić", 1);
  Quote second = make_quote(doc, "“The number of dead will rise.”", QuoteKind::kDirect,
                            static_cast<int32_t>(surname), "Halvašić");
  second.continues = 0;
  Quote reported = make_quote(doc, "she would give evidence", QuoteKind::kIndirect,
                              static_cast<int32_t>(marek), "Ilona Marek");
  reported.cue = b.at("said", 1);
  reported.speaker_span = b.at("Ilona Marek");
  doc.quotes = {first, second, reported};

  // The event's clause ends inside the first quote, so the report must split overlapping marks.
  Event said;
  const Span from = b.at("Teodor Halvašić said");
  said.span = {from.begin, b.at("“Nobody will").end};
  said.trigger = b.at("said");
  said.code = "010";
  said.label = "Make statement";
  said.quad_class = 1;
  said.source_mention = static_cast<int32_t>(halvasic);
  said.date = CivilDate{2025, 11, 6};
  said.date_basis = EventDateBasis::kTimex;
  said.timex = 1;
  doc.events = {said};
  return doc;
}

Document near_copy() {
  Document doc;
  doc.id = "herald-1";
  doc.path = "feeds/herald.jsonl:2";
  doc.text =
      "Herald: \"14 killed\" & <more> as dam gives way\n"
      "<script>alert('x')</script>\n\n"
      "Finance Minister Teodor Halvasic said on Thursday that a fund had been released. \"Nobody "
      "will pay alone,\" Halvasic told the broadcaster. A senior official said cracks were "
      "reported \"more than once\".\n";
  doc.meta.title = "Herald: \"14 killed\" & <more> as dam gives way";
  doc.meta.source = "The Sarn Herald";
  doc.meta.url = "https://herald.example/story?id=1&ref=<wire>";
  doc.meta.date = CivilDate{2025, 11, 7};
  doc.meta.date_basis = DateBasis::kMetadata;
  Builder b(doc);
  b.header("Herald: \"14 killed\" & <more> as dam gives way", BlockKind::kHeadline);
  const auto halvasic = b.mention("Teodor Halvasic", 0, EntityType::kPerson, 0);
  const auto surname = b.mention("Halvasic", 1, EntityType::kPerson, 0);
  b.chain(EntityType::kPerson, "Teodor Halvasic", {halvasic, surname});
  b.role("Finance Minister Teodor Halvasic", halvasic, "finance minister", RoleStatus::kCurrent,
         "");
  b.time("on Thursday", "2025-11-06", CivilDate{2025, 11, 6});
  Quote direct = make_quote(doc, "\"Nobody will pay alone,\"", QuoteKind::kDirect,
                            static_cast<int32_t>(surname), "Halvasic");
  direct.cue = b.at("told");
  Quote partial =
      make_quote(doc, "\"more than once\"", QuoteKind::kPartial, -1, "A senior official");
  partial.cue = b.at("said", 1);
  partial.speaker_span = b.at("A senior official");
  partial.source_group = 0;
  doc.quotes = {direct, partial};
  return doc;
}

Document later_report() {
  Document doc;
  doc.id = "observer-1";
  doc.path = "feeds/observer-1.html";
  doc.text =
      "Valdoria's new leader vows to rebuild\n"
      "SARN — Teodor Khalvashich, the former economy minister, said the November 5 collapse killed "
      "23 people. The Continental Reconstruction Bank (CRB) approved a loan to Valdoria.\n";
  doc.meta.title = "Valdoria's new leader vows to rebuild";
  doc.meta.source = "Continental Observer";
  doc.meta.authors = {"Aurelio Banks", "Mira Toth"};
  doc.meta.dateline = "SARN";
  doc.meta.date = CivilDate{2025, 11, 28};
  doc.meta.date_basis = DateBasis::kInferred;
  doc.meta.date_evidence = "the November 5 collapse";
  Builder b(doc);
  b.header("Valdoria's new leader vows to rebuild", BlockKind::kHeadline);
  const auto country = b.mention("Valdoria", 0, EntityType::kGpe, 0);
  const auto sarn = b.mention("SARN", 0, EntityType::kGpe, 1);
  const auto leader = b.mention("Teodor Khalvashich", 0, EntityType::kPerson, 2);
  const auto nominal =
      b.mention("the former economy minister", 0, EntityType::kPerson, 2, MentionKind::kNominal);
  const auto bank = b.mention("Continental Reconstruction Bank", 0, EntityType::kOrg, 3);
  const auto acronym = b.mention("CRB", 0, EntityType::kOrg, 3);
  const auto country_again = b.mention("Valdoria", 1, EntityType::kGpe, 0);
  b.chain(EntityType::kGpe, "Valdoria", {country, country_again});
  b.chain(EntityType::kGpe, "SARN", {sarn});
  b.chain(EntityType::kPerson, "Teodor Khalvashich", {leader, nominal});
  b.chain(EntityType::kOrg, "Continental Reconstruction Bank", {bank, acronym});
  b.role("the former economy minister", leader, "economy minister", RoleStatus::kFormer, "");
  b.time("November 5", "2025-11-05", CivilDate{2025, 11, 5});
  Event loan;
  loan.span = b.at("The Continental Reconstruction Bank (CRB) approved a loan to Valdoria.");
  loan.trigger = b.at("approved");
  loan.code = "071";
  loan.label = "Provide economic aid";
  loan.quad_class = 2;
  loan.goldstein = 7.4;
  loan.source_mention = static_cast<int32_t>(bank);
  loan.target_mention = static_cast<int32_t>(country_again);
  loan.source_code = "IGOFIN";
  loan.target_code = "VLD";
  loan.date = CivilDate{2025, 11, 28};
  loan.date_basis = EventDateBasis::kArticle;
  doc.events = {loan};
  return doc;
}

Document bare_document() {
  Document doc;
  doc.id = "undated";
  doc.path = "feeds/undated.txt";
  doc.text = "A line of text with no date.\n";
  return doc;
}

Entity make_entity(int number, std::string name, EntityType type,
                   std::vector<std::string> aliases, std::vector<MentionRef> mentions,
                   std::vector<RoleRef> roles = {}, std::string country = {}) {
  Entity e;
  e.id = "E" + std::to_string(number);
  e.name = std::move(name);
  e.type = type;
  e.aliases = std::move(aliases);
  e.mentions = std::move(mentions);
  e.roles = std::move(roles);
  e.country = std::move(country);
  return e;
}

void add_entities(Dossier& d) {
  d.entities.push_back(make_entity(
      1, "Teodor Halvašić", EntityType::kPerson,
      {"Teodor Halvašić", "Halvašić", "Teodor Halvasic", "Halvasic", "Teodor Khalvashich"},
      {{0, 4}, {0, 5}, {1, 0}, {1, 1}, {2, 2}, {2, 3}}, {{0, 0}, {1, 0}, {2, 0}}, "VLD"));
  d.entities.push_back(make_entity(2, "Ilona Marek", EntityType::kPerson, {"Ilona Marek"},
                                   {{0, 6}, {0, 7}}, {{0, 1}}));
  d.entities.push_back(make_entity(3, "Valdoria", EntityType::kGpe, {"Valdoria"},
                                   {{0, 3}, {2, 0}, {2, 6}}, {}, "VLD"));
  d.entities.push_back(
      make_entity(4, "Lešna", EntityType::kGpe, {"Lešna", "LEŠNA"}, {{0, 0}, {0, 2}}));
  d.entities.push_back(make_entity(5, "Continental Reconstruction Bank", EntityType::kOrg,
                                   {"Continental Reconstruction Bank", "CRB"}, {{2, 4}, {2, 5}}));
  // Orlje (doc 0) and Sarn (doc 2) stay unresolved: their chains map to -1.
  d.entity_of_chain = {{3, -1, 2, 0, 1}, {0}, {2, -1, 0, 4}, {}};
}

void add_corpus_layers(Dossier& d) {
  const Document& wire = d.documents[0];
  const Document& later = d.documents[2];
  Story story;
  story.id = "S1";
  story.label = "Kolvar dam collapse & <aftermath>";
  story.documents = {0, 1, 2};
  story.summary = {
      {0, find_span(wire.text, "Finance Minister Teodor Halvašić said on Thursday that a fund "
                               "had been released.")},
      {2, find_span(later.text, "The Continental Reconstruction Bank (CRB) approved a loan to "
                                "Valdoria.")}};
  story.events = {{0, 1}, {2}};
  d.stories = {story};
  d.duplicates = {{0, {{1, 0.82}}}};
  Position pledge;
  pledge.actor = "the lenders";
  pledge.actor_code = "IGOFIN";
  pledge.stance = "pledges";
  pledge.object = "a loan to Valdoria <fast>";
  pledge.statement = "pledges a loan to Valdoria <fast>";
  pledge.evidence = {{2, 0}};
  d.positions = {pledge};
  Conflict role;
  role.entity = 0;
  role.attribute = "role";
  role.claims = {{"finance minister", {0, find_span(wire.text, "Finance Minister")}},
                 {"economy minister", {2, find_span(later.text, "the former economy minister")}}};
  role.explanation = "Sources name a different office held before the appointment.";
  Conflict date;
  date.attribute = "date";
  date.claims = {{"2025-11-06", {0, find_span(wire.text, "on Thursday")}},
                 {"2025-11-05", {2, find_span(later.text, "November 5")}}};
  date.explanation = "The collapse is dated to different days.";
  date.severity = "differs";
  d.conflicts = {role, date};
  d.diagnostics = {
      {Diagnostic::Severity::kError, "feeds/missing.txt", 0, "no such file or directory"},
      {Diagnostic::Severity::kWarning, "feeds/wire.jsonl", 3,
       "field \"date\" is not a date: <soon> & later"}};
}

}  // namespace

Dossier sample_dossier() {
  Dossier d;
  d.documents = {wire_story(), near_copy(), later_report(), bare_document()};
  add_entities(d);
  add_corpus_layers(d);
  return d;
}

}  // namespace dossier::report::testing
