#include "server/server.h"

#include <httplib.h>

#include <arpa/inet.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <random>
#include <semaphore>
#include <sstream>
#include <thread>
#include <utility>
#include <vector>

#include "dossier/error.h"
#include "dossier/export.h"
#include "dossier/store.h"
#include "server/assets.h"
#include "server/view.h"

namespace dossier::server {
namespace {

constexpr size_t kMaxQueryBytes = 500;
constexpr size_t kMaxArguments = 50;
constexpr size_t kMaxArgumentBytes = 200;

// Every answer: nothing of the page may load from elsewhere or run inline, so a script that came
// with an article's text has nowhere to run even if it were ever put into the page as markup.
void security_headers(httplib::Response& res) {
  res.set_header("Content-Security-Policy",
                 "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                 "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Referrer-Policy", "no-referrer");
  res.set_header("X-Frame-Options", "DENY");
  res.set_header("Cross-Origin-Opener-Policy", "same-origin");
  res.set_header("Cross-Origin-Resource-Policy", "same-origin");
  if (!res.has_header("Cache-Control")) res.set_header("Cache-Control", "no-store");
}

void send_json(httplib::Response& res, const Json& body, int status = 200) {
  res.status = status;
  res.set_content(body.dump(-1, ' ', false, Json::error_handler_t::replace), "application/json; charset=utf-8");
}

void send_error(httplib::Response& res, int status, const std::string& message) {
  send_json(res, Json{{"error", message}}, status);
}

std::string random_token() {
  std::random_device device;
  std::string token;
  static constexpr char kHex[] = "0123456789abcdef";
  for (int i = 0; i < 32; ++i) token += kHex[device() % 16];
  return token;
}

// Constant-time comparison, so the token cannot be guessed a character at a time.
bool same_token(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return false;
  unsigned char diff = 0;
  for (size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

// The host part of a Host header: "[::1]:8080" -> "::1", "localhost:80" -> "localhost".
std::string host_of(const std::string& header) {
  if (header.starts_with('[')) {
    const size_t close = header.find(']');
    return close == std::string::npos ? header : header.substr(1, close - 1);
  }
  const size_t colon = header.rfind(':');
  return colon == std::string::npos ? header : header.substr(0, colon);
}

// A pool of read connections, one per concurrent request, so searches never queue on one.
class StorePool {
 public:
  explicit StorePool(std::string location) : location_(std::move(location)) {}
  class Lease {
   public:
    Lease(StorePool& pool, std::unique_ptr<Store> store) : pool_(pool), store_(std::move(store)) {}
    ~Lease() { pool_.give_back(std::move(store_)); }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Store& operator*() { return *store_; }
    Store* operator->() { return store_.get(); }

   private:
    StorePool& pool_;
    std::unique_ptr<Store> store_;
  };
  Lease take() {
    std::unique_ptr<Store> store;
    {
      std::lock_guard lock(mutex_);
      if (!free_.empty()) {
        store = std::move(free_.back());
        free_.pop_back();
      }
    }
    if (!store) store = std::make_unique<Store>(location_, Store::Mode::kRead);
    return Lease(*this, std::move(store));
  }

 private:
  void give_back(std::unique_ptr<Store> store) {
    std::lock_guard lock(mutex_);
    free_.push_back(std::move(store));
  }
  std::string location_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<Store>> free_;
};

size_t parse_count(const httplib::Request& req, const char* name, size_t fallback, size_t max) {
  if (!req.has_param(name)) return fallback;
  const std::string v = req.get_param_value(name);
  if (v.empty() || v.size() > 9 || v.find_first_not_of("0123456789") != std::string::npos) {
    throw UsageError(std::string("'") + name + "' must be a number");
  }
  return std::min<size_t>(std::stoul(v), max);
}

std::string param(const httplib::Request& req, const char* name) {
  std::string v = req.has_param(name) ? req.get_param_value(name) : std::string();
  if (v.size() > kMaxQueryBytes) throw UsageError(std::string("'") + name + "' is too long");
  return v;
}

Page page_of(const httplib::Request& req, size_t max_page) {
  Page p;
  p.offset = parse_count(req, "cursor", 0, 1'000'000'000);
  p.limit = std::max<size_t>(1, parse_count(req, "limit", 50, max_page));
  return p;
}

}  // namespace

bool is_loopback(const std::string& address) {
  if (address == "localhost" || address == "::1") return true;
  in_addr v4{};
  return inet_pton(AF_INET, address.c_str(), &v4) == 1 && (ntohl(v4.s_addr) >> 24) == 127;
}

struct Server::Impl {
  ServerOptions options;
  std::string token;
  bool token_in_page = false;  // a made-up token on loopback, handed to the UI in its page
  httplib::Server http;
  StorePool pool;
  int port = 0;

  std::mutex view_mutex;
  std::shared_ptr<const View> view;
  std::mutex write_mutex;  // one correction at a time
  // Searches run a few at a time (one per core): more at once only share the cores, so each would
  // take longer and run into the time limit; the others wait for a slot, and the limit counts
  // from when a search gets its slot.
  std::counting_semaphore<256> search_slots{std::clamp<std::ptrdiff_t>(std::thread::hardware_concurrency(), 2, 256)};

  std::mutex refresh_mutex;
  std::condition_variable refresh_wake;
  bool stopping = false;
  std::atomic<bool> listening{false};
  std::thread refresher;

  explicit Impl(ServerOptions o) : options(std::move(o)), pool(options.store) {}

  std::shared_ptr<const View> current() {
    std::lock_guard lock(view_mutex);
    return view;
  }
  void reload() {
    auto store = pool.take();
    std::string revision = store->revision();
    auto fresh = std::make_shared<const View>(store->load(), std::move(revision));
    std::lock_guard lock(view_mutex);
    view = std::move(fresh);
  }
  // Another process may add, remove or correct while we serve: poll the store's revision.
  void refresh_loop() {
    std::unique_lock lock(refresh_mutex);
    while (!refresh_wake.wait_for(lock, std::chrono::milliseconds(options.refresh_interval_ms),
                                  [this] { return stopping; })) {
      lock.unlock();
      refresh_once();
      lock.lock();
    }
    lock.unlock();
    // httplib's stop() does nothing until the listener runs: a stop that came first is repeated.
    while (listening && !http.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    http.stop();
  }
  void refresh_once() {
    try {
      const std::string revision = pool.take()->revision();
      if (revision == current()->revision()) return;
      // Under the writers' mutex, so a view loaded before a correction never replaces the one after.
      std::lock_guard lock(write_mutex);
      reload();
    } catch (const std::exception&) {
      // The store is mid-change or unreadable for a moment: try again at the next tick.
    }
  }

  // Loopback mode hands the token to whoever loads the page, so the page must come from this
  // machine under a loopback name: a Host of any other name is a DNS-rebinding attempt.
  bool host_allowed(const httplib::Request& req) const {
    if (!token_in_page) return true;
    return is_loopback(host_of(req.get_header_value("Host")));
  }

  // 401 without a token, 403 with a wrong one or from a foreign page (CSRF): a browser sends
  // the X-Dossier-Token header cross-site only after a CORS preflight, which is never granted.
  bool write_allowed(const httplib::Request& req, httplib::Response& res) const {
    const std::string given = req.get_header_value("X-Dossier-Token");
    if (given.empty()) {
      send_error(res, 401, "this request changes the store: send the token in X-Dossier-Token");
      return false;
    }
    if (!same_token(given, token)) {
      send_error(res, 403, "wrong token");
      return false;
    }
    const std::string origin = req.get_header_value("Origin");
    if (!origin.empty() && origin != "http://" + req.get_header_value("Host")) {
      send_error(res, 403, "a write from another origin is refused");
      return false;
    }
    if (req.get_header_value("Content-Type").find("application/json") != 0) {
      send_error(res, 415, "send the correction as application/json");
      return false;
    }
    return true;
  }

  void routes();
  void correct(const httplib::Request& req, httplib::Response& res);
};

void Server::Impl::routes() {
  http.set_payload_max_length(options.max_body_bytes);
  http.set_read_timeout(10, 0);
  http.set_write_timeout(10, 0);
  http.set_keep_alive_max_count(1000);
  http.set_keep_alive_timeout(2);  // an idle browser connection frees its thread soon
  const unsigned threads = std::max(1u, options.threads);
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };

  http.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    if (host_allowed(req)) return httplib::Server::HandlerResponse::Unhandled;
    send_error(res, 403, "unknown Host: open the UI at http://127.0.0.1:" + std::to_string(port) + "/");
    security_headers(res);
    return httplib::Server::HandlerResponse::Handled;
  });
  http.set_post_routing_handler([](const httplib::Request&, httplib::Response& res) { security_headers(res); });
  http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
    try {
      std::rethrow_exception(ep);
    } catch (const UsageError& e) {
      send_error(res, 400, e.what());
    } catch (const std::exception& e) {
      send_error(res, 500, e.what());
    }
    security_headers(res);
  });
  http.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (res.body.empty()) send_error(res, res.status, res.status == 404 ? "not found" : "request refused");
  });

  auto asset = [this](const std::string& path, const Asset& a) {
    http.Get(path, [this, &a](const httplib::Request&, httplib::Response& res) {
      std::string body(a.content);
      if (a.name == "index.html") {
        // The token is hex, never markup; on an explicit token the UI asks the user for it.
        const std::string mark = "{{TOKEN}}";
        const size_t at = body.find(mark);
        if (at != std::string::npos) body.replace(at, mark.size(), token_in_page ? token : "");
      }
      res.set_content(body, std::string(a.type));
    });
  };
  for (const Asset& a : assets()) {
    asset("/" + std::string(a.name), a);
    if (a.name == "index.html") asset("/", a);
  }

  http.Get("/api/status", [this](const httplib::Request&, httplib::Response& res) {
    Json s = current()->status();
    s["token"] = token_in_page ? "page" : "ask";
    send_json(res, s);
  });
  http.Get("/api/search", [this](const httplib::Request& req, httplib::Response& res) {
    const std::string q = param(req, "q");
    const std::string type = param(req, "type");
    SearchFilters f{param(req, "entity"), param(req, "source"), param(req, "story"), param(req, "from"),
                    param(req, "to"), param(req, "quote_kind"), param(req, "event_code")};
    const Page page = page_of(req, options.max_page);
    auto v = current();
    std::vector<SearchHit> hits;
    try {
      search_slots.acquire();
      struct Release {
        std::counting_semaphore<256>& slots;
        ~Release() { slots.release(); }
      } release{search_slots};
      hits = pool.take()->search(q, type, options.max_hits, options.search_time_limit_ms);
    } catch (const UsageError&) {
      throw;
    } catch (const Error& e) {
      send_error(res, 503, std::string("the search was stopped: ") + e.what());
      return;
    }
    Json out = v->search(hits, f, page);
    out["query"] = q;
    out["truncated"] = hits.size() >= options.max_hits;
    send_json(res, out);
  });
  http.Get("/api/entities", [this](const httplib::Request& req, httplib::Response& res) {
    send_json(res, current()->entities(param(req, "type"), param(req, "q"), page_of(req, options.max_page)));
  });
  auto by_id = [this](const char* pattern, auto member) {
    http.Get(pattern, [this, member](const httplib::Request& req, httplib::Response& res) {
      auto v = current();
      const auto found = ((*v).*member)(req.matches[1].str());
      if (found) {
        send_json(res, *found);
      } else {
        send_error(res, 404, "no such id: " + req.matches[1].str());
      }
    });
  };
  by_id(R"(/api/entities/([^/]+))", &View::entity);
  by_id(R"(/api/stories/([^/]+))", &View::story);
  by_id(R"(/api/articles/([^/]+))", &View::article);
  http.Get("/api/stories", [this](const httplib::Request& req, httplib::Response& res) {
    send_json(res, current()->stories(page_of(req, options.max_page)));
  });
  http.Get("/api/quotes", [this](const httplib::Request& req, httplib::Response& res) {
    send_json(res, current()->quotes(param(req, "speaker"), param(req, "kind"), param(req, "q"),
                                     page_of(req, options.max_page)));
  });
  http.Get("/api/timeline", [this](const httplib::Request& req, httplib::Response& res) {
    send_json(res, current()->timeline(param(req, "from"), param(req, "to"), param(req, "entity"),
                                       parse_count(req, "limit", 1000, 5000)));
  });
  http.Get("/api/graph", [this](const httplib::Request& req, httplib::Response& res) {
    const std::string kind = param(req, "kind");
    if (!kind.empty() && kind != "quote" && kind != "event" && kind != "comention") {
      throw UsageError("kind is quote, event or comention");
    }
    send_json(res, current()->graph(kind, parse_count(req, "nodes", 80, 300)));
  });
  http.Get("/api/conflicts", [this](const httplib::Request& req, httplib::Response& res) {
    send_json(res, current()->conflicts(page_of(req, options.max_page)));
  });
  http.Get("/api/corrections", [this](const httplib::Request&, httplib::Response& res) {
    Json list = Json::array();
    for (const auto& c : pool.take()->corrections()) {
      list.push_back({{"number", c.number}, {"action", c.action}, {"arguments", c.arguments},
                      {"who", c.who}, {"when", c.when}, {"why", c.why}});
    }
    send_json(res, Json{{"items", std::move(list)}});
  });
  http.Get("/api/export", [this](const httplib::Request& req, httplib::Response& res) {
    const std::string name = param(req, "format");
    const auto format = parse_export_format(name);
    if (!format) throw UsageError("format is csv, graphml, gexf, jsonl, json or gdelt");
    auto v = current();
    std::ostringstream out;
    std::string type = "application/octet-stream";
    std::string file = "dossier." + name;
    switch (*format) {
      case ExportFormat::kCsv: {
        const std::string table = req.has_param("table") ? param(req, "table") : "entities";
        write_csv(make_table(v->dossier(), table), out);
        type = "text/csv; charset=utf-8";
        file = table + ".csv";
        break;
      }
      case ExportFormat::kGraphml: write_graphml(v->dossier(), out); type = "application/xml"; break;
      case ExportFormat::kGexf: write_gexf(v->dossier(), out); type = "application/xml"; break;
      case ExportFormat::kJsonl: write_jsonl(v->dossier(), out); type = "application/x-ndjson"; break;
      case ExportFormat::kGdelt: write_gdelt(v->dossier(), out); type = "text/tab-separated-values"; break;
      case ExportFormat::kJson: throw UsageError("the full JSON is 'dossier export STORE --json'");
    }
    res.set_header("Content-Disposition", "attachment; filename=\"" + file + "\"");
    res.set_content(out.str(), type);
  });
  http.Post("/api/corrections", [this](const httplib::Request& req, httplib::Response& res) { correct(req, res); });
}

