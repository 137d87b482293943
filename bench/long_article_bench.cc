// long-article-bench: CPU seconds of one article of growing length, to show that every document
// stage is linear (or n log n) in the article's length. The article is real prose read at run time:
// the .txt files under the given directory (e.g. PolNeAR train texts), in sorted path order,
// joined by blank lines and repeated until each size is reached. For each size it prints the CPU
// seconds of Pipeline::analyze (all stages, one thread) and of write_json, and the CPU seconds per
// MB. Not a test: timings are only printed.
//
//   long-article-bench DIR [--mb 1,2,4,8,16] [--models DIR]
#include <CLI/CLI.hpp>
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <iostream>
#include <ostream>
#include <streambuf>
#include <string>
#include <vector>

#include "dossier/error.h"
#include "dossier/pipeline.h"
#include "dossier/writers.h"
#include "util/file.h"

namespace {

double cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  const auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// The prose of every .txt file under dir, in sorted path order, joined by blank lines.
std::string read_prose(const std::string& dir) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::string prose;
  for (const auto& file : files) {
    prose += dossier::util::read_file(file.string());
    prose += "\n\n";
  }
  return prose;
}

// An article of about `bytes` bytes: the prose repeated, cut at a paragraph break.
std::string make_article(const std::string& prose, size_t bytes) {
  std::string text;
  text.reserve(bytes + prose.size());
  while (text.size() < bytes) text += prose;
  const size_t cut = text.rfind("\n\n", bytes);
  text.resize(cut == std::string::npos || cut == 0 ? bytes : cut);
  return text;
}

// A stream that discards what is written, so that write_json is timed without the disk.
class NullBuffer : public std::streambuf {
 protected:
  int overflow(int c) override { return c == traits_type::eof() ? 0 : c; }
  std::streamsize xsputn(const char* /*s*/, std::streamsize n) override { return n; }
};

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"long-article-bench: CPU seconds of single articles of 1, 2, 4, 8, 16 MB of real prose"};
  std::string dir;
  std::vector<double> sizes_mb = {1, 2, 4, 8, 16};
  std::string models;
  app.add_option("dir", dir, "directory of .txt articles (e.g. ../shared/data/quotes/polnear/train/text)")
      ->required()
      ->check(CLI::ExistingDirectory);
  app.add_option("--mb", sizes_mb, "article sizes in MB (10^6 bytes)")->delimiter(',');
  app.add_option("--models", models, "models directory (default: as dossier analyze)");
  CLI11_PARSE(app, argc, argv);
  try {
    const std::string prose = read_prose(dir);
    if (prose.empty()) throw dossier::UsageError("no .txt files under " + dir);
    dossier::PipelineOptions options;
    options.threads = 1;
    options.models_dir = models;
    const dossier::Pipeline pipeline(options);
    std::printf("%8s %10s %12s %12s %12s\n", "MB", "tokens", "analyze s", "json s", "CPU s / MB");
    for (const double mb : sizes_mb) {
      dossier::Document doc;
      doc.id = "long";
      doc.path = dir;
      doc.text = make_article(prose, static_cast<size_t>(mb * 1e6));
      const double real_mb = static_cast<double>(doc.text.size()) / 1e6;
      std::vector<dossier::Document> documents;
      documents.push_back(std::move(doc));
      const double start = cpu_seconds();
      const dossier::Dossier result = pipeline.analyze(std::move(documents));
      const double analyzed = cpu_seconds();
      NullBuffer null_buffer;
      std::ostream null_stream(&null_buffer);
      dossier::write_json(result, null_stream);
      const double written = cpu_seconds();
      const size_t tokens = result.documents.empty() ? 0 : result.documents.front().tokens.size();
      std::printf("%8.2f %10zu %12.2f %12.2f %12.2f\n", real_mb, tokens, analyzed - start, written - analyzed,
                  (written - start) / real_mb);
      std::fflush(stdout);
    }
  } catch (const std::exception& e) {
    std::cerr << "long-article-bench: error: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
