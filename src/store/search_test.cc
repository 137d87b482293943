// The store's search index follows add, remove and correct, and a migrated store gets one.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>

#include "dossier/error.h"
#include "dossier/store.h"
#include "store/store_test_support.h"

namespace dossier {
namespace {

namespace fs = std::filesystem;
namespace st = store::testing;

std::string temp_store(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("dossier-search-test-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string path = (dir / (name + ".db")).string();
  for (const char* suffix : {"", "-wal", "-shm", ".lock"}) fs::remove(path + suffix);
  return path;
}

bool has_doc(const std::vector<SearchHit>& hits, const std::string& doc) {
  return std::any_of(hits.begin(), hits.end(), [&](const SearchHit& h) { return h.doc == doc; });
}

TEST(StoreSearch, FollowsAddAndRemove) {
  const std::string path = temp_store("add_remove");
  Store store(path, Store::Mode::kWrite);
  store.add(st::test_pipeline(), st::demo_first_half());
  EXPECT_TRUE(store.search_index_current());
  EXPECT_FALSE(has_doc(store.search("parliament confirmed", "article", 100), "2025-11-27-mpa-parliament-confirms"));
  store.add(st::test_pipeline(), st::demo_second_half());
  const auto hits = store.search("parliament confirmed", "article", 100);
  ASSERT_TRUE(has_doc(hits, "2025-11-27-mpa-parliament-confirms"));
  // The hit names a sentence of the article that holds the words, and marks them.
  const Dossier d = store.load();
  const auto doc = std::find_if(d.documents.begin(), d.documents.end(), [](const Document& x) { return x.id == "2025-11-27-mpa-parliament-confirms"; });
  const auto hit = std::find_if(hits.begin(), hits.end(), [](const SearchHit& h) { return h.doc == "2025-11-27-mpa-parliament-confirms"; });
  ASSERT_LE(hit->end, doc->text.size());
  const std::string passage(doc->slice({hit->begin, hit->end}));
  EXPECT_NE(passage.find("onfirm"), std::string::npos) << passage;
  EXPECT_NE(hit->snippet.find('\x02'), std::string::npos);

  store.remove(st::test_pipeline(), {"2025-11-27-mpa-parliament-confirms"});
  EXPECT_FALSE(has_doc(store.search("parliament confirmed", "", 100), "2025-11-27-mpa-parliament-confirms"));
  EXPECT_TRUE(store.search_index_current());
}

TEST(StoreSearch, ItemsFollowCorrections) {
  const std::string path = temp_store("corrections");
  Store store(path, Store::Mode::kWrite);
  store.add(st::test_pipeline(), {st::demo("2025-11-07-mpa-dam-burst.txt"), st::demo("2025-11-07-sarn-herald-dam.txt")});
  const auto quotes = store.search("said", "quote", 1000);
  ASSERT_FALSE(quotes.empty());
  const std::string first = quotes.front().item;
  for (const auto& h : quotes) EXPECT_EQ(h.kind, "quote");
  // After rejecting a quote its words are no longer a quote hit of that passage.
  const SearchHit rejected = quotes.front();
  store.correct("reject", {first}, "test", "");
  EXPECT_TRUE(store.search_index_current());
  for (const auto& h : store.search("said", "quote", 1000)) {
    EXPECT_FALSE(h.doc == rejected.doc && h.begin == rejected.begin && h.end == rejected.end);
  }
  EXPECT_THROW(store.search("x", "bogus", 10), UsageError);
  EXPECT_TRUE(store.search(" ;*( ", "", 10).empty());
}

}  // namespace
}  // namespace dossier
