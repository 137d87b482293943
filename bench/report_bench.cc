// The writers on synthetic dossiers of growing size: time per article should stay flat.
#include <benchmark/benchmark.h>

#include <ostream>
#include <streambuf>
#include <string>

#include "dossier/writers.h"

namespace dossier {
namespace {

// Discards everything; counts bytes.
class NullBuffer : public std::streambuf {
 public:
  size_t bytes = 0;

 protected:
  std::streamsize xsputn(const char*, std::streamsize n) override {
    bytes += static_cast<size_t>(n);
    return n;
  }
  int overflow(int c) override {
    ++bytes;
    return c;
  }
};

// An article of about 300 words with a mention every few words, quotes and dates.
Document synthetic_article(int n) {
  Document doc;
  doc.id = "article-" + std::to_string(n);
  doc.meta.title = "Ministers meet over dam collapse, day " + std::to_string(n);
  doc.meta.source = n % 3 == 0 ? "Wire A" : "Wire B";
  doc.meta.date = CivilDate::from_days_since_epoch(20000 + n % 60);
  doc.meta.date_basis = DateBasis::kMetadata;
  const std::string sentence =
      "Minister Teodor Halvašić said on Thursday that “the fund is ready,” and Ilona Marek "
      "met officials in Sarn. ";
  for (int i = 0; i < 15; ++i) {
    const auto base = static_cast<uint32_t>(doc.text.size());
    doc.text += sentence;
    doc.mentions.push_back({{base + 9, base + 25}, EntityType::kPerson});
    doc.mentions.back().chain = 0;
    doc.mentions.push_back({{base + 78, base + 89}, EntityType::kPerson});
    doc.mentions.back().chain = 1;
    Timex t;
    t.span = {base + 31, base + 42};
    t.value = doc.meta.date->iso();
    t.day = doc.meta.date;
    doc.times.push_back(t);
    Quote q;
    q.span = {base + 48, base + 72};
    q.speaker_mention = static_cast<int32_t>(doc.mentions.size() - 2);
    doc.quotes.push_back(q);
    if (i % 2 == 0) doc.text += "\n\n";
  }
  doc.chains = {{EntityType::kPerson, "Teodor Halvašić", {}}, {EntityType::kPerson, "Ilona Marek", {}}};
  return doc;
}

Dossier synthetic_dossier(int articles) {
  Dossier d;
  for (int i = 0; i < articles; ++i) d.documents.push_back(synthetic_article(i));
  d.entities.resize(2);
  d.entities[0] = {"E1", "Teodor Halvašić", EntityType::kPerson, {"Teodor Halvašić"}, {}, {}, {}};
  d.entities[1] = {"E2", "Ilona Marek", EntityType::kPerson, {"Ilona Marek"}, {}, {}, {}};
  for (uint32_t doc = 0; doc < d.documents.size(); ++doc) {
    d.entity_of_chain.push_back({0, 1});
    for (uint32_t m = 0; m < d.documents[doc].mentions.size(); ++m) {
      d.entities[m % 2].mentions.push_back({doc, m});
    }
  }
  return d;
}

template <void (*Writer)(const Dossier&, std::ostream&)>
void BM_Writer(benchmark::State& state) {
  const Dossier dossier = synthetic_dossier(static_cast<int>(state.range(0)));
  size_t bytes = 0;
  for (auto _ : state) {
    NullBuffer buffer;
    std::ostream out(&buffer);
    Writer(dossier, out);
    bytes = buffer.bytes;
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
  state.counters["output_bytes"] = static_cast<double>(bytes);
}

BENCHMARK(BM_Writer<write_json>)->Name("write_json")->Arg(10)->Arg(100)->Arg(1000);
BENCHMARK(BM_Writer<write_html>)->Name("write_html")->Arg(10)->Arg(100)->Arg(1000);

}  // namespace
}  // namespace dossier
