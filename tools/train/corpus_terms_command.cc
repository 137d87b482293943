// dossier-train corpus-terms: stopwords and background document frequencies for the corpus stage.
//
// Stopwords are derived, not typed: a word is a stopword when it occurs in at least --stop-df of
// the documents of *every* input corpus. Requiring it of each corpus keeps words frequent in one
// collection's subject ("trump" in 2016 US politics, "soccer" in Reuters sport) out of the list,
// and keeps the function words and reporting verbs ("the", "said") that are frequent everywhere.
// The document frequencies of the other terms (Snowball stems, hashed) weight TF-IDF before a
// corpus has enough articles of its own.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <unordered_map>
#include <unordered_set>

#include "corpus/term_model.h"
#include "corpus/words.h"
#include "dossier/error.h"
#include "train/commands.h"
#include "util/file.h"

namespace dossier::train {
namespace {

namespace fs = std::filesystem;

struct CorpusTermsArgs {
  std::vector<std::string> text_dirs;
  std::vector<std::string> conll_files;
  std::string out;
  double stop_df = 0.2;
  uint32_t min_df = 2;
};

using WordSet = std::unordered_set<std::string>;

// Distinct lower-cased words of a text with a letter.
void add_words(std::string_view text, corpus::WordReader& reader, WordSet& words) {
  size_t pos = 0;
  while (reader.next_run(text, pos)) {
    const corpus::Word w = reader.current();
    if (w.has_letter) words.emplace(w.text);
  }
}

std::vector<WordSet> text_corpus(const std::string& dir) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  corpus::WordReader reader;
  std::vector<WordSet> docs;
  for (const auto& f : files) {
    docs.emplace_back();
    add_words(util::read_file(f.string()), reader, docs.back());
  }
  return docs;
}

// CoNLL-2003 style: one token per line in the first column, documents split by -DOCSTART-.
std::vector<WordSet> conll_corpus(const std::string& file) {
  std::ifstream in(file);
  if (!in) throw InputError(file, "cannot open");
  corpus::WordReader reader;
  std::vector<WordSet> docs;
  std::string line;
  while (std::getline(in, line)) {
    const std::string token = line.substr(0, line.find_first_of(" \t"));
    if (token == "-DOCSTART-" || docs.empty()) docs.emplace_back();
    if (token != "-DOCSTART-") add_words(token, reader, docs.back());
  }
  return docs;
}

int run(const CorpusTermsArgs& args) {
  std::vector<std::vector<WordSet>> corpora;
  for (const auto& dir : args.text_dirs) corpora.push_back(text_corpus(dir));
  for (const auto& file : args.conll_files) corpora.push_back(conll_corpus(file));
  if (corpora.empty()) throw UsageError("give at least one --text folder or --conll file");
  std::unordered_map<std::string, double> least_share;
  for (size_t c = 0; c < corpora.size(); ++c) {
    std::unordered_map<std::string, uint32_t> df;
    for (const auto& doc : corpora[c]) {
      for (const auto& w : doc) ++df[w];
    }
    const double n = std::max<size_t>(corpora[c].size(), 1);
    std::unordered_map<std::string, double> next;
    for (const auto& [w, count] : df) {
      if (c > 0 && !least_share.contains(w)) continue;
      next[w] = c == 0 ? count / n : std::min(least_share[w], count / n);
    }
    least_share = std::move(next);
    std::cerr << "corpus " << c + 1 << ": " << corpora[c].size() << " documents\n";
  }
  std::vector<std::string> stopwords;
  for (const auto& [w, share] : least_share) {
    if (share >= args.stop_df) stopwords.push_back(w);
  }
  const corpus::TermModel stop_only(stopwords, 0, {});
  corpus::Stemmer stemmer;
  std::unordered_map<uint64_t, uint32_t> df;
  uint32_t documents = 0;
  for (const auto& docs : corpora) {
    for (const auto& doc : docs) {
      ++documents;
      std::unordered_set<uint64_t> terms;
      for (const auto& w : doc) {
        if (w.size() < 2 || stop_only.is_stopword(w)) continue;
        terms.insert(corpus::term_hash(stemmer.stem(w)));
      }
      for (const uint64_t t : terms) ++df[t];
    }
  }
  std::erase_if(df, [&](const auto& entry) { return entry.second < args.min_df; });
  const corpus::TermModel model(stopwords, documents, std::move(df));
  model.save(args.out);
  std::sort(stopwords.begin(), stopwords.end());
  std::cerr << "corpus-terms: " << documents << " documents, " << stopwords.size()
            << " stopwords, wrote " << args.out << "\n";
  return 0;
}

}  // namespace

void add_corpus_terms_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<CorpusTermsArgs>();
  CLI::App* cmd = app.add_subcommand(
      "corpus-terms", "stopwords and background document frequencies for stories and summaries");
  cmd->add_option("--text", args->text_dirs, "folder of .txt articles (one corpus per folder)");
  cmd->add_option("--conll", args->conll_files, "CoNLL-2003 style file (one corpus per file)");
  cmd->add_option("--out", args->out, "model file to write")->required();
  cmd->add_option("--stop-df", args->stop_df, "least document share, in every corpus, of a stopword");
  cmd->add_option("--min-df", args->min_df, "least document frequency of a kept term");
  cmd->callback([args, &exit_code] { exit_code = run(*args); });
}

}  // namespace dossier::train
