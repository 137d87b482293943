// dossier-eval time: TempEval-3 time expressions (strict/relaxed extent F1, type accuracy, value
// F1), scored as shared/eval/eval_te3.py scores the output of `dossier analyze`.
//
// Split: the .tml files in sorted path order; every fifth (index 4, 9, 14, ...) is the held-out dev
// part, the rest is where the grammar is tuned. Both parts and the whole set are reported.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "dossier/error.h"
#include "dossier/pipeline.h"
#include "dossier/writers.h"
#include "eval/commands.h"
#include "eval/te3.h"
#include "time/tagger.h"
#include "util/utf8.h"

namespace dossier::eval {
namespace {

struct TimeArgs {
  std::string data;
  std::string part = "all";
  std::string json_path;
  std::string errors_path;
  bool no_tense = false;
  bool no_moving_reference = false;
};

std::string default_data() {
  const char* shared = std::getenv("DOSSIER_SHARED");
  return std::string(shared != nullptr && *shared != '\0' ? shared : "../shared") + "/data/time/tempeval3";
}

bool in_part(size_t index, const std::string& part) {
  const bool dev = index % 5 == 4;
  return part == "all" || (part == "dev" && dev) || (part == "rest" && !dev);
}

std::vector<Te3Timex> system_timexes(const Document& doc) {
  const util::CodePointIndex index(doc.text);
  std::vector<Te3Timex> out;
  for (const Timex& t : doc.times) {
    out.push_back({index.to_code_point(t.span.begin), index.to_code_point(t.span.end),
                   std::string(to_string(t.type)), t.value});
  }
  return out;
}

void print_score(const std::string& name, size_t documents, const Te3Score& s) {
  std::printf("%s: %zu documents, %zu gold TIMEX3\n", name.c_str(), documents, s.relaxed.gold);
  std::printf("  Extraction         gold    sys  match      P      R     F1\n");
  std::printf("    %-12s %8zu %6zu %6zu %6.2f %6.2f %6.2f\n", "strict", s.strict.gold, s.strict.sys, s.strict.tp,
              s.strict.p(), s.strict.r(), s.strict.f1());
  std::printf("    %-12s %8zu %6zu %6zu %6.2f %6.2f %6.2f\n", "relaxed", s.relaxed.gold, s.relaxed.sys,
              s.relaxed.tp, s.relaxed.p(), s.relaxed.r(), s.relaxed.f1());
  std::printf("  type accuracy %.2f (F1 %.2f), value accuracy %.2f (F1 %.2f)\n", s.type_accuracy(), s.type_f1(),
              s.value_accuracy(), s.value_f1());
  std::printf("SCORE te3 part=%s relaxed_f1=%.2f strict_f1=%.2f value_f1=%.2f type_f1=%.2f value_acc=%.2f "
              "type_acc=%.2f\n\n",
              name.c_str(), s.relaxed.f1(), s.strict.f1(), s.value_f1(), s.type_f1(), s.value_accuracy(),
              s.type_accuracy());
}

void write_errors(std::ostream& out, const Te3Article& a, const std::vector<Te3Timex>& sys,
                  const std::vector<Te3Pair>& pairs) {
  const std::u32string cps = [&] {
    std::u32string s;
    size_t pos = 0;
    while (pos < a.text.size()) s += util::decode_utf8(a.text, pos);
    return s;
  }();
  const auto slice = [&](uint32_t b, uint32_t e) {
    std::string s;
    for (uint32_t i = b; i < e && i < cps.size(); ++i) util::append_utf8(s, cps[i] == '\n' ? U' ' : cps[i]);
    return s;
  };
  const auto context = [&](uint32_t b, uint32_t e) {
    const uint32_t from = b > 50 ? b - 50 : 0;
    return slice(from, b) + "[" + slice(b, e) + "]" + slice(e, e + 30);
  };
  const std::string date = a.date ? a.date->iso() : "none";
  for (const Te3Pair& p : pairs) {
    if (p.gold >= 0 && p.system >= 0) {
      const Te3Timex& g = a.gold[static_cast<size_t>(p.gold)];
      const Te3Timex& x = sys[static_cast<size_t>(p.system)];
      const bool strict = g.start == x.start && g.end == x.end;
      if (strict && g.type == x.type && g.value == x.value) continue;
      out << (strict ? "VALUE" : "EXTENT") << '\t' << a.id << '\t' << date << '\t' << slice(g.start, g.end) << '\t'
          << g.type << ' ' << g.value << '\t' << slice(x.start, x.end) << '\t' << x.type << ' ' << x.value << '\t'
          << context(g.start, g.end) << '\n';
    } else if (p.gold >= 0) {
      const Te3Timex& g = a.gold[static_cast<size_t>(p.gold)];
      out << "MISS\t" << a.id << '\t' << date << '\t' << slice(g.start, g.end) << '\t' << g.type << ' ' << g.value
          << "\t\t\t" << context(g.start, g.end) << '\n';
    } else {
      const Te3Timex& x = sys[static_cast<size_t>(p.system)];
      out << "SPURIOUS\t" << a.id << '\t' << date << "\t\t\t" << slice(x.start, x.end) << '\t' << x.type << ' '
          << x.value << '\t' << context(x.start, x.end) << '\n';
    }
  }
}

int run_time(const TimeArgs& args) {
  const std::vector<Te3Article> articles = load_te3(args.data);
  if (articles.empty()) throw InputError(args.data, "no .tml files");
  std::vector<Document> documents;
  for (const Te3Article& a : articles) {
    Document doc;
    doc.id = a.id;
    doc.path = a.id;
    doc.text = a.text;
    doc.meta.date = a.date;
    doc.meta.date_basis = a.date ? DateBasis::kMetadata : DateBasis::kNone;
    documents.push_back(std::move(doc));
  }
  const Pipeline pipeline;
  Dossier dossier = pipeline.analyze(std::move(documents));
  if (args.no_tense || args.no_moving_reference) {
    const time::TimeTagger tagger;
    time::TagOptions options;
    options.use_tense = !args.no_tense;
    options.moving_reference = !args.no_moving_reference;
    for (Document& doc : dossier.documents) doc.times = tagger.tag(doc.text, doc.meta.date, options);
  }
  std::ofstream errors;
  if (!args.errors_path.empty()) {
    errors.open(args.errors_path);
    if (!errors) throw Error(args.errors_path + ": cannot open for writing");
  }
  const std::vector<std::string> parts =
      args.part == "report" ? std::vector<std::string>{"dev", "rest", "all"} : std::vector<std::string>{args.part};
  for (const std::string& part : parts) {
    Te3Score score;
    size_t count = 0;
    for (size_t i = 0; i < articles.size(); ++i) {
      if (!in_part(i, part)) continue;
      ++count;
      const std::vector<Te3Timex> sys = system_timexes(dossier.documents[i]);
      const auto pairs = score_article(articles[i], sys, score);
      if (errors.is_open() && part == parts.back()) write_errors(errors, articles[i], sys, pairs);
    }
    print_score(part, count, score);
  }
  if (!args.json_path.empty()) {
    Dossier selected;
    for (size_t i = 0; i < dossier.documents.size(); ++i) {
      if (in_part(i, parts.back())) selected.documents.push_back(std::move(dossier.documents[i]));
    }
    std::ofstream out(args.json_path, std::ios::binary);
    write_json(selected, out);
    if (!out) throw Error(args.json_path + ": write failed");
  }
  return 0;
}

}  // namespace

void add_time_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<TimeArgs>();
  args->data = default_data();
  CLI::App* cmd = app.add_subcommand("time", "TempEval-3 time expressions: extent F1, type and value F1");
  cmd->add_option("--data", args->data, "folder of .tml files (default $DOSSIER_SHARED/data/time/tempeval3)");
  cmd->add_option("--part", args->part, "dev (every 5th file in path order), rest, all, or report (all three)")
      ->check(CLI::IsMember({"dev", "rest", "all", "report"}));
  cmd->add_option("--json", args->json_path, "write the dossier JSON of the (last) part, for eval_te3.py --pred");
  cmd->add_option("--errors", args->errors_path, "write the mismatches of the (last) part as TSV");
  cmd->add_flag("--no-tense", args->no_tense, "ablation: ignore tense when resolving weekdays and months");
  cmd->add_flag("--no-moving-reference", args->no_moving_reference,
                "ablation: anchor anaphoric expressions on the article date");
  cmd->callback([args, &exit_code] { exit_code = run_time(*args); });
}

}  // namespace dossier::eval
