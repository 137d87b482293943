#include "entities/doc_view.h"

#include <algorithm>

namespace dossier::entities {

DocView::DocView(const Document& document) : doc_(document) {
  const uint32_t n = size();
  // Sentences when the text layer gave them; else the whole document is one sentence.
  sentence_begin_.assign(n, 0);
  sentence_end_.assign(n, n);
  sentence_index_.assign(n, 0);
  for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
    const Sentence& sentence = doc_.sentences[s];
    const uint32_t end = std::min(n, sentence.first_token + sentence.token_count);
    for (uint32_t t = sentence.first_token; t < end; ++t) {
      sentence_begin_[t] = sentence.first_token;
      sentence_end_[t] = end;
      sentence_index_[t] = s;
    }
  }
  mention_at_.assign(n, -1);
  for (uint32_t m = 0; m < doc_.mentions.size(); ++m) {
    const Mention& mention = doc_.mentions[m];
    if (mention.kind != MentionKind::kName) continue;
    const uint32_t end = std::min(n, mention.first_token + mention.token_count);
    for (uint32_t t = mention.first_token; t < end; ++t) mention_at_[t] = static_cast<int32_t>(m);
  }
}

bool DocView::capitalised(uint32_t token) const {
  const std::string_view f = form(token);
  if (f.empty()) return false;
  const auto c = static_cast<unsigned char>(f[0]);
  if (c >= 'A' && c <= 'Z') return true;
  // A non-ASCII first letter: capitalised when the text layer flagged it.
  return c >= 0x80 && doc_.tokens[token].has(kTokUpperInitial);
}

bool DocView::punct(uint32_t token) const {
  for (const char c : form(token)) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      return false;
    }
  }
  return true;
}

}  // namespace dossier::entities
