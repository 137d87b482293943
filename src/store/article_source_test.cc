// Store::add with an ArticleSource (pages fetched from the web): each batch is committed as it
// comes, so a run that dies loses only the batch it was in, and the next run resumes.
#include <gtest/gtest.h>

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "dossier/store.h"
#include "store/store_test_support.h"

namespace dossier {
namespace {

Document page(const std::string& id, const std::string& place) {
  Document doc;
  doc.id = id;
  doc.path = "http://lantern.example/news/" + id;
  doc.meta.url = doc.path;
  doc.text = "The harbour council of " + place + " voted on Tuesday to repair the old ferry pier, "
             "and the mayor said the work would start before the winter storms arrive.\n";
  return doc;
}

// Gives its batches in turn, then fails as a killed fetch would (when fail_after is reached).
class Batches final : public ArticleSource {
 public:
  Batches(std::vector<std::vector<Document>> batches, size_t fail_after)
      : batches_(std::move(batches)), fail_after_(fail_after) {}
  bool next(std::vector<Document>& batch, std::vector<Diagnostic>& diagnostics) override {
    if (given_ == fail_after_) throw std::runtime_error("the fetch died");
    diagnostics.push_back({Diagnostic::Severity::kError, "http://lantern.example/gone", 0, "HTTP 404"});
    for (auto& doc : batches_[given_]) batch.push_back(doc);
    return ++given_ < batches_.size();
  }

 private:
  std::vector<std::vector<Document>> batches_;
  size_t fail_after_;
  size_t given_ = 0;
};

TEST(StoreArticleSource, BatchesCommitAsTheyComeAndARunResumes) {
  const std::string dir = ::testing::TempDir() + "/article-source-" + std::to_string(::getpid());
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const std::string location = dir + "/story.db";
  const Pipeline& pipeline = store::testing::test_pipeline();
  const std::vector<std::vector<Document>> batches{{page("pier", "Velmora"), page("road", "Brannock")},
                                                   {page("tide", "Oskarvik")}};
  {
    Store store(location, Store::Mode::kWrite);
    Batches dying(batches, 1);
    EXPECT_THROW(store.add(pipeline, {}, dying), std::runtime_error);
  }
  {
    Store store(location, Store::Mode::kWrite);
    EXPECT_EQ(store.status().articles, 2u);
    EXPECT_TRUE(store.contains_path("http://lantern.example/news/pier"));
    EXPECT_FALSE(store.contains_path("http://lantern.example/news/tide"));
    Batches whole(batches, 99);
    const AddResult result = store.add(pipeline, {}, whole);
    EXPECT_EQ(result.added, 1u);
    EXPECT_EQ(result.present, 2u);
    EXPECT_EQ(result.diagnostics.size(), 2u);
    EXPECT_TRUE(result.corpus_updated);
    EXPECT_EQ(store.status().articles, 3u);
    EXPECT_TRUE(store.status().corpus_current);
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace dossier
