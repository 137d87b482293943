#include "corpus/story_summary.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <unordered_map>

#include "corpus/words.h"

namespace dossier::corpus {
namespace {

struct Candidate {
  uint32_t rank_doc = 0;  // position of the article in the story
  uint32_t doc = 0;
  uint32_t sentence = 0;
  SparseVector vector;
  double relevance = 0;
};

// How many sentences a story of n articles gets: two for one article, up to the maximum.
size_t summary_length(size_t articles, size_t maximum) {
  const auto wanted = static_cast<size_t>(2 + std::floor(std::log2(static_cast<double>(articles))));
  return std::min(wanted, maximum);
}

// A summary sentence must stand on its own: one that opens with a pronoun ("She said ...") or a
// quotation leans on what came before it in its article.
bool stands_alone(const Document& doc, const Sentence& sentence) {
  if (sentence.token_count == 0) return false;
  const std::string_view first = doc.token_form(sentence.first_token);
  if (doc.tokens[sentence.first_token].is(kWcPronoun | kWcDemonstrative)) return false;
  return !(first.starts_with('"') || first.starts_with("\u201C") || first.starts_with('\'') ||
           first.starts_with("\u2018") || first.starts_with("\u00AB"));
}

}  // namespace

LeadSentences lead_sentences(const Document& doc, const TermModel& model, const SummaryOptions& options) {
  LeadSentences lead{static_cast<uint32_t>(options.sentences_per_document), static_cast<uint32_t>(options.min_words),
                     static_cast<uint32_t>(options.max_words), {}};
  WordReader reader;
  Stemmer stemmer;
  size_t taken = 0;
  for (uint32_t s = 0; s < doc.sentences.size() && taken < options.sentences_per_document; ++s) {
    const Sentence& sentence = doc.sentences[s];
    if (!doc.is_body(sentence)) continue;
    ++taken;
    if (!stands_alone(doc, sentence)) continue;
    std::unordered_map<uint64_t, float> counts;
    size_t words = 0;
    reader.read_tokens(doc, sentence.first_token, sentence.token_count, [&](const Word& w) {
      ++words;
      if (!w.has_letter || w.text.size() < 2 || model.is_stopword(w.text)) return;
      counts[term_hash(stemmer.stem(w.text))] += 1.0f;
    });
    if (words < options.min_words || words > options.max_words || counts.empty()) continue;
    SentenceTerms& out = lead.sentences.emplace_back();
    out.sentence = s;
    for (const auto& [term, count] : counts) out.terms.push_back({term, count});
    std::sort(out.terms.begin(), out.terms.end());
  }
  return lead;
}

std::vector<Passage> SentenceSelector::summarize(const Dossier& dossier, const Story& story,
                                                 std::span<const ArticleSummary> summaries) const {
  std::vector<Candidate> candidates;
  std::unordered_map<uint64_t, float> centroid_sum;
  // Articles spread evenly over the story's time order, so a long story's summary covers its
  // later developments and not only its first day.
  const size_t n = story.documents.size();
  const size_t docs = std::min(n, options_.max_documents);
  for (uint32_t k = 0; k < docs; ++k) {
    const auto r = static_cast<uint32_t>(docs == 1 ? 0 : k * (n - 1) / (docs - 1));
    const uint32_t d = story.documents[r];
    const LeadSentences* lead = d < summaries.size() ? &summaries[d].lead : nullptr;
    LeadSentences read;
    if (lead == nullptr || lead->per_document != options_.sentences_per_document ||
        lead->min_words != options_.min_words || lead->max_words != options_.max_words) {
      read = lead_sentences(dossier.documents[d], model_, options_);
      lead = &read;
    }
    for (const SentenceTerms& sentence : lead->sentences) {
      Candidate c{r, d, sentence.sentence, tfidf_vector(sentence.terms, idf_, sentence.terms.size()), 0};
      for (const auto& e : c.vector) centroid_sum[e.key] += e.weight;
      candidates.push_back(std::move(c));
    }
  }
  SparseVector centroid;
  centroid.reserve(centroid_sum.size());
  for (const auto& [key, weight] : centroid_sum) centroid.push_back({key, weight});
  std::sort(centroid.begin(), centroid.end(), [](const Weighted& a, const Weighted& b) { return a.key < b.key; });
  const double centroid_norm = norm(centroid);
  if (candidates.empty() || centroid_norm <= 0) return {};
  for (auto& c : candidates) {
    // The lead of an article states its news: a small bonus that fades with position.
    const double lead = 0.05 / (1.0 + c.sentence);
    c.relevance = dot(c.vector, centroid) / centroid_norm + lead;
  }
  std::vector<size_t> chosen;
  const size_t length = summary_length(story.documents.size(), options_.max_sentences);
  std::vector<double> redundancy(candidates.size(), 0.0);
  std::vector<bool> used(candidates.size(), false);
  while (chosen.size() < length) {
    size_t best = candidates.size();
    double best_score = -1e9;
    for (size_t i = 0; i < candidates.size(); ++i) {
      if (used[i] || redundancy[i] >= options_.repeat_cosine) continue;
      const double score = options_.lambda * candidates[i].relevance - (1 - options_.lambda) * redundancy[i];
      if (score > best_score) {
        best_score = score;
        best = i;
      }
    }
    if (best == candidates.size()) break;
    used[best] = true;
    chosen.push_back(best);
    for (size_t i = 0; i < candidates.size(); ++i) {
      if (!used[i]) redundancy[i] = std::max(redundancy[i], dot(candidates[i].vector, candidates[best].vector));
    }
  }
  std::sort(chosen.begin(), chosen.end(), [&](size_t a, size_t b) {
    return std::tie(candidates[a].rank_doc, candidates[a].sentence) <
           std::tie(candidates[b].rank_doc, candidates[b].sentence);
  });
  std::vector<Passage> out;
  for (const size_t i : chosen) {
    const Document& doc = dossier.documents[candidates[i].doc];
    out.push_back({candidates[i].doc, doc.sentences[candidates[i].sentence].span});
  }
  return out;
}

}  // namespace dossier::corpus
