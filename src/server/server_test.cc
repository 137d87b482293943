// The HTTP API over the wire: the real server on an ephemeral loopback port, a store made from
// the invented articles of tests/fixtures/server, httplib::Client as the caller.
#include "server/server.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>

#include "dossier/error.h"
#include "dossier/pipeline.h"
#include "dossier/store.h"
#include "store/search.h"

namespace dossier::server {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const Pipeline& pipeline() {
  static const Pipeline p([] {
    PipelineOptions options;
    options.models_dir = std::string(DOSSIER_SOURCE_DIR) + "/models";
    options.threads = 2;
    return options;
  }());
  return p;
}

// A fresh store of the fixture articles, per test.
std::string make_store(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("dossier_server_test_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string path = (dir / (name + ".db")).string();
  for (const char* suffix : {"", "-wal", "-shm", ".lock"}) fs::remove(path + suffix);
  Store store(path, Store::Mode::kWrite);
  store.add(pipeline(), {std::string(DOSSIER_SOURCE_DIR) + "/tests/fixtures/server"});
  return path;
}

// The server on its own thread for the test's lifetime.
class Running {
 public:
  explicit Running(ServerOptions options) : server_(std::move(options)) {
    port_ = server_.bind();
    thread_ = std::thread([this] { server_.listen(); });
    client_ = std::make_unique<httplib::Client>("127.0.0.1", port_);
    client_->set_read_timeout(20, 0);
  }
  ~Running() {
    server_.stop();
    thread_.join();
  }
  httplib::Client& client() { return *client_; }
  const std::string& token() const { return server_.token(); }
  int port() const { return port_; }
  json get(const std::string& path, int expect = 200) {
    auto res = client_->Get(path);
    EXPECT_TRUE(res) << path;
    if (!res) return {};
    EXPECT_EQ(res->status, expect) << path << ": " << res->body;
    return json::parse(res->body);
  }
  httplib::Result post(const std::string& body, const httplib::Headers& headers) {
    return client_->Post("/api/corrections", headers, body, "application/json");
  }

 private:
  Server server_;
  int port_ = 0;
  std::thread thread_;
  std::unique_ptr<httplib::Client> client_;
};

ServerOptions options_for(const std::string& store) {
  ServerOptions o;
  o.store = store;
  o.port = 0;
  o.threads = 4;
  return o;
}

std::string entity_id(Running& r, const std::string& name) {
  std::string query = name;
  std::replace(query.begin(), query.end(), ' ', '+');
  const json hits = r.get("/api/search?type=entity&q=" + query);
  for (const auto& h : hits["items"]) {
    if (h["entity"]["name"] == name) return h["id"];
  }
  ADD_FAILURE() << "no entity " << name;
  return "";
}

TEST(FtsQuery, QuotesEveryWordAndDropsSyntax) {
  EXPECT_EQ(store::fts_query("dock workers"), "\"dock\" \"workers\"*");
  EXPECT_EQ(store::fts_query("NEAR(\"a\" OR b) -c"), "\"NEAR\" \"a\" \"OR\" \"b\" \"c\"*");
  EXPECT_EQ(store::fts_query(" ;:* "), "");
}

TEST(Server, SearchRanksPassagesWithSnippetsFacetsAndCursor) {
  Running r(options_for(make_store("search")));
  const json all = r.get("/api/search?q=strike&limit=2");
  ASSERT_GE(all["total"].get<int>(), 3);
  ASSERT_EQ(all["items"].size(), 2u);
  const json& first = all["items"][0];
  EXPECT_TRUE(first.contains("snippet"));
  bool marked = false;
  for (const auto& seg : first["snippet"]) marked = marked || seg["match"].get<bool>();
  EXPECT_TRUE(marked);
  for (const char* facet : {"type", "entity", "source", "story", "quote_kind", "event_code", "date"}) {
    EXPECT_TRUE(all["facets"].contains(facet)) << facet;
  }
  ASSERT_TRUE(all["next"].is_string());
  const json second = r.get("/api/search?q=strike&limit=2&cursor=" + all["next"].get<std::string>());
  EXPECT_NE(second["items"][0], all["items"][0]);

  // A passage links to the exact words: its text is the article's text at its offsets.
  const json quotes = r.get("/api/search?q=insult&type=quote");
  ASSERT_FALSE(quotes["items"].empty());
  const json& hit = quotes["items"][0];
  EXPECT_EQ(hit["kind"], "quote");
  const json article = r.get("/api/articles/" + hit["passage"]["doc"].get<std::string>());
  const std::u32string text = [&] {
    std::u32string out;
    const std::string s = article["text"];
    for (size_t i = 0; i < s.size();) {
      const unsigned char c = static_cast<unsigned char>(s[i]);
      const size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      out += static_cast<char32_t>(i);
      i += n;
    }
    return out;
  }();
  const size_t start = hit["passage"]["start"];
  const size_t end = hit["passage"]["end"];
  ASSERT_LE(end, text.size());
  const std::string bytes = article["text"];
  const size_t b = text[start];
  const size_t e = end < text.size() ? static_cast<size_t>(text[end]) : bytes.size();
  EXPECT_EQ(bytes.substr(b, e - b), hit["passage"]["text"]);
  EXPECT_NE(hit["passage"]["text"].get<std::string>().find("insult"), std::string::npos);

  // Filters: only quotes of one kind, only passages naming one entity.
  const std::string tolland = entity_id(r, "Arvid Tolland");
  const json by_entity = r.get("/api/search?q=union&entity=" + tolland);
  ASSERT_GT(by_entity["total"].get<int>(), 0);
  EXPECT_LT(by_entity["total"].get<int>(), r.get("/api/search?q=union")["total"].get<int>());
  const json direct = r.get("/api/search?q=port&type=quote&quote_kind=direct");
  for (const auto& h : direct["items"]) EXPECT_EQ(h["quote"]["kind"], "direct");
}

TEST(Server, RefusesBadSearches) {
  Running r(options_for(make_store("bad")));
  r.get("/api/search?q=port&type=bogus", 400);
  r.get("/api/search?q=" + std::string(600, 'a'), 400);
  r.get("/api/search?q=port&cursor=-1", 400);
  // FTS5 syntax in a query is only words: no error, no operator.
  EXPECT_TRUE(r.get("/api/search?q=%22%29%28NEAR*%20AND")["items"].is_array());
  EXPECT_EQ(r.get("/api/search?q=%22%29%28%20%2A")["total"], 0);
  r.get("/api/entities/E9999", 404);
  r.get("/api/articles/nope", 404);
}

TEST(Server, EntityStoryArticleAndOverviews) {
  Running r(options_for(make_store("pages")));
  const std::string tolland = entity_id(r, "Arvid Tolland");
  const json e = r.get("/api/entities/" + tolland);
  EXPECT_EQ(e["type"], "PERSON");
  EXPECT_FALSE(e["aliases"].empty());
  EXPECT_FALSE(e["quotes_by"].empty());
  EXPECT_FALSE(e["co_mentions"].empty());
  EXPECT_GE(e["articles_total"].get<int>(), 4);
  for (const char* key : {"roles", "quotes_about", "events", "conflicts", "mentions"}) EXPECT_TRUE(e.contains(key)) << key;

  const json stories = r.get("/api/stories");
  ASSERT_FALSE(stories["items"].empty());
  const json story = r.get("/api/stories/" + stories["items"][0]["id"].get<std::string>());
  EXPECT_FALSE(story["articles"].empty());

  const json article = r.get("/api/articles/2026-03-07-hostile-blog");
  EXPECT_NE(article["text"].get<std::string>().find("<script>"), std::string::npos);  // as text
  EXPECT_FALSE(article["mentions"].empty());
  EXPECT_TRUE(r.get("/api/timeline").contains("events"));
  EXPECT_TRUE(r.get("/api/graph")["nodes"].is_array());
  r.get("/api/graph?kind=nonsense", 400);
  EXPECT_TRUE(r.get("/api/conflicts")["items"].is_array());
  const json quotes = r.get("/api/quotes?speaker=" + tolland);
  EXPECT_GT(quotes["total"].get<int>(), 0);
  for (const auto& q : quotes["items"]) EXPECT_EQ(q["speaker"]["id"], tolland);
}

TEST(Server, PagesCarryAStrictContentSecurityPolicy) {
  Running r(options_for(make_store("csp")));
  for (const char* path : {"/", "/app.js", "/app.css", "/api/status"}) {
    auto res = r.client().Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 200) << path;
    const std::string csp = res->get_header_value("Content-Security-Policy");
    EXPECT_NE(csp.find("script-src 'self'"), std::string::npos) << path;
    EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos) << path;
    EXPECT_EQ(res->get_header_value("X-Content-Type-Options"), "nosniff");
  }
  // The page hands its made-up token to the UI only under a loopback name (DNS rebinding).
  auto page = r.client().Get("/");
  EXPECT_NE(page->body.find(r.token()), std::string::npos);
  auto foreign = r.client().Get("/", httplib::Headers{{"Host", "attacker.example:80"}});
  ASSERT_TRUE(foreign);
  EXPECT_EQ(foreign->status, 403);
  EXPECT_EQ(foreign->body.find(r.token()), std::string::npos);
}

