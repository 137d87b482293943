// Test helpers: analyse short invented articles through the real pipeline.
#ifndef DOSSIER_CORPUS_CORPUS_TEST_SUPPORT_H_
#define DOSSIER_CORPUS_CORPUS_TEST_SUPPORT_H_

#include <optional>
#include <string>
#include <vector>

#include "corpus/term_model.h"
#include "dossier/pipeline.h"

namespace dossier::corpus::testing {

struct Article {
  std::string id;
  std::string text;
  std::optional<CivilDate> date;
  std::string source;
};

inline std::string models_dir() { return std::string(DOSSIER_SOURCE_DIR) + "/models"; }

inline const TermModel& term_model() {
  static const TermModel model = TermModel::load(models_dir() + "/" + std::string(kTermModelFile));
  return model;
}

// Runs every stage, the corpus stage included, on the articles.
inline Dossier analyze(const std::vector<Article>& articles) {
  PipelineOptions options;
  options.models_dir = models_dir();
  options.threads = 2;
  const Pipeline pipeline(options);
  std::vector<Document> docs;
  for (const auto& a : articles) {
    Document d;
    d.id = a.id;
    d.path = a.id + ".txt";
    d.text = a.text;
    d.meta.date = a.date;
    if (a.date) d.meta.date_basis = DateBasis::kMetadata;
    d.meta.source = a.source;
    docs.push_back(std::move(d));
  }
  return pipeline.analyze(std::move(docs));
}

inline CivilDate day(int y, int m, int d) { return CivilDate{y, m, d}; }

}  // namespace dossier::corpus::testing

#endif  // DOSSIER_CORPUS_CORPUS_TEST_SUPPORT_H_
