#include "train/ner_trainer.h"

#include <algorithm>
#include <cmath>

#include "eval/conll_score.h"
#include "ner/features.h"
#include "ner/tagger.h"
#include "ner/viterbi.h"

namespace dossier::train {
namespace {

using ner::kNumLabels;
using ner::Label;

// splitmix64: a small generator whose output is the same on every platform.
class Random {
 public:
  explicit Random(uint64_t seed) : state_(seed) {}
  uint64_t next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  size_t below(size_t n) { return static_cast<size_t>(next() % n); }
  template <typename T>
  void shuffle(std::vector<T>& v) {
    for (size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[below(i)]);
  }

 private:
  uint64_t state_;
};

std::string recase(std::string_view form, bool all_caps, Random& random) {
  std::string out(form);
  if (all_caps) {
    for (char& c : out) {
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    }
  } else if (!out.empty() && out[0] >= 'a' && out[0] <= 'z' &&
             (out.size() >= 4 || random.unit() < 0.5)) {
    out[0] = static_cast<char>(out[0] - 32);
  }
  return out;
}

// The averaged perceptron's weights: current values w and the running sums u of c * update,
// so that the average is w - u / c (Daumé's trick).
struct Perceptron {
  explicit Perceptron(int row_bits)
      : w((size_t{1} << row_bits) * kNumLabels, 0.0f), u(w.size(), 0.0) {}
  std::vector<float> w;
  std::vector<double> u;
  std::array<float, kNumLabels * kNumLabels> tw{};
  std::array<double, kNumLabels * kNumLabels> tu{};
  std::array<float, kNumLabels> sw{};
  std::array<double, kNumLabels> su{};
  double c = 1;

