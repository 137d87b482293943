// dossier-train ner-words: learns the tagger's word table from unlabelled text: word clusters
// (spherical k-means over random projections of PPMI context vectors, at three granularities)
// and each word's rate of capitalisation inside sentences.
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <iostream>
#include <memory>
#include <unordered_map>

#include "dossier/error.h"
#include "ner/conll.h"
#include "util/hash.h"
#include "text/fold.h"
#include "ner/word_table.h"
#include "train/commands.h"
#include "train/ner_resources.h"
#include "util/file.h"

namespace dossier::train {
namespace {

namespace fs = std::filesystem;

constexpr uint32_t kBreak = UINT32_MAX;  // between sentences (or lines) in the token stream

struct WordsArgs {
  std::vector<std::string> text;
  std::vector<std::string> conll;
  std::string out;
  std::vector<int> clusters{64, 256, 1024};
  int min_count = 4;
  int contexts = 2000;
  int dims = 128;
  int iterations = 12;
  uint64_t seed = 1;
};

// The token stream of all input, as ids of lower-cased words, and capitalisation counts.
struct Stream {
  std::unordered_map<std::string, uint32_t> ids;
  std::vector<std::string> words;
  std::vector<uint32_t> count, inner, capitalised;
  std::vector<uint32_t> tokens;

  uint32_t id(const std::string& lower) {
    auto [it, added] = ids.emplace(lower, static_cast<uint32_t>(words.size()));
    if (added) {
      words.push_back(lower);
      count.push_back(0);
      inner.push_back(0);
      capitalised.push_back(0);
    }
    return it->second;
  }
};

bool is_letter_start(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0xC0;
}

// Adds one sentence (or line) of tokens. Capitals count only inside sentences of prose: not
// first in the sentence, not after closing punctuation or an opening quote, not in a line that
// is mostly capitalised.
void add_sentence(Stream& s, const std::vector<std::string_view>& tokens) {
  int words = 0, capitals = 0;
  for (const auto t : tokens) {
    if (t.empty() || !is_letter_start(t[0])) continue;
    ++words;
    if (t[0] >= 'A' && t[0] <= 'Z') ++capitals;
  }
  const bool prose = words >= 4 && capitals * 2 < words;
  std::string lower;
  bool initial = true;
  for (const auto t : tokens) {
    lower.clear();
    text::append_fold_case(t, lower);
    const uint32_t w = s.id(lower);
    ++s.count[w];
    s.tokens.push_back(w);
    const bool letters = !t.empty() && is_letter_start(t[0]);
    if (prose && letters && !initial) {
      ++s.inner[w];
      if (t[0] >= 'A' && t[0] <= 'Z') ++s.capitalised[w];
    }
    initial = t == "." || t == "!" || t == "?" || t == ":" || t == "\"" || t == "``" || t == "'";
  }
  s.tokens.push_back(kBreak);
}

bool is_punct(char c) {
  return std::string_view("\"'()[]{},.;:!?`").find(c) != std::string_view::npos;
}

// Splits a line of running text into tokens as CoNLL does: punctuation apart, "'s" and "n't"
// apart, inner hyphens and periods kept ("U.S.", "Bosnia-Herzegovina").
void tokenize_line(std::string_view line, std::vector<std::string_view>& out) {
  out.clear();
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) ++i;
    size_t j = i;
    while (j < line.size() && line[j] != ' ' && line[j] != '\t' && line[j] != '\r') ++j;
    std::string_view chunk = line.substr(i, j - i);
    i = j;
    std::vector<std::string_view> tail;
    while (!chunk.empty() && is_punct(chunk.front())) {
      out.push_back(chunk.substr(0, 1));
      chunk.remove_prefix(1);
    }
    while (!chunk.empty() && is_punct(chunk.back())) {
      // A final period stays on an abbreviation with an inner period ("U.S.").
      if (chunk.back() == '.' && chunk.size() > 2 && chunk.substr(0, chunk.size() - 1).find('.') != std::string_view::npos) break;
      tail.push_back(chunk.substr(chunk.size() - 1));
      chunk.remove_suffix(1);
    }
    if (chunk.size() > 2 && (chunk.ends_with("'s") || chunk.ends_with("'S"))) {
      tail.push_back(chunk.substr(chunk.size() - 2));
      chunk.remove_suffix(2);
    } else if (chunk.size() > 3 && chunk.ends_with("n't")) {
      tail.push_back(chunk.substr(chunk.size() - 3));
      chunk.remove_suffix(3);
    }
    if (!chunk.empty()) out.push_back(chunk);
    out.insert(out.end(), tail.rbegin(), tail.rend());
  }
}

