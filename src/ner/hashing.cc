#include "ner/hashing.h"

namespace dossier::ner {

size_t lower_case(std::string_view word, char* out, size_t capacity) {
  const size_t n = word.size();
  for (size_t i = 0; i < n; ++i) {
    auto c = static_cast<unsigned char>(word[i]);
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<unsigned char>(c + 32);
    } else if (c >= 0x80 && c <= 0x9E && c != 0x97 && i > 0 &&
               static_cast<unsigned char>(word[i - 1]) == 0xC3) {
      c = static_cast<unsigned char>(c + 32);
    }
    if (i < capacity) out[i] = static_cast<char>(c);
  }
  return n;
}

}  // namespace dossier::ner
