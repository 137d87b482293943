// dossier-train event-scorer: fits models/event_scorer.bin, the logistic model that decides which
// candidate events the coder keeps and gives each its confidence (src/events/event_scorer.h).
//   dossier-train event-scorer [--audit audit] [--train-set audit/train] [--match-count] [--out ...]
// Runs dossier on the audit set's tuning part (articles 1-12; the evaluation part is never read)
// and the --train-set articles,
// codes every article again keeping every candidate event the prior proposes (unscored), judges
// each candidate against the
// adjudicated gold as `dossier-eval audit` does (root code and source right), and fits the model.
// The L2 strength is chosen by leave-one-article-out log-loss, and the keep threshold as the one of
// best event F1 over the held-out scores (or, with --match-count, the one whose held-out events per
// article come nearest the gold count), so that neither is chosen on the items it was fitted on.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <limits>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "dossier/error.h"
#include "dossier/pipeline.h"
#include "dossier/writers.h"
#include "eval/audit_data.h"
#include "eval/audit_run.h"
#include "eval/audit_scoring.h"
#include "eval/petrarch_validation.h"
#include "events/coder.h"
#include "events/event_scorer.h"
#include "events/verb_dictionary.h"
#include "lexicon/lexicon.h"
#include "text/text_stage.h"
#include "util/file.h"
#include "train/commands.h"
#include "train/logistic.h"
#include "util/model_file.h"

