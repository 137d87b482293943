#include <algorithm>

#include "dossier/corpus.h"
#include "dossier/document.h"
#include "dossier/error.h"

namespace dossier {
namespace {

std::string located(const std::string& file, uint64_t line, const std::string& reason) {
  if (file.empty()) return reason;
  std::string out = file;
  if (line > 0) out.append(":").append(std::to_string(line));
  out.append(": ").append(reason);
  return out;
}

}  // namespace


std::string_view Document::token_form(uint32_t token) const {
  const Token& t = tokens[token];
  if (t.norm != Token::kNoNorm) return token_norms[t.norm];
  return slice(t.span);
}

int32_t Document::sentence_at(uint32_t offset) const {
  const auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                                   [](uint32_t o, const Sentence& s) { return o < s.span.begin; });
  if (it == sentences.begin()) return -1;
  const auto index = static_cast<int32_t>(it - sentences.begin() - 1);
  return sentences[static_cast<size_t>(index)].span.contains(offset) ? index : -1;
}

bool Document::is_body(const Sentence& sentence) const {
  return sentence.block < blocks.size() && blocks[sentence.block].kind == BlockKind::kBody;
}

std::string Diagnostic::to_string() const { return located(file, line, message); }

int32_t Dossier::entity_of(uint32_t doc, int32_t mention) const {
  if (mention < 0 || doc >= documents.size()) return -1;
  const auto& mentions = documents[doc].mentions;
  if (static_cast<size_t>(mention) >= mentions.size()) return -1;
  const int32_t chain = mentions[static_cast<size_t>(mention)].chain;
  if (chain < 0 || doc >= entity_of_chain.size()) return -1;
  const auto& chains = entity_of_chain[doc];
  return static_cast<size_t>(chain) < chains.size() ? chains[static_cast<size_t>(chain)] : -1;
}


InputError::InputError(std::string file, std::string reason, uint64_t line)
    : Error(located(file, line, reason)),
      file_(std::move(file)),
      reason_(std::move(reason)),
      line_(line) {}

ModelError::ModelError(std::string file, std::string reason)
    : Error(located(file, 0, reason)), file_(std::move(file)) {}

}  // namespace dossier
