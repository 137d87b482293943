// dossier-train abbreviations: derives the segmenter's abbreviation and sentence-starter tables
// from news corpora and writes them as src/text/abbreviation_data.cc.
//
// Evidence, per word w of one to six ASCII letters (not a single capital: initials are known):
//  - running text (PolNeAR train articles, TempEval-3 TimeML, the article bodies of the
//    scrapinghub article-extraction benchmark, dev part): how often "w." is followed by a
//    lower-case word, a comma or semicolon (the period did not end a sentence), a capital or a
//    number, and how often w appears without a period;
//  - pre-tokenised text (CoNLL-2003 train, ECB+ train topics): how often annotators kept the
//    period on the token "w.", and how often that token ended a sentence.
// Sentence starters come from the annotated sentences of CoNLL-2003 and ECB+ (see is_starter).
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "data/news_corpora.h"
#include "dossier/error.h"
#include "train/commands.h"
#include "util/file.h"

namespace dossier::train {
namespace {

struct WordStats {
  uint32_t period = 0;          // "w." in running or tokenised text
  uint32_t lower_after = 0;     // "w." then a lower-case word, a comma or a semicolon
  uint32_t upper_after = 0;     // "w." then a capitalised word
  uint32_t digit_after = 0;     // "w." then a number
  uint32_t bare = 0;            // w without a period
  uint32_t token_period = 0;    // tokeniser-annotated "w." tokens
  uint32_t sentence_final = 0;  // of those, the last token of a sentence
  std::map<std::string, uint32_t> capitals_after;  // lower-cased capitalised words after "w."
};

struct StarterStats {
  uint32_t starts = 0;          // capitalised, first word of a sentence
  uint32_t capital_inside = 0;  // capitalised inside a sentence
  uint32_t lower_inside = 0;    // lower case inside a sentence
};

struct Evidence {
  std::map<std::string, WordStats> words;
  std::map<std::string, StarterStats> starters;
  size_t documents = 0;
};

bool is_letters(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Strips opening quotes and brackets (ASCII, and “ ‘ in UTF-8) from the front.
std::string_view strip_openers(std::string_view s) {
  while (!s.empty()) {
    if (std::string_view("\"'([{`").find(s.front()) != std::string_view::npos) {
      s.remove_prefix(1);
    } else if (s.size() >= 3 && s.substr(0, 2) == "\xE2\x80" && (s[2] == '\x9C' || s[2] == '\x98')) {
      s.remove_prefix(3);
    } else {
      break;
    }
  }
  return s;
}

enum class Follow { kNone, kLower, kUpper, kDigit };

Follow follow_of(std::string_view next) {
  next = strip_openers(next);
  if (next.empty()) return Follow::kNone;
  const auto c = static_cast<unsigned char>(next.front());
  if (std::islower(c)) return Follow::kLower;
  if (std::isupper(c)) return Follow::kUpper;
  if (std::isdigit(c)) return Follow::kDigit;
  return Follow::kNone;
}

void count_follow(WordStats& stats, std::string_view next) {
  switch (follow_of(next)) {
    case Follow::kLower:
      ++stats.lower_after;
      break;
    case Follow::kUpper: {
      ++stats.upper_after;
      next = strip_openers(next);
      size_t letters = 0;
      while (letters < next.size() && std::isalpha(static_cast<unsigned char>(next[letters]))) ++letters;
      ++stats.capitals_after[lower(next.substr(0, letters))];
      break;
    }
    case Follow::kDigit:
      ++stats.digit_after;
      break;
    case Follow::kNone:
      break;
  }
}

bool only_closers(std::string_view s, bool& comma) {
  comma = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == ',' || c == ';') {
      comma = true;
    } else if (std::string_view("\"')]}:?!").find(c) != std::string_view::npos) {
      continue;
    } else if (s.size() - i >= 3 && s.substr(i, 2) == "\xE2\x80" && (s[i + 2] == '\x9D' || s[i + 2] == '\x99')) {
      i += 2;
    } else {
      return false;
    }
  }
  return true;
}

void add_running_text(const std::string& text, Evidence& evidence) {
  std::istringstream in(text);
  std::vector<std::string> chunks;
  for (std::string chunk; in >> chunk;) chunks.push_back(std::move(chunk));
  for (size_t i = 0; i < chunks.size(); ++i) {
    const std::string_view core = strip_openers(chunks[i]);
    size_t letters = 0;
    while (letters < core.size() && std::isalpha(static_cast<unsigned char>(core[letters]))) ++letters;
    if (letters == 0) continue;
    const std::string word(core.substr(0, letters));
    bool comma = false;
    if (letters < core.size() && core[letters] == '.') {
      if (!only_closers(core.substr(letters + 1), comma)) continue;
      WordStats& stats = evidence.words[word];
      ++stats.period;
      if (comma) {
        ++stats.lower_after;
      } else if (letters + 1 == core.size() && i + 1 < chunks.size()) {
        count_follow(stats, chunks[i + 1]);
      }
    } else if (only_closers(core.substr(letters), comma)) {
      ++evidence.words[word].bare;
    }
  }
  ++evidence.documents;
}

void add_sentence_starters(const std::vector<std::string>& sentence, Evidence& evidence) {
  bool first = true;
  for (const std::string& token : sentence) {
    if (!is_letters(token)) continue;
    const bool capital = std::isupper(static_cast<unsigned char>(token[0])) &&
                         (token.size() == 1 || std::islower(static_cast<unsigned char>(token[1])));
    const bool all_lower = std::islower(static_cast<unsigned char>(token[0])) != 0;
    StarterStats& stats = evidence.starters[lower(token)];
    if (first && capital) ++stats.starts;
    if (!first && capital) ++stats.capital_inside;
    if (!first && all_lower) ++stats.lower_inside;
    first = false;
  }
}

void add_tokenized(const corpora::TokenizedDoc& doc, Evidence& evidence) {
  for (const auto& sentence : doc.sentences) {
    for (size_t i = 0; i < sentence.size(); ++i) {
      const std::string& token = sentence[i];
      if (token.size() >= 2 && token.back() == '.' && is_letters(std::string_view(token).substr(0, token.size() - 1))) {
        WordStats& stats = evidence.words[token.substr(0, token.size() - 1)];
        ++stats.period;
        ++stats.token_period;
        if (i + 1 == sentence.size()) {
          ++stats.sentence_final;
        } else {
          count_follow(stats, sentence[i + 1]);
        }
      } else if (is_letters(token)) {
        ++evidence.words[token].bare;
      }
    }
    add_sentence_starters(sentence, evidence);
  }
  ++evidence.documents;
}

enum class Kind { kNone, kTitle, kBeforeNumber, kOther };

// A starter opens sentences at least three times and either nearly never (2%) appears
// capitalised inside a sentence ("The", "With"), or opens at least one sentence in twenty uses
// and is capitalised inside sentences at most a fifth as often as not ("However", "Police"). Not
// "Law" or "Security": they open sentences rarely and are names ("Law Society") often enough to
// follow an initial or "U.S.".
bool is_starter(const StarterStats& s) {
  if (s.starts < 3 || s.lower_inside < 5) return false;
  if (s.capital_inside * 50 <= s.lower_inside) return true;
  return s.capital_inside * 4 <= s.lower_inside && s.starts * 20 >= s.lower_inside + s.capital_inside;
}

// Capitalised words after "w." that are sentence starters: evidence that the period ended a
// sentence rather than introduced a name.
uint32_t starters_after(const WordStats& s, const Evidence& evidence) {
  uint32_t count = 0;
  for (const auto& [word, n] : s.capitals_after) {
    const auto it = evidence.starters.find(word);
    if (it != evidence.starters.end() && is_starter(it->second)) count += n;
  }
  return count;
}

// The thresholds: a word is an abbreviation when its period is often not a sentence end
// (followed by lower case or a comma at least a fifth of the time), when annotators kept the
// period on the token and the bare word is rarer than the abbreviation, when a number follows it
// at least half the time, or when it nearly never appears without the period (short words, or
// words seen before lower case or numbers: "Images." closing photo credits is not). It is a title
// when a capitalised word follows at least 85% of the time and nearly never (5%) a sentence
// starter: names follow it, not sentences; such a word is capitalised, not much more frequent
// without its period, and short unless frequent. All-capital words are left out (headings such as
// "FULL TEXT."); the runtime matches "GEN." to "Gen" itself.
Kind classify(const std::string& word, const WordStats& s, const Evidence& evidence) {
  // Single capitals are initials, which the tokenizer knows; single lower-case letters ("v.")
  // need evidence like any other word.
  const bool initial = word.size() == 1 && std::isupper(static_cast<unsigned char>(word[0]));
  if (initial || word.size() > 6 || s.period < 3) return Kind::kNone;
  if (std::all_of(word.begin(), word.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); })) {
    return Kind::kNone;
  }
  const uint32_t n = s.period;
  const bool capitalised = std::isupper(static_cast<unsigned char>(word[0])) != 0;
  const bool before_names = capitalised && s.bare <= 2 * n && (word.size() <= 4 || n >= 5) &&
                            s.upper_after * 100 >= n * 85 && s.lower_after * 10 <= n &&
                            s.digit_after * 10 <= n && s.sentence_final * 20 <= s.token_period &&
                            starters_after(s, evidence) * 20 <= s.upper_after;
  const bool continues = s.lower_after >= 2 && s.lower_after * 5 >= n;
  const bool annotated = s.token_period >= 2 && s.bare <= s.token_period;
  const bool before_number = s.digit_after * 2 >= n;
  const bool always_dotted =
      n >= 5 && s.bare * 10 <= n && (word.size() <= 4 || s.lower_after + s.digit_after > 0);
  if (!before_names && !continues && !annotated && !before_number && !always_dotted) return Kind::kNone;
  if (before_number && s.bare * 2 >= n) return Kind::kBeforeNumber;
  return before_names ? Kind::kTitle : Kind::kOther;
}

