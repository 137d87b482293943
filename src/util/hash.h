// The project's one hash module: fast non-cryptographic hashes, stable across runs, builds and
// machines (model files store them: the tagger's weight tables hash with fnv1a and murmur_mix64,
// the corpus term model and the lexicon's index with hash_bytes and fnv1a).
#ifndef DOSSIER_UTIL_HASH_H_
#define DOSSIER_UTIL_HASH_H_

#include <cstdint>
#include <string_view>

namespace dossier::util {

inline constexpr uint64_t kFnvOffset = 14695981039346656037ull;
inline constexpr uint64_t kFnvPrime = 1099511628211ull;

// One byte of FNV-1a.
constexpr uint64_t fnv_step(uint64_t h, unsigned char byte) { return (h ^ byte) * kFnvPrime; }

// FNV-1a over the bytes, from h.
constexpr uint64_t fnv1a(std::string_view bytes, uint64_t h = kFnvOffset) {
  for (const char c : bytes) h = fnv_step(h, static_cast<unsigned char>(c));
  return h;
}

// The splitmix64 finaliser: a bijective avalanche of a 64-bit value.
constexpr uint64_t splitmix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

// MurmurHash3's 64-bit finaliser, so nearby keys land far apart.
constexpr uint64_t murmur_mix64(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ull;
  x ^= x >> 33;
  return x;
}

// FNV-1a finalised by splitmix64; seed separates hash families.
constexpr uint64_t hash_bytes(std::string_view bytes, uint64_t seed = 0) {
  return splitmix64(fnv1a(bytes, kFnvOffset ^ seed));
}

// Combines an ordered sequence of hashes (hash_bytes family).
constexpr uint64_t hash_combine(uint64_t h, uint64_t value) {
  return splitmix64(h ^ (value + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2)));
}

// Combines two keys of the tagger's features (fnv1a / murmur_mix64 family).
constexpr uint64_t murmur_combine(uint64_t a, uint64_t b) { return murmur_mix64(a * 0x9E3779B97F4A7C15ull + b); }

}  // namespace dossier::util

#endif  // DOSSIER_UTIL_HASH_H_
