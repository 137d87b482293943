#include "corpus/article_summary.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_map>

#include "dossier/error.h"

#include "util/hash.h"
#include "util/model_file.h"
#include "corpus/minhash.h"
#include "corpus/story_summary.h"
#include "corpus/words.h"
#include "util/parallel.h"

namespace dossier::corpus {
namespace {

constexpr uint64_t kWordSeed = 0x776f7264;    // "word"
constexpr uint64_t kEntitySeed = 0x656e7469;  // "enti"
constexpr size_t kNamedTerms = 12;            // readable names kept per article
constexpr size_t kMaxMentionedDays = 16;

// Counts content terms and keeps the first surface form of each for labels.
class TermCounter {
 public:
  explicit TermCounter(const TermModel& model) : model_(model) {}

  void add(const Word& word) {
    if (!word.has_letter || word.text.size() < 2 || model_.is_stopword(word.text)) return;
    const uint64_t term = term_hash(stemmer_.stem(word.text));
    auto [it, fresh] = counts_.try_emplace(term, 0.0f);
    it->second += 1.0f;
    if (fresh) surface_.emplace(term, std::string(word.text));
    if (word.capitalised) capitalised_[term] += 1.0f;
    if (word.all_upper && word.text.size() > 1) upper_[term] += 1.0f;
  }

  void finish(ArticleSummary& summary) {
    summary.terms.reserve(counts_.size());
    for (const auto& [term, count] : counts_) summary.terms.push_back({term, count});
    std::sort(summary.terms.begin(), summary.terms.end());
    // The most telling terms: frequent here, rare in the background.
    std::vector<std::pair<double, uint64_t>> ranked;
    const double n = model_.background_documents() + 1.0;
    for (const auto& [term, count] : counts_) {
      const double idf = std::log(n / (1.0 + model_.background_df(term)));
      ranked.emplace_back(-count * idf, term);
    }
    const size_t keep = std::min(kNamedTerms, ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(keep),
                      ranked.end());
    for (size_t i = 0; i < keep; ++i) {
      const uint64_t term = ranked[i].second;
      std::string name = surface_[term];
      // Shown as mostly written: an acronym ("NATO"), a name ("Verrano"), or a word.
      if (upper_[term] * 2 > counts_[term]) {
        for (auto& c : name) {
          if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        }
      } else if (capitalised_[term] * 2 > counts_[term] && name[0] >= 'a' && name[0] <= 'z') {
        name[0] = static_cast<char>(name[0] - 'a' + 'A');
      }
      summary.names.push_back({term, std::move(name)});
    }
  }

 private:
  const TermModel& model_;
  Stemmer stemmer_;
  std::unordered_map<uint64_t, float> counts_;
  std::unordered_map<uint64_t, std::string> surface_;
  std::unordered_map<uint64_t, float> capitalised_;
  std::unordered_map<uint64_t, float> upper_;
};

// Hashes of consecutive word kShingleWords-grams.
class ShingleCollector {
 public:
  void add(std::string_view word) {
    window_[next_ % kShingleWords] = util::hash_bytes(word, kWordSeed);
    ++next_;
    if (next_ < kShingleWords) return;
    uint64_t h = 0;
    for (size_t i = 0; i < kShingleWords; ++i) h = util::hash_combine(h, window_[(next_ + i) % kShingleWords]);
    shingles_.push_back(static_cast<uint32_t>(h >> 32));
  }
  size_t words() const { return next_; }
  std::vector<uint32_t> take() {
    std::sort(shingles_.begin(), shingles_.end());
    shingles_.erase(std::unique(shingles_.begin(), shingles_.end()), shingles_.end());
    shingles_.shrink_to_fit();
    return std::move(shingles_);
  }

