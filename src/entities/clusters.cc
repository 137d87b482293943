#include "entities/clusters.h"

#include <algorithm>
#include <utility>

namespace dossier::entities {
namespace {

bool same_list(const std::vector<GivenName>& a, const std::vector<GivenName>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                    [](const GivenName& x, const GivenName& y) { return x.word == y.word; });
}

// A root keeps a few distinct given-name lists: enough to keep the constraint, bounded so that a
// merge costs the same in a corpus of millions.
constexpr size_t kMaxGivenLists = 16;

}  // namespace

Clusters::Clusters(std::vector<std::vector<GivenName>> given, const std::vector<uint32_t>& entries,
                   uint32_t none)
    : parent_(given.size()), given_(given.size()), entries_(given.size()) {
  for (size_t g = 0; g < given.size(); ++g) {
    parent_[g] = static_cast<uint32_t>(g);
    if (!given[g].empty()) given_[g].push_back(std::move(given[g]));
    if (entries[g] != none) entries_[g].push_back(entries[g]);
  }
}

uint32_t Clusters::find(uint32_t g) {
  while (parent_[g] != g) {
    parent_[g] = parent_[parent_[g]];
    g = parent_[g];
  }
  return g;
}

bool Clusters::can_merge(uint32_t a, uint32_t b) {
  a = find(a);
  b = find(b);
  if (a == b) return true;
  for (const uint32_t x : entries_[a]) {
    for (const uint32_t y : entries_[b]) {
      if (x != y) return false;
    }
  }
  for (const auto& x : given_[a]) {
    for (const auto& y : given_[b]) {
      if (!same_list(x, y) && !given_names_compatible(x, y)) return false;
    }
  }
  return true;
}

bool Clusters::merge(uint32_t a, uint32_t b) {
  if (!can_merge(a, b)) return false;
  a = find(a);
  b = find(b);
  if (a == b) return true;
  if (given_[a].size() + entries_[a].size() < given_[b].size() + entries_[b].size()) std::swap(a, b);
  parent_[b] = a;
  for (auto& x : given_[b]) {
    const bool known = std::any_of(given_[a].begin(), given_[a].end(),
                                   [&](const std::vector<GivenName>& y) { return same_list(x, y); });
    if (!known && given_[a].size() < kMaxGivenLists) given_[a].push_back(std::move(x));
  }
  for (const uint32_t x : entries_[b]) {
    if (std::find(entries_[a].begin(), entries_[a].end(), x) == entries_[a].end()) entries_[a].push_back(x);
  }
  given_[b].clear();
  given_[b].shrink_to_fit();
  entries_[b].clear();
  return true;
}

}  // namespace dossier::entities