  void bump_row(uint32_t row, Label l, float by) {
    w[static_cast<size_t>(row) * kNumLabels + l] += by;
    u[static_cast<size_t>(row) * kNumLabels + l] += c * by;
  }
};

// The averaged weights in fixed point: the largest weight maps to 30000.
ner::PassWeights quantise(const Perceptron& p, uint32_t groups, int row_bits) {
  std::vector<float> avg(p.w.size());
  double top = 1e-9;
  for (size_t i = 0; i < avg.size(); ++i) {
    avg[i] = static_cast<float>(p.w[i] - p.u[i] / p.c);
    top = std::max(top, std::fabs(static_cast<double>(avg[i])));
  }
  std::array<double, kNumLabels * kNumLabels> t{};
  std::array<double, kNumLabels> s{};
  for (size_t i = 0; i < t.size(); ++i) t[i] = p.tw[i] - p.tu[i] / p.c;
  for (size_t i = 0; i < s.size(); ++i) s[i] = p.sw[i] - p.su[i] / p.c;
  const double scale = 30000.0 / top;
  ner::PassWeights out;
  out.groups = groups;
  out.row_bits = row_bits;
  out.emissions.resize(avg.size());
  for (size_t i = 0; i < avg.size(); ++i) {
    out.emissions[i] = static_cast<int16_t>(std::lround(avg[i] * scale));
  }
  for (size_t i = 0; i < t.size(); ++i) out.transitions[i] = static_cast<int32_t>(std::lround(t[i] * scale));
  for (size_t i = 0; i < s.size(); ++i) out.start[i] = static_cast<int32_t>(std::lround(s[i] * scale));
  return out;
}

struct SentenceRef {
  uint32_t example = 0;
  uint32_t sentence = 0;
};

// Learns from one sentence; returns true when the prediction was wrong.
bool learn_sentence(Perceptron& p, const ner::FeatureRows& rows, const NerExample& example,
                    const ner::TagSentence& sentence, std::vector<float>& emissions,
                    std::vector<Label>& predicted, ner::ViterbiScratch& scratch) {
  const uint32_t n = sentence.count;
  emissions.assign(static_cast<size_t>(n) * kNumLabels, 0.0f);
  for (uint32_t t = 0; t < n; ++t) {
    const uint32_t token = sentence.first + t;
    float* e = emissions.data() + static_cast<size_t>(t) * kNumLabels;
    for (uint32_t k = rows.begin[token]; k < rows.begin[token + 1]; ++k) {
      const float* w = p.w.data() + static_cast<size_t>(rows.rows[k]) * kNumLabels;
      for (int l = 0; l < kNumLabels; ++l) e[l] += w[l];
    }
  }
  predicted.resize(n);
  ner::viterbi(emissions.data(), n, p.tw.data(), p.sw.data(), scratch, predicted.data());
  const Label* gold = example.gold.data() + sentence.first;
  bool wrong = false;
  for (uint32_t t = 0; t < n; ++t) {
    const Label g = gold[t], y = predicted[t];
    const Label gp = t == 0 ? 0 : gold[t - 1], yp = t == 0 ? 0 : predicted[t - 1];
    if (g != y) {
      wrong = true;
      const uint32_t token = sentence.first + t;
      for (uint32_t k = rows.begin[token]; k < rows.begin[token + 1]; ++k) {
        p.bump_row(rows.rows[k], g, 1.0f);
        p.bump_row(rows.rows[k], y, -1.0f);
      }
    }
    if (t == 0) {
      if (g != y) {
        p.sw[g] += 1.0f;
        p.su[g] += p.c;
        p.sw[y] -= 1.0f;
        p.su[y] -= p.c;
      }
    } else if (g != y || gp != yp) {
      p.tw[gp * kNumLabels + g] += 1.0f;
      p.tu[gp * kNumLabels + g] += p.c;
      p.tw[yp * kNumLabels + y] -= 1.0f;
      p.tu[yp * kNumLabels + y] -= p.c;
    }
  }
  p.c += 1;
  return wrong;
}

// Features of every example for one pass.
std::vector<ner::FeatureRows> extract_all(const NerCorpus& corpus, const ner::NerModel& model,
                                          uint32_t groups, int row_bits,
                                          const std::vector<std::vector<Label>>* previous) {
  std::vector<ner::FeatureRows> rows(corpus.examples.size());
  ner::FeatureExtractor extractor;
  const ner::FeatureResources resources{&model.words, &model.gazetteer};
  for (size_t e = 0; e < corpus.examples.size(); ++e) {
    extractor.extract(corpus.examples[e].document, resources, groups, row_bits,
                      previous != nullptr ? (*previous)[e].data() : nullptr, rows[e]);
    rows[e].rows.shrink_to_fit();
  }
  return rows;
}

// Trains one pass on the examples whose origin passes the filter.
void train_pass(const NerCorpus& corpus, const std::vector<ner::FeatureRows>& rows,
                const std::function<bool(uint32_t origin)>& use, uint32_t groups, int row_bits,
                int epochs, uint64_t seed,
                const std::function<void(int epoch, ner::PassWeights)>& on_epoch) {
  std::vector<SentenceRef> order;
  for (size_t e = 0; e < corpus.examples.size(); ++e) {
    const NerExample& example = corpus.examples[e];
    if (!use(example.origin)) continue;
    for (size_t s = 0; s < example.document.sentences.size(); ++s) {
      if (example.learn[s] != 0) {
        order.push_back(SentenceRef{static_cast<uint32_t>(e), static_cast<uint32_t>(s)});
      }
    }
  }
  Perceptron p(row_bits);
  Random random(seed);
  std::vector<float> emissions;
  std::vector<Label> predicted;
  ner::ViterbiScratch scratch;
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    random.shuffle(order);
    for (const SentenceRef& ref : order) {
      const NerExample& example = corpus.examples[ref.example];
      learn_sentence(p, rows[ref.example], example, example.document.sentences[ref.sentence],
                     emissions, predicted, scratch);
    }
    on_epoch(epoch, quantise(p, groups, row_bits));
  }
}

}  // namespace

void add_conll(NerCorpus& corpus, const std::string& path) {
  corpus.files.push_back(ner::read_conll(path));
  const ner::ConllFile& file = corpus.files.back();
  for (const ner::ConllDocument& d : file.documents) {
    NerExample example;
    example.document = ner::tag_document(file, d);
    example.gold = ner::gold_labels(file, d, path);
    example.learn.assign(example.document.sentences.size(), 1);
    example.origin = static_cast<uint32_t>(corpus.examples.size());
    corpus.examples.push_back(std::move(example));
  }
}

