// dossier-train quote-cues: compiles the reporting-word lexicon (models/quote_cues.bin) from the
// cue spans of PolNeAR's training annotations and WordNet's communication and cognition verbs.
#include <algorithm>
#include <array>
#include <fstream>
#include <set>
#include <tuple>
#include <cmath>
#include <iomanip>
#include <iostream>
#include <map>
#include <memory>
#include <string>

#include "data/polnear.h"
#include "data/reliability.h"
#include "data/wordnet.h"
#include "dossier/document.h"
#include "dossier/error.h"
#include "ingest/header.h"
#include "quotes/cue_lexicon.h"
#include "quotes/quote_marks.h"
#include "quotes/quote_stage.h"
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
  std::string exclude;
  uint32_t min_count = 2;
};

struct Counts {
  uint32_t cue = 0, text = 0, direct = 0, after = 0, object = 0, that_text = 0, that_cue = 0;
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
  for (size_t u = 0; u < units.units.size(); ++u) {
    const quotes::Unit& unit = units.units[u];
    if (unit.kind != quotes::UnitKind::kWord) continue;
    Counts& c = counts[std::string(units.form(unit))];
    const bool before_that = units.before_that_clause(u);
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
    c.that_text += before_that;
    c.that_cue += before_that && in_cue;
    c.direct += in_cue && direct;
    c.after += in_cue && after;
    c.object += in_cue && after && object;
  }
}

// The entry's speech share from WordNet's senses of its lemma (as a verb, else as a noun).
void set_speech_share(quotes::CueEntry& entry, const data::WordNet& wn) {
  double share = -1.0;
  if (entry.pos == quotes::CuePos::kVerb) share = wn.speech_share(entry.lemma, data::WordNetPos::kVerb);
  if (share < 0.0) {
    const std::string noun = wn.noun_lemma(entry.form);
    if (!noun.empty()) share = wn.speech_share(noun, data::WordNetPos::kNoun);
  }
  entry.speech = share < 0.0 ? quotes::CueEntry::kSpeechUnknown
                             : static_cast<uint8_t>(std::lround(100.0 * share));
}

quotes::CueEntry make_entry(const std::string& form, const Counts& c, const data::WordNet& wn) {
  quotes::CueEntry entry;
  entry.form = form;
  entry.cue_count = c.cue;
  entry.text_count = std::max(c.text, c.cue);
  entry.direct_count = c.direct;
  entry.after_count = c.after;
  entry.object_count = c.object;
  entry.that_text_count = std::max(c.that_text, c.that_cue);
  entry.that_cue_count = c.that_cue;
  std::string lemma = wn.verb_lemma(form);
  entry.pos = quotes::CuePos::kVerb;
  if (lemma.empty()) {
    lemma = wn.noun_lemma(form);
    entry.pos = lemma.empty() ? quotes::CuePos::kOther : quotes::CuePos::kNoun;
  }
  entry.lemma = lemma.empty() ? form : lemma;
  set_speech_share(entry, wn);
  return entry;
}

// The article ids of the audit sample (audit/sample.tsv: index, part, path, ...): articles the
// project is judged on, kept out of everything trained here.
std::set<std::string> excluded_ids(const std::string& path) {
  std::set<std::string> ids;
  if (path.empty()) return ids;
  std::ifstream in(path);
  if (!in) throw InputError(path, "cannot read the exclusion list");
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> fields;
    size_t start = 0;
    for (size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1) {
      fields.push_back(line.substr(start, tab - start));
    }
    fields.push_back(line.substr(start));
    if (fields.size() < 3 || !fields[2].ends_with(".txt")) continue;
    const std::string file = fields[2].substr(fields[2].rfind('/') + 1);
    ids.insert(file.substr(0, file.size() - 4));
  }
  return ids;
}

// One found quote with its evidence and what the gold annotation says of it.
struct Sample {
  quotes::QuoteFeatures features{};
  bool speech = false;       // overlap-matched to a gold speech attribution
  bool has_source = false;   // that attribution names a source
  bool speaker_ok = false;   // the speaker span overlaps the gold source
};

