// The layout of a lexicon file's payload, shared by the builder and the loader.
//
// The file (container kind "lexicon") holds u64 size + bytes: a zlib-compressed inner model file
// of kind "lexicon-tables" (same version), whose payload is, in order:
//   bytes  strings                      every string, referred to as (offset, size) pairs
//   u32[]  kind | flags << 8            one per entry
//   u32[]  name, country, code refs     2 per entry each (offset, size)
//   u32[]  population, parent           one per entry each
//   u32[]  dated_begin                  entries + 1, ranges into the dated codes
//   u32[]  dated codes                  4 each: code offset, code size, from, to (yyyymmdd)
//   u32[]  key refs                     2 per key
//   u32[]  hit_begin                    keys + 1
//   u32[]  hits                         entry << 8 | form << 4 | shape
//   u32[]  slots                        power-of-two hash table of key id + 1 (0 = empty),
//                                       linear probing from key_hash(key)
#ifndef DOSSIER_LEXICON_LEXICON_FORMAT_H_
#define DOSSIER_LEXICON_LEXICON_FORMAT_H_

#include <cstdint>
#include <string_view>

namespace dossier::lexicon::format {

inline constexpr std::string_view kFileKind = "lexicon";
inline constexpr std::string_view kTablesKind = "lexicon-tables";
inline constexpr uint64_t kMaxTablesBytes = 1ull << 30;  // refuses absurd sizes before inflating
inline constexpr uint32_t kVersion = 1;
inline constexpr uint32_t kMaxEntries = 1u << 24;  // entry ids fit the 24 bits of a packed hit

inline uint32_t pack_hit(uint32_t entry, uint8_t form, uint8_t shape) {
  return entry << 8 | static_cast<uint32_t>(form) << 4 | shape;
}

}  // namespace dossier::lexicon::format

#endif  // DOSSIER_LEXICON_LEXICON_FORMAT_H_