// Markup out (script and style content with it), a few entities decoded, one line per line.
std::string plain_text(const std::string& raw) {
  std::string out;
  out.reserve(raw.size());
  size_t i = 0;
  while (i < raw.size()) {
    if (raw[i] == '<') {
      const size_t close = raw.find('>', i);
      if (close == std::string::npos) break;
      std::string tag = raw.substr(i + 1, std::min<size_t>(close - i - 1, 7));
      for (char& c : tag) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      i = close + 1;
      for (const std::string_view skip : {"script", "style"}) {
        if (tag.starts_with(skip)) {
          const size_t end = raw.find("</" + std::string(skip), i);
          i = end == std::string::npos ? raw.size() : end;
        }
      }
      out += ' ';
      continue;
    }
    if (raw[i] == '&') {
      static const std::pair<std::string_view, char> kEntities[] = {
          {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''},
          {"&nbsp;", ' '}, {"&apos;", '\''}};
      bool decoded = false;
      for (const auto& [name, c] : kEntities) {
        if (std::string_view(raw).substr(i, name.size()) == name) {
          out += c;
          i += name.size();
          decoded = true;
          break;
        }
      }
      if (decoded) continue;
    }
    out += raw[i++];
  }
  return out;
}

void add_text_file(Stream& s, const std::string& path) {
  const std::string raw = util::read_file(path);
  const bool markup = !path.ends_with(".txt");
  const std::string text = markup ? plain_text(raw) : raw;
  std::vector<std::string_view> tokens, sentence;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    tokenize_line(std::string_view(text).substr(pos, end - pos), tokens);
    pos = end + 1;
    sentence.clear();
    for (size_t k = 0; k < tokens.size(); ++k) {
      sentence.push_back(tokens[k]);
      const bool stop = tokens[k] == "." || tokens[k] == "!" || tokens[k] == "?";
      if (stop && (k + 1 == tokens.size() || is_letter_start(tokens[k + 1][0]))) {
        add_sentence(s, sentence);
        sentence.clear();
      }
    }
    if (!sentence.empty()) add_sentence(s, sentence);
  }
}

void add_text_path(Stream& s, const std::string& path) {
  if (!fs::is_directory(path)) {
    add_text_file(s, path);
    return;
  }
  std::vector<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(path)) {
    const std::string name = entry.path().string();
    if (!entry.is_regular_file()) continue;
    for (const std::string_view ext : {".txt", ".tml", ".xml", ".html", ".htm"}) {
      if (name.ends_with(ext)) files.push_back(name);
    }
  }
  std::sort(files.begin(), files.end());  // the same order, the same clusters
  for (const auto& f : files) add_text_file(s, f);
}

void add_conll_file(Stream& s, const std::string& path) {
  const ner::ConllFile file = ner::read_conll(path);
  std::vector<std::string_view> tokens;
  for (const auto& document : file.documents) {
    for (const auto& sentence : document.sentences) {
      tokens.clear();
      for (const auto& t : sentence) tokens.push_back(t.form.of(file.text));
      add_sentence(s, tokens);
    }
  }
}

