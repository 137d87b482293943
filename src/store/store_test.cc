#include "dossier/store.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "dossier/error.h"
#include "store/backend.h"
#include "store/store_test_support.h"
#include "util/utf8.h"

namespace dossier {
namespace {

namespace fs = std::filesystem;
using store::testing::Backend;
using store::testing::demo_first_half;
using store::testing::demo_second_half;
using store::testing::json_of;
using store::testing::test_pipeline;

// Every test runs on both backends: a SQLite file, and a new database on the PostgreSQL server
// of the ctest fixture postgres_server.
class StoreTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    std::replace(name.begin(), name.end(), '/', '-');
    dir_ = fs::temp_directory_path() / ("dossier-store-test-" + std::to_string(::getpid()) + "-" + name);
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = new_store("story");
  }
  void TearDown() override {
    for (const auto& location : stores_) store::testing::drop_store(location);
    fs::remove_all(dir_);
  }

  std::string new_store(const std::string& name) {
    stores_.push_back(store::testing::new_store(GetParam(), dir_.string(), name));
    return stores_.back();
  }

  std::vector<std::string> all() const {
    auto paths = demo_first_half();
    for (auto& p : demo_second_half()) paths.push_back(p);
    return paths;
  }

  // Rows that hold layers the corpus stages changed (articles.linked).
  int64_t linked_rows() const {
    const auto db = store::open_connection(path_, store::Access::kRead);
    auto q = db->prepare("SELECT count(*) FROM articles WHERE linked IS NOT NULL");
    q.step();
    return q.integer(0);
  }

  fs::path dir_;
  std::string path_;
  std::vector<std::string> stores_;
};

// add A; add B gives what analyze A+B gives, byte for byte.
TEST_P(StoreTest, TwoAddsEqualOneAnalyze) {
  {
    Store store(path_, Store::Mode::kWrite);
    const AddResult first = store.add(test_pipeline(), demo_first_half());
    EXPECT_EQ(first.added, 3u);
    EXPECT_TRUE(first.corpus_updated);
    const AddResult second = store.add(test_pipeline(), demo_second_half());
    EXPECT_GT(second.added, 3u);
  }
  const Store reader(path_, Store::Mode::kRead);
  Dossier expected = test_pipeline().analyze_paths(all());
  Dossier stored = reader.load();
  // Ingest notes are reported by the run that read the inputs, not kept in the store.
  expected.diagnostics.clear();
  stored.diagnostics.clear();
  EXPECT_EQ(json_of(stored), json_of(expected));
}

// The same in other orders and batches: each add updates the corpus result from the stored
// summaries, and every state equals analyze of the articles added so far, in that order.
TEST_P(StoreTest, AddsInAnyBatchesEqualOneAnalyze) {
  std::vector<std::string> reversed = all();
  std::reverse(reversed.begin(), reversed.end());
  const std::vector<std::vector<size_t>> batchings = {{1, 1, 1, 1, 1, 1, 1}, {2, 5}, {5, 1, 1}};
  const std::vector<std::vector<std::string>> orders = {all(), reversed, all()};
  for (size_t o = 0; o < orders.size(); ++o) {
    const std::string location = new_store("order" + std::to_string(o));
    std::vector<std::string> so_far;
    size_t next = 0;
    for (const size_t count : batchings[o]) {
      const std::vector<std::string> batch(orders[o].begin() + static_cast<std::ptrdiff_t>(next),
                                           orders[o].begin() + static_cast<std::ptrdiff_t>(next + count));
      next += count;
      so_far.insert(so_far.end(), batch.begin(), batch.end());
      {
        Store store(location, Store::Mode::kWrite);
        EXPECT_TRUE(store.add(test_pipeline(), batch).corpus_updated);
      }
      Dossier expected = test_pipeline().analyze_paths(so_far);
      Dossier stored = Store(location, Store::Mode::kRead).load();
      expected.diagnostics.clear();
      stored.diagnostics.clear();
      EXPECT_EQ(json_of(stored), json_of(expected)) << "order " << o << ", after " << next << " paths";
    }
    EXPECT_EQ(next, orders[o].size());
  }
}

