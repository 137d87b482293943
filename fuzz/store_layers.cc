// Fuzz target: the store's loader of an article's layers (and of a corpus result over it).
// Input: u16 little-endian text length, the text, then the encoded layers; the rest, after a
// u32 little-endian length, an encoded corpus result. Whatever decodes encodes back to the same
// bytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "dossier/error.h"
#include "store/codec.h"
#include "util/model_file.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

// Sets the container's payload checksum to the payload's, so that mutations reach the decoder
// instead of stopping at the checksum.
void fix_checksum(std::string& bytes) {
  if (bytes.size() < 16) return;
  const auto u32_at = [&](size_t at) {
    uint32_t v = 0;
    for (int b = 3; b >= 0; --b) v = (v << 8) | static_cast<uint8_t>(bytes[at + static_cast<size_t>(b)]);
    return v;
  };
  const size_t kind = u32_at(12);
  const size_t crc_at = 16 + kind + 4 + 8;
  if (kind > bytes.size() || crc_at + 4 > bytes.size()) return;
  const uint32_t crc = dossier::util::crc32_of(std::string_view(bytes).substr(crc_at + 4));
  for (size_t b = 0; b < 4; ++b) bytes[crc_at + b] = static_cast<char>((crc >> (8 * b)) & 0xFF);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 6) return 0;
  const size_t text_size = data[0] | (size_t{data[1]} << 8);
  if (2 + text_size + 4 > size) return 0;
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  const size_t layers_size = data[2 + text_size] | (size_t{data[3 + text_size]} << 8) |
                             (size_t{data[4 + text_size]} << 16) | (size_t{data[5 + text_size]} << 24);
  const size_t layers_at = 6 + text_size;
  if (layers_size > size - layers_at) return 0;
  std::string layers = bytes.substr(layers_at, layers_size);
  fix_checksum(layers);
  std::string corpus = bytes.substr(layers_at + layers_size);
  fix_checksum(corpus);
  dossier::Dossier dossier;
  dossier::Document& doc = dossier.documents.emplace_back();
  doc.id = "fuzz";
  doc.text = bytes.substr(2, text_size);
  try {
    dossier::store::decode_layers(layers, "fuzz", doc);
  } catch (const dossier::ModelError&) {
    return 0;
  }
  if (dossier::store::encode_layers(doc) != layers) std::abort();
  try {
    dossier::store::decode_corpus(corpus, "fuzz", dossier);
  } catch (const dossier::ModelError&) {
    return 0;
  }
  return 0;
}
