// A 200 MB JSON Lines file of normal-sized articles is read in full, streamed: the peak memory
// stays near the size of the articles kept, not twice the file. Labelled slow.
#include <sys/resource.h>

#include <gtest/gtest.h>

#include <fstream>

#include "ingest/ingest.h"
#include "ingest/test_util.h"

namespace dossier::ingest {
namespace {

constexpr uint64_t kFileBytes = 200ull << 20;

TEST(LargeInput, TwoHundredMegabytesOfJsonLines) {
  testing::TempDir dir;
  const std::string path = dir.path("big.jsonl");
  const std::string body(2000, 'w');
  uint64_t written = 0;
  size_t lines = 0;
  {
    std::ofstream out(path, std::ios::binary);
    while (written < kFileBytes) {
      const std::string line =
          "{\"id\":\"a" + std::to_string(lines) + "\",\"text\":\"" + body + "\"}\n";
      out << line;
      written += line.size();
      ++lines;
    }
  }
  const ReadResult r = read_input(path, {});
  EXPECT_TRUE(r.diagnostics.empty());
  ASSERT_EQ(r.documents.size(), lines);
  EXPECT_EQ(r.documents.back().id, "a" + std::to_string(lines - 1));
  EXPECT_EQ(r.documents.back().text, body);
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  const auto peak_bytes = static_cast<uint64_t>(usage.ru_maxrss) * 1024;
  // The kept texts are about the file's size, plus about 1.6 KB of empty layers per Document (the
  // word layer and the confidences made it grow); a second copy of the file would pass 2x.
  EXPECT_LT(peak_bytes, kFileBytes * 19 / 10) << "peak " << (peak_bytes >> 20) << " MB";
}

}  // namespace
}  // namespace dossier::ingest
