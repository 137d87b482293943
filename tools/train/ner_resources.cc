#include "train/ner_resources.h"

#include <algorithm>
#include <vector>

#include "dossier/error.h"
#include "text/fold.h"
#include "util/hash.h"
#include "util/file.h"
#include "util/model_file.h"

namespace dossier::train {

void add_gazetteer_tsv(ner::Gazetteer& gazetteer, const std::string& path) {
  const std::string text = util::read_file(path);
  std::vector<uint64_t> hashes;
  std::string lower;
  uint64_t line_number = 0;
  for (size_t pos = 0; pos < text.size();) {
    size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    const std::string_view line(text.data() + pos, end - pos);
    pos = end + 1;
    ++line_number;
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos || tab == 0) {
      throw InputError(path, "expected 'category<TAB>phrase'", line_number);
    }
    const std::string category(line.substr(0, tab));
    auto& names = gazetteer.categories();
    auto it = std::find(names.begin(), names.end(), category);
    if (it == names.end()) {
      if (names.size() >= ner::kMaxGazetteerCategories) {
        throw InputError(path, "more than 8 categories", line_number);
      }
      names.push_back(category);
      it = names.end() - 1;
    }
    hashes.clear();
    const std::string_view phrase = line.substr(tab + 1);
    for (size_t i = 0; i < phrase.size();) {
      while (i < phrase.size() && (phrase[i] == ' ' || phrase[i] == '\r')) ++i;
      size_t j = i;
      while (j < phrase.size() && phrase[j] != ' ' && phrase[j] != '\r') ++j;
      if (j > i) {
        lower.clear();
        text::append_fold_case(phrase.substr(i, j - i), lower);
        hashes.push_back(util::fnv1a(lower));
      }
      i = j;
    }
    gazetteer.add(hashes, static_cast<int>(it - names.begin()));
  }
}

ner::WordTable load_word_table(const std::string& path) {
  util::ModelReader in = util::ModelReader::open(path, kNerWordsKind, 1, 1);
  ner::WordTable words = ner::WordTable::load(in);
  in.expect_end();
  return words;
}

void save_word_table(const ner::WordTable& words, const std::string& path) {
  util::ModelWriter out;
  words.save(out);
  out.save(path, kNerWordsKind, 1);
}

}  // namespace dossier::train
