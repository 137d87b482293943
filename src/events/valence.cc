#include "events/valence.h"

#include <cstdlib>
#include <utility>

#include "dossier/error.h"

namespace dossier::events {
namespace {

constexpr uint64_t kMaxWords = 1u << 20;

ValenceLexicon read(util::ModelReader& r) {
  std::vector<std::string> words = r.string_array();
  std::vector<int16_t> ratings = r.i16_array();
  r.expect_end();
  if (words.size() > kMaxWords) r.fail("holds too many words");
  if (words.size() != ratings.size()) r.fail("holds " + std::to_string(words.size()) + " words but " +
                                              std::to_string(ratings.size()) + " ratings");
  for (int16_t v : ratings) {
    if (v == 0 || std::abs(v) > kMaxValence) r.fail("holds a rating outside [-5, 5] or 0");
  }
  return ValenceLexicon(std::move(words), std::move(ratings));
}

}  // namespace

ValenceLexicon::ValenceLexicon(std::vector<std::string> words, std::vector<int16_t> ratings)
    : words_(std::move(words)), ratings_(std::move(ratings)) {
  if (words_.size() != ratings_.size()) throw ModelError("valence lexicon", "words and ratings differ in number");
  for (size_t i = 0; i < words_.size(); ++i) {
    if (std::abs(ratings_[i]) > kMaxValence) throw ModelError("valence lexicon", "a rating is outside [-5, 5]");
    rating_of_[words_[i]] = ratings_[i];
  }
}

ValenceLexicon ValenceLexicon::load(const std::string& path) {
  util::ModelReader r = util::ModelReader::open(path, kValenceKind, kValenceVersion, kValenceVersion);
  return read(r);
}

ValenceLexicon ValenceLexicon::from_bytes(std::string bytes, const std::string& name) {
  util::ModelReader r =
      util::ModelReader::from_bytes(std::move(bytes), name, kValenceKind, kValenceVersion, kValenceVersion);
  return read(r);
}

void ValenceLexicon::write(util::ModelWriter& w) const {
  w.string_array(words_);
  w.i16_array(ratings_);
}

std::string ValenceLexicon::file_bytes() const {
  util::ModelWriter w;
  write(w);
  return w.file_bytes(kValenceKind, kValenceVersion);
}

int ValenceLexicon::valence(std::string_view folded) const {
  const auto it = rating_of_.find(folded);
  return it == rating_of_.end() ? 0 : it->second;
}

}  // namespace dossier::events
