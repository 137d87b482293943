// Scale of the corpus stage (summaries, near-duplicates, stories, events, summaries, conflicts)
// on synthetic articles: time and peak resident memory at 1k, 10k and 100k articles.
// Run one size per process for a clean peak:  build/corpus_bench --benchmark_filter=/100000
#include <benchmark/benchmark.h>

#include <time.h>

#include <chrono>
#include <map>
#include <fstream>
#include <string>

#include "corpus/corpus_stage.h"
#include "dossier/pipeline.h"
#include "synthetic_articles.h"

namespace dossier::bench {
namespace {

// A field of /proc/self/status in kB ("VmHWM", "VmRSS").
double status_kb(const std::string& field) {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind(field + ":", 0) == 0) return std::stod(line.substr(field.size() + 1));
  }
  return 0;
}

double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

// Resets the peak-RSS mark (Linux >= 4.0), so VmHWM afterwards is the peak of what follows.
void reset_peak() {
  std::ofstream clear("/proc/self/clear_refs");
  clear << "5";
}

void BM_CorpusStage(benchmark::State& state) {
  SyntheticOptions options;
  options.articles = static_cast<size_t>(state.range(0));
  PipelineOptions pipeline_options;
  pipeline_options.models_dir = std::string(DOSSIER_SOURCE_DIR) + "/models";
  pipeline_options.threads = 1;
  const Pipeline pipeline(pipeline_options);
  const auto model = corpus::TermModel::load(pipeline_options.models_dir + "/" +
                                             std::string(corpus::kTermModelFile));
  Dossier dossier;
  dossier.documents = make_synthetic_articles(options);
  size_t words = 0;
  for (auto& doc : dossier.documents) {
    pipeline.annotate(doc);
    words += doc.tokens.size();
  }
  const double before_mb = status_kb("VmRSS") / 1024;
  double peak_mb = 0;
  // The steps of corpus::analyze_corpus, timed one by one (CPU seconds of this thread).
  std::map<std::string, double> seconds;
  for (auto _ : state) {
    reset_peak();
    const corpus::CorpusOptions corpus_options;
    double last = cpu_seconds();
    const auto lap = [&](const char* name) {
      const double now = cpu_seconds();
      seconds[name] += now - last;
      last = now;
    };
    const auto summaries = corpus::summarize_articles(dossier, model, 1);
    lap("s_summaries");
    uint64_t candidate_pairs = 0;
    dossier.duplicates = corpus::find_duplicates(summaries, corpus_options.duplicates, 1, &candidate_pairs);
    state.counters["dup_pairs_per_article"] =
        static_cast<double>(candidate_pairs) / static_cast<double>(options.articles);
    lap("s_duplicates");
    const corpus::Idf idf(model, summaries);
    corpus::StoryStats story_stats;
    dossier.stories = corpus::build_stories(summaries, idf, corpus_options.stories, &story_stats);
    state.counters["story_cmp_per_article"] =
        static_cast<double>(story_stats.comparisons) / static_cast<double>(options.articles);
    lap("s_stories");
    const corpus::SentenceSelector selector(model, idf, corpus_options.summary);
    for (auto& story : dossier.stories) story.summary = selector.summarize(dossier, story);
    lap("s_story_summaries");
    dossier.conflicts = corpus::find_conflicts(dossier, dossier.stories, model, 1);
    lap("s_conflicts");
    peak_mb = status_kb("VmHWM") / 1024;
  }
  for (const auto& [name, value] : seconds) state.counters[name] = value;
  state.counters["articles"] = static_cast<double>(options.articles);
  state.counters["words"] = static_cast<double>(words);
  state.counters["rss_before_MB"] = before_mb;
  state.counters["peak_MB"] = peak_mb;
  state.counters["stage_MB"] = peak_mb - before_mb;
  state.counters["stories"] = static_cast<double>(dossier.stories.size());
  state.counters["duplicates"] = static_cast<double>(dossier.duplicates.size());
  state.counters["articles_per_s"] =
      benchmark::Counter(static_cast<double>(options.articles), benchmark::Counter::kIsIterationInvariantRate);
}

BENCHMARK(BM_CorpusStage)->Arg(1000)->Arg(10000)->Arg(100000)->Iterations(1)->Unit(benchmark::kSecond);

}  // namespace
}  // namespace dossier::bench
