#include "store/codec.h"

#include <limits>
#include <string_view>
#include <utility>

#include "dossier/error.h"
#include "util/model_file.h"
#include "util/utf8.h"

namespace dossier::store {
namespace {

using util::ModelReader;
using util::ModelWriter;

void put_span(ModelWriter& w, Span span) {
  w.u32(span.begin);
  w.u32(span.end);
}

void put_date(ModelWriter& w, const std::optional<CivilDate>& date) {
  w.u8(date ? 1 : 0);
  if (!date) return;
  w.i32(date->year);
  w.i32(date->month);
  w.i32(date->day);
}

// Reads values back with every check that keeps a later stage from indexing out of bounds.
class Reader {
 public:
  // Spans are checked against a text's size only (the text is not at hand).
  Reader(ModelReader reader, uint32_t text_size) : r_(std::move(reader)), text_size_(text_size) {}
  // Spans are checked against the text and its code-point boundaries (a span that cuts a
  // character would put invalid UTF-8 into every output).
  Reader(ModelReader reader, std::string_view text)
      : r_(std::move(reader)), text_size_(static_cast<uint32_t>(text.size())), text_(text) {}

  ModelReader& raw() { return r_; }
  // Every encoded element takes at least one byte, so a count above the bytes left is corrupt; the
  // bound keeps a corrupt count from allocating more than the input's size in elements.
  uint64_t count() { return r_.count(r_.remaining()); }
  uint32_t u32() { return r_.u32(); }
  int32_t i32() { return r_.i32(); }
  std::string string() { return r_.string(); }

  Span span() {
    Span s{r_.u32(), r_.u32()};
    if (s.begin > s.end || s.end > text_size_) r_.fail("span outside the text");
    if (!text_.empty() && (cuts_character(s.begin) || cuts_character(s.end))) {
      r_.fail("span cuts a character of the text");
    }
    return s;
  }
  // An index below limit.
  uint32_t index(uint64_t limit) {
    const uint32_t v = r_.u32();
    if (v >= limit) r_.fail("index out of range");
    return v;
  }
  // -1 or an index below limit.
  int32_t optional_index(uint64_t limit) {
    const int32_t v = r_.i32();
    if (v < -1 || (v >= 0 && static_cast<uint64_t>(v) >= limit)) r_.fail("index out of range");
    return v;
  }
  template <typename E>
  E enumerator(uint8_t last) {
    const uint8_t v = r_.u8();
    if (v > last) r_.fail("unknown enumerator");
    return static_cast<E>(v);
  }
  std::optional<CivilDate> date() {
    const uint8_t has = r_.u8();
    if (has > 1) r_.fail("bad date flag");
    if (has == 0) return std::nullopt;
    CivilDate d;
    d.year = r_.i32();
    d.month = r_.i32();
    d.day = r_.i32();
    return d;
  }

 private:
  bool cuts_character(uint32_t at) const {
    return at < text_.size() && util::is_continuation(static_cast<unsigned char>(text_[at]));
  }

