// Hashing of strings and feature keys for the tagger's hashed weight tables.
#ifndef DOSSIER_NER_HASHING_H_
#define DOSSIER_NER_HASHING_H_

#include <cstdint>
#include <string_view>

namespace dossier::ner {

inline constexpr uint64_t kFnvOffset = 14695981039346656037ull;
inline constexpr uint64_t kFnvPrime = 1099511628211ull;

inline uint64_t fnv_step(uint64_t h, unsigned char byte) { return (h ^ byte) * kFnvPrime; }

inline uint64_t hash_bytes(std::string_view s) {
  uint64_t h = kFnvOffset;
  for (const char c : s) h = fnv_step(h, static_cast<unsigned char>(c));
  return h;
}

// A strong 64-bit finaliser (MurmurHash3's), so nearby keys land far apart.
inline uint64_t mix64(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ull;
  x ^= x >> 33;
  return x;
}

inline uint64_t combine(uint64_t a, uint64_t b) { return mix64(a * 0x9E3779B97F4A7C15ull + b); }

// Lower-cases one UTF-8 word: ASCII letters and the Latin-1 capitals (U+00C0..U+00DE, not
// U+00D7) that news names use; other bytes pass through. Writes at most capacity bytes and
// returns the full length of the lower-cased form.
size_t lower_case(std::string_view word, char* out, size_t capacity);

}  // namespace dossier::ner

#endif  // DOSSIER_NER_HASHING_H_
