// Test helper: a document from text with tokens (words, and punctuation apart), one sentence per
// ". " or line, and name mentions placed at the given surfaces in order.
#ifndef DOSSIER_ENTITIES_TEST_DOCUMENT_H_
#define DOSSIER_ENTITIES_TEST_DOCUMENT_H_

#include <string>
#include <utility>
#include <vector>

#include "dossier/document.h"
#include "lexicon/lexicon.h"

namespace dossier::entities::testing {

struct Name {
  std::string text;
  EntityType type = EntityType::kPerson;
};

// Tokenises text; each name is found after the previous one (throws std::logic_error if absent)
// and becomes a kName mention over the tokens it covers.
Document make_document(std::string text, const std::vector<Name>& names, std::string id = "d");

// The text of each mention of the chain of mention m.
std::vector<std::string> chain_texts(const Document& document, size_t mention);
// Index of the first mention whose text is text (at or after position from), or -1.
int find_mention(const Document& document, std::string_view text, size_t from = 0);

// The committed lexicon ($DOSSIER_MODELS or the source tree's models/), loaded once.
const lexicon::Lexicon& test_lexicon();

}  // namespace dossier::entities::testing

#endif  // DOSSIER_ENTITIES_TEST_DOCUMENT_H_
