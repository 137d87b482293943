// dossier-eval text: measures the text layer against pre-tokenised, sentence-split news.
//
// Each annotated document (ECB+ topics of a split, CoNLL-2003 documents) is turned back into
// running text: tokens joined with print spacing (corpora::detokenize), sentences joined by a
// space when the sentence ends with terminal punctuation, by a line break otherwise (headlines,
// datelines and date lines stand on lines of their own in articles). The "flat" layout joins
// every sentence with a space, so that only punctuation and case can find the boundaries.
// The text layer runs on that text as an article without header spans; the scores are
// precision, recall and F1 of sentence starts (the first of each document excluded) and of
// token spans.
#include <algorithm>
#include <iostream>
#include <set>
#include <string>
#include <vector>

#include "data/news_corpora.h"
#include "dossier/document.h"
#include "eval/commands.h"
#include "text/text_stage.h"

namespace dossier::eval {
namespace {

struct Counts {
  size_t gold = 0;
  size_t predicted = 0;
  size_t correct = 0;

  void add(const std::set<std::pair<uint32_t, uint32_t>>& g, const std::set<std::pair<uint32_t, uint32_t>>& p) {
    gold += g.size();
    predicted += p.size();
    for (const auto& x : p) correct += g.count(x);
  }
  std::string report() const {
    const double precision = predicted == 0 ? 0 : 100.0 * static_cast<double>(correct) / static_cast<double>(predicted);
    const double recall = gold == 0 ? 0 : 100.0 * static_cast<double>(correct) / static_cast<double>(gold);
    const double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    char buffer[160];
    std::snprintf(buffer, sizeof buffer, "P %.2f  R %.2f  F1 %.2f  (gold %zu, predicted %zu, correct %zu)",
                  precision, recall, f1, gold, predicted, correct);
    return buffer;
  }
};

using Spans = std::set<std::pair<uint32_t, uint32_t>>;

struct Result {
  Counts boundaries;
  Counts tokens;
  size_t documents = 0;
};

bool ends_with_terminal(const std::vector<std::string>& sentence) {
  for (auto it = sentence.rbegin(); it != sentence.rend(); ++it) {
    const std::string& t = *it;
    if (t == "\"" || t == "''" || t == "'" || t == ")" || t == "]") continue;
    const char last = t.back();
    return last == '.' || last == '?' || last == '!';
  }
  return false;
}

struct Options {
  std::string shared;
  std::string split = "dev";
  size_t show = 0;
};

class Evaluator {
 public:
  Evaluator(const Options& options, std::string name, bool flat)
      : options_(options), name_(std::move(name)), flat_(flat) {}

  void add(const corpora::TokenizedDoc& doc, Result& result) {
    Document d;
    d.id = doc.name;
    Spans gold_tokens;
    Spans gold_starts;
    for (size_t s = 0; s < doc.sentences.size(); ++s) {
      if (s > 0) d.text += flat_ || ends_with_terminal(doc.sentences[s - 1]) ? " " : "\n";
      std::vector<size_t> offsets;
      const std::string sentence = corpora::detokenize(doc.sentences[s], &offsets);
      const auto base = static_cast<uint32_t>(d.text.size());
      if (s > 0) gold_starts.insert({base, 0});
      for (size_t i = 0; i < offsets.size(); ++i) {
        const auto begin = base + static_cast<uint32_t>(offsets[i]);
        gold_tokens.insert({begin, begin + static_cast<uint32_t>(doc.sentences[s][i].size())});
      }
      d.text += sentence;
    }
    text::segment(d);
    Spans predicted_starts;
    for (size_t s = 1; s < d.sentences.size(); ++s) predicted_starts.insert({d.sentences[s].span.begin, 0});
    Spans predicted_tokens;
    for (const Token& t : d.tokens) predicted_tokens.insert({t.span.begin, t.span.end});
    result.boundaries.add(gold_starts, predicted_starts);
    result.tokens.add(gold_tokens, predicted_tokens);
    ++result.documents;
    show(d.text, gold_starts, predicted_starts, "sentence start");
    show(d.text, gold_tokens, predicted_tokens, "token");
  }

 private:
  // Prints up to options.show differences with their context.
  void show(const std::string& text, const Spans& gold, const Spans& predicted, const char* what) {
    for (const auto& [set, label] : {std::pair{&gold, "missed"}, std::pair{&predicted, "spurious"}}) {
      const Spans& other = set == &gold ? predicted : gold;
      for (const auto& span : *set) {
        if (shown_ >= options_.show || other.count(span) != 0) continue;
        ++shown_;
        const uint32_t from = span.first >= 40 ? span.first - 40 : 0;
        std::string context = text.substr(from, span.first - from) + "\u2016" +
                              text.substr(span.first, std::max<uint32_t>(span.second, span.first) - span.first);
        if (span.second > span.first) context += "\u2016";
        context += text.substr(std::max(span.first, span.second), 40);
        std::replace(context.begin(), context.end(), '\n', '|');
        std::cout << name_ << " " << label << " " << what << ": " << context << "\n";
      }
    }
  }

  const Options& options_;
  std::string name_;
  bool flat_;
  size_t shown_ = 0;
};

void run(const Options& options) {
  const std::string data = options.shared + "/data";
  std::vector<corpora::TokenizedDoc> ecb;
  for (const auto& f : corpora::ecbplus_files(data + "/crossdoc/ecbplus", corpora::ecbplus_topics(options.split))) {
    corpora::TokenizedDoc doc = corpora::read_ecbplus(f);
    // As the ECB+ scorer does: sentence 0 of an ecbplus document is its source URL.
    if (doc.name.find("ecbplus") != std::string::npos && !doc.sentences.empty()) {
      doc.sentences.erase(doc.sentences.begin());
    }
    ecb.push_back(std::move(doc));
  }
  const std::string conll_file = data + "/ner/conll2003/" + (options.split == "dev" ? "dev.txt" : "train.txt");
  std::vector<corpora::TokenizedDoc> conll = corpora::read_conll(conll_file);
  for (const bool flat : {false, true}) {
    for (const auto& [name, docs] : {std::pair{"ECB+", &ecb}, std::pair{"CoNLL-2003", &conll}}) {
      Evaluator evaluator(options, name, flat);
      Result result;
      for (const auto& doc : *docs) evaluator.add(doc, result);
      std::cout << name << " " << options.split << " (" << result.documents << " documents, "
                << (flat ? "flat" : "layout") << ")\n"
                << "  sentence starts: " << result.boundaries.report() << "\n"
                << "  tokens:          " << result.tokens.report() << "\n";
    }
  }
}

}  // namespace

void add_text_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand("text", "sentence-boundary and token agreement on ECB+ and CoNLL-2003");
  auto options = std::make_shared<Options>();
  const char* env = std::getenv("DOSSIER_SHARED");
  options->shared = env != nullptr ? env : "../shared";
  cmd->add_option("--shared", options->shared, "the shared data folder (default $DOSSIER_SHARED or ../shared)");
  cmd->add_option("--split", options->split, "train or dev (ECB+ topics; CoNLL train.txt or dev.txt)")
      ->check(CLI::IsMember({"train", "dev"}));
  cmd->add_option("--show", options->show, "print up to N differences per corpus and layout");
  cmd->callback([options, &exit_code] {
    run(*options);
    exit_code = 0;
  });
}

}  // namespace dossier::eval