bool is_speech(const data::GoldAttribution& a, const quotes::CueLexicon& lexicon) {
  if (a.direct) return true;
  std::string cue;
  for (const char32_t c : a.cue_text) util::append_utf8(cue, c);
  return !a.cue.empty() && lexicon.names_speech(cue);
}

uint32_t overlap(data::CpSpan span, const std::vector<data::CpSpan>& frags) {
  uint32_t total = 0;
  for (const data::CpSpan f : frags) {
    const uint32_t b = std::max(span.begin, f.begin), e = std::min(span.end, f.end);
    if (e > b) total += e - b;
  }
  return total;
}

// The quotes the finder reports on an article, matched one-to-one to the gold attributions by
// largest overlap first (as the scorer matches them).
void sample_article(const data::GoldArticle& article, const quotes::CueLexicon& lexicon,
                    std::vector<Sample>& out) {
  Document doc;
  doc.text = article.text;
  ingest::recognize_headers(doc.text, doc.meta);
  text::segment(doc);
  std::vector<quotes::QuoteFeatures> features;
  const std::vector<Quote> found = quotes::find_quotes(doc, lexicon, &features);
  const util::CodePointIndex cp(article.text);
  auto cp_span = [&](Span s) { return data::CpSpan{cp.to_code_point(s.begin), cp.to_code_point(s.end)}; };
  std::vector<std::tuple<uint32_t, size_t, size_t>> pairs;
  for (size_t q = 0; q < found.size(); ++q) {
    for (size_t g = 0; g < article.attributions.size(); ++g) {
      const uint32_t ov = overlap(cp_span(found[q].span), article.attributions[g].content);
      if (ov > 0) pairs.emplace_back(ov, g, q);
    }
  }
  std::stable_sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) { return std::get<0>(a) > std::get<0>(b); });
  std::vector<int64_t> gold_of(found.size(), -1);
  std::vector<bool> gold_used(article.attributions.size());
  for (const auto& [ov, g, q] : pairs) {
    if (gold_used[g] || gold_of[q] >= 0) continue;
    gold_used[g] = true;
    gold_of[q] = static_cast<int64_t>(g);
  }
  for (size_t q = 0; q < found.size(); ++q) {
    Sample sample;
    sample.features = features[q];
    if (gold_of[q] >= 0) {
      const data::GoldAttribution& gold = article.attributions[static_cast<size_t>(gold_of[q])];
      sample.speech = is_speech(gold, lexicon);
      sample.has_source = !gold.source.empty();
      sample.speaker_ok = !found[q].speaker_span.empty() && overlap(cp_span(found[q].speaker_span), gold.source) > 0;
    }
    out.push_back(sample);
  }
}

// L2-regularised logistic regression by full-batch gradient descent (16 features in [0, 1], a
// few ten thousand samples: converges in well under a second).
std::vector<float> fit_logistic(const std::vector<quotes::QuoteFeatures>& x, const std::vector<bool>& y) {
  constexpr double kL2 = 1e-3, kRate = 1.0;
  constexpr int kIterations = 4000;
  std::vector<double> w(quotes::kQuoteFeatureCount, 0.0);
  if (x.empty()) return std::vector<float>(w.begin(), w.end());
  for (int it = 0; it < kIterations; ++it) {
    std::vector<double> grad(w.size(), 0.0);
    for (size_t i = 0; i < x.size(); ++i) {
      double z = 0.0;
      for (size_t k = 0; k < w.size(); ++k) z += w[k] * x[i][k];
      const double err = 1.0 / (1.0 + std::exp(-z)) - (y[i] ? 1.0 : 0.0);
      for (size_t k = 0; k < w.size(); ++k) grad[k] += err * x[i][k];
    }
    for (size_t k = 0; k < w.size(); ++k) {
      w[k] -= kRate * (grad[k] / double(x.size()) + (k ? kL2 * w[k] : 0.0));
    }
  }
  return std::vector<float>(w.begin(), w.end());
}

// Reliability of a fitted model on held-apart samples.
void report_calibration(const char* what, const std::vector<float>& w,
                        const std::vector<quotes::QuoteFeatures>& x, const std::vector<bool>& y) {
  std::vector<std::pair<float, bool>> items;
  for (size_t i = 0; i < x.size(); ++i) items.emplace_back(quotes::predict(w, x[i]), y[i]);
  std::cout << "  " << what << " on the held-apart slice\n";
  data::print_reliability(std::cout, items);
}

