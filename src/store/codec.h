// The binary encodings the store keeps: an article's metadata, its annotation layers, and the
// corpus result. Each is a model-file container (src/util/model_file.h: magic, version,
// little-endian, CRC-32, bounds-checked), so a damaged row is reported, never misread.
#ifndef DOSSIER_STORE_CODEC_H_
#define DOSSIER_STORE_CODEC_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dossier/corpus.h"
#include "dossier/document.h"

namespace dossier::store {

// Version of the layer encoding; bump when a field is added to the document model.
// 2: mention, chain and role confidences; 3: word layer, quote, time and event confidences; 4: attributions
inline constexpr uint32_t kLayersVersion = 4;
inline constexpr uint32_t kCorpusVersion = 5;  // 2: duplicates as groups; 3: entity confidence; 4: confident_from; 5: no layer patches

std::string encode_meta(const ArticleMeta& meta);
// Throws ModelError naming `name` when the bytes are not a valid encoding.
ArticleMeta decode_meta(std::string bytes, const std::string& name);

// Everything but id, path and text: metadata and every layer.
std::string encode_layers(const Document& document);
// Fills document's metadata and layers; its text must already be set. Every span and index is
// checked against the text and the other layers; throws ModelError naming `name` otherwise.
void decode_layers(std::string bytes, const std::string& name, Document& document);

// The corpus part of a dossier: entities, entity_of_chain, stories, duplicates, conflicts,
// positions and the corpus stages' diagnostics. The layers a corpus stage changed in a document
// (entity resolution completes role claims) are kept with the article (articles.linked).
std::string encode_corpus(const Dossier& dossier);
// Fills the corpus part of dossier, whose documents must already be loaded; checks every
// reference against them; throws ModelError naming `name` otherwise.
void decode_corpus(std::string bytes, const std::string& name, Dossier& dossier);

}  // namespace dossier::store

#endif  // DOSSIER_STORE_CODEC_H_
