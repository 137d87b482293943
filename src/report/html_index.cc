#include <algorithm>
#include <numeric>
#include <tuple>

#include "report/html_escape.h"
#include "report/html_report.h"

namespace dossier::report::html {
namespace {

constexpr size_t kFallbackTitleChars = 110;

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The bytes of the line (between newlines) around span.
Span line_around(std::string_view text, Span span) {
  const size_t before = span.begin == 0 ? std::string_view::npos : text.rfind('\n', span.begin - 1);
  const size_t after = text.find('\n', span.end);
  return {before == std::string_view::npos ? 0u : static_cast<uint32_t>(before + 1),
          after == std::string_view::npos ? static_cast<uint32_t>(text.size())
                                          : static_cast<uint32_t>(after)};
}

// A label for an article without a title: its headline, else its first line of text. Plain
// text and many feeds carry no title, and a file name tells a reader little.
std::string fallback_title(const Document& doc) {
  for (const HeaderSpan& h : doc.meta.header_spans) {
    if (h.kind == BlockKind::kHeadline) return clip(fold_space(doc.slice(h.span)), kFallbackTitleChars);
  }
  const std::string_view text = doc.text;
  for (size_t at = 0; at < text.size();) {
    size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    std::string line = fold_space(text.substr(at, end - at));
    if (!line.empty()) return clip(line, kFallbackTitleChars);
    at = end + 1;
  }
  return doc.id;
}

// Sorts docs and returns the number of distinct values; docs keeps them.
uint32_t count_distinct(std::vector<uint32_t>& docs) {
  std::sort(docs.begin(), docs.end());
  docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
  return static_cast<uint32_t>(docs.size());
}

}  // namespace

bool in_header(const Document& doc, Span span) {
  return std::any_of(doc.meta.header_spans.begin(), doc.meta.header_spans.end(),
                     [&](const HeaderSpan& h) { return h.span.overlaps(span); });
}

ReportIndex::ReportIndex(const Dossier& dossier)
    : dossier_(dossier), passages_(dossier.documents.size()), titles_(dossier.documents.size()) {
  const auto add = [&](const Passage& p) {
    if (p.doc < passages_.size()) passages_[p.doc].push_back(p.span);
  };
  for (const Story& story : dossier.stories) {
    for (const Passage& p : story.summary) add(p);
  }
  for (const Conflict& conflict : dossier.conflicts) {
    for (const Claim& claim : conflict.claims) add(claim.passage);
  }
  for (auto& spans : passages_) {
    std::sort(spans.begin(), spans.end());
    spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
  }
  by_date_.resize(dossier.documents.size());
  std::iota(by_date_.begin(), by_date_.end(), 0u);
  std::stable_sort(by_date_.begin(), by_date_.end(), [&](uint32_t a, uint32_t b) {
    const auto& da = dossier.documents[a].meta.date;
    const auto& db = dossier.documents[b].meta.date;
    if (da.has_value() != db.has_value()) return da.has_value();
    return da.has_value() && *da < *db;
  });
  date_rank_.resize(by_date_.size());
  for (uint32_t r = 0; r < by_date_.size(); ++r) date_rank_[by_date_[r]] = r;
  for (uint32_t d = 0; d < dossier.documents.size(); ++d) {
    const Document& doc = dossier.documents[d];
    undated_ += doc.meta.date ? 0 : 1;
    if (doc.meta.title.empty()) titles_[d] = fallback_title(doc);
  }
  count_entities();
  index_timeline();
}

void ReportIndex::count_entities() {
  const auto& entities = dossier_.entities;
  facts_.resize(entities.size());
  conflicts_of_.resize(entities.size());
  for (size_t e = 0; e < entities.size(); ++e) {
    EntityFacts& f = facts_[e];
    std::vector<uint32_t> docs, body;
    docs.reserve(entities[e].mentions.size());
    for (const MentionRef& ref : entities[e].mentions) {
      if (ref.doc >= dossier_.documents.size()) continue;
      const Document& doc = dossier_.documents[ref.doc];
      if (ref.mention >= doc.mentions.size()) continue;
      docs.push_back(ref.doc);
      if (!in_header(doc, doc.mentions[ref.mention].span)) body.push_back(ref.doc);
    }
    f.mentions = static_cast<uint32_t>(docs.size());
    f.articles = count_distinct(docs);
    f.reported = count_distinct(body);
    for (uint32_t d : docs) {
      const auto& date = dossier_.documents[d].meta.date;
      if (date && (!f.first || *date < *f.first)) f.first = date;
      if (date && (!f.last || *f.last < *date)) f.last = date;
    }
  }
  for (uint32_t d = 0; d < dossier_.documents.size(); ++d) {
    for (const Quote& q : dossier_.documents[d].quotes) {
      const int32_t e = dossier_.entity_of(d, q.speaker_mention);
      // Only confident quotes count: the overview and the ranking rest on them.
      if (e >= 0 && static_cast<size_t>(e) < facts_.size() && confident_quote(q)) ++facts_[static_cast<size_t>(e)].quotes;
    }
  }
  for (uint32_t c = 0; c < dossier_.conflicts.size(); ++c) {
    const int32_t e = dossier_.conflicts[c].entity;
    if (e >= 0 && static_cast<size_t>(e) < entities.size()) conflicts_of_[static_cast<size_t>(e)].push_back(c);
  }
  ranked_.resize(entities.size());
  std::iota(ranked_.begin(), ranked_.end(), 0u);
  std::stable_sort(ranked_.begin(), ranked_.end(), [&](uint32_t a, uint32_t b) {
    return std::tie(facts_[b].reported, facts_[b].quotes, facts_[b].mentions) <
           std::tie(facts_[a].reported, facts_[a].quotes, facts_[a].mentions);
  });
  rank_.resize(entities.size());
  for (uint32_t r = 0; r < ranked_.size(); ++r) rank_[ranked_[r]] = r;
}

void ReportIndex::index_timeline() {
  timeline_ = time::build_timeline(dossier_);
  for (auto& per_kind : entry_) per_kind.resize(dossier_.documents.size());
  for (uint32_t d = 0; d < dossier_.documents.size(); ++d) {
    const Document& doc = dossier_.documents[d];
    entry_[static_cast<int>(time::TimelineKind::kTime)][d].assign(doc.times.size(), -1);
    entry_[static_cast<int>(time::TimelineKind::kQuote)][d].assign(doc.quotes.size(), -1);
    entry_[static_cast<int>(time::TimelineKind::kEvent)][d].assign(doc.events.size(), -1);
    entry_[static_cast<int>(time::TimelineKind::kRole)][d].assign(doc.roles.size(), -1);
  }
  for (size_t i = 0; i < timeline_.size(); ++i) {
    const time::TimelineEntry& t = timeline_[i];
    auto& slots = entry_[static_cast<int>(t.kind)];
    if (t.doc < slots.size() && t.item < slots[t.doc].size()) {
      slots[t.doc][t.item] = static_cast<int32_t>(i);
    }
  }
}

const time::TimelineEntry* ReportIndex::date_of(time::TimelineKind kind, uint32_t doc,
                                                size_t item) const {
  const auto& slots = entry_[static_cast<int>(kind)];
  if (doc >= slots.size() || item >= slots[doc].size() || slots[doc][item] < 0) return nullptr;
  return &timeline_[static_cast<size_t>(slots[doc][item])];
}

std::string ReportIndex::article_anchor(uint32_t doc) { return "a" + std::to_string(doc); }

std::string ReportIndex::item_anchor(uint32_t doc, char layer, size_t item) {
  return article_anchor(doc) + layer + std::to_string(item);
}

std::string ReportIndex::passage_anchor(uint32_t doc, Span span) {
  return article_anchor(doc) + "p" + std::to_string(span.begin) + "-" + std::to_string(span.end);
}

std::string ReportIndex::entity_anchor(size_t entity) { return "e" + std::to_string(entity); }
std::string ReportIndex::conflict_anchor(size_t conflict) { return "c" + std::to_string(conflict); }
std::string ReportIndex::speaker_anchor(size_t entity) { return "s" + std::to_string(entity); }

std::string_view ReportIndex::title(uint32_t doc) const {
  const Document& d = dossier_.documents[doc];
  return d.meta.title.empty() ? std::string_view(titles_[doc]) : std::string_view(d.meta.title);
}

std::string_view ReportIndex::source(uint32_t doc) const {
  const std::string& s = dossier_.documents[doc].meta.source;
  return s.empty() ? std::string_view("unknown source") : std::string_view(s);
}

std::string ReportIndex::date_label(uint32_t doc) const {
  const auto& date = dossier_.documents[doc].meta.date;
  return date ? format_date(*date) : std::string("undated");
}

std::string ReportIndex::entity_name(int32_t entity) const {
  if (entity < 0 || static_cast<size_t>(entity) >= dossier_.entities.size()) return {};
  return dossier_.entities[static_cast<size_t>(entity)].name;
}

Span ReportIndex::sentence_around(uint32_t doc, Span span) const {
  const Document& d = dossier_.documents[doc];
  const int32_t first = d.sentence_at(span.begin);
  const int32_t last = d.sentence_at(span.end > span.begin ? span.end - 1 : span.begin);
  if (first >= 0 && last >= 0) {
    return {d.sentences[static_cast<size_t>(first)].span.begin,
            d.sentences[static_cast<size_t>(last)].span.end};
  }
  return line_around(d.text, span);
}

std::string ReportIndex::context(uint32_t doc, Span span, size_t max_chars) const {
  const std::string_view text = dossier_.documents[doc].text;
  Span around = sentence_around(doc, span);
  // A long sentence is cut so that the span stays in view.
  std::string prefix;
  const size_t lead = max_chars / 3;
  if (span.begin > around.begin + lead * 2) {
    uint32_t from = static_cast<uint32_t>(span.begin - lead);
    while (from < span.begin && is_continuation(text[from])) ++from;
    around.begin = from;
    prefix = "…";
  }
  return prefix + clip(fold_space(text.substr(around.begin, around.end - around.begin)), max_chars);
}

size_t ReportIndex::entity_count(std::initializer_list<EntityType> types) const {
  return static_cast<size_t>(std::count_if(
      dossier_.entities.begin(), dossier_.entities.end(), [&](const Entity& e) {
        return std::find(types.begin(), types.end(), e.type) != types.end();
      }));
}

}  // namespace dossier::report::html