void add_recased_copies(NerCorpus& corpus, double rate, uint64_t seed) {
  Random random(seed ^ 0x7265636173650000ull);
  const size_t originals = corpus.examples.size();
  for (size_t e = 0; e < originals; ++e) {
    NerExample copy = corpus.examples[e];
    bool any = false;
    for (size_t s = 0; s < copy.document.sentences.size(); ++s) {
      ner::TagSentence& sentence = copy.document.sentences[s];
      copy.learn[s] = 0;
      if (sentence.count < 3 || random.unit() >= rate) continue;
      const bool all_caps = random.unit() < 0.35;
      for (uint32_t i = sentence.first; i < sentence.first + sentence.count; ++i) {
        corpus.recased.push_back(recase(copy.document.forms[i], all_caps, random));
        copy.document.forms[i] = corpus.recased.back();
      }
      if (random.unit() < 0.5) sentence.kind = ner::SentenceKind::kHeadline;
      copy.learn[s] = 1;
      any = true;
    }
    if (any) corpus.examples.push_back(std::move(copy));
  }
}

NerScore score_model(const ner::NerModel& model, const NerCorpus& corpus) {
  ner::Tagger tagger(model);
  ner::TaggerScratch scratch;
  std::vector<Label> labels;
  eval::ChunkScorer scorer;
  for (const NerExample& example : corpus.examples) {
    tagger.tag(example.document, scratch, labels);
    scorer.boundary();
    for (const ner::TagSentence& s : example.document.sentences) {
      for (uint32_t i = s.first; i < s.first + s.count; ++i) {
        scorer.add(ner::label_name(example.gold[i]), ner::label_name(labels[i]));
      }
      scorer.boundary();
    }
  }
  return NerScore{eval::prf(scorer.total()).f1, scorer.report()};
}

void train_ner(const NerCorpus& train, const NerTrainOptions& options, ner::NerModel& model,
               const std::function<void(size_t pass, int epoch, const ner::NerModel&)>& on_epoch) {
  model.passes.clear();
  std::vector<std::vector<Label>> previous;
  for (size_t pass = 0; pass < options.pass_groups.size(); ++pass) {
    const uint32_t groups = options.pass_groups[pass];
    const auto rows = extract_all(train, model, groups, options.row_bits,
                                  pass > 0 ? &previous : nullptr);
    const uint64_t seed = options.seed + 7919 * pass;
    const bool last = pass + 1 == options.pass_groups.size();
    if (!last) {
      // The next pass learns from labels this pass gives documents it was not trained on, as
      // it will see on new text.
      previous.assign(train.examples.size(), {});
      for (int fold = 0; fold < options.folds; ++fold) {
        const auto in_fold = [&](uint32_t origin) {
          return static_cast<int>(origin % static_cast<uint32_t>(options.folds)) == fold;
        };
        ner::PassWeights weights;
        train_pass(train, rows, [&](uint32_t o) { return !in_fold(o); }, groups,
                   options.row_bits, options.epochs, seed + static_cast<uint64_t>(fold),
                   [&](int epoch, ner::PassWeights w) {
                     if (epoch == options.epochs) weights = std::move(w);
                   });
        ner::NerModel fold_model;
        fold_model.passes = model.passes;
        fold_model.passes.push_back(std::move(weights));
        fold_model.words = model.words;
        fold_model.gazetteer = model.gazetteer;
        ner::Tagger tagger(fold_model);
        ner::TaggerScratch scratch;
        for (size_t e = 0; e < train.examples.size(); ++e) {
          if (in_fold(train.examples[e].origin)) {
            tagger.tag(train.examples[e].document, scratch, previous[e]);
          }
        }
      }
    }
    model.passes.emplace_back();
    train_pass(train, rows, [](uint32_t) { return true; }, groups, options.row_bits,
               last ? options.last_epochs : options.epochs, seed, [&](int epoch, ner::PassWeights w) {
                 model.passes.back() = std::move(w);
                 on_epoch(pass, epoch, model);
               });
  }
}

}  // namespace dossier::train