TEST(Server, WritesNeedTheTokenAndPersist) {
  const std::string store = make_store("write");
  std::string id;
  {
    Running r(options_for(store));
    id = entity_id(r, "Harbour Gazette");
    const std::string body = json{{"action", "retype"}, {"arguments", {id, "ORG"}}, {"why", "an outlet"}}.dump();
    auto none = r.post(body, {});
    ASSERT_TRUE(none);
    EXPECT_EQ(none->status, 401);
    auto wrong = r.post(body, {{"X-Dossier-Token", "not-the-token"}});
    EXPECT_EQ(wrong->status, 403);
    auto cross = r.post(body, {{"X-Dossier-Token", r.token()}, {"Origin", "http://attacker.example"}});
    EXPECT_EQ(cross->status, 403);
    auto form = r.client().Post("/api/corrections", {{"X-Dossier-Token", r.token()}}, body, "text/plain");
    EXPECT_EQ(form->status, 415);
    auto bad = r.post(json{{"action", "retype"}, {"arguments", {"E999", "ORG"}}}.dump(), {{"X-Dossier-Token", r.token()}});
    EXPECT_EQ(bad->status, 400);
    EXPECT_EQ(r.get("/api/entities/" + id)["type"], "PERSON");
    auto ok = r.post(body, {{"X-Dossier-Token", r.token()},
                            {"Origin", "http://127.0.0.1:" + std::to_string(r.port())}});
    ASSERT_TRUE(ok);
    EXPECT_EQ(ok->status, 201) << ok->body;
    EXPECT_EQ(r.get("/api/entities/" + id)["type"], "ORG");
    EXPECT_EQ(r.get("/api/corrections")["items"].size(), 1u);
    // Too large a body is refused before it is read.
    auto huge = r.post(std::string(100 * 1024, ' '), {{"X-Dossier-Token", r.token()}});
    ASSERT_TRUE(huge);
    EXPECT_EQ(huge->status, 413);
  }
  Running again(options_for(store));
  EXPECT_EQ(again.get("/api/entities/" + id)["type"], "ORG");
  EXPECT_EQ(again.get("/api/search?type=entity&q=Harbour")["facets"]["type"][0]["value"], "entity");
}