uint64_t splitmix(uint64_t& state) {
  uint64_t z = (state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

// Unit vectors of the clustered words: PPMI of left and right neighbours among the most frequent
// words, randomly projected to dims dimensions.
std::vector<float> word_vectors(const Stream& s, const std::vector<uint32_t>& vocabulary,
                                const WordsArgs& args) {
  std::vector<uint32_t> by_count(s.words.size());
  for (uint32_t w = 0; w < by_count.size(); ++w) by_count[w] = w;
  std::stable_sort(by_count.begin(), by_count.end(),
                   [&](uint32_t a, uint32_t b) { return s.count[a] > s.count[b]; });
  const auto contexts = static_cast<uint32_t>(std::min<size_t>(args.contexts, by_count.size()));
  std::vector<uint32_t> context_of(s.words.size(), contexts);  // contexts = "other"
  for (uint32_t k = 0; k < contexts; ++k) context_of[by_count[k]] = k;
  std::vector<int32_t> row_of(s.words.size(), -1);
  for (size_t r = 0; r < vocabulary.size(); ++r) row_of[vocabulary[r]] = static_cast<int32_t>(r);
  // Pair keys: row, side, context; side 0 left, 1 right; context `contexts + 1` = sentence edge.
  const uint64_t width = 2 * (uint64_t{contexts} + 2);
  std::vector<uint64_t> pairs;
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    if (s.tokens[i] == kBreak || row_of[s.tokens[i]] < 0) continue;
    const auto row = static_cast<uint64_t>(row_of[s.tokens[i]]);
    const auto context = [&](size_t j, bool valid) -> uint64_t {
      return !valid || s.tokens[j] == kBreak ? contexts + 1 : context_of[s.tokens[j]];
    };
    pairs.push_back(row * width + context(i - 1, i > 0));
    pairs.push_back(row * width + (contexts + 2) + context(i + 1, i + 1 < s.tokens.size()));
  }
  std::sort(pairs.begin(), pairs.end());
  std::vector<double> column_total(width, 0), row_total(vocabulary.size(), 0);
  for (const uint64_t p : pairs) {
    column_total[p % width] += 1;
    row_total[p / width] += 1;
  }
  const auto total = static_cast<double>(pairs.size());
  const auto dims = static_cast<size_t>(args.dims);
  std::vector<float> projection(width * dims);
  uint64_t state = args.seed;
  for (float& x : projection) x = (splitmix(state) & 1) != 0 ? 1.0f : -1.0f;
  std::vector<float> vectors(vocabulary.size() * dims, 0.0f);
  for (size_t i = 0; i < pairs.size();) {
    size_t j = i;
    while (j < pairs.size() && pairs[j] == pairs[i]) ++j;
    const uint64_t row = pairs[i] / width, column = pairs[i] % width;
    const double pmi = std::log(static_cast<double>(j - i) * total /
                                (row_total[row] * column_total[column]));
    if (pmi > 0) {
      float* v = vectors.data() + row * dims;
      const float* r = projection.data() + column * dims;
      for (size_t d = 0; d < dims; ++d) v[d] += static_cast<float>(pmi) * r[d];
    }
    i = j;
  }
  for (size_t r = 0; r < vocabulary.size(); ++r) {
    float* v = vectors.data() + r * dims;
    double norm = 0;
    for (size_t d = 0; d < dims; ++d) norm += static_cast<double>(v[d]) * v[d];
    const float scale = norm > 0 ? static_cast<float>(1.0 / std::sqrt(norm)) : 0.0f;
    for (size_t d = 0; d < dims; ++d) v[d] *= scale;
  }
  return vectors;
}

// Spherical k-means, seeded with the most frequent words; returns each row's cluster (0-based).
std::vector<uint16_t> kmeans(const std::vector<float>& vectors, size_t rows, size_t dims, size_t k,
                             int iterations) {
  k = std::min(k, rows);
  std::vector<float> centroids(vectors.begin(), vectors.begin() + static_cast<ptrdiff_t>(k * dims));
  std::vector<uint16_t> assignment(rows, 0);
  for (int it = 0; it < iterations; ++it) {
    for (size_t r = 0; r < rows; ++r) {
      const float* v = vectors.data() + r * dims;
      float best = -2;
      for (size_t c = 0; c < k; ++c) {
        const float* m = centroids.data() + c * dims;
        float dot = 0;
        for (size_t d = 0; d < dims; ++d) dot += v[d] * m[d];
        if (dot > best) {
          best = dot;
          assignment[r] = static_cast<uint16_t>(c);
        }
      }
    }
    std::vector<double> sums(k * dims, 0);
    for (size_t r = 0; r < rows; ++r) {
      for (size_t d = 0; d < dims; ++d) sums[assignment[r] * dims + d] += vectors[r * dims + d];
    }
    for (size_t c = 0; c < k; ++c) {
      double norm = 0;
      for (size_t d = 0; d < dims; ++d) norm += sums[c * dims + d] * sums[c * dims + d];
      if (norm == 0) continue;  // an empty cluster keeps its centroid
      for (size_t d = 0; d < dims; ++d) {
        centroids[c * dims + d] = static_cast<float>(sums[c * dims + d] / std::sqrt(norm));
      }
    }
  }
  return assignment;
}

int run_words(const WordsArgs& args) {
  if (args.clusters.size() != ner::kClusterLevels) {
    throw UsageError("--clusters wants three sizes, coarse to fine");
  }
  Stream s;
  for (const auto& p : args.text) add_text_path(s, p);
  for (const auto& c : args.conll) add_conll_file(s, c);
  std::vector<uint32_t> vocabulary;
  for (uint32_t w = 0; w < s.words.size(); ++w) {
    if (s.count[w] >= static_cast<uint32_t>(args.min_count)) vocabulary.push_back(w);
  }
  std::stable_sort(vocabulary.begin(), vocabulary.end(),
                   [&](uint32_t a, uint32_t b) { return s.count[a] > s.count[b]; });
  std::cerr << "ner-words: " << s.tokens.size() << " tokens, " << s.words.size() << " words, "
            << vocabulary.size() << " clustered\n";
  const auto dims = static_cast<size_t>(args.dims);
  const std::vector<float> vectors = word_vectors(s, vocabulary, args);
  std::vector<ner::WordInfo> infos(s.words.size());
  for (size_t level = 0; level < ner::kClusterLevels; ++level) {
    const auto assignment = kmeans(vectors, vocabulary.size(), dims,
                                   static_cast<size_t>(args.clusters[level]), args.iterations);
    for (size_t r = 0; r < vocabulary.size(); ++r) {
      infos[vocabulary[r]].clusters[level] = static_cast<uint16_t>(assignment[r] + 1);
    }
    std::cerr << "ner-words: " << args.clusters[level] << " clusters done\n";
  }
  std::vector<std::pair<uint64_t, ner::WordInfo>> entries;
  for (uint32_t w = 0; w < s.words.size(); ++w) {
    if (s.count[w] < 2) continue;
    infos[w].cap_bin = ner::cap_bin_of(s.capitalised[w], s.inner[w]);
    infos[w].freq_bin = ner::freq_bin_of(s.count[w]);
    entries.emplace_back(util::fnv1a(s.words[w]), infos[w]);
  }
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<uint64_t> keys;
  std::vector<ner::WordInfo> values;
  for (const auto& [key, info] : entries) {
    if (!keys.empty() && keys.back() == key) continue;  // a 64-bit collision: keep one
    keys.push_back(key);
    values.push_back(info);
  }
  save_word_table(ner::WordTable(std::move(keys), std::move(values)), args.out);
  std::cerr << "ner-words: wrote " << args.out << " (" << entries.size() << " words)\n";
  return 0;
}

}  // namespace

