// Words of running text in matching form, and the content terms built from them.
#ifndef DOSSIER_CORPUS_WORDS_H_
#define DOSSIER_CORPUS_WORDS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "dossier/document.h"

struct sb_stemmer;

namespace dossier::corpus {

// One word: a maximal run of letters and digits inside a token, lower-cased.
struct Word {
  std::string_view text;     // valid until the next word is produced
  uint32_t token = 0;        // index into Document::tokens
  bool has_letter = false;
  bool capitalised = false;  // the run began with an upper-case letter
  bool all_upper = false;    // every letter of the run was upper case ("NATO")
};

// Appends the words of one token's matching form to the callback, lower-casing through ICU.
class WordReader {
 public:
  template <typename Fn>
  void read_tokens(const Document& doc, uint32_t first, uint32_t count, Fn&& fn) {
    const uint32_t end = first + count;
    for (uint32_t t = first; t < end && t < doc.tokens.size(); ++t) {
      const std::string_view form = doc.token_form(t);
      size_t pos = 0;
      while (next_run(form, pos)) {
        fn(current(t));
      }
    }
  }

  // Moves pos past the next run of letters and digits of form, leaving it lower-cased in the
  // buffer; false when no run is left.
  bool next_run(std::string_view form, size_t& pos);
  // The run left by the last successful next_run (token 0).
  Word current(uint32_t token = 0) const {
    return Word{buffer_, token, has_letter_, capitalised_, has_letter_ && !lower_seen_};
  }
  // The words of text joined by single spaces, a leading "the" dropped: a name's matching form.
  std::string normalise_name(std::string_view text);

 private:
  std::string buffer_;
  bool has_letter_ = false;
  bool capitalised_ = false;
  bool lower_seen_ = false;
};

// The Snowball English stemmer (libstemmer). Not thread-safe: one per thread or per call.
class Stemmer {
 public:
  Stemmer();
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;
  // The stem of a lower-cased word; valid until the next call.
  std::string_view stem(std::string_view word);

 private:
  sb_stemmer* stemmer_ = nullptr;
};

}  // namespace dossier::corpus

#endif  // DOSSIER_CORPUS_WORDS_H_
