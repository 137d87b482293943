// Read throughput of the ingest stage on a generated corpus: plain text, JSON Lines, HTML, WARC
// (plain and gzip per record, as CC-NEWS ships it), and header recognition. Run:
// build/ingest_bench (bytes/s is the file bytes read).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "ingest/decode.h"
#include "ingest/header.h"
#include "ingest/ingest.h"
#include "ingest/test_util.h"
#include "ingest/warc_fixture.h"

namespace {

namespace fs = std::filesystem;

// Invented wire copy: a headline, byline, date line, dateline and paragraphs of random prose.
std::string article(std::mt19937& rng, size_t paragraphs) {
  static const std::vector<std::string> kWords = {
      "the",      "minister", "said",   "talks",   "on",       "water",    "quotas",   "stalled",
      "after",    "three",    "days",   "of",      "meetings", "in",       "Geneva",   "and",
      "farmers",  "downstream", "were", "waiting", "for",      "a",        "decision", "about",
      "the",      "dam",      "which",  "opened",  "Monday",   "officials", "reported", "that",
      "river",    "levels",   "fell",   "sharply", "while",    "Okafor",   "told",     "reporters"};
  std::uniform_int_distribution<size_t> word(0, kWords.size() - 1);
  std::uniform_int_distribution<int> length(8, 30);
  std::string text = "Talks stall as ministers leave Geneva\nBy Jane Okafor\n"
                     "Published: 14 June 2023\n\nGENEVA (Reuters) - ";
  for (size_t p = 0; p < paragraphs; ++p) {
    if (p > 0) text += "\n\n";
    for (int s = 0; s < 4; ++s) {
      const int n = length(rng);
      for (int i = 0; i < n; ++i) {
        std::string w = kWords[word(rng)];
        if (i == 0) w[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
        text += w;
        text += i + 1 < n ? " " : ". ";
      }
    }
  }
  text += "\n";
  return text;
}

std::string json_escape(const std::string& text) {
  std::string out;
  for (const char c : text) {
    if (c == '\n') {
      out += "\\n";
    } else if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else {
      out += c;
    }
  }
  return out;
}

std::string page(const std::string& text) {
  std::string html =
      "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Talks stall | "
      "Example</title><meta property=\"og:title\" content=\"Talks stall\"><script>var x = "
      "1;</script></head><body><header><nav><a href=\"/\">Home</a><a href=\"/w\">World</a></nav>"
      "</header><div class=\"layout\"><aside class=\"sidebar\"><ul><li><a href=\"/1\">Other "
      "story</a></li><li><a href=\"/2\">Another story</a></li></ul></aside><article><h1>Talks "
      "stall</h1>";
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find("\n\n", pos);
    if (end == std::string::npos) end = text.size();
    html += "<p>" + text.substr(pos, end - pos) + "</p>\n";
    pos = end + 2;
  }
  html += "</article></div><footer><p>Copyright Example.</p></footer></body></html>";
  return html;
}

struct Corpus {
  fs::path root;
  std::vector<std::string> text_files;
  std::vector<std::string> html_files;
  std::string jsonl_file;
  std::string warc_file;
  std::string warc_gz_file;
  std::string sample_text;
  uint64_t warc_bytes = 0;
  uint64_t warc_gz_bytes = 0;
  uint64_t text_bytes = 0;
  uint64_t html_bytes = 0;
  uint64_t jsonl_bytes = 0;

