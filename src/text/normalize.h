// Normalisation for matching: a separate string, never an edit of Document::text.
//
// The matching form maps typographic variants to their plain ASCII counterparts (curly quotes
// and guillemets to ' and ", hyphens, en and em dashes and the minus sign to -, the ellipsis
// character to ..., no-break and other Unicode spaces to a space, ligatures such as ﬁ to fi,
// full-width ASCII to ASCII, `` and '' to "), deletes invisible characters (soft hyphen,
// zero-width space and joiners, byte-order mark) and composes what is left to NFC. It keeps
// case and does not apply the rest of NFKC (so ² stays ², ™ stays ™).
#ifndef DOSSIER_TEXT_NORMALIZE_H_
#define DOSSIER_TEXT_NORMALIZE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dossier::text {

// Sets replacement to the matching form of one code point when it is mapped (possibly empty).
bool mapped_form(char32_t c, std::string_view& replacement);

// Appends the matching form of text to out; returns true when it differs from text.
bool append_matching_form(std::string_view text, std::string& out);

// A normalised copy of a text that remembers where each of its bytes came from.
struct MatchText {
  std::string text;
  // origins[i]: byte offset in the source of the code point that produced text[i];
  // origins[text.size()] is the source size.
  std::vector<uint32_t> origins;
};

// The matching form of text with an offset map back to it.
MatchText normalize_for_matching(std::string_view text);

}  // namespace dossier::text

#endif  // DOSSIER_TEXT_NORMALIZE_H_
