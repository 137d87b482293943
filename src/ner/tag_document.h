// What the tagger reads: one document's token forms, split into sentences, with each sentence's
// place in the article layout.
#ifndef DOSSIER_NER_TAG_DOCUMENT_H_
#define DOSSIER_NER_TAG_DOCUMENT_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace dossier::ner {

enum class SentenceKind : uint8_t {
  kBody,      // body text, or unknown (CoNLL input)
  kHeadline,  // a headline or subhead
  kDateline,  // a dateline or other header line
};

struct TagSentence {
  uint32_t first = 0;  // index into TagDocument::forms
  uint32_t count = 0;
  SentenceKind kind = SentenceKind::kBody;
};

// The forms must outlive the tagging call. Sentences are in order, do not overlap and lie within
// forms; tokens outside every sentence are tagged O.
struct TagDocument {
  std::vector<std::string_view> forms;
  std::vector<TagSentence> sentences;
};

}  // namespace dossier::ner

#endif  // DOSSIER_NER_TAG_DOCUMENT_H_
