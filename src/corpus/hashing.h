// Fast non-cryptographic hashes for terms, shingles and signatures (stable across runs and builds).
#ifndef DOSSIER_CORPUS_HASHING_H_
#define DOSSIER_CORPUS_HASHING_H_

#include <cstdint>
#include <string_view>

namespace dossier::corpus {

// The splitmix64 finaliser: a bijective avalanche of a 64-bit value.
constexpr uint64_t mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

// FNV-1a over the bytes, finalised by mix64; seed separates hash families.
constexpr uint64_t hash_bytes(std::string_view bytes, uint64_t seed = 0) {
  uint64_t h = 0xcbf29ce484222325ULL ^ seed;
  for (const char c : bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  return mix64(h);
}

// Combines an ordered sequence of hashes.
constexpr uint64_t hash_combine(uint64_t h, uint64_t value) {
  return mix64(h ^ (value + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2)));
}

}  // namespace dossier::corpus

#endif  // DOSSIER_CORPUS_HASHING_H_
