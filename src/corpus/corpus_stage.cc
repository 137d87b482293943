#include "corpus/corpus_stage.h"

#include <functional>

#include "util/parallel.h"

namespace dossier::corpus {
namespace {

class CorpusStage final : public stage::CorpusStage {
 public:
  explicit CorpusStage(std::shared_ptr<const TermModel> model) : model_(std::move(model)) {}
  std::string_view name() const override { return "corpus"; }
  stage::CorpusFindings process(const Dossier& corpus, unsigned threads) const override {
    return analyze_corpus(corpus, *model_, CorpusOptions{}, threads);
  }
  std::string summarize(const Document& document) const override {
    return encode_summary(summarize_text(document, *model_, &figures_));
  }
  stage::CorpusFindings process_summarized(const Dossier& corpus, std::span<const std::string> summaries,
                                           unsigned threads) const override {
    return analyze_corpus(corpus, *model_, CorpusOptions{}, threads, summaries);
  }

 private:
  std::shared_ptr<const TermModel> model_;
  FigureReader figures_;
};

}  // namespace

stage::CorpusFindings analyze_corpus(const Dossier& corpus, const TermModel& model,
                                        const CorpusOptions& options, unsigned threads,
                                        std::span<const std::string> stored) {
  const std::vector<ArticleSummary> summaries = summarize_articles(corpus, model, threads, stored);
  stage::CorpusFindings findings;
  findings.duplicates = find_duplicates(summaries, options.duplicates, threads);
  const Idf idf(model, summaries);
  findings.stories = build_stories(summaries, idf, options.stories);
  const SentenceSelector selector(model, idf, options.summary);
  util::parallel_for(findings.stories.size(), threads, [&](size_t s) {
    findings.stories[s].summary = selector.summarize(corpus, findings.stories[s], summaries);
  });
  findings.conflicts = find_conflicts(corpus, findings.stories, model, threads, summaries);
  return findings;
}

std::unique_ptr<const stage::CorpusStage> make_corpus_stage(stage::StageContext& context) {
  auto model = context.models.get<TermModel>(
      kTermModelFile, std::function<TermModel(const std::string&)>(&TermModel::load));
  return std::make_unique<CorpusStage>(std::move(model));
}

}  // namespace dossier::corpus