// Articles without a stored summary (a store migrated from schema 2) are summarised again by the
// corpus update, with the same result; a damaged summary is reported, never misread.
TEST_P(StoreTest, CorpusUpdateReadsSummariesWhenStoredAndNeedsNone) {
  {
    Store store(path_, Store::Mode::kWrite);
    store.add(test_pipeline(), all());
  }
  const auto reset = [&](const std::string& summary_sql) {
    auto db = store::open_connection(path_, store::Access::kWrite);
    db->exec("UPDATE articles SET summary = " + summary_sql);
    db->exec("DELETE FROM corpus");
  };
  Dossier expected = test_pipeline().analyze_paths(all());
  expected.diagnostics.clear();
  reset("NULL");
  {
    Store store(path_, Store::Mode::kWrite);
    EXPECT_TRUE(store.add(test_pipeline(), {}).corpus_updated);
    Dossier stored = store.load();
    stored.diagnostics.clear();
    EXPECT_EQ(json_of(stored), json_of(expected));
  }
  {
    auto db = store::open_connection(path_, store::Access::kWrite);
    db->prepare("UPDATE articles SET summary = ? WHERE seq = 1").bind_blob(1, "not a summary").run();
    db->exec("DELETE FROM corpus");
  }
  Store store(path_, Store::Mode::kWrite);
  try {
    store.add(test_pipeline(), {});
    FAIL() << "a damaged summary was read";
  } catch (const ModelError& e) {
    EXPECT_NE(std::string(e.what()).find("corpus summaries"), std::string::npos) << e.what();
  }
}

// Pipeline::link given the articles' summaries finds what it finds computing them.
TEST(PipelineSummaries, LinkFromSummariesEqualsLinkFromDocuments) {
  std::vector<std::string> paths = demo_first_half();
  for (auto& p : demo_second_half()) paths.push_back(p);
  const Dossier analysed = test_pipeline().analyze_paths(paths);
  std::vector<std::string> summaries;
  for (const auto& d : analysed.documents) summaries.push_back(test_pipeline().summarize(d));
  summaries[1].clear();  // none for one article: computed
  Dossier computed;
  computed.documents = analysed.documents;
  test_pipeline().link(computed);
  Dossier read;
  read.documents = analysed.documents;
  test_pipeline().link(read, summaries);
  EXPECT_FALSE(read.stories.empty());
  EXPECT_EQ(json_of(read), json_of(computed));
}

TEST_P(StoreTest, AddingTheSameArticlesAgainAddsNothing) {
  Store store(path_, Store::Mode::kWrite);
  const size_t added = store.add(test_pipeline(), all()).added;
  const AddResult again = store.add(test_pipeline(), all());
  EXPECT_EQ(again.added, 0u);
  EXPECT_EQ(again.present, added);
  EXPECT_FALSE(again.corpus_updated);
  EXPECT_EQ(store.status().articles, added);
}

TEST_P(StoreTest, RemoveDropsArticlesAndUpdatesTheCorpus) {
  Store store(path_, Store::Mode::kWrite);
  store.add(test_pipeline(), all());
  const size_t before = store.status().articles;
  const std::string id = store.load().documents.front().id;
  EXPECT_EQ(store.remove(test_pipeline(), {id, "no-such-article"}),
            std::vector<std::string>{"no-such-article"});
  const StoreStatus status = store.status();
  EXPECT_EQ(status.articles, before - 1);
  EXPECT_TRUE(status.corpus_current);
  for (const auto& doc : store.load().documents) EXPECT_NE(doc.id, id);
}

