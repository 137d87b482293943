#include "corpus/term_model.h"

#include <algorithm>

#include "util/hash.h"
#include "util/model_file.h"

namespace dossier::corpus {
namespace {

constexpr uint64_t kTermSeed = 0x7465726d;   // "term"
constexpr uint64_t kStopSeed = 0x73746f70;   // "stop"
constexpr uint64_t kMaxEntries = 1u << 24;

}  // namespace

uint64_t term_hash(std::string_view stem) { return util::hash_bytes(stem, kTermSeed); }

TermModel::TermModel(std::vector<std::string> stopwords, uint32_t documents,
                     std::unordered_map<uint64_t, uint32_t> df)
    : stopwords_(std::move(stopwords)), documents_(documents), df_(std::move(df)) {
  std::sort(stopwords_.begin(), stopwords_.end());
  for (const auto& word : stopwords_) stopword_hashes_.insert(util::hash_bytes(word, kStopSeed));
}

TermModel TermModel::load(const std::string& path) {
  return read(util::ModelReader::open(path, kTermModelKind, kTermModelVersion, kTermModelVersion));
}

TermModel TermModel::from_bytes(std::string bytes, const std::string& name) {
  return read(util::ModelReader::from_bytes(std::move(bytes), name, kTermModelKind, kTermModelVersion,
                                            kTermModelVersion));
}

TermModel TermModel::read(util::ModelReader reader) {
  std::vector<std::string> stopwords = reader.string_array();
  const uint32_t documents = reader.u32();
  const std::vector<uint64_t> terms = reader.u64_array();
  const std::vector<uint32_t> counts = reader.u32_array();
  reader.expect_end();
  if (terms.size() != counts.size() || terms.size() > kMaxEntries) {
    reader.fail("term and count arrays differ in length");
  }
  std::unordered_map<uint64_t, uint32_t> df;
  df.reserve(terms.size());
  for (size_t i = 0; i < terms.size(); ++i) {
    if (counts[i] > documents) reader.fail("a document frequency exceeds the document count");
    df.emplace(terms[i], counts[i]);
  }
  return TermModel(std::move(stopwords), documents, std::move(df));
}

void TermModel::save(const std::string& path) const {
  std::vector<std::pair<uint64_t, uint32_t>> entries(df_.begin(), df_.end());
  std::sort(entries.begin(), entries.end());
  std::vector<uint64_t> terms;
  std::vector<uint32_t> counts;
  for (const auto& [term, count] : entries) {
    terms.push_back(term);
    counts.push_back(count);
  }
  util::ModelWriter writer;
  writer.string_array(stopwords_);
  writer.u32(documents_);
  writer.u64_array(terms);
  writer.u32_array(counts);
  writer.save(path, kTermModelKind, kTermModelVersion);
}

bool TermModel::is_stopword(std::string_view lower_word) const {
  return stopword_hashes_.contains(util::hash_bytes(lower_word, kStopSeed));
}

uint32_t TermModel::background_df(uint64_t term) const {
  const auto it = df_.find(term);
  return it == df_.end() ? 0 : it->second;
}

}  // namespace dossier::corpus
