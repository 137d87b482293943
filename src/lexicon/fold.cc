#include "lexicon/fold.h"

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <memory>

#include "dossier/error.h"
#include "text/fold.h"
#include "util/utf8.h"

namespace dossier::lexicon {
namespace {

// NFKD splits letters from their marks and expands compatibility forms (ligatures, full-width
// letters); Latin-ASCII (CLDR data) covers Latin letters that do not decompose (ø, ł, đ, æ)
// and typographic punctuation. The rules are compiled once per thread: ICU does not promise
// that one Transliterator may be used from several threads at once.
constexpr const char* kFoldRules = "NFKD; [:Nonspacing Mark:] Remove; Latin-ASCII; NFC";

icu::Transliterator& transliterator() {
  thread_local std::unique_ptr<icu::Transliterator> instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
        icu::UnicodeString::fromUTF8(kFoldRules), UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !t) {
      throw Error(std::string("ICU cannot build the name-folding transliterator: ") +
                  u_errorName(status));
    }
    return t;
  }();
  return *instance;
}

bool is_ascii(std::string_view text) {
  for (const char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

bool is_ascii_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Appends the key of already folded text: the rules of match_key(), with characters beyond
// ASCII (letters of other scripts) kept when ICU calls them letters or digits.
bool append_key_of_folded(std::string_view folded, std::string& out) {
  const size_t start = out.size();
  bool pending_space = false;
  size_t pos = 0;
  while (pos < folded.size()) {
    const size_t begin = pos;
    const char c = folded[pos];
    bool keep = false;
    if (static_cast<unsigned char>(c) < 0x80) {
      ++pos;
      if (c == '.' || c == '\'') continue;
      keep = is_ascii_alnum(c) || c == '&';
    } else {
      const char32_t cp = util::decode_utf8(folded, pos);
      if (cp == U'\u2019' || cp == U'\u02BC') continue;  // apostrophes ICU left in place
      keep = u_isalnum(static_cast<UChar32>(cp)) != 0;
    }
    if (!keep) {
      pending_space = true;
      continue;
    }
    if (pending_space && out.size() > start) out += ' ';
    pending_space = false;
    out.append(folded.substr(begin, pos - begin));
  }
  return out.size() > start;
}

}  // namespace

// Marks and transliteration first, then the project's one case folding (text::fold_case).
std::string fold(std::string_view text) {
  if (is_ascii(text)) return text::fold_case(text);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(),
                                                                       static_cast<int32_t>(text.size())));
  transliterator().transliterate(u);
  std::string unmarked;
  u.toUTF8String(unmarked);
  return text::fold_case(unmarked);
}

bool append_match_key(std::string_view token, std::string& out) { return append_key_of_folded(fold(token), out); }

std::string match_key(std::string_view text) {
  std::string out;
  append_match_key(text, out);
  return out;
}

}  // namespace dossier::lexicon