std::string_view kind_name(Kind kind) {
  switch (kind) {
    case Kind::kTitle: return "kTitle";
    case Kind::kBeforeNumber: return "kBeforeNumber";
    default: return "kOther";
  }
}

std::string render(const Evidence& evidence, const std::string& command) {
  std::ostringstream out;
  out << "// Generated by `" << command << "`\n"
      << "// from " << evidence.documents << " documents (PolNeAR train, scrapinghub AEB dev bodies,\n"
      << "// TempEval-3, CoNLL-2003 train, ECB+ train topics); tools/train/abbreviations_command.cc\n"
      << "// gives the evidence and the thresholds. Per entry: \"w.\" count; then followed by lower\n"
      << "// case or comma / a capital / a number; then bare w count. Do not edit by hand: change the\n"
      << "// evidence or the thresholds and rerun.\n"
      << "#include \"text/abbreviations.h\"\n\nnamespace dossier::text {\nnamespace {\n\n"
      << "constexpr AbbreviationEntry kAbbreviations[] = {\n";
  std::vector<std::string> starters;
  for (const auto& [word, stats] : evidence.words) {
    const Kind kind = classify(word, stats, evidence);
    if (kind == Kind::kNone) continue;
    out << "    {\"" << word << "\", AbbreviationKind::" << kind_name(kind) << "},  // " << stats.period
        << ": " << stats.lower_after << "/" << stats.upper_after << "/" << stats.digit_after << "; "
        << stats.bare << "\n";
  }
  out << "};\n\nconstexpr std::string_view kSentenceStarters[] = {\n";
  for (const auto& [word, stats] : evidence.starters) {
    const auto it = evidence.words.find(word);
    if (is_starter(stats) && (it == evidence.words.end() || classify(word, it->second, evidence) == Kind::kNone)) {
      starters.push_back(word);
    }
  }
  std::string line = "   ";
  for (const std::string& w : starters) {
    const std::string item = " \"" + w + "\",";
    if (line.size() + item.size() > 100) {
      out << line << "\n";
      line = "   ";
    }
    line += item;
  }
  out << line << "\n};\n\n}  // namespace\n\n"
      << "std::span<const AbbreviationEntry> abbreviation_table() { return kAbbreviations; }\n"
      << "std::span<const std::string_view> sentence_starter_table() { return kSentenceStarters; }\n\n"
      << "}  // namespace dossier::text\n";
  return out.str();
}

