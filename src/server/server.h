// `dossier serve`: the HTTP server over a store — the JSON API (docs/openapi.yaml) and the web UI
// (src/server/ui, embedded in the binary). Reads go to an in-memory view of the corrected dossier
// and to the store's full-text index; corrections are written through dossier::Store.
#ifndef DOSSIER_SERVER_SERVER_H_
#define DOSSIER_SERVER_SERVER_H_

#include <memory>
#include <string>

namespace dossier::server {

struct ServerOptions {
  std::string store;             // the store's location
  std::string bind = "127.0.0.1";
  int port = 8080;               // 0: any free port (see Server::port)
  // Required for any write; required to bind anywhere but loopback. Empty on loopback: a random
  // token is made and handed to the UI in its page (only this machine can load it).
  std::string token;
  unsigned threads = 16;         // request threads (a browser keeps up to six connections)
  size_t max_body_bytes = 64 * 1024;
  int search_time_limit_ms = 2000;
  size_t max_hits = 1000;        // a search ranks at most this many hits before filtering
  size_t max_page = 200;         // items per page
  int refresh_interval_ms = 2000;  // how often to look for changes made by other processes
};

class Server {
 public:
  // Opens the store (migrating it and bringing its search index up to date), loads the dossier.
  // Throws UsageError for a non-loopback address without a token, Error for a store it cannot use.
  explicit Server(ServerOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds the address; throws Error when it cannot. Returns the port bound.
  int bind();
  // Serves until stop() (from another thread or a signal handler's thread).
  void listen();
  void stop();
  int port() const;
  // The token writes need.
  const std::string& token() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// True for 127.0.0.0/8, ::1 and "localhost".
bool is_loopback(const std::string& address);

}  // namespace dossier::server

#endif  // DOSSIER_SERVER_SERVER_H_
