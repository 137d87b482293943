#include "corpus/words.h"

#include <libstemmer.h>
#include <unicode/uchar.h>

#include "dossier/error.h"
#include "text/fold.h"
#include "util/utf8.h"

namespace dossier::corpus {
namespace {

bool ascii_alnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

}  // namespace

bool WordReader::next_run(std::string_view form, size_t& pos) {
  buffer_.clear();
  has_letter_ = false;
  capitalised_ = false;
  lower_seen_ = false;
  while (pos < form.size()) {
    const size_t start = pos;
    const auto byte = static_cast<unsigned char>(form[pos]);
    char32_t cp = byte;
    bool alnum = false;
    bool letter = false;
    bool upper = false;
    if (byte < 0x80) {
      ++pos;
      alnum = ascii_alnum(byte);
      letter = alnum && !(byte >= '0' && byte <= '9');
      upper = byte >= 'A' && byte <= 'Z';
    } else {
      cp = util::decode_utf8(form, pos);
      const auto c = static_cast<UChar32>(cp);
      letter = u_isalpha(c) != 0;
      alnum = letter || u_isdigit(c) != 0;
      upper = u_isupper(c) != 0;
    }
    cp = text::fold_char(cp);
    if (!alnum) {
      if (!buffer_.empty()) {
        pos = start;
        return true;
      }
      continue;
    }
    if (buffer_.empty()) capitalised_ = upper;
    has_letter_ = has_letter_ || letter;
    lower_seen_ = lower_seen_ || (letter && !upper);
    if (cp < 0x80) {
      buffer_.push_back(static_cast<char>(cp));
    } else {
      util::append_utf8(buffer_, cp);
    }
  }
  return !buffer_.empty();
}

std::string WordReader::normalise_name(std::string_view text) {
  std::string name;
  size_t pos = 0;
  while (next_run(text, pos)) {
    if (name.empty() && buffer_ == "the") continue;
    if (!name.empty()) name.push_back(' ');
    name.append(buffer_);
  }
  return name;
}

Stemmer::Stemmer() : stemmer_(sb_stemmer_new("english", "UTF_8")) {
  if (stemmer_ == nullptr) throw Error("cannot create the Snowball English stemmer");
}

Stemmer::~Stemmer() { sb_stemmer_delete(stemmer_); }

std::string_view Stemmer::stem(std::string_view word) {
  const sb_symbol* out = sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(word.data()),
                                         static_cast<int>(word.size()));
  if (out == nullptr) return word;
  return {reinterpret_cast<const char*>(out), static_cast<size_t>(sb_stemmer_length(stemmer_))};
}

}  // namespace dossier::corpus