void Server::Impl::correct(const httplib::Request& req, httplib::Response& res) {
  if (!write_allowed(req, res)) return;
  const Json body = Json::parse(req.body, nullptr, false);
  if (!body.is_object() || !body.contains("action") || !body["action"].is_string() ||
      !body.contains("arguments") || !body["arguments"].is_array()) {
    send_error(res, 400, "a correction is {\"action\": ..., \"arguments\": [...], \"why\": ...}");
    return;
  }
  const std::string action = body["action"];
  if (action != "merge" && action != "split" && action != "reject" && action != "retype" && action != "relabel") {
    send_error(res, 400, "action is merge, split, reject, retype or relabel");
    return;
  }
  std::vector<std::string> arguments;
  for (const auto& a : body["arguments"]) {
    if (!a.is_string() || a.get<std::string>().size() > kMaxArgumentBytes || arguments.size() >= kMaxArguments) {
      send_error(res, 400, "arguments are at most 50 short strings");
      return;
    }
    arguments.push_back(a);
  }
  auto text = [&](const char* key) {
    return body.contains(key) && body[key].is_string() ? body[key].get<std::string>().substr(0, 1000) : std::string();
  };
  std::string who = text("by");
  if (who.empty()) who = "web";
  Correction c;
  {
    std::lock_guard lock(write_mutex);
    try {
      Store store(options.store, Store::Mode::kWrite);
      c = store.correct(action, arguments, who, text("why"));
    } catch (const UsageError& e) {
      send_error(res, 400, e.what());
      return;
    } catch (const Error& e) {
      send_error(res, 409, e.what());
      return;
    }
    reload();
  }
  send_json(res, Json{{"number", c.number}, {"action", c.action}, {"arguments", c.arguments},
                      {"who", c.who}, {"when", c.when}, {"why", c.why}, {"revision", current()->revision()}},
            201);
}

