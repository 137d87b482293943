// dossier-eval entities: cross-document entity coreference of named mentions on ECB+, scored as
// /work/shared/eval/eval_ecbplus.py scores it (MUC, B-cubed, CEAF-e, CoNLL F1; exact and head
// alignment of system to gold mentions). With --oracle-mentions the gold named mentions (and
// ECB+'s own tokens and sentences) replace the tagger's, measuring linking and resolution alone.
#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <set>

#include "dossier/error.h"
#include "dossier/pipeline.h"
#include "dossier/writers.h"
#include "entities/document_entities.h"
#include "entities/resolve.h"
#include "data/news_corpora.h"
#include "eval/commands.h"
#include "eval/coref_scores.h"
#include "eval/ecb_entities.h"
#include "lexicon/lexicon.h"

namespace dossier::eval {
namespace {

struct EntitiesArgs {
  std::string data;
  std::string topics = "dev";
  std::string models_dir;
  std::string json_out;
  bool oracle = false;
};

EntityType type_of_tag(const std::string& tag) {
  if (tag == "HUMAN_PART_PER") return EntityType::kPerson;
  if (tag == "HUMAN_PART_ORG") return EntityType::kOrg;
  if (tag == "HUMAN_PART_GPE" || tag.starts_with("LOC_")) return EntityType::kGpe;
  return EntityType::kMisc;
}

// The document as ECB+ tokenises it, its gold named mentions as the tagger's mentions.
Document oracle_document(const EcbDoc& ecb) {
  Document doc;
  doc.id = ecb.id;
  doc.path = ecb.id;
  doc.text = ecb.text;
  for (const EcbToken& t : ecb.tokens) {
    Token token;
    token.span = {t.begin, t.end};
    token.flags = kTokWord;
    const char c = ecb.text[t.begin];
    if (c >= 'A' && c <= 'Z') token.flags |= kTokUpperInitial;
    doc.tokens.push_back(token);
  }
  for (const auto& [first, end] : ecb.sentences) {
    Sentence s;
    s.first_token = first;
    s.token_count = end - first;
    s.span = {ecb.tokens[first].begin, ecb.tokens[end - 1].end};
    doc.sentences.push_back(s);
  }
  Block block;
  block.span = {0, static_cast<uint32_t>(doc.text.size())};
  block.sentence_count = static_cast<uint32_t>(doc.sentences.size());
  doc.blocks.push_back(block);
  std::vector<EcbMention> gold = ecb.gold;
  std::sort(gold.begin(), gold.end(), [](const EcbMention& a, const EcbMention& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  for (const EcbMention& g : gold) {
    Mention m;
    m.span = {g.begin, g.end};
    m.type = type_of_tag(g.tag);
    m.kind = MentionKind::kName;
    m.first_token = g.tokens.front();
    m.token_count = g.tokens.back() - g.tokens.front() + 1;
    doc.mentions.push_back(m);
  }
  return doc;
}

struct SysMention {
  size_t doc = 0;
  uint32_t begin = 0;
  uint32_t end = 0;
  std::set<uint32_t> tokens;
  uint32_t head = 0;
  bool named = false;
  size_t entity = 0;
};

// System mentions in selected sentences, trimmed and de-duplicated as the scorer does.
std::vector<SysMention> system_mentions(const Dossier& dossier, const std::vector<EcbDoc>& docs) {
  std::map<std::string, size_t> index;
  for (size_t d = 0; d < docs.size(); ++d) index[docs[d].id] = d;
  std::vector<SysMention> out;
  std::set<std::tuple<size_t, uint32_t, uint32_t>> seen;
  for (size_t e = 0; e < dossier.entities.size(); ++e) {
    for (const MentionRef& ref : dossier.entities[e].mentions) {
      const Document& doc = dossier.documents[ref.doc];
      const auto it = index.find(doc.id);
      if (it == index.end()) continue;
      const EcbDoc& ecb = docs[it->second];
      Span s = doc.mentions[ref.mention].span;
      while (s.begin < s.end && (ecb.text[s.begin] == ' ' || ecb.text[s.begin] == '\n')) ++s.begin;
      while (s.end > s.begin && (ecb.text[s.end - 1] == ' ' || ecb.text[s.end - 1] == '\n')) --s.end;
      SysMention m;
      m.doc = it->second;
      m.begin = s.begin;
      m.end = s.end;
      m.entity = e;
      for (uint32_t t = 0; t < ecb.tokens.size(); ++t) {
        if (ecb.tokens[t].begin < s.end && ecb.tokens[t].end > s.begin) {
          m.tokens.insert(t);
          m.named = m.named || ecb.tokens[t].named;
        }
      }
      if (m.tokens.empty()) continue;
      // The line holding the start must be a selected sentence.
      const size_t line = static_cast<size_t>(
          std::count(ecb.text.begin(), ecb.text.begin() + s.begin, '\n'));
      if (line >= ecb.sentence_numbers.size() || !ecb.selected.contains(ecb.sentence_numbers[line])) continue;
      if (!seen.insert({m.doc, m.begin, m.end}).second) continue;
      m.head = *m.tokens.rbegin();
      out.push_back(std::move(m));
    }
  }
  return out;
}

struct GoldRef {
  size_t doc = 0;
  const EcbMention* mention = nullptr;
};

std::map<size_t, size_t> align(const std::vector<GoldRef>& gold, const std::vector<SysMention>& sys,
                               bool head) {
  std::map<size_t, size_t> out;
  std::set<size_t> used;
  std::map<std::tuple<size_t, uint32_t, uint32_t>, size_t> by_span;
  for (size_t g = 0; g < gold.size(); ++g) {
    by_span.emplace(std::make_tuple(gold[g].doc, gold[g].mention->begin, gold[g].mention->end), g);
  }
  for (size_t i = 0; i < sys.size(); ++i) {
    const auto it = by_span.find({sys[i].doc, sys[i].begin, sys[i].end});
    if (it != by_span.end() && !used.contains(it->second)) {
      out[i] = it->second;
      used.insert(it->second);
    }
  }
  if (!head) return out;
  std::map<std::pair<size_t, uint32_t>, std::vector<size_t>> by_head;
  for (size_t g = 0; g < gold.size(); ++g) {
    if (!used.contains(g)) by_head[{gold[g].doc, gold[g].mention->tokens.back()}].push_back(g);
  }
  std::vector<std::tuple<double, size_t, size_t, size_t>> candidates;
  for (size_t i = 0; i < sys.size(); ++i) {
    if (out.contains(i)) continue;
    const auto it = by_head.find({sys[i].doc, sys[i].head});
    if (it == by_head.end()) continue;
    for (const size_t g : it->second) {
      const auto& gt = gold[g].mention->tokens;
      size_t inter = 0;
      for (const uint32_t t : gt) inter += sys[i].tokens.count(t);
      const size_t uni = gt.size() + sys[i].tokens.size() - inter;
      const size_t diff = gt.size() > sys[i].tokens.size() ? gt.size() - sys[i].tokens.size()
                                                          : sys[i].tokens.size() - gt.size();
      candidates.emplace_back(-static_cast<double>(inter) / static_cast<double>(uni), diff, i, g);
    }
  }
  std::sort(candidates.begin(), candidates.end());
  for (const auto& [score, diff, i, g] : candidates) {
    if (!out.contains(i) && !used.contains(g)) {
      out[i] = g;
      used.insert(g);
    }
  }
  return out;
}

void report(const std::vector<EcbDoc>& docs, const Dossier& dossier, std::ostream& out) {
  std::vector<GoldRef> gold;
  for (size_t d = 0; d < docs.size(); ++d) {
    for (const EcbMention& m : docs[d].gold) gold.push_back({d, &m});
  }
  std::map<std::string, std::vector<uint32_t>> key_groups;
  for (size_t g = 0; g < gold.size(); ++g) key_groups[gold[g].mention->cluster].push_back(static_cast<uint32_t>(g));
  Clustering key;
  for (auto& [cluster, members] : key_groups) key.push_back(std::move(members));
  const std::vector<SysMention> sys = system_mentions(dossier, docs);
  out << "ECB+ entity coreference, named mentions: " << docs.size() << " documents, " << gold.size()
      << " gold mentions in " << key.size() << " clusters; " << dossier.entities.size() << " entities\n";
  out << "  match | mentions P R F1       | MUC P R F1           | B3 P R F1            | CEAF-e P R F1        | CoNLL\n";
  for (const bool head : {false, true}) {
    const auto aligned = align(gold, sys, head);
    std::map<size_t, std::vector<uint32_t>> groups;
    for (const auto& [i, g] : aligned) groups[sys[i].entity].push_back(static_cast<uint32_t>(g));
    Clustering response;
    for (auto& [e, members] : groups) response.push_back(std::move(members));
    const size_t n_sys = static_cast<size_t>(std::count_if(sys.begin(), sys.end(), [&](const SysMention& m) {
      return m.named || aligned.contains(static_cast<size_t>(&m - sys.data()));
    }));
    CorefPrf md;
    md.p = n_sys ? static_cast<double>(aligned.size()) / static_cast<double>(n_sys) : 0;
    md.r = gold.empty() ? 0 : static_cast<double>(aligned.size()) / static_cast<double>(gold.size());
    md.f = md.p + md.r > 0 ? 2 * md.p * md.r / (md.p + md.r) : 0;
    const CorefScores s = coref_scores(key, response);
    char conll[16];
    std::snprintf(conll, sizeof conll, "%6.2f", 100 * s.conll_f1);
    out << "  " << (head ? "head " : "exact") << " | " << format_prf(md) << " | " << format_prf(s.muc) << " | "
        << format_prf(s.b_cubed) << " | " << format_prf(s.ceaf_e) << " | " << conll << "\n";
  }
}

int run(const EntitiesArgs& args) {
  const std::vector<EcbDoc> docs = read_ecb_entities(args.data, corpora::ecbplus_topics(args.topics));
  Dossier dossier;
  if (args.oracle) {
    const std::string models = args.models_dir.empty() ? default_models_dir() : args.models_dir;
    const lexicon::Lexicon lexicon = lexicon::Lexicon::load(models + "/lexicon.dsr");
    for (const EcbDoc& ecb : docs) {
      Document doc = oracle_document(ecb);
      entities::annotate_entities(doc, lexicon);
      dossier.documents.push_back(std::move(doc));
    }
    stage::add_findings(dossier, entities::resolve_entities(dossier, lexicon));
  } else {
    PipelineOptions options;
    options.models_dir = args.models_dir;
    const Pipeline pipeline(options);
    std::vector<Document> input;
    for (const EcbDoc& ecb : docs) {
      Document doc;
      doc.id = ecb.id;
      doc.path = ecb.id;
      doc.text = ecb.text;
      input.push_back(std::move(doc));
    }
    dossier = pipeline.analyze(std::move(input));
  }
  if (!args.json_out.empty()) {
    std::ofstream out(args.json_out, std::ios::binary);
    if (!out) throw InputError(args.json_out, "cannot write");
    write_json(dossier, out);
  }
  std::cout << (args.oracle ? "[oracle mentions] " : "[system mentions] ");
  report(docs, dossier, std::cout);
  return 0;
}

}  // namespace

void add_entities_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<EntitiesArgs>();
  CLI::App* cmd = app.add_subcommand("entities", "cross-document entity coreference on ECB+ (named mentions)");
  cmd->add_option("--data", args->data, "ECB+ folder (topic folders, or an ECB+/ folder of them)")->required();
  cmd->add_option("--topics", args->topics, "dev, train, test or a list such as 1,3,5-9");
  cmd->add_option("--models", args->models_dir, "models directory");
  cmd->add_option("--json", args->json_out, "also write the dossier JSON (for eval_ecbplus.py --pred)");
  cmd->add_flag("--oracle-mentions", args->oracle, "use the gold named mentions instead of the tagger's");
  cmd->callback([args, &exit_code] { exit_code = run(*args); });
}

}  // namespace dossier::eval
