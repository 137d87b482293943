// Tokenisation with byte offsets, following the Penn Treebank conventions of CoNLL-2003:
// "U.S.", "Mr.", "Jan." and initials keep their period; "'s", "'re" and "n't" are split off;
// hyphenated words ("Urdu-speaking"), numbers with separators ("1,000.50", "5-1/2", "10:30"),
// URLs, e-mail addresses, @handles and #hashtags stay whole; "$" and "%" and every other
// punctuation mark are tokens of their own ("--", "...", "?!", "``" and "''" as runs).
#ifndef DOSSIER_TEXT_TOKENIZER_H_
#define DOSSIER_TEXT_TOKENIZER_H_

#include <string>
#include <string_view>
#include <vector>

#include "dossier/span.h"
#include "dossier/text.h"

namespace dossier::text {

// Appends the tokens of text[range) to tokens with their surface flags (all but
// kTokSentenceStart), and to norms the matching forms that differ from the text.
// range must start and end on code-point boundaries.
void tokenize(std::string_view text, Span range, std::vector<Token>& tokens,
              std::vector<std::string>& norms);

}  // namespace dossier::text

#endif  // DOSSIER_TEXT_TOKENIZER_H_
