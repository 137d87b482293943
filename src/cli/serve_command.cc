#include <csignal>
#include <iostream>
#include <memory>
#include <string>
#include <thread>

#include "cli/commands.h"
#include "cli/store_options.h"
#include "server/server.h"

namespace dossier::cli {
namespace {

int run_serve(const server::ServerOptions& options) {
  // SIGINT and SIGTERM are taken by one thread that stops the server, so the listener ends
  // cleanly; the other threads, started after this, inherit the blocked mask.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  server::Server server(options);
  const int port = server.bind();
  std::thread waiter([&server, signals] {
    int received = 0;
    sigwait(&signals, &received);
    server.stop();
  });
  const std::string host = options.bind.find(':') != std::string::npos ? "[" + options.bind + "]" : options.bind;
  std::cout << "dossier: serving " << options.store << " at http://" << host << ":" << port << "/" << std::endl;
  server.listen();
  pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  return kExitOk;
}

}  // namespace

void add_serve_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<server::ServerOptions>();
  CLI::App* cmd = app.add_subcommand(
      "serve", "Serve a store: the JSON API and the web UI (search, entities, stories, timeline, graph, "
               "corrections) at http://127.0.0.1:8080/");
  add_store_argument(cmd, options->store);
  cmd->add_option("--port", options->port, "TCP port (0: any free port)")->capture_default_str();
  cmd->add_option("--bind", options->bind, "Address to listen on; anything but loopback needs --token")
      ->capture_default_str();
  cmd->add_option("--token", options->token,
                  "Token every write must carry (X-Dossier-Token); default: a random one, given to the "
                  "UI in its page, which only loopback can load");
  cmd->add_option("--threads", options->threads, "Request threads")->capture_default_str();
  cmd->callback([options, &exit_code] { exit_code = run_serve(*options); });
}

}  // namespace dossier::cli