  Corpus() {
    std::string pattern = (fs::temp_directory_path() / "dossier-bench-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) std::abort();
    root = pattern;
    std::mt19937 rng(7);
    std::ofstream jsonl(root / "feed.jsonl", std::ios::binary);
    std::ofstream warc(root / "crawl.warc", std::ios::binary);
    std::ofstream warc_gz(root / "crawl.warc.gz", std::ios::binary);
    for (int i = 0; i < 2000; ++i) {
      const std::string text = article(rng, 12);
      if (i == 0) sample_text = text;
      if (i < 400) {
        const std::string path = (root / ("a" + std::to_string(i) + ".txt")).string();
        std::ofstream(path, std::ios::binary) << text;
        text_files.push_back(path);
        text_bytes += text.size();
      }
      if (i < 200) {
        const std::string html = page(text);
        const std::string path = (root / ("p" + std::to_string(i) + ".html")).string();
        std::ofstream(path, std::ios::binary) << html;
        html_files.push_back(path);
        html_bytes += html.size();
      }
      const std::string line = "{\"id\":\"j" + std::to_string(i) + "\",\"title\":\"Talks stall\","
                               "\"date\":\"2023-06-14\",\"text\":\"" + json_escape(text) + "\"}\n";
      jsonl << line;
      jsonl_bytes += line.size();
      // A crawl holds a request beside each response; both are read, the request skipped.
      const std::string uri = "https://news.example/story/" + std::to_string(i);
      const std::string records =
          dossier::ingest::testing::warc_record("request", uri, "2023-06-14T10:00:00Z",
                                                "GET /story HTTP/1.1\r\nHost: news.example\r\n\r\n") +
          dossier::ingest::testing::warc_record("response", uri, "2023-06-14T10:00:00Z",
                                                dossier::ingest::testing::http_response(page(text)));
      warc << records;
      warc_bytes += records.size();
      const std::string compressed = dossier::ingest::testing::gzip(records);
      warc_gz << compressed;
      warc_gz_bytes += compressed.size();
    }
    jsonl_file = (root / "feed.jsonl").string();
    warc_file = (root / "crawl.warc").string();
    warc_gz_file = (root / "crawl.warc.gz").string();
  }
  ~Corpus() {
    std::error_code ec;
    fs::remove_all(root, ec);
  }
};

const Corpus& corpus() {
  static const Corpus c;
  return c;
}

void read_all(benchmark::State& state, const std::vector<std::string>& files, uint64_t bytes) {
  for (auto _ : state) {
    size_t documents = 0;
    for (const auto& file : files) {
      documents += dossier::ingest::read_input(file, {}).documents.size();
    }
    benchmark::DoNotOptimize(documents);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}

void BM_ReadText(benchmark::State& state) {
  read_all(state, corpus().text_files, corpus().text_bytes);
}
BENCHMARK(BM_ReadText)->Unit(benchmark::kMillisecond);

void BM_ReadJsonl(benchmark::State& state) {
  read_all(state, {corpus().jsonl_file}, corpus().jsonl_bytes);
}
BENCHMARK(BM_ReadJsonl)->Unit(benchmark::kMillisecond);

void BM_ReadHtml(benchmark::State& state) {
  read_all(state, corpus().html_files, corpus().html_bytes);
}
BENCHMARK(BM_ReadHtml)->Unit(benchmark::kMillisecond);

// MB/s of the WARC file as stored; the gzip variant also reports the MB/s of its uncompressed
// bytes, comparable with the plain one.
void BM_ReadWarc(benchmark::State& state) {
  read_all(state, {corpus().warc_file}, corpus().warc_bytes);
}
BENCHMARK(BM_ReadWarc)->Unit(benchmark::kMillisecond);

void BM_ReadWarcGzip(benchmark::State& state) {
  read_all(state, {corpus().warc_gz_file}, corpus().warc_gz_bytes);
  state.counters["uncompressed_bytes_per_second"] = benchmark::Counter(
      static_cast<double>(state.iterations() * corpus().warc_bytes), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ReadWarcGzip)->Unit(benchmark::kMillisecond);

void BM_RecognizeHeaders(benchmark::State& state) {
  const std::string& text = corpus().sample_text;
  for (auto _ : state) {
    dossier::ArticleMeta meta;
    dossier::ingest::recognize_headers(text, meta);
    benchmark::DoNotOptimize(meta.header_spans.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_RecognizeHeaders);

void BM_DecodeWindows1252(benchmark::State& state) {
  std::string bytes = corpus().sample_text;
  for (char& c : bytes) {
    if (c == 'e') c = static_cast<char>(0xE9);
  }
  for (auto _ : state) {
    benchmark::DoNotOptimize(dossier::ingest::decode_text(bytes).text.size());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
}
BENCHMARK(BM_DecodeWindows1252);

}  // namespace
