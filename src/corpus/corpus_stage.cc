#include "corpus/corpus_stage.h"

#include <functional>

#include "util/parallel.h"

namespace dossier::corpus {
namespace {

class CorpusStage final : public pipeline::CorpusStage {
 public:
  explicit CorpusStage(std::shared_ptr<const TermModel> model) : model_(std::move(model)) {}
  std::string_view name() const override { return "corpus"; }
  void process(Dossier& dossier, unsigned threads) const override {
    analyze_corpus(dossier, *model_, CorpusOptions{}, threads);
  }

 private:
  std::shared_ptr<const TermModel> model_;
};

}  // namespace

void analyze_corpus(Dossier& dossier, const TermModel& model, const CorpusOptions& options,
                    unsigned threads) {
  const std::vector<ArticleSummary> summaries = summarize_articles(dossier, model, threads);
  dossier.duplicates = find_duplicates(summaries, options.duplicates, threads);
  const Idf idf(model, summaries);
  dossier.stories = build_stories(summaries, idf, options.stories);
  const SentenceSelector selector(model, idf, options.summary);
  util::parallel_for(dossier.stories.size(), threads, [&](size_t s) {
    dossier.stories[s].summary = selector.summarize(dossier, dossier.stories[s]);
  });
  dossier.conflicts = find_conflicts(dossier, model, threads);
}

std::unique_ptr<const pipeline::CorpusStage> make_corpus_stage(pipeline::StageContext& context) {
  auto model = context.models.get<TermModel>(
      kTermModelFile, std::function<TermModel(const std::string&)>(&TermModel::load));
  return std::make_unique<CorpusStage>(std::move(model));
}

}  // namespace dossier::corpus