 private:
  std::array<uint64_t, kShingleWords> window_{};
  size_t next_ = 0;
  std::vector<uint32_t> shingles_;
};

}  // namespace

void add_entities(const Dossier& dossier, uint32_t index, ArticleSummary& summary) {
  const Document& doc = dossier.documents[index];
  WordReader reader;
  std::unordered_map<uint64_t, size_t> slot;
  for (size_t m = 0; m < doc.mentions.size(); ++m) {
    const Mention& mention = doc.mentions[m];
    if (mention.kind != MentionKind::kName) continue;
    const int32_t entity = dossier.entity_of(index, static_cast<int32_t>(m));
    std::string name;
    std::string display;
    EntityType type = mention.type;
    if (entity >= 0) {
      const Entity& e = dossier.entities[static_cast<size_t>(entity)];
      display = e.name;
      type = e.type;
      name = reader.normalise_name(e.name);
    } else {
      display = std::string(doc.slice(mention.span));
      name = reader.normalise_name(doc.slice(mention.span));
    }
    if (name.empty()) continue;
    const uint64_t key = entity_key(name, type);
    auto [it, fresh] = slot.try_emplace(key, summary.entities.size());
    if (fresh) {
      summary.entities.push_back({key, 0.0f, type});
      summary.names.push_back({key, std::move(display)});
    }
    summary.entities[it->second].count += 1.0f;
  }
  std::sort(summary.entities.begin(), summary.entities.end());
}

namespace {

void put_terms(util::ModelWriter& w, std::span<const TermCount> terms) {
  w.u64(terms.size());
  for (const TermCount& t : terms) {
    w.u64(t.term);
    w.f32(t.count);
  }
}

std::vector<TermCount> get_terms(util::ModelReader& r) {
  std::vector<TermCount> terms(r.count(r.remaining() / 12));
  for (TermCount& t : terms) {
    t.term = r.u64();
    t.count = r.f32();
  }
  return terms;
}

void collect_days(const Document& doc, ArticleSummary& summary) {
  if (doc.meta.date) summary.day = doc.meta.date->days_since_epoch();
  for (const Timex& timex : doc.times) {
    if (timex.day) summary.mentioned_days.push_back(timex.day->days_since_epoch());
  }
  auto& days = summary.mentioned_days;
  std::sort(days.begin(), days.end());
  days.erase(std::unique(days.begin(), days.end()), days.end());
  if (days.size() > kMaxMentionedDays) days.resize(kMaxMentionedDays);
}

}  // namespace

uint64_t entity_key(std::string_view normalised_name, EntityType type) {
  return util::hash_combine(util::hash_bytes(normalised_name, kEntitySeed), static_cast<uint64_t>(type));
}

ArticleSummary summarize_text(const Document& doc, const TermModel& model, const FigureReader* figures) {
  ArticleSummary summary;
  if (figures != nullptr) summary.figures = figures->read(doc, model);
  collect_days(doc, summary);
  WordReader reader;
  TermCounter terms(model);
  ShingleCollector shingles;
  reader.read_tokens(doc, 0, static_cast<uint32_t>(doc.tokens.size()), [&](const Word& word) {
    shingles.add(word.text);
    terms.add(word);
  });
  if (!doc.meta.title.empty() && doc.text.find(doc.meta.title) == std::string::npos) {
    size_t pos = 0;
    while (reader.next_run(doc.meta.title, pos)) {
      terms.add(reader.current());
    }
  }
  summary.words = static_cast<uint32_t>(shingles.words());
  summary.shingles = shingles.take();
  summary.minhash = minhash_signature(summary.shingles);
  terms.finish(summary);
  summary.lead = lead_sentences(doc, model, SummaryOptions{});
  return summary;
}

ArticleSummary summarize_article(const Dossier& dossier, uint32_t index, const TermModel& model) {
  ArticleSummary summary = summarize_text(dossier.documents[index], model);
  summary.doc = index;
  add_entities(dossier, index, summary);
  return summary;
}

std::string encode_summary(const ArticleSummary& s) {
  util::ModelWriter w;
  w.u8(s.day ? 1 : 0);
  w.u64(static_cast<uint64_t>(s.day.value_or(0)));
  w.u64(s.mentioned_days.size());
  for (const int64_t day : s.mentioned_days) w.u64(static_cast<uint64_t>(day));
  w.u32_array(s.shingles);
  w.u32_array(s.minhash);
  put_terms(w, s.terms);
  w.u64(s.names.size());
  for (const KeyName& n : s.names) {
    w.u64(n.key);
    w.string(n.name);
  }
  w.u32(s.words);
  w.u32(s.lead.per_document);
  w.u32(s.lead.min_words);
  w.u32(s.lead.max_words);
  w.u64(s.lead.sentences.size());
  for (const SentenceTerms& sentence : s.lead.sentences) {
    w.u32(sentence.sentence);
    put_terms(w, sentence.terms);
  }
  w.u8(s.figures ? 1 : 0);
  if (s.figures) {
    w.u64(s.figures->size());
    for (const Figure& f : *s.figures) {
      w.f64(f.value);
      w.f64(f.low);
      w.f64(f.high);
      w.string(f.quantity);
      w.string(f.label);
      w.string(f.text);
      w.u32(f.span.begin);
      w.u32(f.span.end);
      w.u32(f.sentence);
      w.u32(f.body_sentence);
    }
  }
  return w.file_bytes(kSummaryKind, kSummaryVersion);
}

void check_summary(const ArticleSummary& summary, const Document& document, const std::string& name) {
  if (!summary.lead.sentences.empty() && summary.lead.sentences.back().sentence >= document.sentences.size()) {
    throw ModelError(name, "a summary sentence beyond the article's sentences");
  }
  if (!summary.figures) return;
  for (const Figure& f : *summary.figures) {
    if (f.sentence >= document.sentences.size() || f.span.begin > f.span.end || f.span.end > document.text.size()) {
      throw ModelError(name, "a figure beyond the article's text or sentences");
    }
  }
}

ArticleSummary decode_summary(std::string bytes, const std::string& name) {
  auto r = util::ModelReader::from_bytes(std::move(bytes), name, kSummaryKind, kSummaryVersion,
                                         kSummaryVersion);
  ArticleSummary s;
  const uint8_t has_day = r.u8();
  const auto day = static_cast<int64_t>(r.u64());
  if (has_day > 1) r.fail("bad article date flag");
  if (has_day == 1) s.day = day;
  // Every count is bounded by the bytes its items need, so a corrupt count cannot allocate more
  // than the input's size: a day takes 8 bytes, a name 16 or more, a sentence 24 or more.
  s.mentioned_days.resize(r.count(std::min<uint64_t>(kMaxMentionedDays, r.remaining() / 8)));
  for (int64_t& d : s.mentioned_days) d = static_cast<int64_t>(r.u64());
  s.shingles = r.u32_array();
  s.minhash = r.u32_array();
  s.terms = get_terms(r);
  s.names.resize(r.count(std::min<uint64_t>(kNamedTerms, r.remaining() / 16)));
  for (KeyName& n : s.names) {
    n.key = r.u64();
    n.name = r.string();
  }
  s.words = r.u32();
  s.lead.per_document = r.u32();
  s.lead.min_words = r.u32();
  s.lead.max_words = r.u32();
  s.lead.sentences.resize(r.count(std::min<uint64_t>(s.lead.per_document, r.remaining() / 24)));
  for (SentenceTerms& sentence : s.lead.sentences) {
    sentence.sentence = r.u32();
    sentence.terms = get_terms(r);
    if (sentence.terms.empty()) r.fail("a summary sentence without terms");
  }
  const uint8_t has_figures = r.u8();
  if (has_figures > 1) r.fail("bad figures flag");
  if (has_figures == 1) {
    // A figure takes 52 bytes or more.
    s.figures.emplace(r.count(r.remaining() / 52));
    for (Figure& f : *s.figures) {
      f.value = r.f64();
      f.low = r.f64();
      f.high = r.f64();
      f.quantity = r.string();
      f.label = r.string();
      f.text = r.string();
      f.span.begin = r.u32();
      f.span.end = r.u32();
      f.sentence = r.u32();
      f.body_sentence = r.u32();
    }
  }
  r.expect_end();
  // The stages rely on these orders (merges of sorted lists, binary searches) and sizes.
  const auto strictly_sorted = [](const auto& values, auto less) {
    return std::adjacent_find(values.begin(), values.end(),
                              [&](const auto& a, const auto& b) { return !less(a, b); }) == values.end();
  };
  const auto before = [](const auto& a, const auto& b) { return a < b; };
  if (!strictly_sorted(s.mentioned_days, before)) r.fail("mentioned days not sorted");
  if (!strictly_sorted(s.shingles, before)) r.fail("shingles not sorted");
  if (!strictly_sorted(s.terms, before)) r.fail("terms not sorted");
  for (const SentenceTerms& sentence : s.lead.sentences) {
    if (!strictly_sorted(sentence.terms, before)) r.fail("sentence terms not sorted");
  }
  if (!strictly_sorted(s.lead.sentences, [](const SentenceTerms& a, const SentenceTerms& b) { return a.sentence < b.sentence; })) {
    r.fail("summary sentences not in text order");
  }
  if (s.minhash.size() != (s.shingles.empty() ? 0 : kMinHashSize)) r.fail("bad MinHash signature size");
  return s;
}

std::vector<ArticleSummary> summarize_articles(const Dossier& dossier, const TermModel& model,
                                               unsigned threads, std::span<const std::string> stored) {
  std::vector<ArticleSummary> summaries(dossier.documents.size());
  util::parallel_for(summaries.size(), threads, [&](size_t i) {
    const auto doc = static_cast<uint32_t>(i);
    if (i >= stored.size() || stored[i].empty()) {
      summaries[i] = summarize_article(dossier, doc, model);
      return;
    }
    const std::string name = "article " + dossier.documents[i].id + ": corpus summary";
    summaries[i] = decode_summary(stored[i], name);
    check_summary(summaries[i], dossier.documents[i], name);
    summaries[i].doc = doc;
    add_entities(dossier, doc, summaries[i]);
  });
  return summaries;
}

}  // namespace dossier::corpus