// A corpus update rewrites only the rows whose linked layers changed (articles.linked): after a
// remove and an add back, and after the linked layers are forged, every state still equals
// analyze of the stored articles in store order.
TEST_P(StoreTest, LinkedLayersFollowRemoveAndAddAgain) {
  const auto expect_analyze_of = [&](const Dossier& stored, const std::vector<std::string>& paths) {
    Dossier expected = test_pipeline().analyze_paths(paths);
    Dossier got = stored;
    expected.diagnostics.clear();
    got.diagnostics.clear();
    EXPECT_EQ(json_of(got), json_of(expected));
  };
  const std::vector<std::string> paths = all();
  Store store(path_, Store::Mode::kWrite);
  store.add(test_pipeline(), paths);
  // The demo's role claims are completed by entity resolution, so some rows hold linked layers.
  EXPECT_GT(linked_rows(), 0);
  const std::string first = store.load().documents.front().id;
  store.remove(test_pipeline(), {first});
  std::vector<std::string> rest(paths.begin() + 1, paths.end());
  expect_analyze_of(store.load(), rest);
  store.add(test_pipeline(), {paths.front()});
  rest.push_back(paths.front());
  expect_analyze_of(store.load(), rest);
}

// A stored hash stands for the stored bytes: rows whose linked layers and hash are cleared are
// written again by the next corpus update.
TEST_P(StoreTest, ClearedLinkedLayersAreWrittenAgain) {
  Store(path_, Store::Mode::kWrite).add(test_pipeline(), all());
  store::open_connection(path_, store::Access::kWrite)
      ->exec("UPDATE articles SET linked_hash = NULL, linked = NULL; DELETE FROM corpus");
  Store store(path_, Store::Mode::kWrite);
  EXPECT_TRUE(store.add(test_pipeline(), {}).corpus_updated);
  EXPECT_GT(linked_rows(), 0);
  Dossier expected = test_pipeline().analyze_paths(all());
  Dossier stored = store.load();
  expected.diagnostics.clear();
  stored.diagnostics.clear();
  EXPECT_EQ(json_of(stored), json_of(expected));
}

TEST_P(StoreTest, SecondWriterIsRefusedReadersAreNot) {
  Store writer(path_, Store::Mode::kWrite);
  writer.add(test_pipeline(), demo_first_half());
  EXPECT_THROW(Store(path_, Store::Mode::kWrite), Error);
  const Store reader(path_, Store::Mode::kRead);
  EXPECT_EQ(reader.status().articles, 3u);
}

TEST_P(StoreTest, StaleArticlesAreAnalysedAgain) {
  {
    Store store(path_, Store::Mode::kWrite);
    store.add(test_pipeline(), demo_first_half());
  }
  store::open_connection(path_, store::Access::kWrite)->exec("UPDATE articles SET code_version = '0.0.1' WHERE seq = 1");
  Store store(path_, Store::Mode::kWrite);
  EXPECT_EQ(store.status().stale_articles, 1u);
  const AddResult result = store.add(test_pipeline(), {});
  EXPECT_EQ(result.reanalysed, 1u);
  EXPECT_TRUE(result.corpus_updated);
  EXPECT_EQ(store.status().stale_articles, 0u);
}

TEST_P(StoreTest, NotAStoreIsRefused) {
  const std::string other = new_store("other");
  store::open_connection(other, store::Access::kWrite)->exec("CREATE TABLE t(x INTEGER)");
  EXPECT_THROW(Store(other, Store::Mode::kWrite), Error);
  EXPECT_THROW(Store(other, Store::Mode::kRead), Error);
  const std::string empty = new_store("empty");
  EXPECT_THROW(Store(empty, Store::Mode::kRead), Error);
  const std::string missing = GetParam() == Backend::kSqlite
                                  ? (dir_ / "missing.db").string()
                                  : store::testing::postgres_server() + "no_such_database";
  EXPECT_THROW(Store(missing, Store::Mode::kRead), Error);
  // A writer creates a SQLite file, never a PostgreSQL database.
  if (GetParam() == Backend::kPostgres) {
    EXPECT_THROW(Store(missing, Store::Mode::kWrite), Error);
  }
}

