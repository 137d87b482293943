// serve-bench: the load benchmark of `dossier serve` (not a test; timings are only printed).
// Builds (or reuses) a store of synthetic articles (synthetic_articles.h), starts the real server
// on a loopback port, and runs C concurrent clients, each alternating a search and an entity page
// over fresh connections, then prints p50/p95/p99 latency per kind of request and the throughput.
//
//   serve-bench [--articles 10000] [--store PATH] [--clients 50] [--requests 40]
//               [--server-threads 16] [--threads N] [--models DIR]
#include <CLI/CLI.hpp>
#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "dossier/pipeline.h"
#include "dossier/store.h"
#include "server/server.h"
#include "synthetic_articles.h"

namespace {

using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

void build_store(const std::string& path, size_t articles, const dossier::PipelineOptions& options) {
  dossier::bench::SyntheticOptions synthetic;
  synthetic.articles = articles;
  synthetic.min_words = 120;
  synthetic.max_words = 400;
  const auto docs = dossier::bench::make_synthetic_articles(synthetic);
  const std::string input = path + ".input.jsonl";
  {
    std::ofstream out(input, std::ios::binary | std::ios::trunc);
    for (const auto& d : docs) {
      nlohmann::json line = {{"id", d.id}, {"text", d.text}};
      if (d.meta.date) line["date"] = d.meta.date->iso();
      out << line.dump() << "\n";
    }
  }
  const dossier::Pipeline pipeline(options);
  dossier::Store store(path, dossier::Store::Mode::kWrite);
  const auto start = Clock::now();
  store.add(pipeline, {input});
  std::printf("built a store of %zu articles in %.1f s (%.1f MB)\n", articles,
              std::chrono::duration<double>(Clock::now() - start).count(),
              static_cast<double>(fs::file_size(path)) / 1e6);
  fs::remove(input);
}

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"serve-bench: latency of dossier serve under concurrent clients"};
  size_t articles = 10000;
  std::string store_path;
  size_t clients = 50;
  size_t requests = 40;
  unsigned server_threads = 16;
  dossier::PipelineOptions options;
  app.add_option("--articles", articles, "Articles of the generated store");
  app.add_option("--store", store_path, "Store to use (built when absent)");
  app.add_option("--clients", clients, "Concurrent clients");
  app.add_option("--requests", requests, "Requests per client (half searches, half entity pages)");
  app.add_option("--server-threads", server_threads, "The server's request threads");
  app.add_option("--threads", options.threads, "Threads to build the store");
  app.add_option("--models", options.models_dir, "Directory of model files");
  CLI11_PARSE(app, argc, argv);
  std::setvbuf(stdout, nullptr, _IOLBF, 0);
  if (store_path.empty()) {
    store_path = (fs::temp_directory_path() / ("dossier-serve-bench-" + std::to_string(articles) + ".db")).string();
  }
  if (!fs::exists(store_path)) build_store(store_path, articles, options);

  dossier::server::ServerOptions server_options;
  server_options.store = store_path;
  server_options.port = 0;
  server_options.threads = server_threads;
  auto start = Clock::now();
  dossier::server::Server server(server_options);
  std::printf("server ready in %.1f s\n", std::chrono::duration<double>(Clock::now() - start).count());
  const int port = server.bind();
  std::thread listener([&server] { server.listen(); });

  // Queries: words and names of the store itself; entity pages of the most mentioned entities.
  httplib::Client probe("127.0.0.1", port);
  std::vector<std::string> ids;
  std::vector<std::string> words;
  {
    const auto res = probe.Get("/api/entities?limit=200");
    if (!res) {
      std::fprintf(stderr, "serve-bench: no answer from the server: %s\n", httplib::to_string(res.error()).c_str());
      return 1;
    }
    const auto listed = nlohmann::json::parse(res->body);
    for (const auto& e : listed["items"]) {
      ids.push_back(e["id"]);
      const std::string name = e["name"];
      words.push_back(name.substr(0, name.find(' ')));
    }
    const auto search = probe.Get("/api/search?type=article&limit=50&q=" + words.front());
    const auto found = nlohmann::json::parse(search->body);
    for (const auto& h : found["items"]) {
      for (const auto& seg : h["snippet"]) {
        const std::string t = seg["text"];
        for (size_t i = 0; i + 6 < t.size() && words.size() < 400; i += 37) {
          const size_t b = t.find(' ', i);
          const size_t e = t.find(' ', b + 1);
          if (b == std::string::npos || e == std::string::npos) break;
          const std::string w = t.substr(b + 1, e - b - 1);
          if (w.size() >= 4 && std::all_of(w.begin(), w.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); })) {
            words.push_back(w);
          }
        }
      }
    }
  }
  if (ids.empty() || words.empty()) {
    std::fprintf(stderr, "serve-bench: the store has no entities to ask for\n");
    server.stop();
    listener.join();
    return 1;
  }

  std::mutex mutex;
  std::vector<double> search_ms;
  std::vector<double> entity_ms;
  std::atomic<size_t> failures{0};
  std::map<std::string, size_t> failure_kinds;
  start = Clock::now();
  std::vector<std::thread> threads;
  for (size_t c = 0; c < clients; ++c) {
    threads.emplace_back([&, c] {
      std::mt19937 rng(static_cast<unsigned>(c + 1));
      httplib::Client client("127.0.0.1", port);
      client.set_read_timeout(60, 0);
      std::vector<double> mine_search;
      std::vector<double> mine_entity;
      for (size_t r = 0; r < requests; ++r) {
        const bool search = r % 2 == 0;
        const std::string path = search ? "/api/search?limit=20&q=" + words[rng() % words.size()]
                                        : "/api/entities/" + ids[rng() % ids.size()];
        const auto t0 = Clock::now();
        const auto res = client.Get(path);
        const double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
        if (!res || res->status != 200) {
          ++failures;
          std::lock_guard lock(mutex);
          ++failure_kinds[res ? "HTTP " + std::to_string(res->status) : httplib::to_string(res.error())];
          continue;
        }
        (search ? mine_search : mine_entity).push_back(ms);
      }
      std::lock_guard lock(mutex);
      search_ms.insert(search_ms.end(), mine_search.begin(), mine_search.end());
      entity_ms.insert(entity_ms.end(), mine_entity.begin(), mine_entity.end());
    });
  }
  for (auto& t : threads) t.join();
  const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  server.stop();
  listener.join();

  std::printf("%zu clients x %zu requests on %s (%u server threads): %.1f requests/s, %zu failed\n",
              clients, requests, store_path.c_str(), server_threads,
              static_cast<double>(search_ms.size() + entity_ms.size()) / seconds, failures.load());
  std::printf("search:      p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  (%zu requests)\n", percentile(search_ms, 0.5),
              percentile(search_ms, 0.95), percentile(search_ms, 0.99), search_ms.size());
  std::printf("entity page: p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  (%zu requests)\n", percentile(entity_ms, 0.5),
              percentile(entity_ms, 0.95), percentile(entity_ms, 0.99), entity_ms.size());
  for (const auto& [kind, n] : failure_kinds) std::printf("failed: %zu x %s\n", n, kind.c_str());
  return failures.load() == 0 ? 0 : 1;
}
