#include "corpus/duplicates.h"

#include <algorithm>

#include "util/hash.h"
#include "corpus/minhash.h"
#include "util/parallel.h"

namespace dossier::corpus {
namespace {

struct BandEntry {
  uint64_t key = 0;
  uint32_t summary = 0;  // index into the summaries
  friend bool operator<(const BandEntry& x, const BandEntry& y) {
    return x.key != y.key ? x.key < y.key : x.summary < y.summary;
  }
};

// One (band, bucket) key per article and band. Sorting the keys groups the buckets: the step a
// distributed run does as a keyed shuffle.
std::vector<BandEntry> band_entries(std::span<const ArticleSummary> summaries, size_t rows) {
  const size_t bands = kMinHashSize / rows;
  std::vector<BandEntry> entries;
  entries.reserve(summaries.size() * bands);
  for (uint32_t i = 0; i < summaries.size(); ++i) {
    const auto& signature = summaries[i].minhash;
    if (signature.size() != kMinHashSize) continue;
    for (size_t band = 0; band < bands; ++band) {
      uint64_t key = util::splitmix64(band + 1);
      for (size_t r = 0; r < rows; ++r) key = util::hash_combine(key, signature[band * rows + r]);
      entries.push_back({key, i});
    }
  }
  std::sort(entries.begin(), entries.end());
  return entries;
}

std::vector<std::pair<uint32_t, uint32_t>> candidate_pairs(std::span<const BandEntry> entries,
                                                           size_t reach) {
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  size_t begin = 0;
  while (begin < entries.size()) {
    size_t end = begin + 1;
    while (end < entries.size() && entries[end].key == entries[begin].key) ++end;
    for (size_t i = begin; i < end; ++i) {
      for (size_t j = i + 1; j < end && j <= i + reach; ++j) {
        pairs.emplace_back(entries[i].summary, entries[j].summary);
      }
    }
    begin = end;
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  return pairs;
}

}  // namespace

std::vector<Duplicate> find_duplicates(std::span<const ArticleSummary> summaries,
                                       const DuplicateOptions& options, unsigned threads,
                                       uint64_t* candidates) {
  const size_t rows = std::clamp<size_t>(options.rows, 1, kMinHashSize);
  const auto pairs = candidate_pairs(band_entries(summaries, rows), options.bucket_reach);
  if (candidates != nullptr) *candidates = pairs.size();
  std::vector<double> similarity(pairs.size());
  util::parallel_for(pairs.size(), threads, [&](size_t k) {
    similarity[k] = jaccard(summaries[pairs[k].first].shingles, summaries[pairs[k].second].shingles);
  });
  std::vector<Duplicate> out;
  for (size_t k = 0; k < pairs.size(); ++k) {
    if (similarity[k] < options.threshold) continue;
    uint32_t a = summaries[pairs[k].first].doc;
    uint32_t b = summaries[pairs[k].second].doc;
    if (a > b) std::swap(a, b);
    out.push_back({a, b, similarity[k]});
  }
  std::sort(out.begin(), out.end(),
            [](const Duplicate& x, const Duplicate& y) { return std::tie(x.a, x.b) < std::tie(y.a, y.b); });
  return out;
}

}  // namespace dossier::corpus
