#include "corpus/article_summary.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_map>

#include "util/hash.h"
#include "corpus/minhash.h"
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

void collect_entities(const Dossier& dossier, uint32_t index, ArticleSummary& summary) {
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

ArticleSummary summarize_article(const Dossier& dossier, uint32_t index, const TermModel& model) {
  const Document& doc = dossier.documents[index];
  ArticleSummary summary;
  summary.doc = index;
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
  collect_entities(dossier, index, summary);
  return summary;
}

std::vector<ArticleSummary> summarize_articles(const Dossier& dossier, const TermModel& model,
                                               unsigned threads) {
  std::vector<ArticleSummary> summaries(dossier.documents.size());
  util::parallel_for(summaries.size(), threads, [&](size_t i) {
    summaries[i] = summarize_article(dossier, static_cast<uint32_t>(i), model);
  });
  return summaries;
}

}  // namespace dossier::corpus