Evidence gather(const std::string& shared) {
  const std::string data = shared + "/data";
  Evidence evidence;
  for (const auto& f : corpora::files_with_suffix(data + "/quotes/polnear/train/text", ".txt")) {
    add_running_text(util::read_file(f), evidence);
  }
  const auto articles = nlohmann::json::parse(util::read_file(data + "/html/scrapinghub-aeb/ground-truth.json"));
  for (const auto& [id, article] : articles.items()) {
    if (article.contains("articleBody")) add_running_text(article["articleBody"].get<std::string>(), evidence);
  }
  for (const auto& f : corpora::files_with_suffix(data + "/time/tempeval3", ".tml")) {
    add_running_text(corpora::read_timeml_text(f), evidence);
  }
  for (const auto& doc : corpora::read_conll(data + "/ner/conll2003/train.txt")) add_tokenized(doc, evidence);
  const std::string ecb = data + "/crossdoc/ecbplus";
  for (const auto& f : corpora::ecbplus_files(ecb, corpora::ecbplus_topics("train"))) {
    add_tokenized(corpora::read_ecbplus(f), evidence);
  }
  return evidence;
}

}  // namespace

void add_abbreviations_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand("abbreviations",
                                 "derive the sentence segmenter's abbreviation and starter tables");
  auto shared = std::make_shared<std::string>();
  auto out = std::make_shared<std::string>("src/text/abbreviation_data.cc");
  if (const char* env = std::getenv("DOSSIER_SHARED"); env != nullptr) *shared = env;
  else *shared = "../shared";
  cmd->add_option("--shared", *shared, "the shared data folder (default $DOSSIER_SHARED or ../shared)");
  cmd->add_option("--out", *out, "the C++ file to write");
  cmd->callback([shared, out, &exit_code] {
    const Evidence evidence = gather(*shared);
    if (evidence.documents == 0) throw UsageError("no corpora found under " + *shared + "/data");
    std::ofstream file(*out);
    file << render(evidence, "dossier-train abbreviations --out " + *out);
    if (!file) throw Error("cannot write " + *out);
    std::cerr << "wrote " << *out << " from " << evidence.documents << " documents\n";
    exit_code = 0;
  });
}

}  // namespace dossier::train
