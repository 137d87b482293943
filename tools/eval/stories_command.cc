// dossier-eval stories: groups ECB+ documents into stories and scores them, pairwise and B-cubed,
// against the topics and the sub-topics (as eval_ecbplus.py does), and the events found within
// stories against the sub-topics (each sub-topic is one seminal event).
#include <fstream>
#include <iostream>
#include <algorithm>
#include <memory>
#include <random>

#include "corpus/corpus_stage.h"
#include "entities/conflicts.h"
#include "corpus/words.h"
#include "dossier/error.h"
#include "dossier/pipeline.h"
#include "dossier/writers.h"
#include "data/news_corpora.h"
#include "eval/clustering_scores.h"
#include "eval/commands.h"
#include "eval/ecbplus.h"

namespace dossier::eval {
namespace {

struct StoriesArgs {
  std::string data;
  std::string topics = "dev";
  std::string json_out;
  std::string models_dir;
  std::vector<double> story_thresholds;
  double event_threshold = -1;
  double entity_weight = -1;
  double merge_threshold = -1;
  bool proxy_mentions = false;
  uint64_t shuffle_seed = 0;
  unsigned threads = 0;
};

// Experiments only: capitalised word sequences inside sentences as stand-in named mentions, for
// measuring the entity feature before the tagger lands. The shipped stage reads the tagger's
// mentions.
void add_proxy_mentions(Document& doc, const corpus::TermModel& model) {
  corpus::WordReader reader;
  for (const Sentence& sentence : doc.sentences) {
    uint32_t run_start = 0;
    uint32_t run_length = 0;
    const auto close = [&] {
      if (run_length > 0) {
        Mention m;
        m.span = {doc.tokens[run_start].span.begin, doc.tokens[run_start + run_length - 1].span.end};
        m.first_token = run_start;
        m.token_count = run_length;
        m.type = EntityType::kMisc;
        doc.mentions.push_back(m);
      }
      run_length = 0;
    };
    for (uint32_t t = sentence.first_token + 1; t < sentence.first_token + sentence.token_count; ++t) {
      const std::string_view form = doc.token_form(t);
      size_t pos = 0;
      const bool word = reader.next_run(form, pos);
      const corpus::Word w = reader.current();
      if (word && w.capitalised && !model.is_stopword(w.text)) {
        if (run_length == 0) run_start = t;
        ++run_length;
      } else {
        close();
      }
    }
    close();
  }
}

void print_scores(const std::string& what, const std::vector<std::string>& gold,
                  const std::vector<std::string>& system) {
  const ClusteringScores s = score_clustering(gold, system);
  std::cout << "  " << what << " | " << format_prf(s.pairwise) << " | " << format_prf(s.b_cubed)
            << "\n";
}

void report(const std::vector<EcbDocument>& docs, const Dossier& dossier, const std::string& title) {
  std::vector<std::string> topic(docs.size());
  std::vector<std::string> sub(docs.size());
  std::vector<std::string> story(docs.size());
  std::vector<std::string> event(docs.size());
  for (size_t i = 0; i < docs.size(); ++i) {
    topic[i] = std::to_string(docs[i].topic);
    sub[i] = topic[i] + docs[i].sub;
    story[i] = "alone" + std::to_string(i);
    event[i] = story[i];
  }
  size_t events = 0;
  for (const Story& s : dossier.stories) {
    for (const uint32_t d : s.documents) story[d] = s.id;
    for (size_t e = 0; e < s.events.size(); ++e) {
      ++events;
      for (const uint32_t d : s.events[e]) event[d] = s.id + "." + std::to_string(e);
    }
  }
  std::cout << title << ": " << docs.size() << " documents, " << dossier.stories.size()
            << " stories, " << events << " events (P R F1 in %)\n";
  std::cout << "  clusters vs gold      | pairwise             | B3\n";
  print_scores("stories vs topic     ", topic, story);
  print_scores("stories vs sub-topic ", sub, story);
  print_scores("events vs sub-topic  ", sub, event);
}

int run(const StoriesArgs& args) {
  std::vector<EcbDocument> ecb = read_ecbplus(args.data, corpora::ecbplus_topics(args.topics));
  if (args.shuffle_seed != 0) {
    // Articles arrive in another order: the streaming clusterer must not depend on topic order.
    std::mt19937_64 rng(args.shuffle_seed);
    std::shuffle(ecb.begin(), ecb.end(), rng);
  }
  PipelineOptions options;
  options.models_dir = args.models_dir;
  options.threads = args.threads;
  const Pipeline pipeline(options);
  std::vector<Document> documents;
  for (const auto& e : ecb) {
    Document doc;
    doc.id = e.id;
    doc.path = e.id + ".xml";
    doc.text = e.text;
    documents.push_back(std::move(doc));
  }
  Dossier dossier = pipeline.analyze(std::move(documents));
  const bool retune = args.proxy_mentions || !args.story_thresholds.empty() ||
                      args.event_threshold >= 0 || args.entity_weight >= 0 ||
                      args.merge_threshold >= 0;
  if (!retune) {
    report(ecb, dossier, "ECB+ " + args.topics);
  } else {
    const auto model = corpus::TermModel::load(pipeline.options().models_dir + "/" +
                                               std::string(corpus::kTermModelFile));
    if (args.proxy_mentions) {
      for (auto& doc : dossier.documents) add_proxy_mentions(doc, model);
    }
    corpus::CorpusOptions corpus_options;
    if (args.event_threshold >= 0) corpus_options.stories.event.threshold = args.event_threshold;
    if (args.entity_weight >= 0) corpus_options.stories.story.entity_weight = args.entity_weight;
    if (args.merge_threshold >= 0) corpus_options.stories.merge_threshold = args.merge_threshold;
    std::vector<double> thresholds = args.story_thresholds;
    if (thresholds.empty()) thresholds.push_back(corpus_options.stories.story.threshold);
    for (const double t : thresholds) {
      corpus_options.stories.story.threshold = t;
      stage::CorpusFindings findings = corpus::analyze_corpus(dossier, model, corpus_options, 1);
      dossier.stories = std::move(findings.stories);
      dossier.duplicates = std::move(findings.duplicates);
      dossier.conflicts = entities::find_role_conflicts(dossier);
      dossier.conflicts.insert(dossier.conflicts.end(), findings.conflicts.begin(), findings.conflicts.end());
      report(ecb, dossier, "ECB+ " + args.topics + ", story threshold " + std::to_string(t));
    }
  }
  if (!args.json_out.empty()) {
    std::ofstream out(args.json_out, std::ios::binary);
    write_json(dossier, out);
    if (!out) throw Error(args.json_out + ": write failed");
  }
  return 0;
}

}  // namespace

void add_stories_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<StoriesArgs>();
  CLI::App* cmd = app.add_subcommand("stories", "story and same-event grouping on ECB+ topics");
  cmd->add_option("--data", args->data, "ECB+ folder (topic folders or an ECB+/ folder)")->required();
  cmd->add_option("--topics", args->topics, "train, dev, or numbers and ranges (default dev)");
  cmd->add_option("--json", args->json_out, "also write the dossier JSON (for eval_ecbplus.py --pred)");
  cmd->add_option("--models", args->models_dir, "models folder");
  cmd->add_option("--story-threshold", args->story_thresholds, "story similarity thresholds to try");
  cmd->add_option("--event-threshold", args->event_threshold, "same-event similarity threshold");
  cmd->add_option("--merge-threshold", args->merge_threshold, "story merge threshold (> 1: no merging)");
  cmd->add_option("--entity-weight", args->entity_weight, "share of entity similarity in stories");
  cmd->add_flag("--proxy-mentions", args->proxy_mentions,
                "experiment: capitalised word runs as named mentions");
  cmd->add_option("--shuffle", args->shuffle_seed, "present the documents in a random order (seed)");
  cmd->add_option("--threads", args->threads, "threads (default: one per core)");
  cmd->callback([args, &exit_code] { exit_code = run(*args); });
}

}  // namespace dossier::eval