namespace dossier::train {
namespace {

namespace audit = eval::audit;

// Ridge strengths tried; features seen fewer times than kMinCount get no weight (a verb block met
// once in twelve articles says nothing general).
// The bias and the prior of confidence.h are not penalised: at the largest strength the model is
// a Platt scaling of the prior, and the other features correct it only as far as the held-out
// candidates support.
constexpr double kStrengths[] = {1.0, 3.0, 10.0, 30.0, 100.0, 1000.0};
const std::vector<std::string> kFree = {"bias", "prior"};
constexpr int kMinCount = 3;

struct ScorerArgs {
  std::string audit_dir = "audit";
  std::string shared;
  std::string out = "models/event_scorer.bin";
  std::string models;
  std::string petrarch;  // the petrarch2 folder: validation records and the suite's actor dictionaries
  std::string train_set;  // a folder of more training articles: sample.tsv and events/<index>.json
  std::string dump;  // every candidate with its label and held-out score, for studying errors
  std::vector<std::string> drop;  // features whose names start with one of these are left out
  int min_count = kMinCount;
  double petrarch_weight = -1;  // the validation records' weight; negative: chosen by held-out log-loss
  double threshold = -1;  // the keep threshold to write; negative: the one of best held-out F1
  bool match_count = false;  // the keep threshold whose held-out events per article are nearest the gold's
  unsigned threads = 0;
};

// The weights tried for the PETRARCH2 validation candidates against the audit ones (0: not used).
constexpr double kPetrarchWeights[] = {0.0, 0.25, 1.0};
constexpr size_t kMinSupport = 5;
constexpr int kPetrarch = -1;
constexpr int kTrainSetOffset = 1000;  // added to the indices of --train-set articles  // Candidate::article of a validation record's candidate

struct Candidate {
  int article = 0;
  std::string text;  // code, trigger and actors, for the dump
  events::EventEvidence evidence;
  std::vector<events::Feature> features;
  bool right = false;
};

// Whether each response event of the article is right (root code and source), in order.
std::vector<bool> judge_events(const audit::Article& gold, const audit::Article& response) {
  audit::AuditOptions options;
  options.bootstrap_samples = 1;
  const audit::AuditScores scores = audit::score_audit({{gold.index, gold}}, {{gold.index, response}}, options);
  std::vector<bool> right;
  for (const audit::Calibration& c : scores.calibration) {
    if (c.layer != "events") continue;
    for (const audit::Judged& j : c.items) right.push_back(j.right);
  }
  return right;
}

// Candidates of the PETRARCH2 validation records (stylised news sentences with the CAMEO codes
// expected of them), coded with dossier's own verb dictionary and the suite's actor dictionaries
// (its invented states are coded names there): a candidate is right when an expected event has its
// root code and its source's country. Records expected to give no event give only wrong ones.
std::vector<Candidate> petrarch_candidates(const std::string& petrarch, const events::VerbDictionary& verbs) {
  const std::string dicts = petrarch + "/dictionaries/";
  const lexicon::Lexicon lexicon = eval::petrarch_lexicon(util::read_file(dicts + "PETR.Validate.actors.txt"),
                                                          util::read_file(dicts + "PETR.Validate.agents.txt"),
                                                          dicts + "PETR.Validate.actors.txt");
  const events::EventCoder coder(verbs, lexicon);
  std::vector<Candidate> out;
  for (const eval::ValidationRecord& r :
       eval::parse_validation_records(util::read_file(petrarch + "/validation/PETR.UnitTest.records.xml"))) {
    Document doc;
    doc.id = r.id;
    doc.text = r.text;
    text::segment(doc);
    std::vector<events::EventEvidence> evidence;
    coder.code(doc, nullptr, &evidence);
    for (size_t i = 0; i < evidence.size(); ++i) {
      const Event& e = doc.events[i];
      Candidate c;
      c.article = kPetrarch;
      c.evidence = evidence[i];
      c.features = events::event_features(evidence[i]);
      for (const eval::ExpectedEvent& x : r.expected) {
        c.right = c.right || (x.code.substr(0, 2) == e.code.substr(0, 2) && !x.source.empty() &&
                              e.source_code.substr(0, 3) == x.source.substr(0, 3));
      }
      c.text = e.code + "\t" + std::string(doc.slice(e.trigger)) + "\t" + e.source_text + "\t" + e.target_text;
      out.push_back(std::move(c));
    }
  }
  return out;
}

struct Tally {
  double precision = 0, recall = 0, f1 = 0, per_article = 0;
};

// The audit figures of the events whose score is at least t.
Tally tally(const std::map<int, audit::Article>& gold, std::map<int, audit::Article> response,
            const std::map<int, std::vector<double>>& scores, double t) {
  size_t kept = 0;
  for (auto& [index, article] : response) {
    const std::vector<double>& s = scores.at(index);
    std::vector<audit::EventItem> events;
    for (size_t i = 0; i < article.events.size(); ++i) {
      if (s[i] >= t) events.push_back(article.events[i]);
    }
    kept += events.size();
    article.events = std::move(events);
  }
  audit::AuditOptions options;
  options.bootstrap_samples = 1;
  const audit::AuditScores a = audit::score_audit(gold, response, options);
  Tally out;
  for (const audit::Figure& f : a.figures) {
    if (f.name != "events (root code and source)") continue;
    out.precision = f.precision();
    out.recall = f.recall();
    out.f1 = f.f1();
  }
  out.per_article = static_cast<double>(kept) / static_cast<double>(std::max<size_t>(1, response.size()));
  return out;
}

std::vector<LogisticExample> examples_of(const std::vector<Candidate>& candidates, int leave_out,
                                         double petrarch_weight) {
  std::vector<LogisticExample> out;
  for (const Candidate& c : candidates) {
    const double w = c.article == kPetrarch ? petrarch_weight : 1.0;
    if (c.article != leave_out && w > 0) out.push_back({c.features, c.right, w});
  }
  return out;
}

int run(const ScorerArgs& args) {
  const std::string shared = !args.shared.empty() ? args.shared : audit::default_shared();
  std::vector<audit::SampleRow> sample = audit::read_sample(args.audit_dir + "/sample.tsv");
  std::erase_if(sample, [](const audit::SampleRow& row) { return row.part != "tune"; });
  std::map<int, audit::Article> gold = audit::read_pass_folder(args.audit_dir + "/adjudicated", sample);
  if (gold.empty()) throw InputError(args.audit_dir + "/adjudicated", "holds no annotated article of the tuning part");
  if (!args.train_set.empty()) {
    // Their indices move past the tuning part's so that both sets can be judged and left out apart.
    std::vector<audit::SampleRow> rows = audit::read_sample(args.train_set + "/sample.tsv");
    std::map<int, audit::Article> more = audit::read_pass_folder(args.train_set + "/events", rows);
    for (audit::SampleRow row : rows) {
      const auto it = more.find(row.index);
      if (it == more.end()) continue;
      audit::Article a = std::move(it->second);
      row.index += kTrainSetOffset;
      a.index = row.index;
      gold.emplace(row.index, std::move(a));
      sample.push_back(std::move(row));
    }
    std::printf("training set %s: %zu annotated articles\n", args.train_set.c_str(), more.size());
  }
  std::erase_if(sample, [&](const audit::SampleRow& row) { return !gold.count(row.index); });
  PipelineOptions options;
  options.threads = args.threads;
  options.calibrate = false;
  options.score_events = false;  // the candidates are re-coded below; the model may not exist yet
  options.models_dir = args.models;
  Dossier dossier = audit::analyze_rows(sample, shared, options);

  const std::string models = args.models.empty() ? default_models_dir() : args.models;
  const events::VerbDictionary verbs = events::VerbDictionary::load(models + "/events.dsr");
  const lexicon::Lexicon lexicon = lexicon::Lexicon::load(models + "/lexicon.dsr");
  const events::ValenceLexicon valence = events::ValenceLexicon::load(models + "/" + std::string(events::kValenceFile));
  const events::EventCoder coder(verbs, lexicon, {}, nullptr, &valence);
  std::vector<Candidate> candidates;
  for (Document& doc : dossier.documents) {
    std::vector<events::EventEvidence> evidence;
    coder.code(doc, nullptr, &evidence);
    for (size_t i = 0; i < evidence.size(); ++i) {
      const events::EventEvidence& e = evidence[i];
      const Event& event = doc.events[i];
      Candidate c;
      c.article = std::stoi(doc.id);
      c.text = event.code + "\t" + std::string(doc.slice(event.trigger)) + "\t" + event.source_text + "\t" +
               event.target_text;
      c.features = events::event_features(e);
      std::erase_if(c.features, [&](const events::Feature& f) {
        return std::any_of(args.drop.begin(), args.drop.end(), [&](const std::string& p) { return f.first.starts_with(p); });
      });
      c.evidence = e;
      candidates.push_back(std::move(c));
    }
  }
  dossier.positions.clear();  // they point at the events the pipeline coded
  std::ostringstream json;
  write_json(dossier, json);
  const std::map<int, audit::Article> response = audit::articles_from_dossier(nlohmann::json::parse(json.str()));
  size_t next = 0;
  size_t positives = 0;
  for (const auto& [index, article] : response) {
    const std::vector<bool> right = judge_events(gold.at(index), article);
    for (bool r : right) {
      if (next >= candidates.size() || candidates[next].article != index) {
        throw InputError(args.audit_dir, "the candidates of article " + std::to_string(index) + " do not line up");
      }
      candidates[next++].right = r;
      positives += r;
    }
  }
  if (next != candidates.size()) throw InputError(args.audit_dir, "some candidates were not judged");
  const size_t audit_candidates = candidates.size();
  if (!args.petrarch.empty()) {
    std::vector<Candidate> more = petrarch_candidates(args.petrarch, verbs);
    size_t right = 0;
    for (const Candidate& c : more) right += c.right;
    std::printf("PETRARCH2 validation candidates %zu, right %zu\n", more.size(), right);
    candidates.insert(candidates.end(), more.begin(), more.end());
  }
  std::printf("candidates %zu, right %zu, articles %zu\n", candidates.size(), positives, response.size());
  {
    const double rate = static_cast<double>(positives) / static_cast<double>(std::max<size_t>(1, candidates.size()));
    const double constant = rate <= 0 || rate >= 1 ? 0.0 : -(rate * std::log(rate) + (1 - rate) * std::log(1 - rate));
    std::printf("log-loss of the constant rate %.4f (in-sample)\n", constant);
  }

  // Held-out scores of every audit candidate, per strength and weight of the validation records.
  double best_loss = std::numeric_limits<double>::infinity();
  double best_strength = kStrengths[0];
  double best_weight = 0;
  std::map<int, std::vector<double>> best_scores;
  for (double weight : kPetrarchWeights) {
   if (weight > 0 && args.petrarch.empty()) continue;
   if (args.petrarch_weight >= 0 && weight != args.petrarch_weight) continue;
   for (double strength : kStrengths) {
    std::map<int, std::vector<double>> scores;
    double loss = 0;
    for (const auto& [index, article] : response) {
      const LogisticModel m = fit_logistic(examples_of(candidates, index, weight), strength, args.min_count, kFree);
      for (const Candidate& c : candidates) {
        if (c.article != index) continue;
        const double p = std::clamp(m.score(c.features), 1e-6, 1.0 - 1e-6);
        scores[index].push_back(p);
        loss -= std::log(c.right ? p : 1.0 - p);
      }
    }
    for (const auto& [index, article] : response) scores[index].resize(article.events.size());
    loss /= static_cast<double>(std::max<size_t>(1, audit_candidates));
    std::printf("validation weight %-4g l2 %-5g held-out log-loss %.4f\n", weight, strength, loss);
    if (loss < best_loss) {
      best_loss = loss;
      best_strength = strength;
      best_weight = weight;
      best_scores = std::move(scores);
    }
   }
  }
  std::map<int, std::vector<double>> prior_scores;
  for (const auto& [index, article] : response) prior_scores[index];
  for (const Candidate& c : candidates) {
    if (c.article != kPetrarch) prior_scores[c.article].push_back(events::event_confidence(c.evidence));
  }
  // The scorer decides only the roots of which the training articles hold at least kMinSupport
  // right candidates; the others keep the prior. The training articles are US political news,
  // where force, coercion, aid or agreements between states are rare: a weight learnt from a
  // handful of wrong readings there would drop every such event elsewhere (PLOVER dev type accuracy
  // 69.3% -> 15.6% at the best-F1 threshold without this rule). The coder keeps their candidates
  // whose prior reaches its confident level (kConfidentEvent), and so does the held-out tally.
  std::map<uint32_t, size_t> right_by_root;
  for (const Candidate& c : candidates) {
    if (c.article != kPetrarch && c.right) ++right_by_root[c.evidence.root];
  }
  std::vector<uint32_t> decided;
  for (const auto& [root, n] : right_by_root) {
    if (n >= kMinSupport) decided.push_back(root);
  }
  {
    std::map<int, size_t> seen;
    for (const Candidate& c : candidates) {
      if (c.article == kPetrarch) continue;
      double& score = best_scores[c.article][seen[c.article]++];
      if (std::find(decided.begin(), decided.end(), c.evidence.root) == decided.end()) {
        score = events::event_confidence(c.evidence) >= events::kConfidentEvent ? 1.0 : 0.0;
      }
    }
  }
  // The confidence of the kept candidates of the other roots: their precision on the training articles.
  size_t undecided_kept = 0, undecided_right = 0;
  for (const Candidate& c : candidates) {
    if (c.article == kPetrarch || std::find(decided.begin(), decided.end(), c.evidence.root) != decided.end()) continue;
    if (events::event_confidence(c.evidence) < events::kConfidentEvent) continue;
    ++undecided_kept;
    undecided_right += c.right;
  }
  const float undecided_confidence =
      static_cast<float>(undecided_right + 1) / static_cast<float>(undecided_kept + 2);
  std::printf("roots the scorer decides (at least %zu right candidates):", kMinSupport);
  for (uint32_t root : decided) std::printf(" %02u (%zu)", root, right_by_root[root]);
  std::printf("; the others' kept candidates %zu, right %zu, confidence %.3f\n", undecided_kept, undecided_right,
              static_cast<double>(undecided_confidence));
  const Tally before = tally(gold, response, prior_scores, events::kMinConfidence);
  std::printf("prior >= %.2f: P %.1f R %.1f F1 %.1f, %.2f events per article\n", events::kMinConfidence,
              100 * before.precision, 100 * before.recall, 100 * before.f1, before.per_article);
  size_t gold_events = 0;
  for (const auto& [index, article] : gold) gold_events += article.events.size();
  const double gold_per_article = static_cast<double>(gold_events) / static_cast<double>(std::max<size_t>(1, gold.size()));
  std::printf("gold events per article %.2f\n", gold_per_article);
  double threshold = 0.5, count_threshold = 0, count_gap = std::numeric_limits<double>::infinity();
  Tally chosen, by_count;
  // Threshold 0 keeps every candidate the prior proposes: the scorer then only ranks them. The
  // grid is fine below 0.1, where the held-out count of events per article falls fastest.
  for (int step = 0; step <= 80; ++step) {
    const double t = step < 40 ? step / 400.0 : (step - 36) / 40.0;
    if (t >= 0.975) break;
    const Tally x = tally(gold, response, best_scores, t);
    std::printf("held-out >= %.4f: P %.1f R %.1f F1 %.1f, %.2f events per article\n", t, 100 * x.precision,
                100 * x.recall, 100 * x.f1, x.per_article);
    if (x.f1 >= chosen.f1) {
      chosen = x;
      threshold = t;
    }
    if (std::fabs(x.per_article - gold_per_article) < count_gap) {
      count_gap = std::fabs(x.per_article - gold_per_article);
      count_threshold = t;
      by_count = x;
    }
  }
  if (args.match_count) {
    threshold = count_threshold;
    chosen = by_count;
  }
  if (!args.dump.empty()) {
    std::ofstream dump(args.dump);
    std::map<int, size_t> seen;
    for (const Candidate& c : candidates) {
      if (c.article == kPetrarch) continue;
      dump << c.article << '\t' << c.right << '\t' << best_scores[c.article][seen[c.article]++] << '\t' << c.text;
      for (const events::Feature& f : c.features) dump << '\t' << f.first;
      dump << '\n';
    }
  }
  if (args.threshold >= 0) {
    threshold = args.threshold;
    chosen = tally(gold, response, best_scores, threshold);
  }
  const LogisticModel model = fit_logistic(examples_of(candidates, 0, best_weight), best_strength, args.min_count, kFree);
  std::vector<std::string> names;
  std::vector<float> weights;
  for (const auto& [name, w] : model.weights) {
    if (w == 0.0) continue;
    names.push_back(name);
    weights.push_back(static_cast<float>(w));
  }
  const events::EventScorer scorer(names, weights, static_cast<float>(threshold), decided, undecided_confidence);
  util::ModelWriter writer;
  scorer.write(writer);
  writer.save(args.out, events::kScorerKind, events::kScorerVersion);
  std::printf("validation weight %g, l2 %g, threshold %.3f (held-out P %.1f R %.1f F1 %.1f), %zu features; wrote %s\n", best_weight, best_strength,
              threshold, 100 * chosen.precision, 100 * chosen.recall, 100 * chosen.f1, names.size(), args.out.c_str());
  return 0;
}

}  // namespace

void add_event_scorer_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<ScorerArgs>();
  CLI::App* cmd = app.add_subcommand("event-scorer", "Fit the candidate event scorer on the audit set's tuning part");
  cmd->add_option("--audit", args->audit_dir, "The audit folder (default audit)");
  cmd->add_option("--shared", args->shared, "The shared data folder (default $DOSSIER_SHARED or ../shared)");
  cmd->add_option("--models", args->models, "Models directory (default: the pipeline's)");
  cmd->add_option("--petrarch", args->petrarch, "petrarch2 folder: its validation records add candidates (default: none)");
  cmd->add_option("--train-set", args->train_set,
                  "A folder of more annotated articles (sample.tsv, events/<index>.json), e.g. audit/train");
  cmd->add_option("--out", args->out, "Model file to write (default models/event_scorer.bin)");
  cmd->add_option("--threads", args->threads, "Threads (0: one per core)");
  cmd->add_option("--drop", args->drop, "Leave out the features whose names start with these (ablation)");
  cmd->add_flag("--match-count", args->match_count,
               "Keep threshold: the one whose held-out events per article are nearest the gold count");
  cmd->add_option("--threshold", args->threshold,
                  "Keep threshold to write (default: the one of best held-out F1 on the tuning part)");
  cmd->add_option("--petrarch-weight", args->petrarch_weight,
                  "Weight of the validation records, one of 0, 0.25, 1 (default: chosen by held-out log-loss)")
      ->check(CLI::IsMember({0.0, 0.25, 1.0}));
  cmd->add_option("--min-count", args->min_count, "Features seen fewer times get no weight (default 3)");
  cmd->add_option("--dump", args->dump, "Write every candidate with its label and held-out score here");
  cmd->callback([args, &exit_code] { exit_code = run(*args); });
}

}  // namespace dossier::train
