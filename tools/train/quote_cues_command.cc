// dossier-train quote-cues: compiles the reporting-word lexicon (models/quote_cues.bin) from the
// cue spans of PolNeAR's training annotations and WordNet's communication and cognition verbs.
#include <algorithm>
#include <iomanip>
#include <iostream>
#include <map>
#include <memory>
#include <string>

#include "data/polnear.h"
#include "data/wordnet.h"
#include "dossier/document.h"
#include "ingest/header.h"
#include "quotes/cue_lexicon.h"
#include "quotes/quote_marks.h"
#include "quotes/units.h"
#include "text/text_stage.h"
#include "train/commands.h"
#include "util/model_file.h"
#include "util/utf8.h"

namespace dossier::train {
namespace {

struct QuoteCuesArgs {
  std::string polnear = "../shared/data/quotes/polnear";
  std::string part = "train";
  std::string wordnet = "/usr/share/wordnet";
  std::string out = "models/quote_cues.bin";
  uint32_t min_count = 2;
};

struct Counts {
  uint32_t cue = 0, text = 0, direct = 0, after = 0, object = 0;
};

bool overlaps_any(uint32_t b, uint32_t e, const std::vector<data::CpSpan>& spans) {
  return std::any_of(spans.begin(), spans.end(), [&](data::CpSpan s) { return s.begin < e && b < s.end; });
}

// The content starts after words that are neither cue nor content: "told reporters that ...".
bool has_hearer(const data::GoldArticle& article, const data::GoldAttribution& a) {
  if (a.cue.empty() || a.content.front().begin < a.cue.back().end) return false;
  uint32_t words = 0;
  bool in_word = false;
  for (uint32_t i = a.cue.back().end; i < a.content.front().begin; ++i) {
    const char32_t c = article.chars[i];
    const bool letter = (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || c > 0x7F;
    if (letter && !in_word) ++words;
    in_word = letter;
  }
  return words > 0;
}

// Counts every word outside quotations, and how often it lies in a gold cue span.
void count_article(const data::GoldArticle& article, const quotes::CueLexicon& empty,
                   std::map<std::string, Counts>& counts) {
  // The units the quote stage reads: the text layer's tokens and sentences.
  Document doc;
  doc.text = article.text;
  ingest::recognize_headers(doc.text, doc.meta);
  text::segment(doc);
  const std::vector<quotes::Paragraph> paragraphs = quotes::quote_paragraphs(doc);
  const auto segments = quotes::find_quote_segments(doc, paragraphs);
  const quotes::Units units = quotes::build_units(doc, paragraphs, segments, empty);
  const util::CodePointIndex cp(article.text);
  for (const quotes::Unit& unit : units.units) {
    if (unit.kind != quotes::UnitKind::kWord) continue;
    Counts& c = counts[std::string(units.form(unit))];
    ++c.text;
    const uint32_t b = cp.to_code_point(unit.span.begin), e = cp.to_code_point(unit.span.end);
    bool in_cue = false, direct = false, after = false, object = false;
    for (const auto& a : article.attributions) {
      if (!overlaps_any(b, e, a.cue)) continue;
      in_cue = true;
      direct = direct || a.direct;
      after = after || (!a.cue.empty() && a.content.front().begin >= a.cue.back().end);
      object = object || has_hearer(article, a);
    }
    c.cue += in_cue;
    c.direct += in_cue && direct;
    c.after += in_cue && after;
    c.object += in_cue && after && object;
  }
}

quotes::CueEntry make_entry(const std::string& form, const Counts& c, const data::WordNet& wn) {
  quotes::CueEntry entry;
  entry.form = form;
  entry.cue_count = c.cue;
  entry.text_count = std::max(c.text, c.cue);
  entry.direct_count = c.direct;
  entry.after_count = c.after;
  entry.object_count = c.object;
  std::string lemma = wn.verb_lemma(form);
  entry.pos = quotes::CuePos::kVerb;
  if (lemma.empty()) {
    lemma = wn.noun_lemma(form);
    entry.pos = lemma.empty() ? quotes::CuePos::kOther : quotes::CuePos::kNoun;
  }
  entry.lemma = lemma.empty() ? form : lemma;
  return entry;
}

int run(const QuoteCuesArgs& args) {
  const std::string folder = data::polnear_folder(args.polnear, args.part);
  const auto articles = data::load_polnear(folder);
  const data::WordNet wn = data::WordNet::load(args.wordnet);
  std::map<std::string, Counts> counts;
  const quotes::CueLexicon empty;
  for (const auto& article : articles) count_article(article, empty, counts);

  std::map<std::string, quotes::CueEntry> entries;
  for (const auto& [form, c] : counts) {
    if (c.cue >= args.min_count) {
      entries[form] = make_entry(form, c, wn);
      entries[form].origin |= quotes::kAttested;
    }
  }
  const std::pair<int, quotes::CueOrigin> files[] = {
      {data::kVerbCommunication, quotes::kWordNetSpeech},
      {data::kVerbCognition, quotes::kWordNetThought}};
  for (const auto& [file, origin] : files) {
    for (const std::string& lemma : wn.verbs_of_file(file)) {
      for (const std::string& form : wn.verb_forms(lemma)) {
        auto it = entries.find(form);
        if (it == entries.end()) {
          const auto c = counts.find(form);
          it = entries.emplace(form, make_entry(form, c == counts.end() ? Counts{} : c->second, wn))
                   .first;
          it->second.lemma = lemma;
          it->second.pos = quotes::CuePos::kVerb;
        }
        it->second.origin |= origin;
      }
    }
  }
  std::vector<quotes::CueEntry> list;
  for (auto& [form, entry] : entries) list.push_back(std::move(entry));
  const quotes::CueLexicon lexicon(std::move(list));
  lexicon.save(args.out);

  size_t attested = 0, attested_in_wordnet = 0;
  std::vector<const quotes::CueEntry*> top;
  for (size_t i = 0; i < lexicon.size(); ++i) {
    const auto& e = lexicon.entry(static_cast<int32_t>(i));
    if (!(e.origin & quotes::kAttested)) continue;
    ++attested;
    attested_in_wordnet += (e.origin & (quotes::kWordNetSpeech | quotes::kWordNetThought)) != 0;
    top.push_back(&e);
  }
  std::sort(top.begin(), top.end(), [](auto* a, auto* b) { return a->cue_count > b->cue_count; });
  std::cout << "quote-cues: " << articles.size() << " articles of " << folder << "; "
            << lexicon.size() << " entries, " << attested << " attested in cue spans (" << attested_in_wordnet
            << " of them forms of WordNet communication/cognition verbs)\n";
  std::cout << "  form            lemma          cue   text  rate  direct  hearer  wordnet\n";
  for (size_t i = 0; i < std::min<size_t>(top.size(), 40); ++i) {
    const auto& e = *top[i];
    std::cout << "  " << std::left << std::setw(15) << e.form << " " << std::setw(12) << e.lemma
              << std::right << std::setw(6) << e.cue_count << std::setw(7) << e.text_count
              << std::setw(6) << std::fixed << std::setprecision(2) << e.cue_rate()
              << std::setw(8) << e.direct_count << std::setw(8) << e.object_count << "  "
              << ((e.origin & quotes::kWordNetSpeech) ? "speech" : (e.origin & quotes::kWordNetThought) ? "thought" : "-")
              << "\n";
  }
  std::cerr << "quote-cues: wrote " << args.out << " (" << lexicon.file_bytes().size() << " bytes)\n";
  return 0;
}

}  // namespace

void add_quote_cues_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<QuoteCuesArgs>();
  CLI::App* cmd = app.add_subcommand(
      "quote-cues", "Compile the reporting-word lexicon from PolNeAR cue spans and WordNet");
  cmd->add_option("--polnear", args->polnear, "PolNeAR folder (root or compartment)");
  cmd->add_option("--part", args->part, "Compartment to learn from");
  cmd->add_option("--wordnet", args->wordnet, "WordNet 3.0 dict folder (package wordnet-base)");
  cmd->add_option("--out", args->out, "Lexicon file to write");
  cmd->add_option("--min-count", args->min_count, "Cue occurrences for an attested entry");
  cmd->callback([args, &exit_code] { exit_code = run(*args); });
}

}  // namespace dossier::train