  ModelReader r_;
  uint32_t text_size_;
  std::string_view text_;
};

void put_meta(ModelWriter& w, const ArticleMeta& meta) {
  w.string(meta.title);
  w.string_array(meta.authors);
  w.string(meta.source);
  w.string(meta.url);
  w.string(meta.dateline);
  put_date(w, meta.date);
  w.u8(static_cast<uint8_t>(meta.date_basis));
  w.string(meta.date_evidence);
  w.string(meta.language);
  w.u64(meta.header_spans.size());
  for (const auto& h : meta.header_spans) {
    put_span(w, h.span);
    w.u8(static_cast<uint8_t>(h.kind));
  }
}

ArticleMeta get_meta(Reader& r) {
  ArticleMeta meta;
  meta.title = r.string();
  meta.authors = r.raw().string_array();
  meta.source = r.string();
  meta.url = r.string();
  meta.dateline = r.string();
  meta.date = r.date();
  meta.date_basis = r.enumerator<DateBasis>(static_cast<uint8_t>(DateBasis::kInferred));
  meta.date_evidence = r.string();
  meta.language = r.string();
  meta.header_spans.resize(r.count());
  for (auto& h : meta.header_spans) {
    h.span = r.span();
    h.kind = r.enumerator<BlockKind>(static_cast<uint8_t>(BlockKind::kHeader));
  }
  return meta;
}

void put_text_layer(ModelWriter& w, const Document& d) {
  w.u64(d.blocks.size());
  for (const auto& b : d.blocks) {
    put_span(w, b.span);
    w.u8(static_cast<uint8_t>(b.kind));
    w.u32(b.first_sentence);
    w.u32(b.sentence_count);
  }
  w.u64(d.sentences.size());
  for (const auto& s : d.sentences) {
    put_span(w, s.span);
    w.u32(s.first_token);
    w.u32(s.token_count);
    w.u32(s.block);
  }
  w.u64(d.tokens.size());
  for (const auto& t : d.tokens) {
    put_span(w, t.span);
    w.u32(t.flags);
    w.u32(t.norm);
    w.u32(t.fold_begin);
    w.u32(t.fold_size);
    w.u64(t.classes);
  }
  w.string_array(d.token_norms);
  w.string(d.token_folds);
}

// A run [first, first + count) inside [0, size).
void check_run(Reader& r, uint64_t first, uint64_t count, uint64_t size) {
  if (first > size || count > size - first) r.raw().fail("range out of bounds");
}

void get_text_layer(Reader& r, Document& d) {
  d.blocks.resize(r.count());
  for (auto& b : d.blocks) {
    b.span = r.span();
    b.kind = r.enumerator<BlockKind>(static_cast<uint8_t>(BlockKind::kHeader));
    b.first_sentence = r.u32();
    b.sentence_count = r.u32();
  }
  d.sentences.resize(r.count());
  for (auto& s : d.sentences) {
    s.span = r.span();
    s.first_token = r.u32();
    s.token_count = r.u32();
    s.block = r.index(d.blocks.size());
  }
  d.tokens.resize(r.count());
  for (auto& t : d.tokens) {
    t.span = r.span();
    const uint32_t flags = r.u32();
    if (flags > std::numeric_limits<uint16_t>::max()) r.raw().fail("bad token flags");
    t.flags = static_cast<uint16_t>(flags);
    t.norm = r.u32();
    t.fold_begin = r.u32();
    t.fold_size = r.u32();
    t.classes = r.raw().u64();
  }
  d.token_norms = r.raw().string_array();
  d.token_folds = r.string();
  for (const auto& b : d.blocks) check_run(r, b.first_sentence, b.sentence_count, d.sentences.size());
  for (const auto& s : d.sentences) check_run(r, s.first_token, s.token_count, d.tokens.size());
  for (const auto& t : d.tokens) {
    if (t.norm != Token::kNoNorm && t.norm >= d.token_norms.size()) r.raw().fail("bad token norm");
    check_run(r, t.fold_begin, t.fold_size, d.token_folds.size());
  }
}

void put_entity_layer(ModelWriter& w, const Document& d) {
  w.u64(d.mentions.size());
  for (const auto& m : d.mentions) {
    put_span(w, m.span);
    w.u8(static_cast<uint8_t>(m.type));
    w.u8(static_cast<uint8_t>(m.kind));
    w.u32(m.first_token);
    w.u32(m.token_count);
    w.i32(m.chain);
    w.f32(m.confidence);
    w.f32(m.link_confidence);
  }
  w.u64(d.links.size());
  for (const auto& l : d.links) {
    w.u32(l.mention);
    w.u32(l.antecedent);
    w.u8(static_cast<uint8_t>(l.reason));
  }
  w.u64(d.chains.size());
  for (const auto& c : d.chains) {
    w.u8(static_cast<uint8_t>(c.type));
    w.string(c.name);
    w.u32_array(c.mentions);
    w.f32(c.confidence);
  }
  w.u64(d.roles.size());
  for (const auto& role : d.roles) {
    put_span(w, role.span);
    w.u32(role.holder);
    w.string(role.title);
    w.u8(static_cast<uint8_t>(role.status));
    w.string(role.org);
    w.i32(role.org_mention);
    w.f32(role.confidence);
  }
}

void get_entity_layer(Reader& r, Document& d) {
  constexpr auto kLastType = static_cast<uint8_t>(EntityType::kMisc);
  d.mentions.resize(r.count());
  std::vector<int32_t> chains;
  for (auto& m : d.mentions) {
    m.span = r.span();
    m.type = r.enumerator<EntityType>(kLastType);
    m.kind = r.enumerator<MentionKind>(static_cast<uint8_t>(MentionKind::kPronoun));
    m.first_token = r.u32();
    m.token_count = r.u32();
    check_run(r, m.first_token, m.token_count, d.tokens.size());
    m.chain = r.i32();
    m.confidence = r.raw().f32();
    m.link_confidence = r.raw().f32();
  }
  d.links.resize(r.count());
  for (auto& l : d.links) {
    l.mention = r.index(d.mentions.size());
    l.antecedent = r.index(d.mentions.size());
    l.reason = r.enumerator<LinkReason>(static_cast<uint8_t>(LinkReason::kAppositive));
  }
  d.chains.resize(r.count());
  for (auto& c : d.chains) {
    c.type = r.enumerator<EntityType>(kLastType);
    c.name = r.string();
    c.mentions = r.raw().u32_array();
    for (uint32_t m : c.mentions) {
      if (m >= d.mentions.size()) r.raw().fail("chain mention out of range");
    }
    c.confidence = r.raw().f32();
  }
  for (const auto& m : d.mentions) {
    if (m.chain < -1 || (m.chain >= 0 && static_cast<size_t>(m.chain) >= d.chains.size())) {
      r.raw().fail("mention chain out of range");
    }
  }
  d.roles.resize(r.count());
  for (auto& role : d.roles) {
    role.span = r.span();
    role.holder = r.index(d.mentions.size());
    role.title = r.string();
    role.status = r.enumerator<RoleStatus>(static_cast<uint8_t>(RoleStatus::kActing));
    role.org = r.string();
    role.org_mention = r.optional_index(d.mentions.size());
    role.confidence = r.raw().f32();
  }
}

void put_other_layers(ModelWriter& w, const Document& d) {
  w.u64(d.times.size());
  for (const auto& t : d.times) {
    put_span(w, t.span);
    w.u8(static_cast<uint8_t>(t.type));
    w.string(t.value);
    w.string(t.mod);
    put_date(w, t.day);
    w.f64(t.confidence);
  }
  w.u64(d.quotes.size());
  for (const auto& q : d.quotes) {
    put_span(w, q.span);
    w.u64(q.parts.size());
    for (Span part : q.parts) put_span(w, part);
    w.u8(static_cast<uint8_t>(q.kind));
    put_span(w, q.cue);
    put_span(w, q.speaker_span);
    w.i32(q.speaker_mention);
    w.string(q.speaker_text);
    w.i32(q.source_group);
    w.i32(q.continues);
    w.f32(q.confidence);
    w.f32(q.speaker_confidence);
  }
  w.u64(d.events.size());
  for (const auto& e : d.events) {
    put_span(w, e.span);
    put_span(w, e.trigger);
    w.string(e.code);
    w.string(e.label);
    w.i32(e.quad_class);
    w.f64(e.goldstein);
    w.i32(e.source_mention);
    w.i32(e.target_mention);
    w.string(e.source_text);
    w.string(e.target_text);
    w.string(e.source_code);
    w.string(e.target_code);
    w.i32(e.place_mention);
    put_date(w, e.date);
    w.u8(static_cast<uint8_t>(e.date_basis));
    w.i32(e.timex);
    w.f64(e.confidence);
  }
  w.u64(d.attributions.size());
  for (const auto& a : d.attributions) {
    put_span(w, a.span);
    w.u8(static_cast<uint8_t>(a.kind));
    put_span(w, a.cue);
    put_span(w, a.holder_span);
    w.i32(a.holder_mention);
    w.f32(a.confidence);
  }
}

void get_other_layers(Reader& r, Document& d) {
  d.times.resize(r.count());
  for (auto& t : d.times) {
    t.span = r.span();
    t.type = r.enumerator<TimexType>(static_cast<uint8_t>(TimexType::kSet));
    t.value = r.string();
    t.mod = r.string();
    t.day = r.date();
    t.confidence = r.raw().f64();
  }
  const size_t mentions = d.mentions.size();
  d.quotes.resize(r.count());
  for (size_t i = 0; i < d.quotes.size(); ++i) {
    Quote& q = d.quotes[i];
    q.span = r.span();
    q.parts.resize(r.count());
    uint32_t at = q.span.begin;
    for (Span& part : q.parts) {
      part = r.span();
      if (part.begin < at || part.end > q.span.end) r.raw().fail("quote part out of order or outside its quote");
      at = part.end;
    }
    q.kind = r.enumerator<QuoteKind>(static_cast<uint8_t>(QuoteKind::kIndirect));
    q.cue = r.span();
    q.speaker_span = r.span();
    q.speaker_mention = r.optional_index(mentions);
    q.speaker_text = r.string();
    q.source_group = r.i32();
    q.continues = r.optional_index(i);
    q.confidence = r.raw().f32();
    q.speaker_confidence = r.raw().f32();
  }
  d.events.resize(r.count());
  for (auto& e : d.events) {
    e.span = r.span();
    e.trigger = r.span();
    e.code = r.string();
    e.label = r.string();
    e.quad_class = r.i32();
    e.goldstein = r.raw().f64();
    e.source_mention = r.optional_index(mentions);
    e.target_mention = r.optional_index(mentions);
    e.source_text = r.string();
    e.target_text = r.string();
    e.source_code = r.string();
    e.target_code = r.string();
    e.place_mention = r.optional_index(mentions);
    e.date = r.date();
    e.date_basis = r.enumerator<EventDateBasis>(static_cast<uint8_t>(EventDateBasis::kArticle));
    e.timex = r.optional_index(d.times.size());
    e.confidence = r.raw().f64();
  }
  d.attributions.resize(r.count());
  for (auto& a : d.attributions) {
    a.span = r.span();
    a.kind = r.enumerator<AttributionKind>(static_cast<uint8_t>(AttributionKind::kIntention));
    a.cue = r.span();
    a.holder_span = r.span();
    a.holder_mention = r.optional_index(mentions);
    a.confidence = r.raw().f32();
  }
}

void put_passage(ModelWriter& w, const Passage& p) {
  w.u32(p.doc);
  put_span(w, p.span);
}

Passage get_passage(Reader& r, const Dossier& dossier) {
  Passage p;
  p.doc = r.index(dossier.documents.size());
  const Span s{r.u32(), r.u32()};
  if (s.begin > s.end || s.end > dossier.documents[p.doc].text.size()) r.raw().fail("passage outside its text");
  p.span = s;
  return p;
}

void put_entities(ModelWriter& w, const Dossier& d) {
  w.u64(d.entities.size());
  for (const auto& e : d.entities) {
    w.string(e.id);
    w.string(e.name);
    w.u8(static_cast<uint8_t>(e.type));
    w.string_array(e.aliases);
    w.u64(e.mentions.size());
    for (const auto& m : e.mentions) {
      w.u32(m.doc);
      w.u32(m.mention);
    }
    w.u64(e.roles.size());
    for (const auto& role : e.roles) {
      w.u32(role.doc);
      w.u32(role.role);
    }
    w.string(e.country);
    w.f32(e.confidence);
  }
  w.u64(d.entity_of_chain.size());
  for (const auto& chains : d.entity_of_chain) {
    w.u64(chains.size());
    for (int32_t e : chains) w.i32(e);
  }
}

void get_entities(Reader& r, Dossier& d) {
  d.entities.resize(r.count());
  for (auto& e : d.entities) {
    e.id = r.string();
    e.name = r.string();
    e.type = r.enumerator<EntityType>(static_cast<uint8_t>(EntityType::kMisc));
    e.aliases = r.raw().string_array();
    e.mentions.resize(r.count());
    for (auto& m : e.mentions) {
      m.doc = r.index(d.documents.size());
      m.mention = r.index(d.documents[m.doc].mentions.size());
    }
    e.roles.resize(r.count());
    for (auto& role : e.roles) {
      role.doc = r.index(d.documents.size());
      role.role = r.index(d.documents[role.doc].roles.size());
    }
    e.country = r.string();
    e.confidence = r.raw().f32();
  }
  d.entity_of_chain.resize(r.count());
  if (d.entity_of_chain.size() > d.documents.size()) r.raw().fail("more chain tables than documents");
  for (size_t doc = 0; doc < d.entity_of_chain.size(); ++doc) {
    auto& chains = d.entity_of_chain[doc];
    chains.resize(r.count());
    if (chains.size() > d.documents[doc].chains.size()) r.raw().fail("more chains than the document has");
    for (int32_t& e : chains) e = r.optional_index(d.entities.size());
  }
}

void put_stories(ModelWriter& w, const Dossier& d) {
  w.u64(d.stories.size());
  for (const auto& s : d.stories) {
    w.string(s.id);
    w.string(s.label);
    w.u32_array(s.documents);
    w.u64(s.summary.size());
    for (const auto& p : s.summary) put_passage(w, p);
    w.u64(s.events.size());
    for (const auto& group : s.events) w.u32_array(group);
  }
  w.u64(d.duplicates.size());
  for (const auto& group : d.duplicates) {
    w.u32(group.representative);
    w.u64(group.copies.size());
    for (const auto& copy : group.copies) {
      w.u32(copy.doc);
      w.f64(copy.similarity);
    }
  }
}

void check_documents(Reader& r, const std::vector<uint32_t>& docs, size_t size) {
  for (uint32_t doc : docs) {
    if (doc >= size) r.raw().fail("document index out of range");
  }
}

void get_stories(Reader& r, Dossier& d) {
  const size_t docs = d.documents.size();
  d.stories.resize(r.count());
  for (auto& s : d.stories) {
    s.id = r.string();
    s.label = r.string();
    s.documents = r.raw().u32_array();
    check_documents(r, s.documents, docs);
    s.summary.resize(r.count());
    for (auto& p : s.summary) p = get_passage(r, d);
    s.events.resize(r.count());
    for (auto& group : s.events) {
      group = r.raw().u32_array();
      check_documents(r, group, docs);
    }
  }
  d.duplicates.resize(r.count());
  for (auto& group : d.duplicates) {
    group.representative = r.index(docs);
    group.copies.resize(r.count());
    for (auto& copy : group.copies) {
      copy.doc = r.index(docs);
      copy.similarity = r.raw().f64();
    }
  }
}

void put_findings(ModelWriter& w, const Dossier& d) {
  w.u64(d.conflicts.size());
  for (const auto& c : d.conflicts) {
    w.i32(c.entity);
    w.string(c.attribute);
    w.u64(c.claims.size());
    for (const auto& claim : c.claims) {
      w.string(claim.value);
      put_passage(w, claim.passage);
    }
    w.string(c.explanation);
    w.string(c.severity);
  }
  w.u64(d.positions.size());
  for (const auto& p : d.positions) {
    w.string(p.actor);
    w.string(p.actor_code);
    w.i32(p.entity);
    w.string(p.stance);
    w.string(p.object);
    w.string(p.statement);
    w.u64(p.evidence.size());
    for (const auto& ref : p.evidence) {
      w.u32(ref.doc);
      w.u32(ref.event);
    }
  }
  w.u64(d.diagnostics.size());
  for (const auto& diag : d.diagnostics) {
    w.u8(static_cast<uint8_t>(diag.severity));
    w.string(diag.file);
    w.u64(diag.line);
    w.string(diag.message);
  }
  const ConfidenceThresholds& t = d.confident_from;
  for (const std::optional<float>* threshold : {&t.mentions, &t.roles, &t.speech, &t.speakers, &t.events, &t.times}) {
    w.u8(threshold->has_value());
    w.f32(threshold->value_or(0.0f));
  }
}

void get_findings(Reader& r, Dossier& d) {
  d.conflicts.resize(r.count());
  for (auto& c : d.conflicts) {
    c.entity = r.optional_index(d.entities.size());
    c.attribute = r.string();
    c.claims.resize(r.count());
    for (auto& claim : c.claims) {
      claim.value = r.string();
      claim.passage = get_passage(r, d);
    }
    c.explanation = r.string();
    c.severity = r.string();
  }
  d.positions.resize(r.count());
  for (auto& p : d.positions) {
    p.actor = r.string();
    p.actor_code = r.string();
    p.entity = r.optional_index(d.entities.size());
    p.stance = r.string();
    p.object = r.string();
    p.statement = r.string();
    p.evidence.resize(r.count());
    for (auto& ref : p.evidence) {
      ref.doc = r.index(d.documents.size());
      ref.event = r.index(d.documents[ref.doc].events.size());
    }
  }
  d.diagnostics.resize(r.count());
  for (auto& diag : d.diagnostics) {
    diag.severity = r.enumerator<Diagnostic::Severity>(static_cast<uint8_t>(Diagnostic::Severity::kError));
    diag.file = r.string();
    diag.line = r.raw().u64();
    diag.message = r.string();
  }
  ConfidenceThresholds& t = d.confident_from;
  for (std::optional<float>* threshold : {&t.mentions, &t.roles, &t.speech, &t.speakers, &t.events, &t.times}) {
    const bool present = r.raw().u8() != 0;
    const float value = r.raw().f32();
    if (!(value >= 0.0f && value <= 1.0f)) r.raw().fail("a confidence threshold is out of range");
    if (present) *threshold = value;
    else threshold->reset();
  }
}

}  // namespace

std::string encode_meta(const ArticleMeta& meta) {
  ModelWriter w;
  put_meta(w, meta);
  return w.file_bytes("article-meta", kLayersVersion);
}

ArticleMeta decode_meta(std::string bytes, const std::string& name) {
  // Header spans of the source metadata are checked against the text when the layers are read.
  Reader r(ModelReader::from_bytes(std::move(bytes), name, "article-meta", kLayersVersion, kLayersVersion),
           std::numeric_limits<uint32_t>::max());
  ArticleMeta meta = get_meta(r);
  r.raw().expect_end();
  return meta;
}

std::string encode_layers(const Document& document) {
  ModelWriter w;
  put_meta(w, document.meta);
  put_text_layer(w, document);
  put_entity_layer(w, document);
  put_other_layers(w, document);
  return w.file_bytes("article-layers", kLayersVersion);
}

void decode_layers(std::string bytes, const std::string& name, Document& document) {
  if (document.text.size() > std::numeric_limits<uint32_t>::max()) {
    throw ModelError(name, "text too long");
  }
  Reader r(ModelReader::from_bytes(std::move(bytes), name, "article-layers", kLayersVersion, kLayersVersion),
           document.text);
  document.meta = get_meta(r);
  get_text_layer(r, document);
  get_entity_layer(r, document);
  get_other_layers(r, document);
  r.raw().expect_end();
}

std::string encode_corpus(const Dossier& dossier) {
  ModelWriter w;
  w.u64(dossier.documents.size());
  put_entities(w, dossier);
  put_stories(w, dossier);
  put_findings(w, dossier);
  return w.file_bytes("corpus-result", kCorpusVersion);
}

void decode_corpus(std::string bytes, const std::string& name, Dossier& dossier) {
  Reader r(ModelReader::from_bytes(std::move(bytes), name, "corpus-result", kCorpusVersion, kCorpusVersion),
           0);
  if (r.raw().u64() != dossier.documents.size()) r.raw().fail("made for a different set of articles");
  get_entities(r, dossier);
  get_stories(r, dossier);
  get_findings(r, dossier);
  r.raw().expect_end();
}

}  // namespace dossier::store
