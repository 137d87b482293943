#include "corpus/duplicates.h"

#include <algorithm>
#include <numeric>
#include <unordered_set>

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

// A bucket with more articles than this has its joins applied after each round of neighbours.
constexpr size_t kLargeBucket = 64;

class DisjointSets {
 public:
  explicit DisjointSets(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0u); }
  uint32_t find(uint32_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  // The smaller root becomes the parent, so a set's root is its first summary.
  void join(uint32_t a, uint32_t b) {
    a = find(a), b = find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<uint32_t> parent_;
};

// Joins the candidate pairs of the LSH buckets whose Jaccard reaches the threshold. Pairs already
// joined (through others) are not compared again, and pairs compared and rejected are remembered:
// 100,000 copies of one text cost about 100,000 comparisons, not the 20 million pairs they form
// (nor the 64 per article of the bucket reach).
// The comparisons of each batch run on the threads.
class Joiner {
 public:
  Joiner(std::span<const ArticleSummary> summaries, const DuplicateOptions& options, unsigned threads)
      : summaries_(summaries), options_(options), threads_(threads), sets_(summaries.size()) {}

  void offer(uint32_t a, uint32_t b) {
    if (sets_.find(a) == sets_.find(b)) return;
    if (rejected_.contains(key(a, b))) return;
    batch_.emplace_back(a, b);
    if (batch_.size() >= kBatch) flush();
  }

  void flush() {
    std::sort(batch_.begin(), batch_.end());
    batch_.erase(std::unique(batch_.begin(), batch_.end()), batch_.end());
    std::vector<double> similarity(batch_.size());
    util::parallel_for(batch_.size(), threads_, [&](size_t k) {
      similarity[k] = jaccard(summaries_[batch_[k].first].shingles, summaries_[batch_[k].second].shingles);
    });
    compared_ += batch_.size();
    for (size_t k = 0; k < batch_.size(); ++k) {
      if (similarity[k] >= options_.threshold) {
        sets_.join(batch_[k].first, batch_[k].second);
      } else {
        rejected_.insert(key(batch_[k].first, batch_[k].second));
      }
    }
    batch_.clear();
  }

  DisjointSets& sets() { return sets_; }
  uint64_t compared() const { return compared_; }

 private:
  static constexpr size_t kBatch = 1 << 16;
  static uint64_t key(uint32_t a, uint32_t b) { return (uint64_t{a} << 32) | b; }

  std::span<const ArticleSummary> summaries_;
  const DuplicateOptions& options_;
  unsigned threads_;
  DisjointSets sets_;
  std::vector<std::pair<uint32_t, uint32_t>> batch_;
  std::unordered_set<uint64_t> rejected_;
  uint64_t compared_ = 0;
};

}  // namespace

std::vector<DuplicateGroup> find_duplicates(std::span<const ArticleSummary> summaries,
                                            const DuplicateOptions& options, unsigned threads,
                                            uint64_t* candidates) {
  const size_t rows = std::clamp<size_t>(options.rows, 1, kMinHashSize);
  const std::vector<BandEntry> entries = band_entries(summaries, rows);
  Joiner joiner(summaries, options, threads);
  for (size_t begin = 0; begin < entries.size();) {
    size_t end = begin + 1;
    while (end < entries.size() && entries[end].key == entries[begin].key) ++end;
    // Neighbours at distance 1 first, then 2...: in a large bucket of copies the first round joins
    // them all and the later rounds compare nothing.
    for (size_t distance = 1; distance <= options.bucket_reach && begin + distance < end; ++distance) {
      for (size_t i = begin; i + distance < end; ++i) {
        joiner.offer(entries[i].summary, entries[i + distance].summary);
      }
      if (end - begin > kLargeBucket) joiner.flush();
    }
    begin = end;
  }
  joiner.flush();
  if (candidates != nullptr) *candidates = joiner.compared();

  // Summaries are in document order, so each set's root (its smallest summary) is its first article.
  std::vector<int64_t> group_of(summaries.size(), -1);
  std::vector<DuplicateGroup> groups;
  std::vector<std::pair<size_t, size_t>> members;  // (group, summary) of each copy
  for (uint32_t i = 0; i < summaries.size(); ++i) {
    const uint32_t root = joiner.sets().find(i);
    if (root == i) continue;
    if (group_of[root] < 0) {
      group_of[root] = static_cast<int64_t>(groups.size());
      groups.push_back({summaries[root].doc, {}});
    }
    const auto g = static_cast<size_t>(group_of[root]);
    groups[g].copies.push_back({summaries[i].doc, 0.0});
    members.emplace_back(g, i);
  }
  std::vector<size_t> next_copy(groups.size(), 0);
  std::vector<std::pair<DuplicateCopy*, std::pair<uint32_t, uint32_t>>> work;
  work.reserve(members.size());
  for (const auto& [g, i] : members) {
    work.push_back({&groups[g].copies[next_copy[g]++], {joiner.sets().find(static_cast<uint32_t>(i)),
                                                          static_cast<uint32_t>(i)}});
  }
  util::parallel_for(work.size(), threads, [&](size_t k) {
    const auto [root, copy] = work[k].second;
    work[k].first->similarity = jaccard(summaries[root].shingles, summaries[copy].shingles);
  });
  std::sort(groups.begin(), groups.end(), [](const DuplicateGroup& x, const DuplicateGroup& y) {
    return x.representative < y.representative;
  });
  return groups;
}

std::vector<DuplicatePair> expand_to_pairs(std::span<const DuplicateGroup> groups) {
  std::vector<DuplicatePair> pairs;
  for (const DuplicateGroup& group : groups) {
    std::vector<uint32_t> docs{group.representative};
    for (const DuplicateCopy& copy : group.copies) docs.push_back(copy.doc);
    std::sort(docs.begin(), docs.end());
    for (size_t i = 0; i < docs.size(); ++i) {
      for (size_t j = i + 1; j < docs.size(); ++j) pairs.push_back({docs[i], docs[j]});
    }
  }
  return pairs;
}

}  // namespace dossier::corpus
