// The entity layer: within-document linking, roles and references on a generated article
// (words per second), and cross-document resolution over many synthetic chains (near-linear).
#include <benchmark/benchmark.h>

#include <random>
#include <string>
#include <vector>

#include "entities/document_entities.h"
#include "entities/resolve.h"
#include "entities/test_document.h"
#include "lexicon/lexicon.h"

namespace {

using dossier::Document;
using dossier::Dossier;
using dossier::EntityType;
using dossier::entities::testing::Name;

const dossier::lexicon::Lexicon& lexicon() {
  static const auto lex = dossier::lexicon::Lexicon::load(DOSSIER_SOURCE_DIR "/models/lexicon.dsr");
  return lex;
}

// A made-up syllable name, deterministic from the seed.
std::string made_up(std::mt19937& rng, bool capital) {
  static const char* kSyllables[] = {"ka", "lo", "mi", "ren", "sa", "tor", "vel", "an", "dri", "su", "bek", "ol"};
  std::string out;
  const int n = 3 + static_cast<int>(rng() % 2);
  for (int i = 0; i < n; ++i) out += kSyllables[rng() % 12];
  if (capital) out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

// An article of about 600 words: people with titles, places, organisations, pronouns.
Document article(unsigned seed) {
  std::mt19937 rng(seed);
  std::string text;
  std::vector<Name> names;
  for (int p = 0; p < 30; ++p) {
    const std::string given = made_up(rng, true);
    const std::string surname = made_up(rng, true);
    text += "Foreign Minister " + given + " " + surname + " met officials of the European Union in Nairobi on Monday. ";
    names.push_back({given + " " + surname, EntityType::kPerson});
    names.push_back({"European Union", EntityType::kOrg});
    names.push_back({"Nairobi", EntityType::kGpe});
    text += surname + ", a former ambassador to Kenya, said the talks would go on for several more weeks. ";
    names.push_back({surname, EntityType::kPerson});
    names.push_back({"Kenya", EntityType::kGpe});
    text += "He said the minister and the EU had agreed on a plan to share the costs of the new road. ";
    names.push_back({"EU", EntityType::kOrg});
  }
  return dossier::entities::testing::make_document(text, names);
}

void BM_WithinDocument(benchmark::State& state) {
  const Document original = article(1);
  size_t words = 0;
  for (const auto& t : original.tokens) words += (t.flags & dossier::kTokWord) ? 1 : 0;
  for (auto _ : state) {
    state.PauseTiming();
    Document doc = original;
    state.ResumeTiming();
    dossier::entities::annotate_entities(doc, lexicon());
    benchmark::DoNotOptimize(doc.chains.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * words));
  state.SetLabel("items = words");
}
BENCHMARK(BM_WithinDocument)->Unit(benchmark::kMicrosecond);

// Documents with 20 chains each, names drawn from a pool that grows with the corpus (so most
// names recur in a few documents, as in news), some written as bare surnames.
Dossier synthetic_corpus(size_t documents) {
  std::mt19937 rng(7);
  std::vector<std::pair<std::string, std::string>> people(documents * 2);
  for (auto& [given, surname] : people) {
    given = made_up(rng, true);
    surname = made_up(rng, true);
  }
  Dossier dossier;
  dossier.documents.resize(documents);
  for (size_t d = 0; d < documents; ++d) {
    Document& doc = dossier.documents[d];
    doc.id = "d" + std::to_string(d);
    for (int c = 0; c < 20; ++c) {
      const auto& [given, surname] = people[rng() % people.size()];
      dossier::Chain chain;
      chain.type = c % 4 == 3 ? EntityType::kOrg : EntityType::kPerson;
      chain.name = (c % 5 == 0) ? surname : given + " " + surname;
      dossier::Mention m;
      m.type = chain.type;
      m.span = {0, 0};
      chain.mentions.push_back(static_cast<uint32_t>(doc.mentions.size()));
      m.chain = static_cast<int32_t>(doc.chains.size());
      doc.mentions.push_back(m);
      doc.chains.push_back(std::move(chain));
    }
  }
  return dossier;
}

void BM_CrossDocument(benchmark::State& state) {
  const Dossier original = synthetic_corpus(static_cast<size_t>(state.range(0)));
  for (auto _ : state) {
    state.PauseTiming();
    Dossier dossier = original;
    state.ResumeTiming();
    dossier::stage::add_findings(dossier, dossier::entities::resolve_entities(dossier, lexicon()));
    benchmark::DoNotOptimize(dossier.entities.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * state.range(0) * 20));
  state.SetLabel("items = chains");
  state.SetComplexityN(state.range(0));
}
// 256 to 25,000 documents: 5k to 500k chains. The time per chain should stay flat.
BENCHMARK(BM_CrossDocument)
    ->Arg(256)
    ->Arg(1024)
    ->Arg(4096)
    ->Arg(16384)
    ->Arg(25000)
    ->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oN);

}  // namespace