void add_ner_words_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<WordsArgs>();
  CLI::App* cmd = app.add_subcommand(
      "ner-words", "Learn the tagger's word clusters and capitalisation rates from unlabelled text");
  cmd->add_option("--text", args->text,
                  "Text files or directories (.txt, .tml, .xml, .html: markup is dropped)")
      ->check(CLI::ExistingPath);
  cmd->add_option("--conll", args->conll, "CoNLL files whose first column is read as text")
      ->check(CLI::ExistingFile);
  cmd->add_option("--out", args->out, "Word table file to write")->required();
  cmd->add_option("--clusters", args->clusters, "Cluster counts, coarse to fine")->expected(3);
  cmd->add_option("--min-count", args->min_count, "Least count of a clustered word")
      ->check(CLI::Range(1, 1000));
  cmd->add_option("--contexts", args->contexts, "Context words (the most frequent)")
      ->check(CLI::Range(10, 100000));
  cmd->add_option("--dims", args->dims, "Dimensions of the projected vectors")
      ->check(CLI::Range(8, 1024));
  cmd->add_option("--iterations", args->iterations, "k-means iterations")->check(CLI::Range(1, 100));
  cmd->add_option("--seed", args->seed, "Random seed of the projection");
  cmd->callback([args, &exit_code] { exit_code = run_words(*args); });
}

}  // namespace dossier::train