TEST(Server, SplitTakesTheMentionsTheEntityPageLists) {
  Running r(options_for(make_store("split")));
  const std::string id = entity_id(r, "Arvid Tolland");
  const json e = r.get("/api/entities/" + id);
  ASSERT_FALSE(e["mentions"].empty());
  const json& m = e["mentions"].back();
  const std::string mention = m["doc"].get<std::string>() + ":" + std::to_string(m["start"].get<int>()) + "-" +
                              std::to_string(m["end"].get<int>());
  const size_t before = r.get("/api/status")["entities"];
  auto res = r.post(json{{"action", "split"}, {"arguments", {id, mention}}}.dump(), {{"X-Dossier-Token", r.token()}});
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 201) << res->body;
  EXPECT_EQ(r.get("/api/status")["entities"].get<size_t>(), before + 1);
}

TEST(Server, ExportsOverHttp) {
  Running r(options_for(make_store("export")));
  auto csv = r.client().Get("/api/export?format=csv&table=quotes");
  ASSERT_TRUE(csv);
  EXPECT_EQ(csv->status, 200);
  EXPECT_EQ(csv->body.rfind("id,", 0), 0u);
  auto graphml = r.client().Get("/api/export?format=graphml");
  EXPECT_NE(graphml->body.find("<graphml"), std::string::npos);
  auto jsonl = r.client().Get("/api/export?format=jsonl");
  EXPECT_NE(jsonl->body.find("\"table\""), std::string::npos);
  EXPECT_EQ(r.client().Get("/api/export?format=pdf")->status, 400);
  EXPECT_EQ(r.client().Get("/api/export?format=csv&table=nope")->status, 400);
}

TEST(Server, NonLoopbackNeedsAToken) {
  const std::string store = make_store("bind");
  ServerOptions o = options_for(store);
  o.bind = "0.0.0.0";
  EXPECT_THROW(Server{o}, UsageError);
  o.token = "s3cret";
  EXPECT_NO_THROW(Server{o});
  EXPECT_TRUE(is_loopback("127.0.0.1"));
  EXPECT_TRUE(is_loopback("::1"));
  EXPECT_FALSE(is_loopback("10.0.0.1"));
}

TEST(Server, SeesChangesMadeByAnotherWriter) {
  const std::string store = make_store("refresh");
  ServerOptions o = options_for(store);
  o.refresh_interval_ms = 50;
  Running r(o);
  const std::string id = entity_id(r, "Mira Castell");
  {
    Store writer(store, Store::Mode::kWrite);
    writer.correct("retype", {id, "ORG"}, "test", "");
  }
  std::string type;
  for (int i = 0; i < 400 && type != "ORG"; ++i) {  // up to 20 s on a busy machine
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    type = r.get("/api/entities/" + id)["type"];
  }
  EXPECT_EQ(type, "ORG");
}

}  // namespace
}  // namespace dossier::server
