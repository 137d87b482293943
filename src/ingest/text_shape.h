// Unicode-aware shapes of words and marks in article text: capitals, dashes, quotes.
#ifndef DOSSIER_INGEST_TEXT_SHAPE_H_
#define DOSSIER_INGEST_TEXT_SHAPE_H_

#include <cstddef>
#include <string_view>

namespace dossier::ingest {

struct WordShape {
  bool has_letter = false;
  bool has_digit = false;
  bool initial_upper = false;  // the first character is an upper-case letter
  bool all_upper = false;      // has letters, none lower case
  bool all_lower = false;      // has letters, none upper case
};
WordShape shape_of(std::string_view word);

// Length of a dash at text[pos] ("—", "–", "―", "−", "--", "-"), or 0.
size_t dash_length(std::string_view text, size_t pos);

// True when text starts like a sentence: an upper-case letter, a digit or an opening quote.
bool starts_sentence(std::string_view text);

// Position of the first character at or after pos that is not a blank (space, tab, NBSP).
size_t skip_blanks(std::string_view text, size_t pos);

// text without leading and trailing white space of any kind (ASCII, no-break and other Unicode
// spaces, zero-width space, byte-order mark).
std::string_view trim_space(std::string_view text);

// True when the text has a letter or digit in any script.
bool has_alnum(std::string_view text);

// Number of blank-separated words.
size_t word_count(std::string_view text);

// Lower-case function words that occur inside personal and place names in Latin scripts
// ("van", "de", "al", "es", "upon", ...): a closed class of the languages, not a list of names.
bool is_name_particle(std::string_view word);

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_TEXT_SHAPE_H_