// Fits the quote model (is it speech?) on all samples and the speaker model (is the speaker
// right?) on the speech samples whose gold names a source; articles whose index in id order is a
// multiple of 5 are held apart to report calibration.
quotes::Calibration fit_calibration(const std::vector<data::GoldArticle>& articles,
                                    const quotes::CueLexicon& lexicon) {
  std::vector<quotes::QuoteFeatures> qx[2], sx[2];
  std::vector<bool> qy[2], sy[2];
  for (size_t a = 0; a < articles.size(); ++a) {
    const int part = a % 5 == 0 ? 1 : 0;
    std::vector<Sample> samples;
    sample_article(articles[a], lexicon, samples);
    for (const Sample& s : samples) {
      qx[part].push_back(s.features);
      qy[part].push_back(s.speech);
      if (s.speech && s.has_source && s.features[7] == 0.0f) {
        sx[part].push_back(s.features);
        sy[part].push_back(s.speaker_ok);
      }
    }
  }
  quotes::Calibration calibration;
  calibration.quote = fit_logistic(qx[0], qy[0]);
  calibration.speaker = fit_logistic(sx[0], sy[0]);
  std::cout << "confidence models (fitted on " << qx[0].size() << " quotes, " << sx[0].size()
            << " speakers):\n  feature           quote  speaker\n";
  for (size_t k = 0; k < quotes::kQuoteFeatureCount; ++k) {
    std::cout << "  " << std::left << std::setw(15) << quotes::kFeatureNames[k] << std::right
              << std::fixed << std::setprecision(3) << std::setw(8) << calibration.quote[k]
              << std::setw(9) << calibration.speaker[k] << "\n";
  }
  report_calibration("quote confidence", calibration.quote, qx[1], qy[1]);
  report_calibration("speaker confidence", calibration.speaker, sx[1], sy[1]);
  return calibration;
}

int run(const QuoteCuesArgs& args) {
  const std::string folder = data::polnear_folder(args.polnear, args.part);
  auto articles = data::load_polnear(folder);
  const std::set<std::string> excluded = excluded_ids(args.exclude);
  const size_t before = articles.size();
  std::erase_if(articles, [&](const data::GoldArticle& a) { return excluded.count(a.id) > 0; });
  std::cout << "quote-cues: " << before - articles.size() << " articles of the exclusion list left out\n";
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
          set_speech_share(it->second, wn);
        }
        it->second.origin |= origin;
      }
    }
  }
  std::vector<quotes::CueEntry> list;
  for (auto& [form, entry] : entries) list.push_back(std::move(entry));
  quotes::Calibration calibration =
      fit_calibration(articles, quotes::CueLexicon(std::vector<quotes::CueEntry>(list)));
  const quotes::CueLexicon lexicon(std::move(list), std::move(calibration));
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
  std::cout << "  form            lemma          cue   text  rate  direct  hearer  wordnet  speech\n";
  for (size_t i = 0; i < std::min<size_t>(top.size(), 40); ++i) {
    const auto& e = *top[i];
    std::cout << "  " << std::left << std::setw(15) << e.form << " " << std::setw(12) << e.lemma
              << std::right << std::setw(6) << e.cue_count << std::setw(7) << e.text_count
              << std::setw(6) << std::fixed << std::setprecision(2) << e.cue_rate()
              << std::setw(8) << e.direct_count << std::setw(8) << e.object_count << "  "
              << std::left << std::setw(8)
              << ((e.origin & quotes::kWordNetSpeech) ? "speech" : (e.origin & quotes::kWordNetThought) ? "thought" : "-")
              << " " << (e.speech == quotes::CueEntry::kSpeechUnknown ? std::string("?") : std::to_string(e.speech))
              << std::right << "\n";
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
  cmd->add_option("--exclude", args->exclude,
                  "Articles to leave out: a TSV whose third column is a text path (audit/sample.tsv)");
  cmd->add_option("--min-count", args->min_count, "Cue occurrences for an attested entry");
  cmd->callback([args, &exit_code] { exit_code = run(*args); });
}

}  // namespace dossier::train
