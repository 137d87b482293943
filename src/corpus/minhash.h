// MinHash signatures of shingle sets and the exact Jaccard similarity of two sets.
#ifndef DOSSIER_CORPUS_MINHASH_H_
#define DOSSIER_CORPUS_MINHASH_H_

#include <cstdint>
#include <span>
#include <vector>

namespace dossier::corpus {

// kMinHashSize minima of independent hash permutations of the set; empty for an empty set.
std::vector<uint32_t> minhash_signature(std::span<const uint32_t> shingles);
// The i-th hash of a shingle, computed plainly over 64 bits: minhash_signature's slow reference.
uint32_t minhash_value(size_t i, uint32_t shingle);

// |a ∩ b| / |a ∪ b| of two sorted sets of distinct values; 0 when both are empty.
double jaccard(std::span<const uint32_t> a, std::span<const uint32_t> b);

}  // namespace dossier::corpus

#endif  // DOSSIER_CORPUS_MINHASH_H_