// An article's text and id may hold any character, NUL too (a JSON Lines "\u0000"): stored and
// read back as they were.
TEST_P(StoreTest, ArticlesWithAnyCharacterRoundTrip) {
  const std::string input = (dir_ / "odd.jsonl").string();
  {
    std::ofstream out(input, std::ios::binary);
    out << R"({"id": "odd\u0000one", "text": "Mayor Ana Brill said on Monday the dam at Sarn held.\u0000 Caf\u00e9 owners \u201cwelcomed\u201d it."})"
        << "\n";
  }
  {
    Store store(path_, Store::Mode::kWrite);
    EXPECT_EQ(store.add(test_pipeline(), {input}).added, 1u);
  }
  const Store reader(path_, Store::Mode::kRead);
  const Dossier stored = reader.load();
  ASSERT_EQ(stored.documents.size(), 1u);
  EXPECT_EQ(stored.documents[0].id, std::string("odd\0one", 7));
  EXPECT_NE(stored.documents[0].text.find(std::string("held.\0 Caf\xc3\xa9", 12)), std::string::npos);
  Dossier expected = test_pipeline().analyze_paths({input});
  expected.diagnostics.clear();
  EXPECT_EQ(json_of(stored), json_of(expected));
}

// The first entity of a given type, by id.
std::string first_entity(const Dossier& d, EntityType type) {
  for (const auto& e : d.entities) {
    if (e.type == type && !e.mentions.empty()) return e.id;
  }
  return {};
}

// A correction holds after later adds that renumber everything around it.
TEST_P(StoreTest, CorrectionsSurviveLaterUpdates) {
  Store store(path_, Store::Mode::kWrite);
  store.add(test_pipeline(), demo_second_half());
  const Dossier before = store.load();
  const std::string person = first_entity(before, EntityType::kPerson);
  ASSERT_FALSE(person.empty());
  const std::string name = before.entities[std::stoul(person.substr(1)) - 1].name;
  store.correct("retype", {person, "ORG"}, "tester", "a company named after its founder");
  size_t quotes = 0;
  for (const auto& doc : before.documents) quotes += doc.quotes.size();
  ASSERT_GT(quotes, 0u);
  store.correct("reject", {"Q1"}, "tester", "not a quote");
  EXPECT_THROW(store.correct("reject", {"Q100000"}, "tester", ""), UsageError);
  EXPECT_THROW(store.correct("retype", {person, "CAT"}, "tester", ""), UsageError);
  EXPECT_THROW(store.correct("fold", {person}, "tester", ""), UsageError);

  // The first half is stored after the second: the ids of entities and quotes change.
  store.add(test_pipeline(), demo_first_half());
  const Dossier after = store.load();
  size_t quotes_after = 0;
  for (const auto& doc : after.documents) quotes_after += doc.quotes.size();
  Dossier uncorrected = test_pipeline().analyze_paths(demo_second_half());
  size_t second_half_quotes = 0;
  for (const auto& doc : uncorrected.documents) second_half_quotes += doc.quotes.size();
  const Dossier first_only = test_pipeline().analyze_paths(demo_first_half());
  size_t first_half_quotes = 0;
  for (const auto& doc : first_only.documents) first_half_quotes += doc.quotes.size();
  EXPECT_EQ(quotes_after, second_half_quotes + first_half_quotes - 1);
  bool found = false;
  for (const auto& e : after.entities) {
    if (e.name == name) {
      EXPECT_EQ(e.type, EntityType::kOrg);
      found = true;
    }
  }
  EXPECT_TRUE(found);
  const auto corrections = store.corrections();
  ASSERT_EQ(corrections.size(), 2u);
  EXPECT_EQ(corrections[0].who, "tester");
  EXPECT_EQ(corrections[0].why, "a company named after its founder");
  EXPECT_EQ(store.status().corrections, 2u);
}