Server::Server(ServerOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {
  auto& o = impl_->options;
  if (!is_loopback(o.bind) && o.token.empty()) {
    throw UsageError("serving on " + o.bind + " (not loopback) needs --token: every write must carry it");
  }
  std::error_code ec;
  if (!std::filesystem::exists(o.store, ec)) {
    throw Error(o.store + ": no such store (make one with 'dossier add " + o.store + " PATH...')");
  }
  impl_->token = o.token.empty() ? random_token() : o.token;
  impl_->token_in_page = o.token.empty();
  {
    // A writer once: migrates an older store and brings its search index up to date.
    Store writer(o.store, Store::Mode::kWrite);
    writer.update_search_index();
  }
  impl_->reload();
  impl_->routes();
}

Server::~Server() {
  stop();
  if (impl_->refresher.joinable()) impl_->refresher.join();
}

int Server::bind() {
  auto& o = impl_->options;
  impl_->port = o.port == 0 ? impl_->http.bind_to_any_port(o.bind) : (impl_->http.bind_to_port(o.bind, o.port) ? o.port : -1);
  if (impl_->port <= 0) throw Error("cannot listen on " + o.bind + ":" + std::to_string(o.port));
  return impl_->port;
}

void Server::listen() {
  impl_->listening = true;
  impl_->refresher = std::thread([this] { impl_->refresh_loop(); });
  impl_->http.listen_after_bind();
  impl_->listening = false;
}

void Server::stop() {
  {
    std::lock_guard lock(impl_->refresh_mutex);
    impl_->stopping = true;
  }
  impl_->refresh_wake.notify_all();
  impl_->http.stop();
}

int Server::port() const { return impl_->port; }
const std::string& Server::token() const { return impl_->token; }

}  // namespace dossier::server
