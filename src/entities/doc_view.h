// Read-only helpers over a document's tokens shared by the within-document steps: the word
// layer's folded forms, capitalisation, sentence bounds, and which tokens lie inside a name mention.
#ifndef DOSSIER_ENTITIES_DOC_VIEW_H_
#define DOSSIER_ENTITIES_DOC_VIEW_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/document.h"

namespace dossier::entities {

class DocView {
 public:
  explicit DocView(const Document& document);

  const Document& doc() const { return doc_; }
  uint32_t size() const { return static_cast<uint32_t>(doc_.tokens.size()); }
  // The token's matching form.
  std::string_view form(uint32_t token) const { return doc_.token_form(token); }
  // The token's case-folded form (the word layer, Document::token_fold).
  std::string_view lower(uint32_t token) const { return doc_.token_fold(token); }
  bool capitalised(uint32_t token) const;
  // True for a token with no letter or digit.
  bool punct(uint32_t token) const;
  // First token of the sentence holding the token, and one past its last.
  uint32_t sentence_begin(uint32_t token) const { return sentence_begin_[token]; }
  uint32_t sentence_end(uint32_t token) const { return sentence_end_[token]; }
  // Index of the sentence holding the token.
  uint32_t sentence_of(uint32_t token) const { return sentence_index_[token]; }
  // The name mention covering the token, or -1.
  int32_t mention_at(uint32_t token) const { return mention_at_[token]; }

 private:
  const Document& doc_;
  std::vector<uint32_t> sentence_begin_;
  std::vector<uint32_t> sentence_end_;
  std::vector<uint32_t> sentence_index_;
  std::vector<int32_t> mention_at_;
};

}  // namespace dossier::entities

#endif  // DOSSIER_ENTITIES_DOC_VIEW_H_
