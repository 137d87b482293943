// dossier-eval events: CAMEO event coding measured two ways.
//   1. PLOVER gold records (dev part): every record is a one-sentence article run through the
//      pipeline; scored as shared/eval/eval_plover.py scores `dossier analyze` (plover.h).
//   2. The PETRARCH2 validation records (PETR.UnitTest.records.xml) with the suite's own verb,
//      actor and agent dictionaries: agreement with the expected event codes (petrarch_validation.h).
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "dossier/pipeline.h"
#include "dossier/writers.h"
#include "eval/commands.h"
#include "eval/petrarch_validation.h"
#include "eval/plover.h"
#include "events/coder.h"
#include "lexicon/lexicon.h"
#include "text/text_stage.h"
#include "util/file.h"

namespace dossier::eval {
namespace {

struct EventsArgs {
  std::string shared;
  std::string data, mapping, petrarch, codebook, errors_path, json_path, models, explain, validation_errors;
  bool no_validation = false;
};

std::string shared_dir() {
  const char* shared = std::getenv("DOSSIER_SHARED");
  return std::string(shared != nullptr && *shared != '\0' ? shared : "../shared");
}

// The strings one actor slot of an event offers the scorer, as the JSON writer would give them.
std::vector<std::string> slot_strings(const Dossier& d, uint32_t doc, int32_t mention, const std::string& text) {
  std::vector<std::string> out;
  const int32_t entity = d.entity_of(doc, mention);
  if (entity < 0) {
    if (!text.empty()) out.push_back(text);
    return out;
  }
  const Entity& e = d.entities[static_cast<size_t>(entity)];
  out.push_back(e.name);
  out.insert(out.end(), e.aliases.begin(), e.aliases.end());
  for (const MentionRef& m : e.mentions) {
    if (m.doc == doc) out.emplace_back(d.documents[doc].slice(d.documents[doc].mentions[m.mention].span));
  }
  return out;
}

void write_errors(std::ostream& out, const std::vector<PloverRecord>& records, const Dossier& d,
                  const PloverMapping& mapping) {
  for (size_t i = 0; i < records.size(); ++i) {
    const PloverRecord& r = records[i];
    const Document& doc = d.documents[i];
    std::string types;
    for (const Event& e : doc.events) {
      const auto m = map_cameo(mapping, e.code);
      types += " [" + e.code + " " + (m ? m->gold : "-") + " " + e.source_text + " (" + e.source_code + ") -> " +
               e.target_text + " (" + e.target_code + ") '" + std::string(doc.slice(e.trigger)) + "']";
    }
    bool hit = false;
    for (const Event& e : doc.events) {
      const auto m = map_cameo(mapping, e.code);
      hit = hit || (m && m->gold == r.event);
    }
    std::string src, tgt;
    for (const auto& s : r.sources) src += s + "; ";
    for (const auto& t : r.targets) tgt += t + "; ";
    out << (hit ? "OK   " : "MISS ") << r.id << "\n  " << r.text << "\n  gold " << r.event << ": " << src << "-> "
        << tgt << "\n  sys:" << types << "\n";
  }
}

int run_plover(const EventsArgs& a) {
  const std::string data = a.data + "/PLOVER_GSR_CAMEO.dev.json";
  const std::vector<PloverRecord> records = parse_plover_records(util::read_file(data), data);
  const PloverMapping mapping = parse_plover_mapping(util::read_file(a.mapping), a.mapping);
  std::vector<Document> docs;
  for (const PloverRecord& r : records) {
    Document doc;
    doc.id = r.id;
    doc.path = data;
    doc.text = r.text;
    if (const auto date = CivilDate::parse_iso(r.date)) {
      doc.meta.date = date;
      doc.meta.date_basis = DateBasis::kMetadata;
    }
    docs.push_back(std::move(doc));
  }
  PipelineOptions options;
  options.models_dir = a.models;
  const Pipeline pipeline(options);
  const Dossier d = pipeline.analyze(std::move(docs));
  std::vector<std::vector<SystemEvent>> events(records.size());
  for (uint32_t i = 0; i < d.documents.size(); ++i) {
    for (const Event& e : d.documents[i].events) {
      events[i].push_back({e.code, slot_strings(d, i, e.source_mention, e.source_text),
                           slot_strings(d, i, e.target_mention, e.target_text)});
    }
  }
  std::cout << "PLOVER event coding: " << records.size() << " records from " << data << " (dev part)\nmapping: "
            << a.mapping << "\n\n"
            << plover_report(score_plover(records, events, mapping));
  if (!a.json_path.empty()) {
    std::ofstream out(a.json_path);
    write_json(d, out);
  }
  if (!a.errors_path.empty()) {
    std::ofstream out(a.errors_path);
    write_errors(out, records, d, mapping);
  }
  return 0;
}

// Codes one sentence and prints how it was read.
int run_explain(const EventsArgs& a) {
  const std::string dir = a.models.empty() ? default_models_dir() : a.models;
  const events::VerbDictionary verbs = events::VerbDictionary::load(dir + "/events.dsr");
  const lexicon::Lexicon lexicon = lexicon::Lexicon::load(dir + "/lexicon.dsr");
  const events::EventCoder coder(verbs, lexicon);
  Document doc;
  doc.text = a.explain;
  text::segment(doc);
  std::string trace;
  coder.code(doc, &trace);
  std::cout << trace;
  for (const Event& e : doc.events) {
    std::cout << "event " << e.code << " " << e.label << ": " << e.source_text << " (" << e.source_code << ") -> "
              << e.target_text << " (" << e.target_code << ") trigger '" << doc.slice(e.trigger) << "' confidence "
              << e.confidence << "\n";
  }
  return 0;
}

}  // namespace

void add_events_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<EventsArgs>();
  const std::string shared = shared_dir();
  args->data = shared + "/data/events/plover_gsr";
  args->mapping = shared + "/data/events/cameo/plover/CAMEO2PLOVER-2021.txt";
  args->petrarch = shared + "/data/events/cameo/petrarch2";
  args->codebook = shared + "/data/events/cameo/codebook";
  CLI::App* cmd = app.add_subcommand("events", "CAMEO events: PLOVER gold records and PETRARCH2 validation");
  cmd->add_option("--data", args->data, "plover_gsr folder (PLOVER_GSR_CAMEO.dev.json)")->capture_default_str();
  cmd->add_option("--mapping", args->mapping, "CAMEO2PLOVER-2021.txt")->capture_default_str();
  cmd->add_option("--petrarch", args->petrarch, "petrarch2 folder (validation/, dictionaries/)")
      ->capture_default_str();
  cmd->add_option("--codebook", args->codebook, "CAMEO codebook folder")->capture_default_str();
  cmd->add_option("--models", args->models, "models directory (default: the pipeline's)");
  cmd->add_option("--errors", args->errors_path, "write every PLOVER record with the system's events here");
  cmd->add_option("--json", args->json_path,
                  "write the PLOVER run's dossier JSON here (for eval_plover.py --pred)");
  cmd->add_flag("--no-validation", args->no_validation, "skip the PETRARCH2 validation records");
  cmd->add_option("--validation-errors", args->validation_errors,
                  "write every PETRARCH2 validation record with the system's events here");
  cmd->add_option("--explain", args->explain, "code this one sentence and print how it was read");
  cmd->callback([args, &exit_code] {
    if (!args->explain.empty()) {
      exit_code = run_explain(*args);
      return;
    }
    exit_code = run_plover(*args);
    if (!args->no_validation && exit_code == 0) {
      std::ofstream details;
      if (!args->validation_errors.empty()) details.open(args->validation_errors);
      std::cout << "\n"
                << run_petrarch_validation(args->petrarch, args->codebook,
                                           args->validation_errors.empty() ? nullptr : &details);
    }
  });
}

}  // namespace dossier::eval