TEST_P(StoreTest, MergeAndSplit) {
  Store store(path_, Store::Mode::kWrite);
  store.add(test_pipeline(), all());
  const Dossier before = store.load();
  ASSERT_GE(before.entities.size(), 3u);
  store.correct("merge", {"E1", "E2"}, "tester", "same body");
  const Dossier merged = store.load();
  EXPECT_EQ(merged.entities.size(), before.entities.size() - 1);
  EXPECT_EQ(merged.entities[0].mentions.size(),
            before.entities[0].mentions.size() + before.entities[1].mentions.size());
  // Split off the merged entity's mentions of one document.
  const Entity& e = merged.entities[0];
  const MentionRef ref = e.mentions.back();
  const Document& doc = merged.documents[ref.doc];
  const Span span = doc.mentions[ref.mention].span;
  const auto cp = [&](uint32_t offset) {
    return std::to_string(util::count_code_points(std::string_view(doc.text).substr(0, offset)));
  };
  store.correct("split", {"E1", doc.id + ":" + cp(span.begin) + "-" + cp(span.end)}, "tester", "");
  const Dossier split = store.load();
  EXPECT_EQ(split.entities.size(), merged.entities.size() + 1);
  EXPECT_LT(split.entities[0].mentions.size(), merged.entities[0].mentions.size());
  const int32_t moved = split.entity_of(ref.doc, static_cast<int32_t>(ref.mention));
  EXPECT_EQ(moved, static_cast<int32_t>(split.entities.size()) - 1);
  EXPECT_THROW(store.correct("split", {"E1", doc.id + ":0-0"}, "tester", ""), UsageError);
}

// The search index on either backend: sentences of articles and the corrected dossier's items,
// kept up to date by add, correct and remove.
TEST_P(StoreTest, SearchFindsSentencesAndItemsAndFollowsUpdates) {
  Store store(path_, Store::Mode::kWrite);
  store.add(test_pipeline(), all());
  ASSERT_TRUE(store.search_index_current());
  const Dossier d = store.load();
  const Entity& entity = d.entities.front();
  const std::string word = entity.name.substr(0, entity.name.find(' '));
  const auto entities = store.search(word, "entity", 10);
  ASSERT_FALSE(entities.empty()) << word;
  EXPECT_EQ(entities.front().kind, "entity");
  EXPECT_NE(entities.front().snippet.find('\x02'), std::string::npos) << entities.front().snippet;
  const auto passages = store.search("dam", "article", 5);
  ASSERT_FALSE(passages.empty());
  const Document& doc = *std::find_if(d.documents.begin(), d.documents.end(),
                                      [&](const Document& x) { return x.id == passages.front().doc; });
  EXPECT_LE(passages.front().end, doc.text.size());
  EXPECT_GT(passages.front().score, 0.0);
  EXPECT_TRUE(store.search("zzqx", "", 5).empty());
  EXPECT_THROW(store.search("dam", "table", 5), UsageError);
  const std::string removed = passages.front().doc;
  store.remove(test_pipeline(), {removed});
  for (const auto& hit : store.search("dam", "article", 100)) EXPECT_NE(hit.doc, removed);
}

// The backend interface itself: a statement's rows keep coming while another statement runs, a
// failed statement leaves the connection usable, changes() counts what a DELETE removed.
TEST_P(StoreTest, StatementsInterleaveAndFailuresLeaveTheConnectionUsable) {
  const auto db = store::open_connection(new_store("raw"), store::Access::kWrite);
  db->exec("CREATE TABLE t(x INTEGER NOT NULL)");
  auto insert = db->prepare("INSERT INTO t(x) VALUES(?)");
  for (int64_t i = 0; i < 100; ++i) insert.bind(1, i).run();
  auto all = db->prepare("SELECT x FROM t ORDER BY x");
  int64_t expected = 0;
  while (all.step()) {
    EXPECT_EQ(all.integer(0), expected);
    if (expected == 10) {
      auto count = db->prepare("SELECT count(*) FROM t");
      ASSERT_TRUE(count.step());
      EXPECT_EQ(count.integer(0), 100);
    }
    ++expected;
  }
  EXPECT_EQ(expected, 100);
  EXPECT_THROW(insert.step(), Error);  // x unbound: NULL
  insert.reset();
  db->prepare("DELETE FROM t WHERE x < ?").bind(1, int64_t{5}).run();
  EXPECT_EQ(db->changes(), 5);
  auto count = db->prepare("SELECT count(*) FROM t");
  ASSERT_TRUE(count.step());
  EXPECT_EQ(count.integer(0), 95);
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const auto& param_info) { return store::testing::backend_name(param_info.param); });

// The message of opening location, or empty when it opens.
std::string open_error(const std::string& location) {
  try {
    Store store(location, Store::Mode::kRead);
  } catch (const Error& e) {
    return e.what();
  }
  return {};
}

// A bad PostgreSQL location gets one line naming it (without its password) and the reason.
TEST(StorePostgresLocations, BadLocationsGetOneClearMessage) {
  const std::string server = store::testing::postgres_server();
  const std::string wrong_database = server + "no_such_database";
  std::string message = open_error(wrong_database);
  EXPECT_NE(message.find(wrong_database), std::string::npos) << message;
  EXPECT_NE(message.find("\"no_such_database\" does not exist"), std::string::npos) << message;

  const std::string unreachable = "postgresql://dossier:secret@127.0.0.1:1/story";
  message = open_error(unreachable);
  EXPECT_NE(message.find("postgresql://dossier:***@127.0.0.1:1/story: cannot connect to the store"),
            std::string::npos) << message;
  EXPECT_NE(message.find("refused"), std::string::npos) << message;
  EXPECT_EQ(message.find("secret"), std::string::npos) << message;
  message = open_error("postgresql://dossier:s?e%40cret@127.0.0.1:1/story?password=other&sslmode=disable");
  EXPECT_NE(message.find("postgresql://dossier:***@127.0.0.1:1/story?password=***&sslmode=disable: "),
            std::string::npos) << message;

  const std::string no_socket = "postgresql://dossier@%2Fnonexistent-dossier-socket-dir/story";
  message = open_error(no_socket);
  EXPECT_NE(message.find(no_socket + ": cannot connect"), std::string::npos) << message;

  const std::string bad_uri = "postgresql://localhost/story?no_such_option=1";
  message = open_error(bad_uri);
  EXPECT_NE(message.find(bad_uri + ": not a valid PostgreSQL location"), std::string::npos) << message;
  EXPECT_NE(message.find("no_such_option"), std::string::npos) << message;
  for (const auto& m : {open_error(wrong_database), open_error(unreachable), open_error(bad_uri)}) {
    EXPECT_EQ(m.find('\n'), std::string::npos) << m;
  }
}

// A database holds a store per schema (the URI's search_path), each with its own writer lock.
TEST(StorePostgresSchemas, TwoStoresInOneDatabase) {
  const std::string database = store::testing::new_store(Backend::kPostgres, "", "");
  store::open_connection(database, store::Access::kWrite)->exec("CREATE SCHEMA first; CREATE SCHEMA second");
  const std::string first = database + "?options=-csearch_path%3Dfirst";
  const std::string second = database + "?options=-csearch_path%3Dsecond";
  {
    Store a(first, Store::Mode::kWrite);
    Store b(second, Store::Mode::kWrite);
    EXPECT_THROW(Store(first, Store::Mode::kWrite), Error);
    a.add(test_pipeline(), demo_first_half());
    b.add(test_pipeline(), {demo_second_half().front()});
  }
  EXPECT_EQ(Store(first, Store::Mode::kRead).status().articles, 3u);
  EXPECT_EQ(Store(second, Store::Mode::kRead).status().articles, 1u);
  EXPECT_THROW(Store(database, Store::Mode::kRead), Error);  // public holds no store
  store::testing::drop_store(database);
}

}  // namespace
}  // namespace dossier
